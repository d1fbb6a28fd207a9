"""Nothing secret or private reaches the disk in the clear: not after an import, not after
a crash in the middle of one, not after a cancelled export."""

import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from conftest import FAST_KDF
from wamigrate.core.archive.store import Archive

PASS = "marker passphrase 9f3c only here"
TEXT_MARKER = "zq-secret-text-5b2e"
IMAGE_MARKER = b"ZQ-SECRET-IMAGE-77ab"


def _scan(places: list[Path], needles: list[bytes]) -> list[str]:
    scanned = []
    for place in places:
        try:
            files = [place] if place.is_file() else [p for p in place.rglob("*") if p.is_file()]
        except (FileNotFoundError, PermissionError):
            continue  # another program's temporary folder, gone already (a second suite beside this one)
        for path in files:
            try:
                data = path.read_bytes()
            except (FileNotFoundError, PermissionError):
                continue  # likewise: not ours, and no longer there
            scanned.append(str(path))
            for needle in needles:
                assert needle not in data, (needle, path)
    return scanned


def _export(folder: Path) -> Path:
    import zipfile

    chat = "".join(
        f"[3/{1 + i % 28}/22, 10:{i % 60:02d}:00] Lena K: {TEXT_MARKER} number {i}\r\n" for i in range(20_000)
    )
    chat += "\u200e[3/28/22, 21:41:55] Lena K: \u200e<attached: 00000035-PHOTO-2022-03-28-21-41-55.jpg>\r\n"
    path = folder / "WhatsApp Chat - Lena K.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("_chat.txt", chat)
        archive.writestr("00000035-PHOTO-2022-03-28-21-41-55.jpg", b"\xff\xd8\xff" + IMAGE_MARKER * 100)
    return path


def test_no_secrets_or_content_in_clear_after_import_and_crash(tmp_path):
    temp = Path(tempfile.gettempdir())
    temp_before = set(temp.iterdir())
    archive, recovery = Archive.create(tmp_path / "s", PASS, argon2=FAST_KDF)
    folder = archive.folder
    archive.close()
    assert archive._data_key == b""  # key material dropped on close
    export = _export(tmp_path)
    script = f"""
from wamigrate.core.archive.store import Archive
from wamigrate.core.archive.importer import import_export
with Archive.open({str(folder)!r}, passphrase={PASS!r}) as archive:
    print("started", flush=True)
    import_export(archive, {str(export)!r})
"""
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "started"
    time.sleep(0.4)
    child.send_signal(signal.SIGKILL)  # a crash in the middle of the import
    child.wait()
    needles = [
        TEXT_MARKER.encode(),
        TEXT_MARKER.encode("utf-16-le"),
        IMAGE_MARKER,
        PASS.encode(),
        recovery.encode(),
        recovery.replace("-", "").encode(),
    ]
    scanned = _scan([folder, *(set(temp.iterdir()) - temp_before)], needles)
    # And after a complete import too.
    from wamigrate.core.archive.importer import import_export

    with Archive.open(folder, passphrase=PASS) as opened:
        import_export(opened, export)
    scanned += _scan([folder, *(set(temp.iterdir()) - temp_before)], needles)
    assert any(name.endswith("archive.db") for name in scanned)
    assert any(name.endswith("keys.json") for name in scanned)
