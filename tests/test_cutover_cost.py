"""What the cut-over costs (issue 19, item 3): the shipped rate card, Meta's CSV read back,
the market of each country, the estimate's exact figures, and every bad card said as a
sentence. The CSVs are written here in Meta's layout with invented rates."""

from datetime import date

import pytest

from fixtures.rate_cards import JULY_CARD
from wamigrate.core.readiness.cutover_cost import estimate
from wamigrate.core.readiness.rate_card import RateCardError, market_for, parse_meta_csv, read_meta_csv, shipped

IMPACT = {
    "outside_by_country": {"BR": 10, "PT": 4, "PL": 2, "unknown": 3, "BS": 1},
    "customers_by_country": {"BR": 30, "PT": 10, "unknown": 5},
    # The mean of the last three months with replies: (1,100 + 1,400 + 1,700) / 3 = 1,400.
    "replies_in_window_by_month": {"2026-08": 9_999, "2026-09": 1_100, "2026-10": 1_400, "2026-11": 1_700},
}


def test_the_shipped_card_is_metas_card_of_april_2026():
    card = shipped()
    assert (card.effective, card.currency, card.file_name) == (date(2026, 4, 1), "USD", None)
    assert card.title == "Cost per message in USD on the WhatsApp Business Platform, effective April 1, 2026"
    assert len(card.markets) == 32
    assert card.markets["Brazil"] == {
        "marketing": 0.0625, "utility": 0.0068, "authentication": 0.0068, "authentication_international": None,
    }  # fmt: skip
    assert card.markets["India"]["authentication_international"] == 0.0304
    # Service messages were free ("n/a") in April; since 1 Oct 2026 they cost the utility rate.
    assert card.rate("Brazil", "service") == 0.0068


@pytest.mark.parametrize(
    ("country", "market", "since"),
    [
        ("BR", "Brazil", None),
        ("US", "North America", None),
        ("CA", "North America", None),
        ("DO", "Rest of Latin America", None),  # +1 809: not North America
        ("BS", "Other", None),  # +1 242: a country Meta does not list
        ("PT", "Rest of Western Europe", None),
        ("JP", "Rest of Asia Pacific", None),
        ("PL", "Rest of Central & Eastern Europe", "2026-07-01"),  # its own rate since July: not in April's card
        ("MA", "Rest of Africa", "2026-10-01"),
        ("KZ", "Russia", "2026-10-01"),  # +7, as Russia until October
        ("IS", "Other", None),
    ],
)
def test_the_market_of_a_country_on_the_shipped_card(country, market, since):
    found = market_for(country, shipped())
    assert (found.name, found.own_rate_since) == (market, since)


def test_metas_csv_is_read_back_exactly(tmp_path):
    path = tmp_path / "USD_rates.csv"
    path.write_text(JULY_CARD, encoding="utf-8")
    card = read_meta_csv(path)
    assert (card.effective, card.currency, card.file_name) == (date(2026, 7, 1), "USD", "USD_rates.csv")
    assert card.title == "Cost per message in USD on the WhatsApp Business Platform, effective July 1, 2026"
    assert card.markets["Other"] == {
        "marketing": 0.07, "utility": 0.008, "authentication": 0.008, "authentication_international": None,
        "service": 0.009,
    }  # fmt: skip
    assert card.unknown_markets == ["Vietnam"]  # a market wamigrate cannot place yet is said, not dropped
    # Poland has a rate of its own on this card: no note about a former market.
    assert market_for("PL", card).name == "Poland" and market_for("PL", card).own_rate_since is None
    assert card.rate("Other", "service") == 0.009  # the card's own service rate first
    assert card.rate("Brazil", "service") == 0.01  # else the utility rate


