"""Build the desktop app and its installer for this OS, in one command:

    python packaging/build.py            # needs: pip install '.[build]'

1. icons: PNGs at the standard sizes (and .ico / .icns where the OS needs them), drawn from
   resources/icons/wamigrate.svg into build/icons;
2. the frozen app: PyInstaller with installer.spec into dist/wamigrate (one folder);
3. the installer: Linux a .deb (packaging/linux/build_deb.py); Windows an Inno Setup
   installer when `iscc` is on PATH (packaging/windows/wamigrate.iss); macOS a .dmg
   (packaging/macos/make_dmg.sh).
It prints the build time and the sizes, and writes them to dist/build-figures.json.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def draw_icons(target: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(["build"])  # noqa: F841 - Qt needs it
    source = ROOT / "resources" / "icons" / "wamigrate.svg"
    renderer = QSvgRenderer(str(source))
    target.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target / "wamigrate.svg")
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        image.save(str(target / f"{size}.png"))
        if size == 256 and sys.platform == "win32":
            image.save(str(target / "wamigrate.ico"))
        if size == 512 and sys.platform == "darwin":
            image.save(str(target / "wamigrate.icns"))


def main() -> int:
    from wamigrate import __version__

    figures: dict = {"version": __version__}
    started = time.perf_counter()
    draw_icons(ROOT / "build" / "icons")
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build" / "pyinstaller"),
         str(ROOT / "installer.spec")],
        check=True, cwd=ROOT,
    )  # fmt: skip
    frozen = ROOT / "dist" / "wamigrate"
    figures["frozen_seconds"] = round(time.perf_counter() - started, 1)
    figures["frozen_folder_bytes"] = folder_size(frozen) if frozen.exists() else folder_size(ROOT / "dist")
    installer = None
    if sys.platform.startswith("linux"):
        sys.path.insert(0, str(ROOT / "packaging" / "linux"))
        from build_deb import build

        installer = build(frozen, ROOT / "build" / "icons", ROOT / "dist", __version__)
    elif sys.platform == "win32" and shutil.which("iscc"):
        # /Qp: errors and a progress figure, not one line per file compressed.
        script = ROOT / "packaging" / "windows" / "wamigrate.iss"
        subprocess.run(["iscc", "/Qp", f"/DAppVersion={__version__}", str(script)], check=True)
        installer = next((ROOT / "dist").glob("wamigrate-*-setup.exe"), None)
    elif sys.platform == "darwin":
        subprocess.run(["sh", str(ROOT / "packaging" / "macos" / "make_dmg.sh"), __version__], check=True)
        installer = next((ROOT / "dist").glob("wamigrate-*.dmg"), None)
    figures["total_seconds"] = round(time.perf_counter() - started, 1)
    if installer is not None:
        figures["installer"] = str(installer.relative_to(ROOT))
        figures["installer_bytes"] = installer.stat().st_size
    (ROOT / "dist" / "build-figures.json").write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    mib = 1 << 20
    print(
        f"frozen app: dist/wamigrate, {figures['frozen_folder_bytes'] / mib:.0f} MiB, in {figures['frozen_seconds']} s"
    )
    if installer is not None:
        print(f"installer: {figures['installer']}, {figures['installer_bytes'] / mib:.0f} MiB")
    print(f"total build time: {figures['total_seconds']} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
