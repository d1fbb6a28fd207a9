"""B8 and B9 (reliability campaign 2): no plaintext stays behind an interrupted export or a
closed viewer. Before the fix a SIGKILL left hidden `.NAME.partial` files readable by
everyone (0644), a cancelled HTML export left its media files, and the viewer's private copy
survived SIGTERM and SIGKILL and was never swept."""

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FAST_KDF
from fixtures.images import png
from wamigrate.core import private_files
from wamigrate.core.archive.exporter import export_chat
from wamigrate.core.archive.importer import ImportOptions, import_export
from wamigrate.core.archive.store import Archive
from wamigrate.core.cancel import Cancelled, CancelToken

PASS = "correct horse battery staple"
TESTS = str(Path(__file__).parent.parent)


def _archive_with_photos(tmp_path, photos: int = 5) -> Path:
    folder = tmp_path / "export"
    folder.mkdir()
    lines = [f"05/05/2023, 10:{i:02d} - Bia: IMG-2023050{i % 9}-WA{i:04d}.png (file attached)\n" for i in range(photos)]
    lines += [f"05/05/2023, 11:{i % 60:02d} - Bia: segredo {i}\n" for i in range(3000)]
    (folder / "WhatsApp Chat with Bia.txt").write_text("".join(lines), encoding="utf-8")
    for i in range(photos):
        (folder / f"IMG-2023050{i % 9}-WA{i:04d}.png").write_bytes(png(8 + i, 8, (i, 40, 90)))
    archive, _ = Archive.create(tmp_path / "shop", PASS, argon2=FAST_KDF)
    with archive:
        import_export(archive, folder / "WhatsApp Chat with Bia.txt", ImportOptions(date_order="DMY"))
    return archive.folder


def _own_temp(tmp_path) -> dict:
    """The child's temporary folder is this test's own: another suite running beside this
    one sweeps the machine's temporary folder, and must not be the one that cleans up here."""
    (tmp_path / "temp").mkdir(exist_ok=True)
    return dict(os.environ, TMPDIR=str(tmp_path / "temp"))


def test_b08_a_killed_export_leaves_an_owner_only_partial_that_the_next_start_removes(tmp_path):
    archive = _archive_with_photos(tmp_path)
    out = tmp_path / "out" / "bia.txt"
    out.parent.mkdir()
    script = f"""
import os, signal, sys
sys.path.insert(0, {TESTS!r})
from wamigrate.core.archive.store import Archive
from wamigrate.core.archive.exporter import export_chat
from wamigrate.core.cancel import CancelToken

class DieMidway(CancelToken):
    calls = 0
    def raise_if_cancelled(self):
        self.calls += 1
        if self.calls == 2000:
            os.kill(os.getpid(), signal.SIGKILL)

with Archive.open({str(archive)!r}, passphrase={PASS!r}) as opened:
    export_chat(opened, "Bia", "txt", {str(out)!r}, cancel=DieMidway())
"""
    done = subprocess.run([sys.executable, "-c", script], timeout=120, env=_own_temp(tmp_path))
    assert done.returncode == -signal.SIGKILL
    [left] = list(out.parent.iterdir())
    assert left.name == ".bia.txt.partial" and oct(left.stat().st_mode & 0o777) == "0o600"
    assert b"segredo" in left.read_bytes()  # the plaintext the defect left for anyone to read
    removed = private_files.sweep(tmp_path / "temp")
    assert left in removed and list(out.parent.iterdir()) == []
    assert list((tmp_path / "temp").iterdir()) == []


def test_b08_a_cancelled_html_export_leaves_neither_page_nor_media(tmp_path):
    archive = _archive_with_photos(tmp_path)
    out = tmp_path / "out" / "bia.html"
    out.parent.mkdir()

    class CancelAfterMedia(CancelToken):
        calls = 0

        def raise_if_cancelled(self):
            self.calls += 1
            if self.calls > 2000:
                raise Cancelled()

    with Archive.open(archive, PASS) as opened, pytest.raises(Cancelled):
        export_chat(opened, "Bia", "html", out, media="alongside", cancel=CancelAfterMedia())
    assert list(out.parent.iterdir()) == []  # bia_files/ with its 5 photos is gone too


def test_b09_a_killed_viewers_private_copy_is_swept_at_the_next_start(tmp_path):
    script = """
import os, signal, sys
from wamigrate.core.private_files import private_folder
folder = private_folder("view")
(folder / "IMG-1.jpg").write_bytes(b"private photo")
print(folder, flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          env=_own_temp(tmp_path))  # fmt: skip
    folder = Path(done.stdout.strip())
    assert folder.exists() and folder.parent == tmp_path / "temp"
    assert folder in private_files.sweep(tmp_path / "temp") and not folder.exists()


@pytest.mark.gui
def test_b09_sigterm_to_the_app_removes_the_viewers_copy(tmp_path):
    script = f"""
