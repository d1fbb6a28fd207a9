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


def code_advice(check: NumberCheck | None, answers: dict, route: str | None, tr=None) -> list[str]:
    """What the user must know about receiving Meta's registration code and the two-step PIN,
    from the number's kind and their answers: one list, so the page never says two things
    that contradict each other. ``answers``: the profile's "number" section."""
    from wamigrate.core.translatable import untranslated

    tr = tr or untranslated
    sms, voice = answers.get("receives_sms"), answers.get("receives_voice")
    landline = check is not None and check.kind == "landline"
    said = []
    if sms is False and voice is False:
        said.append(tr(
            "Meta sends the registration code by SMS or by voice call: if neither reaches this number, it cannot "
            "be registered. Make sure it can receive one of them before you start."
        ))  # fmt: skip
    elif landline:
        said.append(tr(
            "This is a landline: landlines usually cannot receive SMS, so ask for Meta's code by voice call, and "
            "make sure the line answers calls (no menu or voicemail picking up first)."
        ))  # fmt: skip
    else:
        said.append(tr(
            "Meta sends a registration code to the number by SMS or voice call, so one of them must reach you on "
            "the day you register."
        ))  # fmt: skip
    if answers.get("two_step_verification") is True:
        if route == "provider_move":
            said.append(tr("Two-step verification must be turned off in WhatsApp Manager before the move."))
        else:
            said.append(tr(
                "Write the two-step PIN down now, somewhere safe: you need it if WhatsApp asks for it, and the "
                "checklist asks you to note it or turn it off before the account is deleted."
            ))  # fmt: skip
    return said
