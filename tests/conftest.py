import os
import sys
from pathlib import Path

import pytest

# GUI tests run without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture(autouse=True)
def english_locale(request):
    """GUI tests run in English (US) as the app would start in it: its numbers and dates, and
    the English plural forms ("1 message", "2 messages"), whatever the machine's locale is;
    tests of other languages set their own."""
    if request.node.get_closest_marker("gui") is None:
        yield
        return
    from PySide6.QtCore import QLocale

    from wamigrate.render.qt_offscreen import ensure_gui_application
    from wamigrate.translation import install_translators

    app = ensure_gui_application()
    import wamigrate.gui.qt_resources  # noqa: F401 - registers ":/translations"

    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    previous = QLocale()
    QLocale.setDefault(english)
    install_translators(app, english)
    yield
    QLocale.setDefault(previous)
    install_translators(app, english)


@pytest.fixture
def write_export(tmp_path):
    """Write a fixture export (str or bytes) under its real file name and return the path."""

    def write(name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        data = content if isinstance(content, bytes) else content.encode(encoding)
        path.write_bytes(data)
        return path

    return write


# How long a GUI test waits for an event (a signal, a state) before it gives up. A wait ends as
# soon as the event comes, so the limit costs nothing when a test passes; it is long because CI
# runs on a busy 2-core machine where key derivation or an import can take many times longer.
WAIT_MS = 120_000

# Argon2id at test strength: the shipped parameters take ~0.5 s per derivation.
FAST_KDF = {"memory_kib": 8192, "iterations": 1, "lanes": 1}


@pytest.fixture
def new_archive(tmp_path):
    """Create archives with fast key derivation; all are closed at the end of the test."""
    from wamigrate.core.archive.store import Archive

    opened = []

    def create(name: str = "test", passphrase: str = "correct horse battery staple"):
        archive, recovery = Archive.create(tmp_path / name, passphrase, argon2=FAST_KDF)
        opened.append(archive)
        return archive, recovery

    yield create
    for archive in opened:
        if archive.connection is not None:
            archive.close()