import sys
sys.path.insert(0, {TESTS!r})
from wamigrate.gui.app import create_application
from wamigrate.gui.media_viewer import private_copy
app = create_application(["wamigrate"])
copy = private_copy(b"private photo", "IMG-1.jpg")
print(copy, flush=True)
sys.exit(app.exec())
"""
    env = dict(_own_temp(tmp_path), QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env=env)
    copy = Path(child.stdout.readline().strip())  # waits for the event: the copy exists
    assert copy.read_bytes() == b"private photo"
    child.send_signal(signal.SIGTERM)
    assert child.wait(timeout=120) == 0
    assert not copy.exists() and not copy.parent.exists()


@pytest.mark.gui
def test_b09_a_sigterm_just_before_the_event_loop_still_ends_the_app(tmp_path):
    """The race a loaded machine showed: SIGTERM handled before app.exec() (quit() does nothing
    then) left the app running. Here the signal comes at exactly that moment, every time."""
    script = f"""
import os, signal, sys
sys.path.insert(0, {TESTS!r})
from wamigrate.gui.app import create_application
from wamigrate.gui.media_viewer import private_copy
app = create_application(["wamigrate"])
copy = private_copy(b"private photo", "IMG-1.jpg")
print(copy, flush=True)
os.kill(os.getpid(), signal.SIGTERM)  # handled here, before the loop runs
sys.exit(app.exec())
"""
    env = dict(_own_temp(tmp_path), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    copy = Path(done.stdout.strip())
    assert not copy.exists() and not copy.parent.exists()


def test_a_decrypted_phone_database_killed_midway_is_owner_only_and_swept(tmp_path):
    """Issue 18: a phone database too large for memory spills to a private file; a SIGKILL
    in the middle of the decryption leaves it owner-only, and the next start's sweep removes it."""
    from fixtures.phone_backup import ROOT_KEY_HEX, backup

    plain = b"SQLite format 3\x00" + b"".join(os.urandom(64).hex().encode() for _ in range(40_000))
    path = tmp_path / "msgstore.db.crypt15"
    path.write_bytes(backup(plain, bytes.fromhex(ROOT_KEY_HEX)))
    script = f"""
import os, signal
from wamigrate.core.phone import database_file
from wamigrate.core.phone.backup_key import parse_hex_key

database_file.MEMORY_LIMIT = 64 << 10
def die_late(done, total):
    if done > total // 2:
        os.kill(os.getpid(), signal.SIGKILL)
database_file.open_phone_database({str(path)!r}, parse_hex_key({ROOT_KEY_HEX!r}), progress=die_late)
"""
    done = subprocess.run([sys.executable, "-c", script], timeout=120, env=_own_temp(tmp_path))
    assert done.returncode == -signal.SIGKILL
    [folder] = list((tmp_path / "temp").iterdir())
    assert folder.name.startswith("wamigrate-phone-") and oct(folder.stat().st_mode & 0o777) == "0o700"
    [left] = list(folder.iterdir())
    assert oct(left.stat().st_mode & 0o777) == "0o600" and left.read_bytes().startswith(b"SQLite format 3")
    assert folder in private_files.sweep(tmp_path / "temp") and list((tmp_path / "temp").iterdir()) == []


def test_an_iphone_import_leaves_no_plaintext_and_a_killed_one_is_owner_only_and_swept(tmp_path):
    """Issue 20: an encrypted iPhone backup is read into memory (nothing in the temporary
    folder afterwards, no message text anywhere outside the archive); one too large for memory
    spills to a private file that a SIGKILL leaves owner-only and the next start sweeps."""
    from fixtures.ios_backup import PASSWORD, iphone_backup

    backup = iphone_backup(tmp_path / "backup", tmp_path / "work", PASSWORD)
    shutil.rmtree(tmp_path / "work")  # the generator's plaintext, not the product's
    script = f"""
from pathlib import Path
from conftest import FAST_KDF
from wamigrate.core.archive.store import Archive
from wamigrate.core.archive.phone_import import PhoneImportOptions, import_phone
archive, _ = Archive.create(Path({str(tmp_path / "shop")!r}), "correct horse battery staple", argon2=FAST_KDF)
with archive:
    import_phone(archive, Path({str(backup)!r}), PhoneImportOptions(password={PASSWORD!r}))
"""
    env = _own_temp(tmp_path)
    env["PYTHONPATH"] = TESTS + os.pathsep + env.get("PYTHONPATH", "")
    done = subprocess.run([sys.executable, "-c", script], timeout=120, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert list((tmp_path / "temp").iterdir()) == []
    for path in tmp_path.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"Voc\xc3\xaas entregam" not in data and b"SQLite format 3" not in data, path
    kill = f"""
import os, signal
from wamigrate.core.phone import database_file
database_file.MEMORY_LIMIT = 4 << 10
def die_late(done, total):
    if done > total * 3 // 4:
        os.kill(os.getpid(), signal.SIGKILL)
database_file.open_iphone_database({str(backup)!r}, {PASSWORD!r}, progress=die_late)
"""
    done = subprocess.run([sys.executable, "-c", kill], timeout=120, env=env)
    assert done.returncode == -signal.SIGKILL
    [folder] = list((tmp_path / "temp").iterdir())
    assert folder.name.startswith("wamigrate-phone-") and oct(folder.stat().st_mode & 0o777) == "0o700"
    [left] = list(folder.iterdir())
    assert oct(left.stat().st_mode & 0o777) == "0o600"
    assert folder in private_files.sweep(tmp_path / "temp") and list((tmp_path / "temp").iterdir()) == []
