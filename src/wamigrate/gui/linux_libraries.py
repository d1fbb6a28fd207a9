"""Before Qt starts on Linux: the X11 libraries its "xcb" platform plugin loads. Without them
(libxcb-cursor0 is missing on many fresh Ubuntu and Debian desktops) Qt prints "could not load
the Qt platform plugin xcb" and aborts, which tells a shop owner nothing. Checked first, the
app says which packages to install instead. No Qt here: it runs before Qt can."""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

# (library file, Debian/Ubuntu package, Fedora package)
XCB_LIBRARIES = (
    ("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor"),
    ("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms"),
    ("libxcb-image.so.0", "libxcb-image0", "xcb-util-image"),
    ("libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil"),
    ("libxcb-shape.so.0", "libxcb-shape0", "libxcb"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11"),
)


def _loads(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def uses_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt will start its xcb (X11) plugin: on Linux, unless another platform is
    asked for (offscreen, wayland) or the session is Wayland's."""
    if not platform.startswith("linux"):
        return False
    asked = environ.get("QT_QPA_PLATFORM", "")
    if asked:
        return asked.split(":")[0].split(";")[0] == "xcb"
    if environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland":
        return False
    return bool(environ.get("DISPLAY"))


def missing(environ: Mapping[str, str] | None = None, loads: Callable[[str], bool] = _loads,
            platform: str = sys.platform) -> list[tuple[str, str, str]]:  # fmt: skip
    """The libraries the xcb plugin needs that cannot be loaded (none when xcb is not used)."""
    if not uses_xcb(os.environ if environ is None else environ, platform):
        return []
    return [entry for entry in XCB_LIBRARIES if not loads(entry[0])]


def message(absent: list[tuple[str, str, str]]) -> str:
    debian = " ".join(package for _, package, _ in absent)
    fedora = " ".join(dict.fromkeys(package for _, _, package in absent))
    return (
        "wamigrate cannot open its window: some system libraries it needs to draw on this desktop are not "
        f"installed ({', '.join(name for name, _, _ in absent)}).\n\n"
        f"On Debian or Ubuntu, install them with:\n    sudo apt install {debian}\n\n"
        f"On Fedora:\n    sudo dnf install {fedora}\n\n"
        "Then start wamigrate again. Your archive and your answers are untouched."
    )


def check_or_exit(environ: Mapping[str, str] | None = None) -> None:
    absent = missing(environ)
    if absent:
        print(message(absent), file=sys.stderr)
        raise SystemExit(3)
