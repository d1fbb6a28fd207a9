"""Pictures of the taps that make the phone's own backup readable by wamigrate (WhatsApp and
WhatsApp Business on Android have the same menus): end-to-end encrypted backup with the
64-digit key, then Back up. Drawn like the export pictures (export_pictures.screen)."""

from __future__ import annotations

from PySide6.QtGui import QImage

from wamigrate.gui.wizard.export_pictures import screen
from wamigrate.translation import tr


def backup_steps() -> list[tuple[QImage, str]]:
    """(picture, caption) per step, in order."""
    return [
        (screen(tr("Settings"), [tr("Account"), tr("Privacy"), tr("Chats"), tr("Notifications")], 2),
         tr("1. In WhatsApp: ⋮ ▸ Settings ▸ Chats")),
        (screen(tr("Chats"), [tr("Theme"), tr("Wallpaper"), tr("Chat backup"), tr("Chat history")], 2),
         tr("2. Tap Chat backup")),
        (screen(tr("Chat backup"), [tr("Back up"), tr("Encrypted backup"), tr("Google Account")], 1),
         tr("3. End-to-end encrypted backup ▸ Turn on")),
        (screen(tr("Encrypted backup"), [tr("Password"), tr("Passkey"), tr("64-digit key")], 2, sheet=True),
         tr("4. Choose the 64-digit key and write it down")),
        (screen(tr("Chat backup"), [tr("Back up"), tr("Encrypted backup"), tr("Google Account")], 0),
         tr("5. Tap Back up, then copy the file")),
    ]  # fmt: skip
