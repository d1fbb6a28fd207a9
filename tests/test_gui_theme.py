"""The chat colours meet WCAG AA (4.5:1) for every text drawn on every bubble, light and dark."""

import pytest

from wamigrate.gui.theme import DARK, LIGHT, contrast, dark_palette


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_text_on_every_background_meets_aa(colours):
    backgrounds = [colours.own, colours.other, colours.notice, colours.card, colours.selected, colours.found]
    failures = []
    for background in backgrounds:
        for name, ink in [("ink", colours.ink), ("muted", colours.muted), ("link", colours.link)]:
            if contrast(ink, background) < 4.5:
                failures.append(f"{name} {ink} on {background}: {contrast(ink, background):.2f}")
        for sender in colours.senders:  # group names sit on customers' bubbles
            if contrast(sender, colours.other) < 4.5:
                failures.append(f"sender {sender}: {contrast(sender, colours.other):.2f}")
    assert failures == []


def test_contrast_formula_and_dark_palette():
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0
    assert contrast("#777777", "#777777") == 1.0
    from PySide6.QtGui import QPalette

    palette = dark_palette()
    for text, base in [(QPalette.ColorRole.Text, QPalette.ColorRole.Base),
                       (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
                       (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
                       (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight)]:  # fmt: skip
        assert contrast(palette.color(text), palette.color(base)) >= 4.5


def test_dates_under_the_c_locale_are_iso_not_5_01_2024(qapp):
    from PySide6.QtCore import QLocale

    from wamigrate.gui import formatting

    before = QLocale()
    QLocale.setDefault(QLocale.c())
    try:
        assert formatting.short_day("2024-01-05") == "2024-01-05"
        assert formatting.moment("2024-01-05T10:00:00") == "2024-01-05 10:00"
        assert formatting.day("2024-01-05") == "Friday, 5 January 2024"  # the long form reads well
    finally:
        QLocale.setDefault(before)
