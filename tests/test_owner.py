"""Which sender is the business (core.archive.owner): the candidates, the strong guess, the
sender in every chat, and the user's choice kept in the archive across reopening."""

from fixtures.chats import archive_with_chats, write_shop_chats
from wamigrate.core.archive import owner
from wamigrate.core.archive.importer import ImportOptions, import_export
from wamigrate.core.archive.store import Archive
from wamigrate.core.readiness.impact import analyse

PASSPHRASE = "correct horse battery staple"


def shop_archive(new_archive, tmp_path):
    archive, _ = new_archive()
    for path in write_shop_chats(tmp_path / "exports"):
        import_export(archive, path, ImportOptions(date_order="DMY", timezone="Europe/Lisbon"))
    return archive


def test_a_sender_in_most_chats_is_offered_first_as_a_guess_but_not_taken(new_archive, tmp_path):
    archive = shop_archive(new_archive, tmp_path)
    assert owner.candidates(archive) == [
        owner.Candidate("Flores Lia", 2, likely=True),
        owner.Candidate("Ana Reis", 1),
        owner.Candidate("Bia Lopes", 1),
        owner.Candidate("Caio Dias", 1),
    ]
    assert owner.owner(archive) == owner.Owner(None, False)
    # Unknown owner: no 24-hour counts at all, rather than "0 of 3 inside the window".
    impact = analyse(archive, "2024-05-10T09:00", "Europe/Lisbon")
    assert impact.business_sender is None and impact.inside_window == 0 and impact.outside_window == 0


def test_the_choice_is_kept_in_the_archive_and_counts_follow_it(new_archive, tmp_path):
    archive = shop_archive(new_archive, tmp_path)
    owner.choose(archive, "Flores Lia")
    folder = archive.folder
    archive.close()
    archive = Archive.open(folder, passphrase=PASSPHRASE)
    try:
        assert owner.chosen(archive) == "Flores Lia"
        assert owner.owner(archive) == owner.Owner("Flores Lia", True)
        impact = analyse(archive, "2024-05-10T09:00", "Europe/Lisbon")
        assert (impact.business_sender, impact.customers, impact.inside_window, impact.outside_window) == (
            "Flores Lia", 3, 2, 1,
        )  # fmt: skip
        owner.choose(archive, None)  # forgotten: back to what the chats say
        assert owner.owner(archive) == owner.Owner(None, False)
    finally:
        archive.close()


def test_the_sender_in_every_chat_is_taken_until_someone_chooses(new_archive, tmp_path):
    archive, _ = archive_with_chats(new_archive, tmp_path / "exports")
    assert owner.owner(archive) == owner.Owner("Loja Verde", False)
    assert owner.candidates(archive)[0] == owner.Candidate("Loja Verde", 2, likely=True)
    owner.choose(archive, "Rui")
    assert owner.owner(archive) == owner.Owner("Rui", True)


def test_one_chat_cannot_tell_the_business_from_the_customer(new_archive, tmp_path):
    archive, _ = new_archive()
    path = tmp_path / "WhatsApp Chat with Ana.txt"
    path.write_text("01/05/2024, 09:00 - Ana: Olá\n01/05/2024, 09:01 - Loja: Olá Ana\n", encoding="utf-8")
    import_export(archive, path, ImportOptions(date_order="DMY"))
    assert owner.owner(archive) == owner.Owner(None, False)
    assert [c.likely for c in owner.candidates(archive)] == [False, False]
