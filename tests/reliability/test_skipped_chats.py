"""B4 (reliability campaign 2): no chat in a folder or zip is skipped without a word. Two
exports zipped together are two chats, each with its own media; a damaged zip inside an
imported folder is named in the run, in the archive's log and on the command line, which
exits with an error. Each case failed before the fix (the zip kept one chat, the folder's
damaged zip was passed over in silence and the command exited 0)."""

import os
import subprocess
import sys
import zipfile

from conftest import FAST_KDF
from wamigrate.core.archive.import_run import DONE, ImportRun
from wamigrate.core.archive.store import Archive

PASS = "correct horse battery staple"
ANA = "[3/27/22, 21:41:35] Ana Lima: Olá\r\n[3/27/22, 21:42:00] Loja: ‎<attached: 00000001-PHOTO-2022-03-27-21-42-00.jpg>\r\n"
RUI = "[4/2/22, 10:00:00] Rui Faria: Bom dia\r\n[4/2/22, 10:01:00] Loja: ‎<attached: 00000002-PHOTO-2022-04-02-10-01-00.jpg>\r\n"


def _two_exports_zipped_together(path):
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("WhatsApp Chat - Ana Lima/_chat.txt", ANA)
        archive.writestr("WhatsApp Chat - Ana Lima/00000001-PHOTO-2022-03-27-21-42-00.jpg", b"\xff\xd8\xff ana")
        archive.writestr("WhatsApp Chat - Rui Faria/_chat.txt", RUI)
        archive.writestr("WhatsApp Chat - Rui Faria/00000002-PHOTO-2022-04-02-10-01-00.jpg", b"\xff\xd8\xff rui")
    return path


def _folder_with_a_damaged_zip(folder):
    folder.mkdir()
    (folder / "WhatsApp Chat with Bia.txt").write_text(
        "05/05/2023, 10:00 - Bia: Olá\n05/05/2023, 10:01 - Loja: Olá Bia\n", encoding="utf-8"
    )
    whole = _two_exports_zipped_together(folder / "whole.zip").read_bytes()
    (folder / "WhatsApp Chat - Caio.zip").write_bytes(whole[: len(whole) // 2])  # copying stopped half-way
    (folder / "whole.zip").unlink()
    return folder


def test_two_exports_zipped_together_are_two_chats_with_their_own_media(tmp_path):
    archive, _ = Archive.create(tmp_path / "shop", PASS, argon2=FAST_KDF)
    with archive:
        run = ImportRun()
        run.add([str(_two_exports_zipped_together(tmp_path / "exports.zip"))])
        outcome = run.run(archive)
        assert [f.state for f in run.files] == [DONE] and outcome.new_messages == 4
        rows = archive.connection.execute(
            "SELECT c.title, m.attachment_name, a.size FROM messages m JOIN chats c ON c.id = m.chat_id "
            "JOIN attachments a ON a.sha256 = m.attachment_sha256 ORDER BY c.title"
        ).fetchall()
        assert rows == [
            ("Ana Lima", "00000001-PHOTO-2022-03-27-21-42-00.jpg", 7),
            ("Rui Faria", "00000002-PHOTO-2022-04-02-10-01-00.jpg", 7),
        ]
        assert run.files[0].notices == []


def test_a_damaged_zip_in_a_folder_is_named_logged_and_fails_the_command(tmp_path):
    folder = _folder_with_a_damaged_zip(tmp_path / "exports")
    archive, _ = Archive.create(tmp_path / "shop", PASS, argon2=FAST_KDF)
    with archive:
        run = ImportRun()
        run.add([str(folder)])
        run.run(archive)
        (file,) = run.files
        assert file.state == DONE and file.new_messages == 2  # the good chat is in
        assert [(w.code, w.params[0]) for w in file.chats_skipped] == [("folder-skipped", "WhatsApp Chat - Caio.zip")]
        assert "damaged or incomplete zip" in file.chats_skipped[0].message
        notices = [detail for _at, event, detail in archive.audit_log() if event == "import notice"]
        assert len(notices) == 1 and "WhatsApp Chat - Caio.zip" in notices[0]
        folder_archive = archive.folder
    done = subprocess.run(
        [sys.executable, "-m", "wamigrate", "import", str(folder_archive), str(folder)],
        capture_output=True,
        text=True,
        env={**os.environ, "WAMIGRATE_PASSPHRASE": PASS},
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Skipped WhatsApp Chat - Caio.zip" in done.stderr and "already imported" in done.stdout
