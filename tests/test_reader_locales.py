"""Localized markers and day periods: one Android line per phrase, checked for its kind."""

import pytest

from wamigrate.core.export import ChatReader, open_export

CASES = [
    # language, body, kind, detail or media type
    ("es", "Este mensaje fue eliminado", "deleted", "other"),
    ("es", "Eliminaste este mensaje", "deleted", "own"),
    ("es", "Videollamada perdida", "call", "video"),
    ("es", "<Multimedia omitido>", "media", None),
    ("pt", "Esta mensagem foi apagada", "deleted", "other"),
    ("pt", "Você apagou esta mensagem", "deleted", "own"),
    ("pt", "Chamada de voz perdida", "call", "voice"),
    ("pt", "<Mídia oculta>", "media", None),
    ("de", "Diese Nachricht wurde gelöscht", "deleted", "other"),
    ("de", "Verpasster Sprachanruf", "call", "voice"),
    ("de", "<Medien ausgeschlossen>", "media", None),
    ("fr", "Ce message a été supprimé", "deleted", "other"),
    ("fr", "Appel vocal manqué", "call", "voice"),
    ("fr", "<Fichier omis>", "media", None),
    ("it", "Questo messaggio è stato eliminato", "deleted", "other"),
    ("it", "Videochiamata persa", "call", "video"),
    ("it", "<Media omesso>", "media", None),
    ("id", "Pesan ini telah dihapus", "deleted", "other"),
    ("id", "Panggilan suara tak terjawab", "call", "voice"),
    ("ru", "Вы удалили данное сообщение", "deleted", "own"),
    ("ru", "Пропущенный видеозвонок", "call", "video"),
    ("ru", "<Файл пропущен>", "media", None),
    ("tr", "Bu mesaj silindi", "deleted", "other"),
    ("tr", "Cevapsız sesli arama", "call", "voice"),
    ("tr", "<Medya atlanmış>", "media", None),
    ("ar", "تم حذف هذه الرسالة", "deleted", "other"),
    ("ar", "مكالمة صوتية فائتة", "call", "voice"),
    ("zh", "此消息已删除", "deleted", "other"),
    ("zh", "未接视频通话", "call", "video"),
    ("zh", "<省略多媒体文件>", "media", None),
    ("en", "Missed group video call", "call", "group_video"),
    ("en", "This message was deleted by admin Lena K.", "deleted", "admin"),
    ("de", "IMG-20220323-WA0002.jpg (Datei angehängt)", "media", "image"),
    ("fr", "PTT-20220323-WA0000.opus (fichier joint)", "media", "voice_note"),
    ("it", "VID-20220327-WA0001.mp4 (file allegato)", "media", "video"),
    ("pt", "Sara.vcf (arquivo anexado)", "media", "contact"),
    ("ru", "doc.pdf (файл добавлен)", "media", "document"),
    ("tr", "STK-20220323-WA0003.webp (dosya ekli)", "media", "sticker"),
    ("id", "GIF-20220323-WA0003.mp4 (file terlampir)", "media", "gif"),
    # Android's "media omitted" in more languages (issue 21, item 1).
    ("pl", "<Pominięto multimedia>", "media", None),
    ("pl", "<pliki pominięto>", "media", None),
    ("pt_PT", "<Ficheiro não revelado>", "media", None),
    ("cs", "<Média vynechána>", "media", None),
    ("ko", "<미디어 파일을 생략한 대화내용>", "media", None),
    ("ko", "<미디어 파일 제외됨>", "media", None),
    ("vi", "<Bỏ qua Media>", "media", None),
    ("uk", "<Медіа пропущено>", "media", None),
    ("hi", "<मीडिया के बिना>", "media", None),
    ("th", "<สื่อถูกลบ>", "media", None),
    ("zh_TW", "<忽略多媒體檔>", "media", None),
    ("ja", "<メディアは含まれていません>", "media", None),
    ("nl", "<Media weggelaten>", "media", None),
    ("ar", "<تم استبعاد الوسائط>", "media", None),
    # Missed calls in more languages (issue 21, item 1).
    ("cs", "Zmeškaný hlasový hovor", "call", "voice"),
    ("cs", "Zmeškaný videohovor", "call", "video"),
    ("hi", "मिस्ड वॉइस कॉल", "call", "voice"),
    ("hi", "मिस्ड वीडियो कॉल", "call", "video"),
    ("ja", "音声通話不在着信", "call", "voice"),
    ("ja", "ビデオ通話不在着信", "call", "video"),
    ("ko", "부재중 전화", "call", "voice"),
    ("ko", "부재중 영상통화", "call", "video"),
    ("pl", "Nieodebrane poł. głosowe", "call", "voice"),
    ("pl", "Nieodebrane poł. wideo", "call", "video"),
    ("th", "สายที่ไม่ได้รับ", "call", "voice"),
    ("th", "วิดีโอคอลที่ไม่ได้รับ", "call", "video"),
    ("uk", "Пропущений аудіодзвінок", "call", "voice"),
    ("uk", "Пропущений відеодзвінок", "call", "video"),
    ("vi", "Cuộc gọi nhỡ", "call", "voice"),
    ("vi", "Cuộc gọi nhỡ video", "call", "video"),
    ("pt_PT", "Videochamada perdida", "call", "video"),
    ("nl", "Gemist spraakgesprek", "call", "voice"),
    ("zh_HK", "未接視像通話", "call", "video"),
]


