"""Every setting wamigrate keeps, declared once with its key, type and default (Picard's
typed option registry). Nothing secret is ever a setting: no passphrase, recovery key or
token; business answers live in the encrypted archive (core.wizard.flow.archive_part).

    value = LANGUAGE.get(settings)        # typed, with the default when unset or unreadable
    LANGUAGE.put(settings, "pt_BR")
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings


@dataclass(frozen=True)
class Option:
    key: str
    kind: type  # str, int, list (of str) or QByteArray
    default: Any

    def get(self, settings: QSettings):
        value = settings.value(self.key)
        if value is None:
            return self.default
        if self.kind is list:
            # An INI file gives back a one-item list as a plain string.
            return [str(v) for v in value] if isinstance(value, list) else [str(value)]
        if self.kind is int:
            try:
                return int(value)
            except (TypeError, ValueError):
                return self.default  # a hand-edited or damaged file: the default, not a crash
        if self.kind is str:
            return str(value)
        return value

    def put(self, settings: QSettings, value) -> None:
        settings.setValue(self.key, value)


LANGUAGE = Option("appearance/language", str, "")  # a locale name such as "pt_BR"; empty: the system's
SCHEME = Option("appearance/scheme", str, "system")  # "system", "light" or "dark"
LOCK_AFTER_MINUTES = Option("browser/lock_after_minutes", int, 10)  # 0: never
RECENT_ARCHIVES = Option("archives/recent", list, [])  # folders, newest first
WIZARD_STATE = Option("wizard/state", str, "")  # JSON of flow.settings_part
WIZARD_GEOMETRY = Option("wizard/geometry", QByteArray, None)
BROWSER_GEOMETRY = Option("browser/geometry", QByteArray, None)

ALL = (LANGUAGE, SCHEME, LOCK_AFTER_MINUTES, RECENT_ARCHIVES, WIZARD_STATE, WIZARD_GEOMETRY, BROWSER_GEOMETRY)
