"""The missing-X11-libraries check that runs before Qt (issue 17: Qt's own 'could not load the
Qt platform plugin xcb' told a new user nothing)."""

from wamigrate.gui.linux_libraries import message, missing, uses_xcb

DESKTOP = {"DISPLAY": ":0"}


def test_which_sessions_use_xcb():
    assert uses_xcb(DESKTOP, "linux")
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"}, "linux")
    assert not uses_xcb({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not uses_xcb({"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland", "DISPLAY": ":0"}, "linux")
    assert not uses_xcb(DESKTOP, "win32") and not uses_xcb(DESKTOP, "darwin")
    assert not uses_xcb({}, "linux")  # no display at all: nothing to check


def test_missing_libraries_are_named_with_their_packages():
    absent = missing(DESKTOP, loads=lambda name: name != "libxcb-cursor.so.0", platform="linux")
    assert absent == [("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor")]
    text = message(absent)
    assert "sudo apt install libxcb-cursor0" in text and "sudo dnf install xcb-util-cursor" in text
    assert "Your archive and your answers are untouched." in text
    assert missing(DESKTOP, loads=lambda name: True, platform="linux") == []
    assert missing({"QT_QPA_PLATFORM": "offscreen"}, loads=lambda name: False, platform="linux") == []


def test_the_app_says_it_and_exits_before_qt_starts(tmp_path):
    import subprocess
    import sys

    # A child without any X11 library (every load fails): the sentence and exit status 3, no Qt abort.
    code = (
        "import ctypes, sys\n"
        "def refuse(*a, **k): raise OSError('absent')\n"
        "ctypes.CDLL = refuse\n"
        "from wamigrate.gui.app import create_application\n"
        "create_application(['wamigrate'])\n"
    )
    env = {"PATH": "/usr/bin:/bin", "DISPLAY": ":99", "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 3
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4" in result.stderr
    assert "could not load the Qt platform plugin" not in result.stderr