def test_the_estimate_has_exact_figures():
    cost = estimate(IMPACT, "marketing", today=date(2026, 12, 4))
    assert cost["day_one"] == [
        {"country": "BR", "market": "Brazil", "customers": 10, "rate": 0.0625, "cost": 0.625, "own_rate_since": None},
        {"country": "PT", "market": "Rest of Western Europe", "customers": 4, "rate": 0.0592, "cost": 0.2368,
         "own_rate_since": None},
        {"country": "PL", "market": "Rest of Central & Eastern Europe", "customers": 2, "rate": 0.086,
         "cost": 0.172, "own_rate_since": "2026-07-01"},
        {"country": "BS", "market": "Other", "customers": 1, "rate": 0.0604, "cost": 0.0604, "own_rate_since": None},
    ]  # fmt: skip
    assert (cost["day_one_customers"], cost["day_one_total"], cost["unknown_country_customers"]) == (17, 1.09, 3)
    assert cost["priced_at_former_market"] == ["PL"]
    assert (cost["rates_effective"], cost["rates_outdated"], cost["currency"]) == ("2026-04-01", True, "USD")
    # 1,400 replies a month, 400 past the free 1,000, at Brazil's and Western Europe's utility rates
    # weighted by customers (30 and 10): (30 * 0.0068 + 10 * 0.0171) / 40 = 0.009375.
    assert cost["service"] == {
        "replies_per_month": 1_400, "free_allowance": 1_000, "charged_per_month": 400, "rate": 0.009375,
        "cost_per_month": 3.75, "rate_from_customer_mix": True,
    }  # fmt: skip
    utility = estimate(IMPACT, "utility", today=date(2026, 12, 4))
    assert utility["day_one_total"] == round(10 * 0.0068 + 4 * 0.0171 + 2 * 0.0212 + 1 * 0.0077, 2) == 0.19


def test_a_newer_card_prices_with_its_own_markets_and_is_not_outdated(tmp_path):
    card = parse_meta_csv(JULY_CARD, "july.csv")
    cost = estimate(IMPACT, "marketing", card, today=date(2026, 9, 30))
    assert [(row["country"], row["market"], row["cost"]) for row in cost["day_one"]] == [
        ("BR", "Brazil", 0.5), ("PT", "Rest of Western Europe", 0.24), ("PL", "Poland", 0.16), ("BS", "Other", 0.07),
    ]  # fmt: skip
    assert cost["priced_at_former_market"] == [] and cost["rates_file"] == "july.csv"
    assert cost["rates_outdated"] is False  # still the current quarter
    assert estimate(IMPACT, "marketing", card, today=date(2026, 10, 1))["rates_outdated"] is True


def test_a_market_written_with_and_is_the_same_market():
    card = parse_meta_csv(JULY_CARD.replace("Central & Eastern", "Central  and Eastern"), "resaved.csv")
    assert card.unknown_markets == ["Vietnam"]
    assert card.markets["Rest of Central & Eastern Europe"]["marketing"] == 0.09


def test_no_customers_outside_and_no_replies():
    cost = estimate({"outside_by_country": {}, "customers_by_country": {}}, "marketing")
    assert (cost["day_one"], cost["day_one_total"], cost["service"]) == ([], 0, None)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Name,Price\nBrazil,1\n", 'card.csv is not Meta\'s rate card: no row starts with "Market"'),
        ("Rates\nMarket,Currency,Marketing,Utility\nOther,USD,0.1,0.1\n",
         'card.csv does not say from when its rates apply ("effective …" in its first line).'),
        ("Rates, effective Smarch 1, 2026\nMarket,Currency,Marketing,Utility\nOther,USD,0.1,0.1\n",
         "card.csv gives a date that is not a date: Smarch 1, 2026."),
        ("Rates, effective July 1, 2026\nMarket,Currency,Marketing\nOther,USD,0.1\n",
         "card.csv has no Utility column."),
        ("Rates, effective July 1, 2026\nMarket,Currency,Marketing,Utility\nBrazil,USD,abc,0.1\nOther,USD,0.1,0.1\n",
         "card.csv, row 3 (Brazil): 'abc' is not a rate."),
        ("Rates, effective July 1, 2026\nMarket,Currency,Marketing,Utility\nOther,USD,-0.1,0.1\n",
         "card.csv, row 3 (Other): -0.1 is not a plausible rate per message."),
        ("Rates, effective July 1, 2026\nMarket,Currency,Marketing,Utility\nBrazil,USD,0.1,0.1\n",
         'card.csv has no "Other" market, which prices every country Meta does not list: it is not a whole card.'),
        ("Rates, effective July 1, 2026\nMarket,Currency,Marketing,Utility\nBrazil,USD,0.1,0.1\nOther,EUR,0.1,0.1\n",
         "card.csv mixes currencies (EUR, USD)."),
    ],
)  # fmt: skip
def test_a_bad_card_is_a_sentence(text, message):
    with pytest.raises(RateCardError) as raised:
        parse_meta_csv(text, "card.csv")
    assert message in str(raised.value)


