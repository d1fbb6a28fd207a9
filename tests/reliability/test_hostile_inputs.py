"""B10, B13, B16 and B18 (reliability campaign 2): hostile exports. A zip bomb made of many
members each under the per-member bound, an import larger than the free space, an endless
line, devices and FIFOs, a folder 1,100 levels deep, file names that are not UTF-8, and a
damaged media header. Before the fix these wrote a gigabyte from a 1 MB zip, grew memory
without bound, hung forever, or stopped with a traceback."""

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import FAST_KDF
from reliability.disks import small_disk
from wamigrate.core.archive.errors import DiskFullError
from wamigrate.core.archive.importer import ImportOptions, import_export
from wamigrate.core.archive.store import Archive
from wamigrate.core.errors import ExportReadError, UnsafeZipError
from wamigrate.core.export import ChatReader, ReadOptions
from wamigrate.core.export import reader as reader_module
from wamigrate.core.export.sources import open_export

PASS = "correct horse battery staple"
CHAT = "05/05/2023, 10:00 - Bia: Olá\n05/05/2023, 10:01 - Loja: Olá Bia\n"


def test_b10_many_members_under_the_member_bound_are_still_a_bomb(tmp_path):
    path = tmp_path / "WhatsApp Chat with Bia.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("WhatsApp Chat with Bia.txt", CHAT)
        zeros = b"\0" * (15 << 20)  # each member just under the 16 MiB per-member bound
        for n in range(20):
            archive.writestr(f"IMG-2023050{n % 9}-WA00{n:02d}.jpg", zeros)
    assert path.stat().st_size < 1 << 20
    with pytest.raises(UnsafeZipError, match="looks like a zip bomb"):
        open_export(path)


def test_b10_an_import_larger_than_the_free_space_is_refused_before_writing(tmp_path):
    with small_disk(tmp_path, megabytes=8) as disk:
        archive, _ = Archive.create(disk.root / "shop", PASS, argon2=FAST_KDF)
        with archive:
            before = sorted((p.name, p.stat().st_size) for p in archive.folder.iterdir())
            export = tmp_path / "WhatsApp Chat with Bia.zip"
            with zipfile.ZipFile(export, "w", zipfile.ZIP_STORED) as zipped:
                zipped.writestr(
                    "WhatsApp Chat with Bia.txt", CHAT + "05/05/2023, 10:02 - Bia: IMG-1.jpg (file attached)\n"
                )
                zipped.writestr("IMG-1.jpg", os.urandom(12 << 20))  # incompressible, larger than the disk
            with pytest.raises(DiskFullError, match="MB free, and this import needs up to"):
                import_export(archive, export, ImportOptions(date_order="DMY"))
            assert archive.stats()["sources"] == 0
            assert sorted((p.name, p.stat().st_size) for p in archive.folder.iterdir()) == before


def test_b13_an_endless_line_is_cut_and_reported_with_its_line(tmp_path, monkeypatch):
    monkeypatch.setattr(reader_module, "MAX_LINE", 1000)
    path = tmp_path / "WhatsApp Chat with Bia.txt"
    path.write_text(CHAT + "05/05/2023, 10:02 - Bia: " + "y" * 500_000 + "\n05/05/2023, 10:03 - Bia: fim\n",
                    encoding="utf-8")  # fmt: skip
    chat = ChatReader(open_export(path).chats[0], ReadOptions(chunk_size=256))  # the line spans many reads
    messages = list(chat)
    assert [m.text[:3] for m in messages] == ["Olá", "Olá", "yyy", "fim"]
    assert len(messages[2].text) == 1000 - len("\n05/05/2023, 10:02 - Bia: ")
    [warning] = [w for w in chat.summary.warnings if w.code == "line-too-long"]
    assert warning.line == 3 and warning.params == ("3", str(500_000 + 26 - 1000), "1000")


def _in_a_child(code: str) -> subprocess.CompletedProcess:
    """Run ``code`` in its own process: if it hangs (the defect), the timeout fails the test."""
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)


def test_b18_a_fifo_given_directly_is_refused_at_once(tmp_path):
    fifo = tmp_path / "WhatsApp Chat with Bia.txt"
    os.mkfifo(fifo)
    done = _in_a_child(f"""
from wamigrate.core.export.sources import open_export
try:
    open_export({str(fifo)!r})
except Exception as exc:
    print(type(exc).__name__, exc)
""")
    assert done.stdout.startswith("ExportReadError") and "a device or a pipe" in done.stdout


