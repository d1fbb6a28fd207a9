"""File names every OS accepts: what Windows refuses or merges is replaced, never lost."""

import io
import os
import subprocess
import sys

import pytest

from wamigrate.core.archive.exporter import export_attachments
from wamigrate.core.archive.importer import import_export
from wamigrate.core.file_names import MAX_BYTES, portable_name, unused_name


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Loja Ação.pdf", "Loja Ação.pdf"),
        ('Ana: "order" 12/3?.pdf', "Ana_ _order_ 12_3_.pdf"),
        ("a\\b|c*d<e>f", "a_b_c_d_e_f"),
        ("tab\there\x7f", "tab_here_"),
        ("CON", "_CON"),
        ("con.pdf", "_con.pdf"),
        ("LPT1.txt", "_LPT1.txt"),
        ("COM¹.jpg", "_COM¹.jpg"),
        ("Console.pdf", "Console.pdf"),  # only the device names themselves
        ("Order.", "Order"),  # Windows would drop the dot and merge it with "Order"
        ("  Order  ", "Order"),
        ("...", "file"),
        ("///", "file"),
        ("", "file"),
    ],
)
def test_portable_name(name, expected):
    assert portable_name(name) == expected


def test_long_names_keep_their_extension_and_whole_characters():
    name = "謝" * 200 + ".jpg"  # 604 bytes of UTF-8
    short = portable_name(name)
    assert short.endswith(".jpg") and len(short.encode("utf-8")) <= MAX_BYTES
    assert set(short[:-4]) == {"謝"}  # cut between characters, not inside one
    assert portable_name("x" * 300) == "x" * MAX_BYTES


def test_names_differing_only_in_case_are_numbered():
    used = {"photo.jpg"}
    assert unused_name("Photo.jpg", used) == "Photo (2).jpg"
    used |= {"photo (2).jpg"}
    assert unused_name("PHOTO.jpg", used) == "PHOTO (3).jpg"
    assert unused_name("README", {"readme"}) == "README (2)"


def test_exported_media_with_clashing_names_are_all_written(new_archive, tmp_path):
    """On Windows and macOS "Photo.jpg" and "photo.jpg" are one file: both are kept."""
    archive, _ = new_archive()
    folder = tmp_path / "export"
    folder.mkdir()
    chat = (
        "01/02/2023, 09:00 - Ana: Photo.jpg (file attached)\n"
        "01/02/2023, 09:01 - Ana: photo.jpg (file attached)\n"
        "01/02/2023, 09:02 - Ana: CON.jpg (file attached)\n"
    )
    (folder / "WhatsApp Chat with Ana.txt").write_text(chat, encoding="utf-8")
    contents = {
        "Photo.jpg": b"\xff\xd8\xff\xe0first",
        "photo.jpg": b"\xff\xd8\xff\xe0second",
        "CON.jpg": b"\xff\xd8\xff\xe0c",
    }
    for name, data in contents.items():
        (folder / name).write_bytes(data)
    import_export(archive, folder / "WhatsApp Chat with Ana.txt")
    assert export_attachments(archive, tmp_path / "media") == 3
    written = {path.name: path.read_bytes() for path in (tmp_path / "media").iterdir()}
    assert sorted(written) == ["Photo.jpg", "_CON.jpg", "photo (2).jpg"]
    assert sorted(written.values()) == sorted(contents.values())


def test_redirected_output_on_windows_is_utf8(monkeypatch):
    from wamigrate import cli

    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="cp1252")  # what Windows gives a file or a pipe
    monkeypatch.setattr(sys, "platform", "win32")
    cli._utf8_when_redirected(stream)
    stream.write("José 謝謝 👍")
    stream.flush()
    assert raw.getvalue().decode("utf-8") == "José 謝謝 👍"
    monkeypatch.setattr(sys, "platform", "linux")
    other = io.TextIOWrapper(io.BytesIO(), encoding="latin-1")
    cli._utf8_when_redirected(other)
    assert other.encoding == "latin-1"  # elsewhere the user's own setting stands


def test_loaded_libraries_name_the_sqlcipher_extension():
    from sqlcipher3 import _sqlite3

    from wamigrate.loaded_libraries import loaded_libraries

    libraries = loaded_libraries()
    assert os.path.abspath(_sqlite3.__file__) in libraries
    assert all(os.path.isabs(path) for path in libraries)


@pytest.mark.gui
def test_screenshot_after_start_saves_the_first_page(tmp_path):
    from PySide6.QtGui import QImage

    picture = tmp_path / "wizard.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "wamigrate", "--screenshot-after-start", str(picture)],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    image = QImage(str(picture))
    assert (image.width(), image.height()) >= (600, 400)
    check = subprocess.run([sys.executable, "packaging/windows/check_picture.py", str(picture)], capture_output=True,
                           text=True, cwd=os.path.dirname(os.path.dirname(__file__)))  # fmt: skip
    assert check.returncode == 0 and "colours" in check.stdout, check.stdout + check.stderr
