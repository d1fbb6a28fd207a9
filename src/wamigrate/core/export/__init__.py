"""Reading WhatsApp's "Export chat" files (.txt, .zip, folders) into message records.

Typical use::

    export = open_export(path)
    for chat in export.chats:
        reader = ChatReader(chat, ReadOptions(date_order=None), progress, cancel)
        for message in reader:
            ...
        reader.summary  # platform, date order and why, counts, warnings
"""

from wamigrate.core.export.reader import READER_VERSION, ChatReader, ReadOptions
from wamigrate.core.export.records import ChatSummary, DateOrderDecision, Message, ReadWarning
from wamigrate.core.export.sources import ChatFile, Export, open_export

__all__ = [
    "READER_VERSION",
    "ChatFile",
    "ChatReader",
    "ChatSummary",
    "DateOrderDecision",
    "Export",
    "Message",
    "ReadOptions",
    "ReadWarning",
    "open_export",
]
