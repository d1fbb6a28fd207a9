"""Chat details (participants, months, media, sources) and the chat PDF, on known content."""

import hashlib

import pytest

from fixtures.images import png
from wamigrate.core.archive.chat_details import chat_details
from wamigrate.core.archive.exporter import attachment_data
from wamigrate.core.archive.importer import ImportOptions, import_export
from wamigrate.core.cancel import Cancelled, CancelToken

PHOTO = png(40, 30, (200, 30, 30))
CHAT = (
    "30/01/2023, 09:00 - Ana: Bom dia\n"
    "01/02/2023, 09:05 - Loja: IMG-20230201-WA0001.jpg (file attached)\n"
    "Foto\n"
    "01/02/2023, 09:06 - Loja: VID-20230201-WA0002.mp4 (file attached)\n"
    "15/04/2023, 10:00 - Ana: Obrigada\n"
)


@pytest.fixture
def filled(new_archive, tmp_path):
    archive, _ = new_archive()
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "WhatsApp Chat with Ana.txt").write_text(CHAT, encoding="utf-8")
    (folder / "IMG-20230201-WA0001.jpg").write_bytes(PHOTO)
    import_export(archive, folder / "WhatsApp Chat with Ana.txt", ImportOptions(date_order="DMY"))
    return archive


def test_details_of_a_chat(filled):
    chat_id = filled.connection.execute("SELECT id FROM chats").fetchone()[0]
    details = chat_details(filled, chat_id)
    assert (details.title, details.is_group, details.platform) == ("Ana", False, "android")
    assert (details.messages, details.first, details.last) == (4, "2023-01-30T09:00:00", "2023-04-15T10:00:00")
    # Every month between the first and the last message, the empty one included.
    assert details.per_month == {"2023-01": 1, "2023-02": 2, "2023-03": 0, "2023-04": 1}
    assert details.media == {"image": 1} and details.media_missing == 1
    assert details.kinds == {"media": 2, "text": 2}
    assert [(p.name, p.messages) for p in details.participants] == [("Ana", 2), ("Loja", 2)]
    [source] = details.sources
    assert source.file_name == "WhatsApp Chat with Ana.txt" and source.messages == 4
    assert source.sha256 == hashlib.sha256(CHAT.encode()).hexdigest()
    assert [w.code for w in source.warnings] == ["media-missing"]
    with pytest.raises(KeyError):
        chat_details(filled, 999)
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(Cancelled):
        chat_details(filled, chat_id, cancel)


def test_attachment_data_and_limit(filled):
    sha = hashlib.sha256(PHOTO).hexdigest()
    assert attachment_data(filled, sha) == PHOTO
    assert attachment_data(filled, sha, limit=10) is None
    assert attachment_data(filled, "0" * 64) is None


def test_reopen_reads_through_its_own_connection(filled):
    other = filled.reopen()
    try:
        assert other.connection is not filled.connection
        assert other.connection.execute("SELECT count(*) FROM messages").fetchone() == (4,)
    finally:
        other.close()
    assert filled.connection.execute("SELECT count(*) FROM messages").fetchone() == (4,)


def test_chat_pdf_reads_back(filled, tmp_path):
    from pypdf import PdfReader

    from wamigrate.render.chat_pdf import write_chat_pdf

    seen = []
    pages = write_chat_pdf(
        filled, "Ana", tmp_path / "ana.pdf", since="2023-02-01", progress=lambda d, t: seen.append(t)
    )
    reader = PdfReader(tmp_path / "ana.pdf")
    assert pages == len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "3 messages" in text and "Foto" in text and "Obrigada" in text and "Bom dia" not in text
    assert "[VID-20230201-WA0002.mp4 (not in the archive)]" in text
    assert seen[-1] == 3
    # The photo is printed as an image.
    assert len(reader.pages[0].images) == 1
    assert not list(tmp_path.glob(".*partial"))
    assert filled.audit_log()[-1][1:] == ("exported", "Ana as pdf")


def test_chat_pdf_prints_each_photo_at_a_readable_size(new_archive, tmp_path):
    """Two photos: each printed as itself (not the last one twice), a large one 6 cm wide, a
    small one at its screen size, neither across the page."""
    from pypdf import PdfReader

    from fixtures.images import png
    from wamigrate.core.archive.importer import ImportOptions, import_export
    from wamigrate.render.chat_pdf import write_chat_pdf

    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "IMG-20240405-WA0001.png").write_bytes(png(1200, 900, (200, 30, 30)))
    (folder / "IMG-20240405-WA0002.png").write_bytes(png(64, 48, (30, 30, 200)))
    chat = folder / "WhatsApp Chat with Rui.txt"
    chat.write_text(
        "05/04/2024, 08:02 - Rui: IMG-20240405-WA0001.png (file attached)\n"
        "05/04/2024, 08:03 - Rui: IMG-20240405-WA0002.png (file attached)\n",
        encoding="utf-8",
    )
    archive, _ = new_archive()
    import_export(archive, folder, ImportOptions(date_order="DMY"))
    write_chat_pdf(archive, "Rui", tmp_path / "rui.pdf")
    page = PdfReader(tmp_path / "rui.pdf").pages[0]
    drawn = []

    def before(operator, operands, cm, tm):
        if operator == b"Do":
            drawn.append(round(cm[0], 1))  # the printed width, in points

    page.extract_text(visitor_operand_before=before)
    a4_text_width = (210 - 36) / 25.4 * 72
    assert len(drawn) == 2 and max(drawn) < a4_text_width / 2
    large, small = drawn
    assert abs(large - 6 / 2.54 * 72) < 2  # 6 cm
    assert abs(small - 64 * 72 / 96) < 2  # 64 screen pixels
    xobjects = page["/Resources"]["/XObject"]
    pictures = {xobjects[name].get_object().get_data() for name in xobjects}
    assert len(pictures) == 2  # two different pictures, not one twice
