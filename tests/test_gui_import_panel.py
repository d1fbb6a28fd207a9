"""The import panel as a new user met it (issue 17's rough edges): failures named and readable
in full, a skipped non-export said at once, a folder of damaged zips named file by file,
a repaired file re-queued at the same path, the real count of what was already there, and
a visible button for dates that read two ways."""

import pytest

from conftest import WAIT_MS

pytestmark = pytest.mark.gui

AMBIGUOUS = "03/04/2023, 10:00 - Ana: Olá\n03/04/2023, 10:05 - Loja Verde: Bom dia\n03/04/2023, 11:00 - Ana: Obrigada\n"


@pytest.fixture
def panel(qtbot, new_archive):
    from wamigrate.gui.import_panel import ImportPanel

    archive, _ = new_archive()
    panel = ImportPanel(archive)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def run(qtbot, panel):
    with qtbot.waitSignal(panel.finished_run, timeout=WAIT_MS):
        panel.start_button.click()


def row(panel, index):
    item = panel.table.topLevelItem(index)
    return [item.text(column) for column in range(5)]


def test_failures_are_named_readable_in_full_and_removable(qtbot, panel, tmp_path):
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04garbage")
    csv = tmp_path / "contacts.csv"
    csv.write_text("name,phone\n")
    folder = tmp_path / "zips"
    folder.mkdir()
    for name in ("one.zip", "two.zip"):
        (folder / name).write_bytes(b"PK\x03\x04xx")
    panel.add_paths([str(broken), str(csv), str(folder)])
    # Not an export: said at once, not silently dropped or left waiting.
    assert row(panel, 1)[:2] == ["contacts.csv", "Not imported"]
    assert (
        row(panel, 1)[4] == "contacts.csv is neither a chat export (WhatsApp exports chats as .txt or .zip files) "
        "nor a phone's "
        "backup (msgstore.db.crypt15): skipped."
    )
    run(qtbot, panel)
    assert panel.message.text() == "Nothing was imported: 3 files could not be read. Select one to see why."
    panel._show_details()  # (the first row may have been current already: no change signal)
    assert not (panel.current.isVisible() or panel.overall.isVisible() or panel.speed.isVisible())
    # The first failure is selected and its sentence shown in full under the table.
    assert panel.details.isVisible() and panel.details.text().startswith("broken.zip: broken.zip is a damaged")
    folder_note = row(panel, 2)[4]
    assert folder_note.startswith(
        f"No chat in the folder {folder} could be read: Skipped one.zip: one.zip is a damaged"
    )
    assert "Skipped two.zip: two.zip is a damaged" in folder_note
    panel.table.setCurrentItem(panel.table.topLevelItem(2))
    assert "Skipped two.zip" in panel.details.text()
    # A failed row can be removed.
    panel.table.clearSelection()
    panel.table.topLevelItem(0).setSelected(True)
    panel.remove.click()
    assert [row(panel, i)[0] for i in range(panel.table.topLevelItemCount())] == ["contacts.csv", "zips"]


def test_a_repaired_file_at_the_same_path_is_queued_again(qtbot, panel, tmp_path):
    export = tmp_path / "WhatsApp Chat with Bia.txt"
    export.write_text("not a chat\n", encoding="utf-8")
    panel.add_paths([str(export)])
    run(qtbot, panel)
    assert row(panel, 0)[1] == "Not imported"
    export.write_text("05/05/2023, 10:00 - Bia: Olá\n05/05/2023, 10:01 - Loja: Olá Bia\n", encoding="utf-8")
    panel.add_paths([str(export)])
    assert panel.run.waiting() == [0] and panel.start_button.isEnabled()
    run(qtbot, panel)
    assert row(panel, 0)[:4] == ["WhatsApp Chat with Bia.txt", "Imported", "2", "0"]
    assert panel.message.text() == "Done: 2 new messages in the archive."
    # Re-exported at the same place with one more message: queued again, one new message.
    export.write_text(export.read_text(encoding="utf-8") + "06/05/2023, 09:00 - Bia: Obrigada\n", encoding="utf-8")
    panel.add_paths([str(export)])
    run(qtbot, panel)
    assert row(panel, 0)[:4] == ["WhatsApp Chat with Bia.txt", "Imported", "1", "2"]
    assert panel.message.text() == "Done: 1 new message in the archive."
    # The same file once more: "already in the archive" with the real count, not 0.
    panel.add_paths([str(export)])
    run(qtbot, panel)
    assert row(panel, 0)[:4] == ["WhatsApp Chat with Bia.txt", "Already imported earlier", "0", "3"]
    assert panel.message.text() == "Nothing new: these files were already in the archive."


