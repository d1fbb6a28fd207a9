"""Zip and folder exports: finding the chat, media accounting, hostile archives."""

import io
import os
import stat
import zipfile

import pytest

from wamigrate.core.errors import CorruptZipError, EncryptedZipError, NotAnExportError, UnsafeZipError
from wamigrate.core.export import ChatReader, open_export

LRM = "\u200e"
IOS_CHAT = (
    "[3/27/22, 21:41:35] Lena K: Hello World\r\n"
    f"{LRM}[3/27/22, 21:41:55] Lena K: {LRM}<attached: 00000035-PHOTO-2022-03-27-21-41-55.jpg>\r\n"
    f"{LRM}[3/27/22, 21:47:55] Lena K: {LRM}<attached: 00000042-Sara.vcf>\r\n"
    f"{LRM}[3/28/22, 21:48:00] Lena K: {LRM}<attached: 00000043-AUDIO-2022-03-28-21-48-00.opus>\r\n"
)
JPEG = b"\xff\xd8\xff\xe0" + b"marker-image" * 10


def make_zip(path, members, *, symlinks=(), encrypted=()):
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
        for name, target in symlinks:
            info = zipfile.ZipInfo(name)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, target)
    if encrypted:
        raw = bytearray(path.read_bytes())
        # Set the "encrypted" flag bit in the local and central headers of the members.
        for name in encrypted:
            encoded = name.encode()
            for signature, flag_offset, name_offset in ((b"PK\x03\x04", 6, 30), (b"PK\x01\x02", 8, 46)):
                start = 0
                while (start := raw.find(signature, start)) >= 0:
                    if raw[start + name_offset : start + name_offset + len(encoded)] == encoded:
                        raw[start + flag_offset] |= 0x1
                    start += 4
        path.write_bytes(bytes(raw))
    return path


def read_zip(path):
    export = open_export(path)
    readers = [ChatReader(chat) for chat in export.chats]
    return export, [(list(reader), reader.summary) for reader in readers]


def test_ios_zip_with_media(tmp_path):
    path = make_zip(
        tmp_path / "WhatsApp Chat - Lena K.zip",
        {
            "_chat.txt": IOS_CHAT,
            "00000035-PHOTO-2022-03-27-21-41-55.jpg": JPEG,
            "00000042-Sara.vcf": "BEGIN:VCARD\nEND:VCARD\n",
            "00000099-extra.pdf": b"%PDF-1.4",
        },
    )
    export, [(messages, summary)] = read_zip(path)
    chat = export.chats[0]
    assert chat.title == "Lena K"
    assert [m.attachment for m in messages] == [
        None,
        "00000035-PHOTO-2022-03-27-21-41-55.jpg",
        "00000042-Sara.vcf",
        "00000043-AUDIO-2022-03-28-21-48-00.opus",
    ]
    assert [m.media_type for m in messages[1:]] == ["image", "contact", "voice_note"]
    with chat.attachments.open("00000035-PHOTO-2022-03-27-21-41-55.jpg") as stream:
        assert stream.read() == JPEG
    codes = {w.code: w.message for w in summary.warnings}
    assert "00000043-AUDIO-2022-03-28-21-48-00.opus" in codes["media-missing"]
    assert "00000099-extra.pdf" in codes["media-unreferenced"]


def test_android_zip_localized_name_and_caption(tmp_path):
    chat = "23/03/2022, 13:32 - Ana: IMG-20220323-WA0002.jpg (file attached)\nTitle\n25/03/2022, 10:00 - Ana: ok\n"
    path = make_zip(
        tmp_path / "WhatsApp Chat mit Ana.zip",
        {"WhatsApp Chat mit Ana.txt": chat, "IMG-20220323-WA0002.jpg": JPEG, "notes.txt": "not a chat"},
    )
    export, [(messages, summary)] = read_zip(path)
    assert export.chats[0].title == "Ana"
    assert messages[0].text == "Title"
    assert messages[0].attachment == "IMG-20220323-WA0002.jpg"
    assert {w.code for w in summary.warnings} == {"media-unreferenced"}


