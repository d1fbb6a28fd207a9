"""Fails when a screenshot is blank: too small, one colour, or almost one colour.

    python packaging/windows/check_picture.py dist/windows-wizard.png

A window whose platform plugin, fonts or styles failed still maps, so "a PNG exists" proves
nothing; a drawn wizard page has text (many colours from anti-aliasing) over a good part of
its surface. Used by ci_under_wine.sh on the wizard drawn under Wine.
"""

from __future__ import annotations

import os
import sys
from collections import Counter

MIN_SIZE = (480, 320)
MIN_COLOURS = 24  # anti-aliased text alone gives dozens
MIN_DRAWN = 0.02  # share of pixels unlike the most common (background) colour


def check(path: str) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImage

    app = QGuiApplication.instance() or QGuiApplication(["check_picture"])  # noqa: F841 - QImage needs it
    image = QImage(path)
    if image.isNull():
        raise SystemExit(f"{path}: not a readable picture")
    if image.width() < MIN_SIZE[0] or image.height() < MIN_SIZE[1]:
        raise SystemExit(f"{path}: {image.width()}×{image.height()} px, smaller than a wizard page")
    colours = Counter(image.pixel(x, y) for y in range(0, image.height(), 2) for x in range(0, image.width(), 2))
    total = sum(colours.values())
    drawn = 1 - colours.most_common(1)[0][1] / total
    if len(colours) < MIN_COLOURS or drawn < MIN_DRAWN:
        raise SystemExit(f"{path}: blank ({len(colours)} colours, {drawn:.1%} drawn)")
    return f"{path}: {image.width()}×{image.height()} px, {len(colours)} colours, {drawn:.0%} drawn"


if __name__ == "__main__":
    print(check(sys.argv[1]))
