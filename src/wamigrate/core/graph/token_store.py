"""The access token in the operating system's keychain (macOS Keychain, Windows Credential
Manager, the Secret Service on Linux) through ``keyring``, only when the user asks for it.
It is never written to the settings or the archive."""

from __future__ import annotations

import contextlib

import keyring
from keyring.errors import KeyringError

from wamigrate.core.errors import WamigrateError
from wamigrate.core.translatable import tr

SERVICE = "wamigrate: WhatsApp Business Account token"


class KeychainError(WamigrateError):
    """No usable keychain, or it refused."""


def _account(waba_id: str) -> str:
    return f"waba {waba_id.strip()}"


def save_token(waba_id: str, token: str) -> None:
    try:
        keyring.set_password(SERVICE, _account(waba_id), token)
    except (KeyringError, RuntimeError) as error:
        raise KeychainError(
            tr(
                "This computer's keychain could not keep the token ({0}); it stays in memory until you close wamigrate."
            ).format(type(error).__name__)
        ) from error


def load_token(waba_id: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, _account(waba_id))
    except (KeyringError, RuntimeError):
        return None


def forget_token(waba_id: str) -> None:
    with contextlib.suppress(KeyringError, RuntimeError):
        keyring.delete_password(SERVICE, _account(waba_id))