def test_dates_that_read_two_ways_get_a_visible_button_on_the_row(qtbot, panel, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialog, QPushButton

    from wamigrate.gui import import_panel

    export = tmp_path / "WhatsApp Chat with Ana.txt"
    export.write_text(AMBIGUOUS, encoding="utf-8")
    panel.add_paths([str(export)])
    run(qtbot, panel)
    button = panel.table.itemWidget(panel.table.topLevelItem(0), 1)
    assert isinstance(button, QPushButton) and button.text() == "Check the dates…"
    first_order = panel.run.files[0].date_question().order
    asked = []

    def answer(dialog):  # the user picks the other reading
        asked.append((dialog.day_first.text(), dialog.month_first.text()))
        (dialog.month_first if first_order == "DMY" else dialog.day_first).setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(import_panel.DateOrderQuestion, "exec", answer)
    with qtbot.waitSignal(panel.finished_run, timeout=WAIT_MS):
        button.click()
    assert asked == [("Monday, April 3, 2023", "Saturday, March 4, 2023")]
    assert panel.table.itemWidget(panel.table.topLevelItem(0), 1) is None  # answered: the button goes
    assert row(panel, 0)[4].startswith("Dates checked")


def test_a_phone_backup_asks_for_its_key_and_a_wrong_key_can_be_corrected(qtbot, panel, tmp_path):
    from fixtures.msgstore import build
    from fixtures.phone_backup import backup

    root = bytes(range(32))
    path = tmp_path / "msgstore.db.crypt15"
    path.write_bytes(backup(build(tmp_path / "plain.db").read_bytes(), root))
    assert not panel.phone.isVisibleTo(panel)
    panel.add_paths([str(path)])
    assert panel.phone.isVisibleTo(panel)
    panel.start_button.click()  # no key yet: said at once, nothing starts
    assert panel.message.text() == "Type the 64-digit key, or choose the key file."
    assert not panel.running and row(panel, 0)[1] == "Waiting"
    qtbot.keyClicks(panel.phone.key, "ab" * 31)
    assert panel.phone.key_status.text() == (
        "The key has 62 digits; WhatsApp's backup key has 64. Check that none is missing or doubled."
    )
    panel.phone.key.setText("ab" * 32)
    run(qtbot, panel)
    assert row(panel, 0)[1] == "Not imported"
    assert row(panel, 0)[4] == (
        "The key does not open msgstore.db.crypt15: check it against the key WhatsApp showed for this phone."
    )
    # The right key, typed in groups as WhatsApp shows it: the backup is queued again.
    panel.phone.key.setText(" ".join(root.hex()[i : i + 4] for i in range(0, 64, 4)))
    assert panel.phone.key_status.text() == "✓ The key has 64 digits."
    assert row(panel, 0)[1] == "Waiting" and panel.start_button.isEnabled()
    run(qtbot, panel)
    assert row(panel, 0)[:4] == ["msgstore.db.crypt15", "Imported", "15", "0"]
    assert row(panel, 0)[4].startswith("3 chats from the phone")
    assert panel.message.text() == "Done: 15 new messages in the archive."


def test_an_iphone_backup_is_chosen_from_the_list_and_a_wrong_password_can_be_corrected(
    qtbot, panel, tmp_path, monkeypatch
):
    from fixtures.ios_backup import PASSWORD, iphone_backup
    from wamigrate.core.phone import ios_backup

    monkeypatch.setattr(ios_backup, "standard_folders", lambda: [tmp_path / "no backups here"])
    root = tmp_path / "MobileSync" / "Backup"
    iphone_backup(root / "00008110-001A2B3C4D5E6F70", tmp_path / "work", PASSWORD)
    panel.add_iphone.click()
    box = panel.iphone
    assert box.isVisibleTo(panel) and box.backups.count() == 0
    assert box.found_status.text().startswith("No iPhone backup was found in the usual places.")
    box.refresh([root])
    assert box.found_status.text() == "1 backup found on this computer."
    assert box.backups.itemText(0).startswith("iPhone da Loja — ") and box.backups.itemText(0).endswith("— encrypted")
    box.add_button.click()
    assert row(panel, 0)[0] == box.backups.itemText(0)  # named by the phone, not by its device id
    panel.start_button.click()  # no password yet: said at once, nothing starts
    assert panel.message.text() == "iPhone da Loja is encrypted: type the password chosen for the iPhone's backups."
    assert not panel.running and row(panel, 0)[1] == "Waiting"
    qtbot.keyClicks(box.password, "loja-rosa")
    run(qtbot, panel)
    assert row(panel, 0)[1] == "Not imported"
    assert row(panel, 0)[4].startswith("This password does not open the iPhone backup.")
    box.password.setText(PASSWORD)  # a new password: the backup is queued again
    assert row(panel, 0)[1] == "Waiting" and panel.start_button.isEnabled()
    run(qtbot, panel)
    assert row(panel, 0)[1:4] == ["Imported", "18", "0"]
    assert row(panel, 0)[4].startswith("2 chats from the phone; 2 media files stored")
    assert panel.message.text() == "Done: 18 new messages in the archive."


def test_a_database_lacking_parts_is_imported_when_the_user_agrees(qtbot, panel, tmp_path):
    """Issue 18: a plain msgstore.db without its locations table is refused with what it lacks,
    and "Import what can be read" imports the rest; the row then says what was not read."""
    import sqlite3

    from fixtures.msgstore import build

    path = build(tmp_path / "msgstore.db")
    c = sqlite3.connect(path)
    c.execute("DROP TABLE message_location")
    c.commit()
    c.close()
    panel.add_paths([str(path)])
    run(qtbot, panel)
    assert row(panel, 0)[1] == "Not imported"
    panel.table.setCurrentItem(panel.table.topLevelItem(0))
    assert "not the parts of the database that hold shared locations" in panel.details.text()
    assert panel.read_partial.isVisible()
    with qtbot.waitSignal(panel.finished_run, timeout=WAIT_MS):
        panel.read_partial.click()
    assert row(panel, 0)[:4] == ["msgstore.db", "Imported", "15", "0"]
    assert not panel.read_partial.isVisible()
    panel.table.setCurrentItem(panel.table.topLevelItem(0))
    panel._show_details()
    assert "This database lacks what holds shared locations, so those were not read" in panel.details.text()


def test_names_are_elided_in_the_middle_and_notes_at_their_end(qtbot, panel, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QStyleOptionViewItem

    csv = tmp_path / "WhatsApp Chat with Carlos Mendes Floricultura e Presentes (2).csv"
    csv.write_text("name,phone\n")
    panel.add_paths([str(csv)])
    table = panel.table

    def elide(column):
        option = QStyleOptionViewItem()
        option.textElideMode = table.textElideMode()  # what the view gives every cell
        index = table.model().index(0, column)
        table.itemDelegateForIndex(index).initStyleOption(option, index)
        return option.textElideMode

    # "WhatsApp Chat with … (2).csv": a name's end tells files apart; a note's start says what happened.
    assert (elide(0), elide(4)) == (Qt.TextElideMode.ElideMiddle, Qt.TextElideMode.ElideRight)
    assert not table.wordWrap()  # with word wrap Qt cuts every cell at its end instead