def test_a_file_that_cannot_be_a_card(tmp_path):
    with pytest.raises(RateCardError, match="does not exist"):
        read_meta_csv(tmp_path / "missing.csv")
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)))
    with pytest.raises(RateCardError, match=r"photo\.csv is not a text file: download the rate card"):
        read_meta_csv(binary)
    huge = tmp_path / "huge.csv"
    huge.write_bytes(b"x" * 1_000_001)
    with pytest.raises(RateCardError, match=r"huge\.csv is too large to be Meta's rate card"):
        read_meta_csv(huge)
    with_bom = tmp_path / "bom.csv"
    with_bom.write_bytes(b"\xef\xbb\xbf" + JULY_CARD.encode())  # as spreadsheets save it
    assert read_meta_csv(with_bom).effective == date(2026, 7, 1)


def _shop_archive(tmp_path):
    """Ana (Brazil), Rui (Portugal), Joe (United States) and Tia (saved by name: no number, so no
    country) wrote long before the cut-over; Bo (Brazil) wrote an hour before it; the shop
    answered each within minutes."""
    from wamigrate.core.archive.importer import ImportOptions, import_export
    from wamigrate.core.archive.store import Archive

    folder = tmp_path / "shop.wamarchive"
    archive, _ = Archive.create(folder, "cost test passphrase", {"memory_kib": 8192, "iterations": 1, "lanes": 1})
    chats = {
        "Ana": ("+55 11 98765 4321", "01/11/2026, 10:00"),
        "Rui": ("+351 912 345 678", "02/11/2026, 10:00"),
        "Bo": ("+55 21 99876 5432", "01/12/2026, 08:00"),
        "Joe": ("+1 212 555 0147", "03/11/2026, 10:00"),
        "Tia": ("Tia", "04/11/2026, 10:00"),
    }
    for name, (phone, when) in chats.items():
        path = tmp_path / f"WhatsApp Chat with {name}.txt"
        path.write_text(f"{when} - {phone}: Olá\n{when[:-2]}05 - Loja Verde: Olá {name}!\n", encoding="utf-8")
        import_export(archive, path, ImportOptions(timezone="Europe/Lisbon", date_order="DMY"))
    archive.close()
    return folder


