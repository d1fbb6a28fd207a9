"""The number as the user types it: parsed with the country they picked, checked against
the numbering plan (libphonenumber's data through ``phonenumbers``), in plain words."""

from __future__ import annotations

from dataclasses import dataclass

import phonenumbers
from babel import Locale, UnknownLocaleError
from phonenumbers import PhoneNumberType

from wamigrate.core.translatable import QT_TR_NOOP

_TYPES = {
    PhoneNumberType.MOBILE: QT_TR_NOOP("mobile"),
    PhoneNumberType.FIXED_LINE: QT_TR_NOOP("landline"),
    PhoneNumberType.FIXED_LINE_OR_MOBILE: QT_TR_NOOP("mobile or landline"),
    PhoneNumberType.TOLL_FREE: QT_TR_NOOP("toll-free"),
    PhoneNumberType.VOIP: QT_TR_NOOP("VoIP"),
    PhoneNumberType.PREMIUM_RATE: QT_TR_NOOP("premium-rate"),
    PhoneNumberType.PAGER: QT_TR_NOOP("pager"),
    PhoneNumberType.UAN: QT_TR_NOOP("universal access"),
    PhoneNumberType.SHARED_COST: QT_TR_NOOP("shared cost"),
    PhoneNumberType.PERSONAL_NUMBER: QT_TR_NOOP("personal (forwarding)"),
}


@dataclass(frozen=True)
class NumberCheck:
    e164: str | None  # "+351912345678" once the digits make a possible number
    valid: bool
    kind: str | None  # "mobile", "landline", ...
    region: str | None  # ISO country of the number
    problem: str | None  # a sentence when the number cannot be used as typed
    formatted: str | None = None  # international format, for display


def country_name(region: str, language: str) -> str:
    """The region's name in ``language`` (a locale name such as "pt_BR" or "zh_TW"), from
    CLDR; English when the language is unknown, the region code when CLDR has no name."""
    try:
        locale = Locale.parse(language.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        locale = Locale("en")
    return locale.territories.get(region) or Locale("en").territories.get(region) or region


def regions() -> list[tuple[str, int]]:
    """(ISO region, calling code) for every region libphonenumber knows, by region code."""
    return sorted((region, phonenumbers.country_code_for_region(region)) for region in phonenumbers.SUPPORTED_REGIONS)


def check_number(text: str, region: str | None) -> NumberCheck:
    text = text.strip()
    if not text:
        return NumberCheck(None, False, None, None, QT_TR_NOOP("Enter the phone number."))
    try:
        number = phonenumbers.parse(text, None if text.startswith("+") else region)
    except phonenumbers.NumberParseException:
        if not text.startswith("+") and not region:
            return NumberCheck(
                None, False, None, None, QT_TR_NOOP("Choose the country, or start the number with + and its code.")
            )
        return NumberCheck(None, False, None, None, QT_TR_NOOP("This is not a phone number yet."))
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    formatted = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    number_region = phonenumbers.region_code_for_number(number)
    if not phonenumbers.is_possible_number(number):
        return NumberCheck(None, False, None, number_region, QT_TR_NOOP("The number has too few or too many digits."))
    if not phonenumbers.is_valid_number(number):
        problem = QT_TR_NOOP("No number like this is in use in that country: check the digits.")
        return NumberCheck(e164, False, None, number_region, problem, formatted)
    kind = _TYPES.get(phonenumbers.number_type(number), QT_TR_NOOP("unknown type"))
    problem = None
    if kind == "pager":
        problem = QT_TR_NOOP("Pager numbers cannot be used on the WhatsApp Business Platform.")
    return NumberCheck(e164, True, kind, number_region, problem, formatted)