@pytest.mark.parametrize(("language", "body", "kind", "detail"), CASES, ids=[f"{c[0]}-{c[1][:24]}" for c in CASES])
def test_localized_marker(write_export, language, body, kind, detail):
    text = f"23/03/2022, 13:31 - Ana: hello\n24/03/2022, 13:32 - Ana: {body}\n"
    export = open_export(write_export("WhatsApp Chat with Ana.txt", text))
    messages = list(ChatReader(export.chats[0]))
    message = messages[1]
    assert message.kind == kind
    assert message.sender == "Ana"
    if kind == "media":
        assert message.media_type == detail
    else:
        assert message.detail == detail


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("2024/01/02 午後3:04 - ", "2024-01-02T15:04:00"),
        ("2024/01/02 午前0:15 - ", "2024-01-02T00:15:00"),
        ("2024. 1. 2. 오후 3:04 - ", "2024-01-02T15:04:00"),
        ("2024. 1. 2. 오전 12:30 - ", "2024-01-02T00:30:00"),
        ("02/01/2024, 3:04PM - ", "2024-01-02T15:04:00"),
        ("02/01/2024, 3:04\u2009pm - ", "2024-01-02T15:04:00"),
        ("02/01/2024, 3:04\u00a0P.M. - ", "2024-01-02T15:04:00"),
        ("02/01/2024, 11:04 at night - ", "2024-01-02T23:04:00"),
        ("02/01/2024, 3:04 in the evening - ", "2024-01-02T15:04:00"),
        ("02.01.24, 1:30 mittags - ", "2024-01-02T13:30:00"),
    ],
)
def test_day_periods(write_export, header, expected):
    # A second message on the 25th makes the order certain for the D/M files.
    second = "25/01/2024, 10:00 - " if header[2] in "/." and not header.startswith("2024") else "2024/01/25 10:00 - "
    text = f"{header}Lena: hi\n{second}Lena: later\n"
    export = open_export(write_export("WhatsApp Chat with Lena.txt", text))
    messages = list(ChatReader(export.chats[0]))
    assert messages[0].time.strftime("%Y-%m-%dT%H:%M:%S") == expected
    assert messages[0].text == "hi"


IOS_NOTICES = [
    # language, the notice as an iPhone writes it after the chat's name (issue 21, item 1)
    ("cs", "Vaše zprávy a hovory jsou zabezpečeny koncovým šifrováním.", "encryption"),
    ("hi", "आपके द्वारा भेजे हुए सन्देश और कॉल्स शुरू से अंत तक एन्क्रिप्शन से सुरक्षित की जाती हैं.", "encryption"),
    ("ja", "メッセージと通話は、エンドツーエンドの暗号化によって保護されています。", "encryption"),
    ("ko", "메시지 및 전화는 암호화되어 안전합니다.", "encryption"),
    ("pl", "Twoje wiadomości oraz połączenia są zabezpieczone przez pełne szyfrowanie.", "encryption"),
    ("th", "ข้อความที่คุณส่งถึงแชทและการโทรนี้มีความปลอดภัยด้วยการเข้ารหัสจากต้นทางถึงปลายทาง", "encryption"),
    ("uk", "Ваші повідомлення та дзвінки захищено наскрізним шифруванням.", "encryption"),
    ("vi", "Những tin nhắn và những cuộc gọi đã được bảo mật với mã hoá đầu-cuối.", "encryption"),
    ("pt_PT", "As mensagens que enviar e as chamadas que efetuar são completamente encriptadas.", "encryption"),
    ("pt_BR", "Suas chamadas e mensagens estão seguras com criptografia de ponta-a-ponta.", "encryption"),
    ("uk", "Код безпеки з контактом Ана змінився.", "security_code"),
    ("vi", "Mã bảo mật của bạn với Ana đã thay đổi.", "security_code"),
    ("pl", "Twój kod zabezpieczeń z użytkownikiem Ana zmienił się.", "security_code"),
    ("ko", "Ana님과의 보안 코드가 변경되었습니다.", "security_code"),
    ("ja", "Anaとのセキュリティコードが変更されました。", "security_code"),
    ("cs", "Bezpečnostní kód mezi vámi a uživatelem Ana byl změněn.", "security_code"),
]


@pytest.mark.parametrize(("language", "notice", "event"), IOS_NOTICES, ids=[f"{n[0]}-{n[2]}" for n in IOS_NOTICES])
def test_ios_notices_in_more_languages_are_notices_not_bubbles(write_export, language, notice, event):
    text = f"[23/03/2022, 13:31:00] Loja: Olá\r\n[24/03/2022, 13:32:00] Loja: \u200e{notice}\r\n"
    messages = list(ChatReader(open_export(write_export("_chat.txt", text)).chats[0]))
    assert (messages[1].kind, messages[1].detail, messages[1].sender) == ("system", event, None)
    assert messages[1].system_reason == "marked-notice"


def test_polish_edited_marker_is_taken_out_of_the_text(write_export):
    text = "07.10.2026, 18:07 - Ana: cześć\n07.10.2026, 18:08 - Ana: Dziękuję: do zobaczenia <Ta wiadomość została zmieniona>\n"
    messages = list(ChatReader(open_export(write_export("WhatsApp Chat with Ana.txt", text)).chats[0]))
    assert (messages[1].kind, messages[1].text, messages[1].edited) == ("text", "Dziękuję: do zobaczenia", True)