def test_b18_a_fifo_in_a_folder_is_named_and_the_other_chats_are_read(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "WhatsApp Chat with Bia.txt").write_text(CHAT, encoding="utf-8")
    os.mkfifo(folder / "WhatsApp Chat with Caio.txt")
    done = _in_a_child(f"""
from wamigrate.core.export.sources import open_export
export = open_export({str(folder)!r})
print([c.title for c in export.chats], [(w.code, w.params[0]) for w in export.warnings])
""")
    assert done.stdout.strip() == "['Bia'] [('folder-skipped', 'WhatsApp Chat with Caio.txt')]", done.stderr


def test_b13_a_zip_that_is_a_link_to_a_device_is_refused(tmp_path):
    link = tmp_path / "WhatsApp Chat with Bia.zip"
    link.symlink_to("/dev/zero")
    with pytest.raises(ExportReadError, match="a device or a pipe"):
        open_export(link)


def test_b16_a_folder_1100_levels_deep_is_reported_not_a_traceback(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "WhatsApp Chat with Bia.txt").write_text(CHAT, encoding="utf-8")
    here = os.getcwd()
    os.chdir(folder)
    try:
        for _ in range(1100):
            os.mkdir("d")
            os.chdir("d")
    finally:
        os.chdir(here)
    try:
        export = open_export(folder)
        assert [c.title for c in export.chats] == ["Bia"]
        assert [w.code for w in export.warnings] == ["folder-skipped"]
        assert "more than 32 folders deep" in export.warnings[0].message
    finally:
        _remove_deep(folder / "d")


def _remove_deep(top: Path) -> None:
    """Remove a chain of nested folders without recursion (shutil.rmtree, and so pytest's own
    clean-up, overflows the stack at this depth)."""
    here = os.getcwd()
    depth = 0
    try:
        os.chdir(top)
        while os.path.isdir("d"):
            os.chdir("d")
            depth += 1
        for _ in range(depth):
            os.chdir("..")
            os.rmdir("d")
    finally:
        os.chdir(here)
    top.rmdir()


def test_b16_a_file_name_that_is_not_utf8_is_imported_with_a_replacement_character(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    name = os.fsdecode(b"WhatsApp Chat with Jo\xe3o.txt")  # Latin-1 bytes: not UTF-8
    (folder / name).write_text(CHAT, encoding="utf-8")
    archive, _ = Archive.create(tmp_path / "shop", PASS, argon2=FAST_KDF)
    with archive:
        results = import_export(archive, folder, ImportOptions(date_order="DMY"))
        assert [c["title"] for c in archive.chats()] == ["Jo\ufffdo"]
        assert results[0].file_name == "WhatsApp Chat with Jo\ufffdo.txt" and results[0].new_messages == 2


def test_b16_one_bad_zip_in_a_folder_does_not_stop_the_others(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "WhatsApp Chat with Bia.txt").write_text(CHAT, encoding="utf-8")
    bad = io.BytesIO()
    with zipfile.ZipFile(bad, "w") as zipped:
        zipped.writestr("WhatsApp Chat with Caio.txt", CHAT)
    data = bad.getvalue().replace(b"WhatsApp Chat with Caio.txt", b"WhatsApp Chat with Ca\x00o.txt")
    (folder / "WhatsApp Chat with Caio.zip").write_bytes(data)
    export = open_export(folder)
    assert [c.title for c in export.chats] == ["Bia"]
    assert [(w.code, w.params[0]) for w in export.warnings] == [("folder-skipped", "WhatsApp Chat with Caio.zip")]


def test_b16_a_damaged_media_header_keeps_the_message_and_says_so(tmp_path):
    path = tmp_path / "WhatsApp Chat with Bia.zip"
    with zipfile.ZipFile(path, "w") as zipped:
        zipped.writestr("WhatsApp Chat with Bia.txt", CHAT + "05/05/2023, 10:02 - Bia: IMG-1.jpg (file attached)\n")
        zipped.writestr("IMG-1.jpg", b"\xff\xd8\xff photo")
        offset = zipped.getinfo("IMG-1.jpg").header_offset
    data = bytearray(path.read_bytes())
    data[offset : offset + 4] = b"XXXX"  # the member's local header is damaged
    path.write_bytes(bytes(data))
    archive, _ = Archive.create(tmp_path / "shop", PASS, argon2=FAST_KDF)
    with archive:
        [result] = import_export(archive, path, ImportOptions(date_order="DMY"))
        assert result.new_messages == 3 and result.attachments_added == 0
        [warning] = [w for s in result.chats for w in s.warnings if w.code == "media-unreadable"]
        assert warning.params[0] == "IMG-1.jpg" and "damaged" in warning.message
        stored = archive.connection.execute("SELECT warnings FROM sources").fetchone()[0]
        assert "media-unreadable" in stored
