"""B21 (reliability campaign 2): what makes two messages the same message. Before the fix two
customers saved under the same name were merged into one chat (and the second one's "ok" at
the same minute as the first one's was dropped as "already imported"), and an identical
message far out of order after 200,000 messages failed the whole import."""

from datetime import datetime, timedelta

from wamigrate.core.archive.importer import ImportOptions, import_export

OPTIONS = ImportOptions(date_order="DMY", timezone="UTC")


def _write(path, lines):
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def _chats(archive):
    return [(c["title"], c["messages"]) for c in archive.chats()]


def test_b21_two_customers_with_the_same_name_are_two_chats(new_archive, tmp_path):
    archive, _ = new_archive()
    first, second = tmp_path / "one", tmp_path / "two"
    first.mkdir()
    second.mkdir()
    maria = [
        "05/05/2023, 10:00 - Maria: ok",
        "05/05/2023, 10:05 - Loja: Seu pedido saiu",
        "06/05/2023, 09:00 - Maria: obrigada",
    ]
    other = ["05/05/2023, 10:00 - Maria: ok", "05/05/2023, 11:00 - Loja: Bom dia! Como posso ajudar?",
             "05/05/2023, 11:02 - Maria: quero um bolo", "06/05/2023, 08:00 - Loja: Pronto!"]  # fmt: skip
    import_export(archive, _write(first / "WhatsApp Chat with Maria.txt", maria), OPTIONS)
    [result] = import_export(archive, _write(second / "WhatsApp Chat with Maria.txt", other), OPTIONS)
    assert result.new_messages == 4  # the other Maria's "ok" at 10:00 is hers, not a duplicate
    assert _chats(archive) == [("Maria", 3), ("Maria (2)", 4)]


def test_b21_a_later_export_of_the_same_chat_still_joins_it(new_archive, tmp_path):
    archive, _ = new_archive()
    (tmp_path / "old").mkdir()
    (tmp_path / "new").mkdir()
    lines = [f"05/05/2023, 10:{i:02d} - Maria: mensagem {i}" for i in range(20)]
    import_export(archive, _write(tmp_path / "old" / "WhatsApp Chat with Maria.txt", lines[:12]), OPTIONS)
    [result] = import_export(archive, _write(tmp_path / "new" / "WhatsApp Chat with Maria.txt", lines[8:]), OPTIONS)
    assert (result.new_messages, result.duplicates) == (8, 4)
    assert _chats(archive) == [("Maria", 20)]


def test_b21_a_third_export_finds_the_right_one_of_two_same_named_chats(new_archive, tmp_path):
    archive, _ = new_archive()
    for folder in ("a", "b", "c"):
        (tmp_path / folder).mkdir()
    one = [f"05/05/2023, 10:{i:02d} - Maria: pedido {i}" for i in range(10)]
    two = [f"05/05/2023, 10:{i:02d} - Maria: outra coisa {i}" for i in range(10)]
    import_export(archive, _write(tmp_path / "a" / "WhatsApp Chat with Maria.txt", one), OPTIONS)
    import_export(archive, _write(tmp_path / "b" / "WhatsApp Chat with Maria.txt", two), OPTIONS)
    more_of_two = two[5:] + ["05/05/2023, 10:30 - Maria: e mais"]
    [result] = import_export(archive, _write(tmp_path / "c" / "WhatsApp Chat with Maria.txt", more_of_two), OPTIONS)
    assert (result.new_messages, result.duplicates) == (1, 5)
    assert _chats(archive) == [("Maria", 10), ("Maria (2)", 11)]


def test_b21_identical_messages_in_one_minute_are_all_kept(new_archive, tmp_path):
    archive, _ = new_archive()
    lines = ["05/05/2023, 10:00 - Bia: ok", "05/05/2023, 10:00 - Bia: ok", "05/05/2023, 10:00 - Bia: ok",
             "05/05/2023, 10:00 - Loja: ok"]  # fmt: skip
    [result] = import_export(archive, _write(tmp_path / "WhatsApp Chat with Bia.txt", lines), OPTIONS)
    assert result.new_messages == 4
    later = [*lines, "05/05/2023, 10:01 - Bia: ok"]  # a later export of the same chat
    (tmp_path / "later").mkdir()
    [again] = import_export(archive, _write(tmp_path / "later" / "WhatsApp Chat with Bia.txt", later), OPTIONS)
    assert (again.new_messages, again.duplicates) == (1, 4)
    assert [(c["title"], c["messages"]) for c in archive.chats()] == [("Bia", 5)]


def test_b21_a_late_identical_message_after_200k_messages_is_kept(new_archive, tmp_path):
    archive, _ = new_archive()
    start = datetime(2020, 1, 3)
    lines = ["01/01/2020, 10:00 - Bia: primeira"]
    lines += [(start + timedelta(minutes=i)).strftime("%d/%m/%Y, %H:%M") + f" - Bia: m{i}" for i in range(200_100)]
    lines.append("01/01/2020, 10:00 - Bia: primeira")  # the same text, minute and sender, far out of order
    [result] = import_export(archive, _write(tmp_path / "WhatsApp Chat with Bia.txt", lines), OPTIONS)
    assert result.new_messages == result.messages_read == 200_102
    rows = archive.connection.execute(
        "SELECT source_line FROM messages WHERE text = 'primeira' ORDER BY source_line"
    ).fetchall()
    assert rows == [(1,), (200_102,)]
