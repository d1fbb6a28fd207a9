"""What each reader warning says, by its code, with the values kept apart from the words.

A warning is stored in the archive with its code, values and count as well as its English
sentence, so the GUI can write it again in the user's language, years later, while the
command line and old archives keep the English sentence. Counted warnings have exact English
forms here (verbs agree) and one numerus source (``%n``) for translators.
"""

from __future__ import annotations

from wamigrate.core.translatable import QT_TR_NOOP, Translate, english_plural, untranslated

TEMPLATES = {
    "encoding-damaged": QT_TR_NOOP(
        "%n byte(s) of this export are not valid UTF-8 (the file is damaged there); each is shown as \ufffd. "
        "Export the chat again if those messages matter."
    ),
    "encoding": QT_TR_NOOP(
        "This export is not UTF-8 text; it was read as {0}. Check that names and accented letters look right."
    ),
    "date-order-ambiguous": QT_TR_NOOP(
        "The dates in this export could be read either way (day before month, or month before day). "
        "Check the dates, and choose the order if they are wrong."
    ),
    "year-derived": QT_TR_NOOP(
        "%n message(s) between lines {0} and {1} do not write their year; it was taken from the messages that do, "
        "and the order of the file. Check the years there."
    ),
    "year-missing": QT_TR_NOOP(
        "This old export does not write years; years were counted back from the export's date, starting in {0}."
    ),
    "impossible-time": QT_TR_NOOP(
        "This message's time is written '{0}', which does not exist (a 24-hour time with AM or PM); it was read as {1}."
    ),
    "bad-header": QT_TR_NOOP(
        "This line starts like a message but its date or time is impossible ('{0}'); it was kept as part of the "
        "message before it."
    ),
    "lines-before-first-message": QT_TR_NOOP(
        "%n line(s) before the first message (from line {0} to {1}) belong to no message; they were not imported."
    ),
    "media-not-included": QT_TR_NOOP(
        "The chat refers to %n media file(s), but none of them is next to it: this export was made without media, "
        "or the files were not copied."
    ),
    "media-missing": QT_TR_NOOP("%n media file(s) the chat refers to are not in the export: {0}"),
    "media-unreferenced": QT_TR_NOOP("%n media file(s) in the export are not mentioned by any message: {0}"),
    "possibly-truncated:media": QT_TR_NOOP(
        "This chat has {0} messages, about WhatsApp's export limit of {1} with media: older messages were probably "
        "left out. Export it again without media to get up to 40,000 messages."
    ),
    "possibly-truncated:text": QT_TR_NOOP(
        "This chat has {0} messages, about WhatsApp's export limit of {1} without media: older messages were "
        "probably left out. WhatsApp cannot export more; keep the phone's own backup too."
    ),
    "zip-unsafe-path": QT_TR_NOOP("Skipped zip member '{0}': its path points outside the export."),
    "zip-symlink": QT_TR_NOOP("Skipped zip member '{0}': it is a symbolic link."),
    "zip-bomb": QT_TR_NOOP("Skipped zip member '{0}': it would expand to an implausible size."),
    "zip-duplicate": QT_TR_NOOP("The zip holds '{0}' twice; the first copy was used."),
    "zip-encrypted": QT_TR_NOOP("Skipped zip member '{0}': it is password-protected."),
    "folder-skipped": QT_TR_NOOP("Skipped {0}: {1}"),
    "line-too-long": QT_TR_NOOP(
        "Line {0} is far longer than any WhatsApp message: its first {2} characters were kept and the other {1} "
        "were left out."
    ),
    "media-unreadable": QT_TR_NOOP("The media file '{0}' could not be read ({1}); its message was kept without it."),
    # A phone's database (issue 18)
    "phone-unknown-type": QT_TR_NOOP(
        "%n message(s) of a kind wamigrate does not know yet (type {0}) are kept as placeholders."
    ),
    "phone-unknown-notice": QT_TR_NOOP(
        "%n chat notice(s) wamigrate does not know yet (number {0}) are kept as placeholders."
    ),
    "phone-status-skipped": QT_TR_NOOP("%n status update(s) were left out: they are not part of a chat."),
    "phone-media-missing": QT_TR_NOOP(
        "%n media file(s) the phone's messages name are not in the Media folder you chose: {0}. Their messages "
        "are kept; add the folder again once they are copied."
    ),
    "phone-media-different": QT_TR_NOOP(
        "%n media file(s) in the folder differ from what WhatsApp recorded (changed on the phone after they were "
        "sent); they were stored as they are now."
    ),
    "iphone-media-missing": QT_TR_NOOP(
        "%n media file(s) the iPhone's messages name are not in its backup (the phone had removed them, or kept "
        "them only in iCloud): {0}. Their messages are kept."
    ),
    # Kept for the imports made before reactions and poll options were read (stored by code).
    "iphone-not-read": QT_TR_NOOP(
        "From an iPhone backup, this version of wamigrate does not read reactions, poll options or edit marks yet: "
        "the messages and calls themselves are all there. Chat exports of the same chats carry none of these either."
    ),
    "iphone-edits-not-read": QT_TR_NOOP(
        "From an iPhone backup, wamigrate does not read edit marks or poll votes yet (reactions and poll options "
        "are read): the messages and calls themselves are all there."
    ),
    # Issue 20, item 4: WhatsApp's own iCloud backup can leave a database without the chats.
    "iphone-no-chats": QT_TR_NOOP(
        "WhatsApp's database in this iPhone backup holds no messages. If the chats are on the phone, WhatsApp's "
        "own end-to-end encrypted iCloud backup is probably on and keeps them out of the computer's backup: in "
        "WhatsApp, go to Settings ▸ Chats ▸ Chat Backup ▸ End-to-end Encrypted Backup, turn it off, then back up "
        "the iPhone on the computer again."
    ),
    # Issue 18: a database without parts every one has, imported because the user agreed.
    "phone-parts-missing": QT_TR_NOOP(
        "This database lacks what holds {0}, so those were not read; its messages are all in the archive without them."
    ),
    "phone-no-names": QT_TR_NOOP(
        "A phone's backup holds the names of groups but not of people: customers are shown by their number. "
        "Add the phone's contacts (a .vcf or .csv file, or WhatsApp's wa.db) to see their names."
    ),
}

