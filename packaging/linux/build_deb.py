"""Build the .deb from the frozen folder (dist/wamigrate, made by PyInstaller):

    /opt/wamigrate/            the frozen app
    /usr/bin/wamigrate         a launcher on PATH
    /usr/share/applications/   the desktop entry (and an "Open a chat archive" action)
    /usr/share/metainfo/       AppStream metadata (software centres)
    /usr/share/mime/packages/  the .wamarchive type
    /usr/share/icons/hicolor/  the icon, SVG and PNG at the standard sizes

Removal takes all of it away (dpkg owns every file; the maintainer scripts only refresh the
desktop caches). Called by packaging/build.py; usable alone:

    python packaging/linux/build_deb.py FROZEN_DIR ICONS_DIR OUT_DIR VERSION
"""

from __future__ import annotations

import datetime
import shutil
import stat
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
APP_ID = "io.wamigrate.Wamigrate"
# What the frozen Qt needs from the system: the X11/xcb and GL libraries Qt's platform plugin
# links to (some are not bundled: they were absent on the build machine), fonts, D-Bus.
DEPENDS = (
    "libc6 (>= 2.36), libegl1, libgl1, libfontconfig1, libdbus-1-3, libxkbcommon0, libxkbcommon-x11-0, "
    "libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, libxcb-randr0, libxcb-render-util0, "
    "libxcb-shape0, libxcb-xkb1, libglib2.0-0t64 | libglib2.0-0, fonts-dejavu-core | fonts-noto-core"
)
# Hindi (Devanagari) and Chinese need fonts DejaVu does not have: without them the language
# menu's "हिन्दी" and every Hindi or Chinese page draws boxes. Recommended (installed by apt by
# default), not required: the CJK fonts are large and a machine may have others.
RECOMMENDS = "fonts-noto-core, fonts-noto-cjk"
REFRESH = """#!/bin/sh
set -e
have() { command -v "$1" >/dev/null 2>&1; }
if have update-desktop-database; then update-desktop-database -q /usr/share/applications || true; fi
if have update-mime-database; then update-mime-database /usr/share/mime || true; fi
if have gtk-update-icon-cache; then gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true; fi
exit 0
"""


def _write(path: Path, text: str, executable: bool = False) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(0o755 if executable else 0o644)


def build(frozen: Path, icons: Path, out: Path, version: str) -> Path:
    architecture = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    root = out / f"wamigrate_{version}_{architecture}"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(frozen, root / "opt" / "wamigrate", symlinks=True)
    _write(root / "usr" / "bin" / "wamigrate", '#!/bin/sh\nexec /opt/wamigrate/wamigrate "$@"\n', executable=True)
    share = root / "usr" / "share"
    _write(share / "applications" / f"{APP_ID}.desktop", (HERE / f"{APP_ID}.desktop").read_text(encoding="utf-8"))
    metainfo = (HERE / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    metainfo = metainfo.replace("@VERSION@", version).replace("@DATE@", datetime.date.today().isoformat())
    _write(share / "metainfo" / f"{APP_ID}.metainfo.xml", metainfo)
    _write(share / "mime" / "packages" / f"{APP_ID}.xml", (HERE / f"{APP_ID}-mime.xml").read_text(encoding="utf-8"))
    for png in sorted(icons.glob("*.png")):
        size = png.stem  # "48" -> 48x48
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(png, target)
    scalable = share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(icons / "wamigrate.svg", scalable)
    # Files 0644, folders and programs 0755, whatever the build machine's umask was.
    for path in root.rglob("*"):
        if path.is_symlink():
            continue
        mode = path.stat().st_mode
        executable = path.is_dir() or mode & stat.S_IXUSR
        path.chmod(0o755 if executable else 0o644)
    size_kib = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    control = (
        f"Package: wamigrate\nVersion: {version}\nArchitecture: {architecture}\n"
        "Maintainer: wamigrate developers <support@wamigrate.io>\nSection: utils\nPriority: optional\n"
        f"Installed-Size: {size_kib}\nDepends: {DEPENDS}\nRecommends: {RECOMMENDS}\nHomepage: https://wamigrate.io\n"
        "Description: move a WhatsApp number to the WhatsApp Business Platform safely\n"
        " Backs every chat up into an encrypted archive, shows what changes on the API,\n"
        " checks readiness and guides the irreversible steps; browse the archive offline.\n"
    )
    _write(root / "DEBIAN" / "control", control)
    _write(root / "DEBIAN" / "postinst", REFRESH, executable=True)
    _write(root / "DEBIAN" / "postrm", REFRESH, executable=True)
    package = out / f"wamigrate_{version}_{architecture}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--build", str(root), str(package)],
        check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    shutil.rmtree(root)
    return package


if __name__ == "__main__":
    frozen_dir, icons_dir, out_dir, version_text = sys.argv[1:5]
    print(build(Path(frozen_dir), Path(icons_dir), Path(out_dir), version_text))
