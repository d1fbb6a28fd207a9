"""Pictures of the taps that make the phone's own backup readable by wamigrate (WhatsApp and
WhatsApp Business on Android have the same menus): end-to-end encrypted backup with the
64-digit key, then Back up; on an iPhone, WhatsApp's iCloud backup off, then a backup on the
computer. Drawn like the export pictures (export_pictures.screen)."""

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


def iphone_backup_steps() -> list[tuple[QImage, str]]:
    """(picture, caption) per step of an iPhone's backup on the computer, in order. The rows
    are short forms of the menus' words (a drawn screen is narrow); the captions say them whole."""
    computer = [tr("This computer"), tr("Encrypt backup"), tr("Back Up Now")]
    return [
        (screen(tr("Chat Backup"), [tr("Back Up Now"), tr("Auto Backup"), tr("Encrypted backup")], 2, dots=False),
         tr("1. In WhatsApp: Settings ▸ Chats ▸ Chat Backup")),
        (screen(tr("Backup"), [tr("Turn Off")], 0, dots=False),
         tr("2. If the encrypted backup is on, turn it off")),
        (screen(tr("Backups"), computer, 1, dots=False),
         tr("3. On the computer (Finder, Apple Devices or iTunes): tick Encrypt local backup")),
        (screen(tr("Backups"), computer, 2, dots=False), tr("4. Click Back Up Now and wait until it has finished")),
    ]  # fmt: skip