def test_folder_of_exports(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "WhatsApp Chat with Ana.txt").write_text("23/03/2022, 13:32 - Ana: hi\n24/03/2022, 13:32 - Ana: bye\n")
    make_zip(folder / "WhatsApp Chat - Lena K.zip", {"_chat.txt": IOS_CHAT})
    (folder / "readme.txt").write_text("just some notes\n")
    export = open_export(folder)
    assert sorted(chat.title for chat in export.chats) == ["Ana", "Lena K"]


def test_corrupt_and_truncated_zip(tmp_path):
    good = make_zip(tmp_path / "good.zip", {"_chat.txt": IOS_CHAT * 200})
    data = good.read_bytes()
    truncated = tmp_path / "WhatsApp Chat - T.zip"
    truncated.write_bytes(data[: len(data) // 2])
    with pytest.raises(CorruptZipError) as error:
        open_export(truncated)
    assert "damaged or incomplete" in str(error.value)

    # Flip bytes inside the compressed chat text: the CRC check catches it while reading.
    corrupt = tmp_path / "WhatsApp Chat - C.zip"
    raw = bytearray(data)
    middle = len(raw) // 3
    raw[middle : middle + 16] = bytes(16)
    corrupt.write_bytes(bytes(raw))
    with pytest.raises(CorruptZipError):
        export = open_export(corrupt)
        for chat in export.chats:
            list(ChatReader(chat))


def test_password_protected_zip(tmp_path):
    path = make_zip(tmp_path / "WhatsApp Chat - P.zip", {"_chat.txt": IOS_CHAT}, encrypted=["_chat.txt"])
    with pytest.raises(EncryptedZipError) as error:
        open_export(path)
    assert "password" in str(error.value)


def test_hostile_members_are_skipped_and_nothing_written(tmp_path, monkeypatch):
    workdir = tmp_path / "work"
    workdir.mkdir()
    monkeypatch.chdir(workdir)
    path = make_zip(
        tmp_path / "WhatsApp Chat - H.zip",
        {"_chat.txt": IOS_CHAT, "../evil.jpg": JPEG, "/etc/evil2.jpg": JPEG},
        symlinks=[("link.jpg", "/etc/passwd")],
    )
    before = set(os.listdir(tmp_path))
    export, [(_messages, _summary)] = read_zip(path)
    codes = [w.code for w in export.warnings]
    assert codes.count("zip-unsafe-path") == 2
    assert "zip-symlink" in codes
    assert "evil.jpg" not in export.chats[0].attachments.names()
    assert "link.jpg" not in export.chats[0].attachments.names()
    assert set(os.listdir(tmp_path)) == before
    assert os.listdir(workdir) == []


def test_zip_bomb_chat_refused(tmp_path):
    path = tmp_path / "WhatsApp Chat - B.zip"
    header = "[3/27/22, 21:41:35] Lena K: Hello\r\n"
    with (
        zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
        archive.open("_chat.txt", "w", force_zip64=True) as stream,
    ):
        stream.write(header.encode())
        block = b" " * (1 << 20)
        for _ in range(40):
            stream.write(block)
    with pytest.raises(UnsafeZipError) as error:
        open_export(path)
    assert "zip bomb" in str(error.value)


def test_zip_without_chat(tmp_path):
    path = make_zip(tmp_path / "photos.zip", {"IMG-1.jpg": JPEG})
    with pytest.raises(NotAnExportError) as error:
        open_export(path)
    assert "no WhatsApp chat" in str(error.value)


def test_zip_members_are_streamed_not_extracted(tmp_path):
    # A zip given as bytes in memory would be the same: nothing but the zip path is touched.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("_chat.txt", IOS_CHAT)
    path = tmp_path / "WhatsApp Chat - S.zip"
    path.write_bytes(buffer.getvalue())
    listing = sorted(p.name for p in tmp_path.iterdir())
    read_zip(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == listing