def test_the_report_command_prices_the_cutover_with_the_profiles_card(tmp_path):
    import json
    import os
    import subprocess
    import sys
    import unicodedata

    from pypdf import PdfReader

    folder = _shop_archive(tmp_path)
    (tmp_path / "july.csv").write_text(JULY_CARD, encoding="utf-8")
    profile = tmp_path / "profile.toml"
    profile.write_text(
        '[business]\nown_name = "Loja Verde"\n[migration]\ncutover = "2026-12-01T09:00"\ntimezone = "Europe/Lisbon"\n'
        'first_message_category = "utility"\nrate_card = "july.csv"\n',
        encoding="utf-8",
    )
    env = {**os.environ, "WAMIGRATE_PASSPHRASE": "cost test passphrase"}

    def report(out, *extra):
        command = [sys.executable, "-m", "wamigrate", "report", "--profile", str(profile), "--archive", str(folder)]
        return subprocess.run([*command, "--out", str(out), *extra], capture_output=True, text=True, env=env)

    done = report(tmp_path / "r.json")
    assert done.returncode == 0, done.stderr
    cost = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["impact"]["cutover_cost"]
    # Ana, Rui, Joe and Tia are outside their window (a month ago); Bo wrote an hour before: inside.
    assert [(row["country"], row["market"], row["customers"], row["rate"]) for row in cost["day_one"]] == [
        ("PT", "Rest of Western Europe", 1, 0.015), ("BR", "Brazil", 1, 0.01), ("US", "North America", 1, 0.004),
    ]  # fmt: skip
    assert (cost["category"], cost["rates_file"], cost["rates_effective"], cost["day_one_total"]) == (
        "utility", "july.csv", "2026-07-01", 0.03,
    )  # fmt: skip
    assert (cost["day_one_customers"], cost["unknown_country_customers"]) == (3, 1)  # Tia: counted, not guessed
    # Five replies in November and December, well within the free allowance.
    assert cost["service"]["charged_per_month"] == 0

    # The same with the shipped card, in a PDF read back.
    (tmp_path / "shipped.toml").write_text(
        profile.read_text(encoding="utf-8").replace('rate_card = "july.csv"\n', ""), encoding="utf-8"
    )
    profile = tmp_path / "shipped.toml"
    assert report(tmp_path / "r.pdf").returncode == 0
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(tmp_path / "r.pdf").pages).split())
    text = unicodedata.normalize("NFKC", text)  # the PDF's "ﬀ" ligatures as letters
    assert "What the cut-over will cost (estimate)" in text
    assert "One utility template to each of the 3 customers outside their window" in text
    assert "about USD 0.03" in text  # 0.0171 (Portugal) + 0.0068 (Brazil) + 0.0034 (North America)
    assert "Not in the total: 1 customer outside the window whose chat name has no number" in text
    assert "effective April 1, 2026" in text and "Meta may have changed rates since that date" in text
    # In another language: the section, its table and the unknown country are translated.
    assert report(tmp_path / "pt.pdf", "--language", "pt_BR").returncode == 0
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(tmp_path / "pt.pdf").pages).split())
    text = unicodedata.normalize("NFKC", text)
    assert "Quanto a migração vai custar (estimativa)" in text
    assert "Um modelo de utilidade para cada um dos 3 clientes fora da janela" in text and "USD 0.03" in text
    assert "Resto da Europa Ocidental" in text and "América do Norte" in text
    assert "Fora do total: 1 cliente fora da janela cujo nome de conversa não tem número" in text

    # A card that is not one: a sentence, and no report written.
    (tmp_path / "prices.csv").write_text("Name,Price\n", encoding="utf-8")
    bad = report(tmp_path / "bad.json", "--rate-card", str(tmp_path / "prices.csv"))
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    assert "prices.csv is not Meta's rate card" in bad.stderr
    assert not (tmp_path / "bad.json").exists()
    alone = subprocess.run(
        [sys.executable, "-m", "wamigrate", "report", "--profile", str(profile), "--out", str(tmp_path / "a.json"),
         "--rate-card", str(tmp_path / "july.csv")],
        capture_output=True, text=True, env=env,
    )  # fmt: skip
    assert alone.returncode == 1 and "give the archive with --archive too" in alone.stderr


def test_the_profile_checks_the_category():
    from wamigrate.core.readiness.profile import ProfileError, profile_from_dict

    with pytest.raises(ProfileError, match=r"\[migration\] first_message_category = 'service' is not one of"):
        profile_from_dict({"migration": {"first_message_category": "service"}})