# English with the verb agreeing, for counted warnings: (one, other).
_ENGLISH = {
    "year-derived": (
        "1 message on line {0} does not write its year; it was taken from the messages that do, and the order of "
        "the file. Check the year there.",
        None,
    ),
    "encoding-damaged": (
        "1 byte of this export is not valid UTF-8 (the file is damaged there); it is shown as \ufffd. "
        "Export the chat again if those messages matter.",
        None,
    ),
    "lines-before-first-message": (
        "line {0} comes before the first message and belongs to none; it was not imported.",
        "lines {0}–{1} come before the first message and belong to none; they were not imported.",
    ),
    "media-not-included": (
        "The chat refers to 1 media file, but it is not next to it: this export was made without media, "
        "or the file was not copied.",
        None,
    ),
    "media-missing": ("1 media file the chat refers to is not in the export: {0}", None),
    "media-unreferenced": ("1 media file in the export is not mentioned by any message: {0}", None),
    "phone-unknown-type": (
        "1 message of a kind wamigrate does not know yet (type {0}) is kept as a placeholder.",
        None,
    ),
    "phone-unknown-notice": ("1 chat notice wamigrate does not know yet (number {0}) is kept as a placeholder.", None),
    "phone-status-skipped": ("1 status update was left out: it is not part of a chat.", None),
    "phone-media-missing": (
        "1 media file the phone's messages name is not in the Media folder you chose: {0}. Its message is kept; "
        "add the folder again once it is copied.",
        None,
    ),
    "iphone-media-missing": (
        "1 media file the iPhone's messages name is not in its backup (the phone had removed it, or kept it only in "
        "iCloud): {0}. Its message is kept.",
        None,
    ),
    "phone-media-different": (
        "1 media file in the folder differs from what WhatsApp recorded (changed on the phone after it was sent); "
        "it was stored as it is now.",
        None,
    ),
}


def template_key(code: str, params: tuple) -> str:
    return f"{code}:{params[-1]}" if code == "possibly-truncated" and params else code


def warning_text(code: str, params: tuple = (), count: int | None = None, tr: Translate | None = None) -> str | None:
    """The sentence for a warning; English without ``tr``. None for a code this version does not know."""
    key = template_key(code, params)
    template = TEMPLATES.get(key)
    if template is None:
        return None
    values = tuple(f"{v:,}" if isinstance(v, int) and not isinstance(v, bool) else v for v in params)
    if tr is not None:
        translated = tr(template)
        if translated != template:  # a translation exists; English below has its verbs agreeing
            if count is not None:
                translated = translated.replace("%n", f"{count:,}")
            return translated.format(*values)
    if count is not None:
        one, other = _ENGLISH.get(key, (None, None))
        chosen = one if count == 1 and one else other
        text = chosen if chosen else english_plural(template, count)
        return text.replace("%n", f"{count:,}").format(*values)
    return template.format(*values)


def warning_line(warning, tr: Translate | None = None, number=None) -> str:
    """A stored or fresh ReadWarning as one line for the user: "line 12: …", in ``tr``'s
    language where the warning kept its values (older archives show their stored sentence).
    ``number`` formats the line number (the GUI passes the locale's grouping)."""
    said = warning.message
    if warning.params is not None:
        said = warning_text(warning.code, tuple(warning.params), warning.count, tr) or said
    if not warning.line:
        return said
    tr = tr or untranslated
    shown = number(warning.line) if number is not None else f"{warning.line:,}"
    return tr("line {0}: ").format(shown) + said
