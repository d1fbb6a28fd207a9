"""One small function per rule: what was found, why it matters, exactly how to fix it.

Each returns an :class:`Outcome`; "unknown" when the profile does not answer the question
(the report then asks it), never a guess.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

import phonenumbers
from phonenumbers import PhoneNumberType

from wamigrate.core.readiness.profile import Profile, Template

PASS, FAIL, UNKNOWN = "pass", "fail", "unknown"


@dataclass
class Outcome:
    status: str
    found: str
    why: str = ""
    fix: str = ""


@dataclass
class Context:
    """Facts from outside the profile (the archive, for the backup rule)."""

    archive_verified: bool | None = None  # last verification passed, after the last import
    archive_messages: int | None = None


CHECKS: dict[str, Callable[[Profile, Context], Outcome]] = {}


def check(rule_id: str):
    def register(function):
        CHECKS[rule_id] = function
        return function

    return register


def _number(profile: Profile):
    if not profile.phone:
        return None
    try:
        return phonenumbers.parse(profile.phone, None)
    except phonenumbers.NumberParseException:
        return False


def _unknown(question: str) -> Outcome:
    return Outcome(UNKNOWN, f"Not answered yet: {question}", fix=f"Answer: {question}")


# -- the number ------------------------------------------------------------------------------


@check("PN-02")
def number_valid(profile: Profile, context: Context) -> Outcome:
    number = _number(profile)
    if number is None:
        return _unknown("the phone number, with its country code")
    if number is False or not phonenumbers.is_possible_number(number):
        return Outcome(
            FAIL,
            f"'{profile.phone}' is not a complete international number.",
            "Meta registers only numbers with a country code and area code; short codes are not supported.",
            "Enter the number with + and the country code, e.g. +44 7911 123456.",
        )
    if not phonenumbers.is_valid_number(number):
        return Outcome(
            FAIL,
            f"{phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)} is not a number in use "
            "in its country's numbering plan.",
            "Meta sends a code to the number; an invalid number cannot receive it.",
            "Check the digits and the country code.",
        )
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return Outcome(PASS, f"{e164} is a valid number ({phonenumbers.region_code_for_number(number)}).")


_VOICE_ONLY = {
    PhoneNumberType.FIXED_LINE: "a landline",
    PhoneNumberType.TOLL_FREE: "a toll-free number",
    PhoneNumberType.VOIP: "a VoIP/virtual number",
    PhoneNumberType.PREMIUM_RATE: "a premium-rate number",
    PhoneNumberType.UAN: "a universal-access number",
    PhoneNumberType.SHARED_COST: "a shared-cost number",
    PhoneNumberType.PERSONAL_NUMBER: "a personal (forwarding) number",
}


@check("PN-09")
def number_type(profile: Profile, context: Context) -> Outcome:
    number = _number(profile)
    if not number or not phonenumbers.is_valid_number(number):
        return _unknown("a valid phone number")
    kind = phonenumbers.number_type(number)
    if kind == PhoneNumberType.PAGER:
        return Outcome(FAIL, "This is a pager number.", "Meta does not support pager numbers.", "Use a mobile number.")
    if kind in _VOICE_ONLY:
        return Outcome(
            FAIL,
            f"This is {_VOICE_ONLY[kind]}.",
            "Meta does not recommend receiving the registration code by SMS on such numbers; a voice call works.",
            "Choose the voice-call option when Meta sends the code, and make sure a person can answer it.",
        )
    return Outcome(PASS, "A mobile number: it can receive the code by SMS or voice call.")


@check("PN-03")
def receives_code(profile: Profile, context: Context) -> Outcome:
    if profile.receives_sms is None and profile.receives_voice is None:
        return _unknown("can the number receive SMS? voice calls?")
    if not profile.receives_sms and not profile.receives_voice:
        return Outcome(
            FAIL,
            "The number can receive neither SMS nor voice calls.",
            "Meta proves you own the number with a code sent by SMS or voice call.",
            "Make the number reachable by SMS or voice call (remove call barring, disable forwarding) "
            "before registering.",
        )
    return Outcome(PASS, "The number can receive the registration code.")


@check("PN-10")
def ivr(profile: Profile, context: Context) -> Outcome:
    if profile.ivr is None:
        return _unknown("does an IVR (phone menu) answer calls to this number?")
    if profile.ivr:
        return Outcome(
            FAIL,
            "Calls to the number are answered by an IVR.",
            "The registration call must reach a person; IVR numbers that cannot receive it are not supported.",
            "Disable the IVR and call forwarding during registration, or ask Meta for the numbers its call comes "
            "from and allow-list them so the call reaches a person.",
        )
    return Outcome(PASS, "No IVR answers the number.")


_EXCLUDED = {"CU": "Cuba", "IR": "Iran", "KP": "North Korea", "SY": "Syria"}


@check("PN-41")
def region(profile: Profile, context: Context) -> Outcome:
    number = _number(profile)
    regions = {profile.country.upper()} if profile.country else set()
    if number:
        regions.add(phonenumbers.region_code_for_number(number) or "")
    regions.discard("")
    if not regions:
        return _unknown("the country of the business")
    excluded = sorted(_EXCLUDED[r] for r in regions if r in _EXCLUDED)
    if excluded:
        return Outcome(
            FAIL,
            f"The business or number is in {', '.join(excluded)}.",
            "Businesses in Cuba, Iran, North Korea, Syria, and the Crimea, Donetsk and Luhansk regions are not "
            "eligible for the WhatsApp Business Platform.",
            "This cannot be fixed by configuration.",
        )
    return Outcome(
        PASS,
        f"Region {', '.join(sorted(regions))} is eligible (Crimea, Donetsk, Luhansk cannot be "
        "told from a number: the business must not be located there).",
    )


# -- the app ---------------------------------------------------------------------------------


@check("PN-13")
def app_deleted(profile: Profile, context: Context) -> Outcome:
    if profile.current_app is None:
        return _unknown("which WhatsApp app the number is on now")
    if profile.current_app == "none" or profile.app_account_deleted:
        return Outcome(PASS, "The number is not registered in a WhatsApp app.")
    app = "WhatsApp Messenger" if profile.current_app == "messenger" else "the WhatsApp Business app"
    return Outcome(
        FAIL,
        f"The number is still registered in {app}.",
        "A number cannot be on the API and in the app at once; chat history is not moved to the API.",
        "First back up every chat, then in the app: Settings > Account > Delete my account (checklist step).",
    )


@check("PN-14")
def coexistence_app(profile: Profile, context: Context) -> Outcome:
    if profile.current_app is None:
        return _unknown("which WhatsApp app the number is on now")
    if profile.current_app == "business":
        return Outcome(PASS, "The number is on the WhatsApp Business app, which coexistence supports.")
    app = "WhatsApp Messenger (personal)" if profile.current_app == "messenger" else "no WhatsApp app"
    return Outcome(
        FAIL,
        f"The number is on {app}.",
        "Coexistence keeps the WhatsApp Business app alongside the API; it does not exist for other numbers.",
        "Choose the full-migration route, or move the number to the WhatsApp Business app first.",
    )


@check("PN-16")
def deletion_wait(profile: Profile, context: Context) -> Outcome:
    return Outcome(
        PASS,
        "Reminder for cut-over day.",
        "Registering too soon after deleting the app account fails with error 133015.",
        "After deleting the account, wait at least 5 minutes before the provider registers the number.",
    )


def _version(text: str) -> tuple[int, ...] | None:
    parts = re.findall(r"\d+", text or "")
    return tuple(int(p) for p in parts[:4]) if parts else None


@check("PN-20")
def coexistence_requirements(profile: Profile, context: Context) -> Outcome:
    problems = []
    version = _version(profile.business_app_version or "")
    if version is None or profile.partner_type is None:
        missing = [
            q
            for q, v in (("the Business app version", version), ("the provider's partner type", profile.partner_type))
            if v is None
        ]
        return _unknown(" and ".join(missing))
    if version < (2, 24, 17):
        problems.append(f"the Business app is version {profile.business_app_version} (2.24.17 or newer is needed)")
    if profile.partner_type == "other":
        problems.append("the provider is neither a Solution Partner nor a Tech Provider")
    if problems:
        return Outcome(
            FAIL,
            "; ".join(problems).capitalize() + ".",
            "Meta offers coexistence only through Solution Partners and Tech Providers, on recent app versions.",
            "Update the WhatsApp Business app; choose a provider that is a Solution Partner or Tech Provider.",
        )
    return Outcome(PASS, "App version and provider support coexistence.")


@check("PN-21")
def coexistence_country(profile: Profile, context: Context) -> Outcome:
    number = _number(profile)
    if not number:
        return _unknown("the phone number")
    if number.country_code in (234, 27):
        return Outcome(
            FAIL,
            f"The number's country code is +{number.country_code}.",
            "Coexistence is not available for Nigerian (+234) and South African (+27) numbers.",
            "Use the full-migration route for this number.",
        )
    return Outcome(PASS, f"Coexistence is available for +{number.country_code}.")


@check("PN-22")
def coexistence_throughput(profile: Profile, context: Context) -> Outcome:
    return Outcome(PASS, "Good to know.", "A coexistence number sends at most 20 messages per second (80 normally).")


@check("PN-24")
def history_sync(profile: Profile, context: Context) -> Outcome:
    return Outcome(
        PASS,
        "Plan the onboarding day.",
        "The provider can sync up to 180 days of 1:1 chats (not groups) once, within 24 hours of onboarding, after "
        "you tap Confirm in the app; media older than 14 days is not included.",
        "Keep this archive as the complete copy; tap Confirm in the app when asked.",
    )


@check("PN-26")
def companions(profile: Profile, context: Context) -> Outcome:
    if profile.linked_companions is None:
        return _unknown("how many linked devices (WhatsApp Web, desktop) the app has")
    if profile.linked_companions > 0:
        return Outcome(
            FAIL,
            f"{profile.linked_companions} linked device(s).",
            "All linked devices are unlinked at onboarding; WhatsApp for Windows and WearOS are not supported.",
            "Tell the staff who use them; re-link them after onboarding.",
        )
    return Outcome(PASS, "No linked devices.")


@check("PN-35")
def provider_move_2sv(profile: Profile, context: Context) -> Outcome:
    if profile.two_step_verification is None:
        return _unknown("is two-step verification on for the number?")
    if profile.two_step_verification:
        return Outcome(
            FAIL,
            "Two-step verification is on.",
            "Moving a number between providers fails while two-step verification is on (error 2388001).",
            "Turn it off in WhatsApp Manager (an e-mail link goes to the portfolio's address); there is no API for it.",
        )
    return Outcome(PASS, "Two-step verification is off.")


@check("PN-38")
def registration_limit(profile: Profile, context: Context) -> Outcome:
    return Outcome(
        PASS,
        "Reminder for cut-over day.",
        "Registering and deregistering are limited to 10 attempts per number in 72 hours; past that, 72 h blocked.",
        "Do not retry registration in a loop; check the error and wait as it says.",
    )


# -- the display name ----------------------------------------------------------------------

_GENERIC = {
    "fashion", "shop", "store", "restaurant", "pharmacy", "clinic", "support", "customer service", "sales",
    "info", "news", "delivery", "hotel", "bakery", "salon", "taxi", "insurance", "bank", "travel", "food",
}  # fmt: skip
_META_WORDS = re.compile(r"whats\s*app|\bmeta\b|facebook|instagram|messenger", re.IGNORECASE)
_VERIFIED_WORDS = re.compile(r"\b(official|verified|oficial|verificad[oa]|offiziell)\b", re.IGNORECASE)
_WEB = re.compile(r"https?://|www\.|\.[a-z]{2,4}\b|@\w", re.IGNORECASE)
_PROMO = re.compile(r"\d+\s*%|\b(sale|discount|best|cheapest|free|promo)\b", re.IGNORECASE)
_SYMBOLS = re.compile('[™®©~!@#$%^*_+:;"{}\\[\\]|<>/?]')


def _has_emoji(text: str) -> bool:
    return any(unicodedata.category(ch) == "So" or 0x1F000 <= ord(ch) <= 0x1FAFF for ch in text)


@check("DN-07")
def name_content(profile: Profile, context: Context) -> Outcome:
    name = (profile.display_name or "").strip()
    if not name:
        return _unknown("the display name you will ask Meta for")
    problems = []
    if name.casefold() in _GENERIC:
        problems.append("it is a generic term")
    if _META_WORDS.search(name):
        problems.append("it mentions WhatsApp, Meta or their apps")
    if _VERIFIED_WORDS.search(name):
        problems.append("it claims to be official or verified")
    if _WEB.search(name):
        problems.append("it looks like a web or e-mail address")
    if _PROMO.search(name):
        problems.append("it reads as advertising")
    if problems:
        return Outcome(
            FAIL,
            f"'{name}': " + "; ".join(problems) + ".",
            "Meta rejects display names that do not plainly name the business.",
            "Use the name customers know the business by, e.g. 'Fresh Produce' or 'Fruit Snacks by Fresh Produce'.",
        )
    return Outcome(PASS, f"'{name}' names the business.")


@check("DN-08")
def name_relation(profile: Profile, context: Context) -> Outcome:
    name = (profile.display_name or "").strip()
    legal = (profile.legal_name or "").strip()
    if not name or not legal:
        return _unknown("the display name and the legal name of the business")

    def words(text: str) -> set[str]:
        ignored = {"ltd", "limited", "inc", "llc", "gmbh", "sa", "sl", "ltda", "me", "eireli", "the", "and", "co"}
        return {w for w in re.findall(r"\w+", text.casefold()) if len(w) > 1 and w not in ignored}

    if words(name) & words(legal):
        return Outcome(PASS, f"'{name}' shares words with the legal name '{legal}'.")
    return Outcome(
        FAIL,
        f"'{name}' has no word in common with the legal name '{legal}'.",
        "Meta asks for a clear relationship to the legal name, or to branding shown on the website.",
        f"Show '{name}' on the business website, or use '{name} by {legal}'.",
    )


@check("DN-09")
def name_format(profile: Profile, context: Context) -> Outcome:
    name = (profile.display_name or "").strip()
    if not name:
        return _unknown("the display name you will ask Meta for")
    problems = []
    letters = [ch for ch in name if ch.isalpha()]
    if len(name) < 3:
        problems.append("it has fewer than 3 characters")
    if len(letters) > 4 and all(ch.isupper() for ch in letters):
        problems.append("it is all capitals")
    if _has_emoji(name):
        problems.append("it contains emoji")
    if _SYMBOLS.search(name):
        problems.append("it contains symbols")
    if "  " in name:
        problems.append("it has double spaces")
    if problems:
        return Outcome(
            FAIL,
            f"'{name}': " + "; ".join(problems) + ".",
            "Meta's formatting guidelines ask for normal capitalisation, no emoji or symbols, 3 characters or more.",
            "Write the name as in normal text, e.g. 'Casa Verde' rather than 'CASA VERDE ✨'.",
        )
    return Outcome(PASS, f"'{name}' is formatted as Meta expects.")


# -- policy, limits, backup ----------------------------------------------------------------

_BLOCKED = {
    "tobacco", "firearms", "drugs", "prescription_medicine", "medical_devices", "adult", "dating", "cryptocurrency",
    "multi_level_marketing", "payday_loans", "debt_collection", "live_animals",
}  # fmt: skip
_REGULATED = {"alcohol", "otc_medicine", "gambling"}


@check("PO-02")
def category(profile: Profile, context: Context) -> Outcome:
    if profile.category is None:
        return _unknown("the business category")
    label = profile.category.replace("_", " ")
    if profile.category in _BLOCKED:
        return Outcome(
            FAIL,
            f"Category: {label}.",
            "WhatsApp's Business Messaging Policy does not allow businesses to buy, sell or promote this through "
            "WhatsApp, whatever their licences.",
            "Only messaging unrelated to those goods or services may be possible; ask the provider before migrating.",
        )
    if profile.category in _REGULATED:
        return Outcome(
            FAIL,
            f"Category: {label} (a regulated vertical).",
            "Allowed only on the Platform, only in listed countries, with no commerce features, never to under-18s; "
            "online gambling needs Meta's prior written permission.",
            "Confirm with the provider that your country is on Meta's list (and get permission for gambling).",
        )
    return Outcome(PASS, f"Category: {label}.")


@check("PO-07")
def opt_in(profile: Profile, context: Context) -> Outcome:
    if profile.opt_in is None:
        return _unknown("how customers agree to receive WhatsApp messages from the business")
    if profile.opt_in.strip().lower() in ("", "none", "no"):
        return Outcome(
            FAIL,
            "No opt-in is collected.",
            "The API may message only customers who agreed to receive messages from the business.",
            "Collect opt-in (website form, SMS, in person or on paper) stating the business's name.",
        )
    return Outcome(PASS, f"Opt-in: {profile.opt_in}.")


@check("BA-05")
def messaging_limit(profile: Profile, context: Context) -> Outcome:
    if profile.business_verification == "verified":
        return Outcome(PASS, "Verified business: the limit can rise to 2,000 customers a day.")
    return Outcome(
        FAIL,
        "The business is not verified yet: 250 customers a day can be contacted outside the 24-hour window.",
        "After cut-over, customers whose window has closed can only be reached with templates, within this limit.",
        "Complete business verification (or partner-led verification) to reach the 2,000 tier.",
    )


@check("BK-01")
def backup(profile: Profile, context: Context) -> Outcome:
    if context.archive_verified is None:
        return Outcome(
            FAIL,
            "No verified archive of the chats yet.",
            "Deleting the app account deletes the chat history; the API does not receive it.",
            "Export every chat, import the exports into an archive and verify it (wamigrate import, wamigrate verify).",
        )
    if not context.archive_verified:
        return Outcome(
            FAIL,
            "The archive has not passed verification since the last import.",
            "Only a verified archive is a proven copy of the history.",
            "Run 'Verify archive' (wamigrate verify) and fix what it reports.",
        )
    return Outcome(PASS, f"Verified archive with {context.archive_messages or 0:,} messages.")


# -- templates ------------------------------------------------------------------------------

_PARAM = re.compile(r"\{\{\s*([^{}]*?)\s*\}\}")
_NAME = re.compile(r"^[a-z0-9_]{1,512}$")


def _templates(profile: Profile, test: Callable[[Template], list[str]], why: str, fix: str) -> Outcome:
    if not profile.templates:
        return Outcome(PASS, "No templates to check.")
    problems = [f"{t.name or '(unnamed)'}: {p}" for t in profile.templates for p in test(t)]
    if problems:
        return Outcome(FAIL, "; ".join(problems) + ".", why, fix)
    return Outcome(PASS, f"{len(profile.templates)} template(s) checked.")


@check("TW-09")
def template_names(profile: Profile, context: Context) -> Outcome:
    return _templates(
        profile,
        lambda t: [] if t.name and _NAME.match(t.name) else ["the name must be lowercase letters, digits and _"],
        "Meta rejects other template names.",
        "Rename, e.g. 'order_ready'.",
    )


def _lengths(t: Template) -> list[str]:
    problems = []
    if len(t.header or "") > 60:
        problems.append(f"header has {len(t.header)} characters (60 at most)")
    if not t.body:
        problems.append("the body is empty")
    elif len(t.body) > 1024:
        problems.append(f"body has {len(t.body)} characters (1,024 at most)")
    if len(t.footer or "") > 60:
        problems.append(f"footer has {len(t.footer)} characters (60 at most)")
    if len(t.buttons) > 10:
        problems.append(f"{len(t.buttons)} buttons (10 at most)")
    problems += [
        f"button '{b.get('text', '')}' is longer than 25 characters" for b in t.buttons if len(b.get("text", "")) > 25
    ]
    if len(_PARAM.findall(t.header or "")) > 1:
        problems.append("the header has more than one parameter")
    return problems


@check("TW-13")
def template_lengths(profile: Profile, context: Context) -> Outcome:
    return _templates(profile, _lengths, "Meta rejects templates over these limits.", "Shorten the parts named.")


def _parameters(t: Template) -> list[str]:
    names = _PARAM.findall((t.header or "") + "\n" + (t.body or ""))
    if not names:
        return []
    problems = []
    if not all(n.isdigit() for n in names):
        return (
            []
            if all(re.fullmatch(r"[a-z_]+", n) for n in names)
            else ["parameters must be {{1}}, {{2}}... or lowercase names"]
        )
    numbers = [int(n) for n in names]
    if sorted(set(numbers)) != list(range(1, max(numbers) + 1)):
        written = ", ".join("{{" + str(n) + "}}" for n in numbers)
        problems.append(f"parameters {written} are not 1, 2, 3... without gaps")
    if len(t.samples) < len(set(numbers)):
        problems.append(f"{len(set(numbers))} parameters but {len(t.samples)} sample values")
    return problems


@check("TW-16")
def template_parameters(profile: Profile, context: Context) -> Outcome:
    return _templates(
        profile,
        _parameters,
        "Meta requires positional parameters in order from 1, and a sample value for each.",
        "Number the parameters {{1}}, {{2}}... in order and give one sample value per parameter.",
    )


def _review(t: Template) -> list[str]:
    body = (t.body or "").strip()
    problems = []
    if body.startswith("{{") or body.endswith("}}"):
        problems.append("the body starts or ends with a parameter")
    if re.search(r"\}\}\s*\{\{", body):
        problems.append("two parameters are next to each other")
    if any(re.search(r"[#$%]", sample) for sample in t.samples):
        problems.append("a sample value contains #, $ or %")
    return problems


@check("TW-17")
def template_review(profile: Profile, context: Context) -> Outcome:
    return _templates(
        profile,
        _review,
        "These are among Meta's most common reasons to reject a template.",
        "Put words before the first and after the last parameter; separate parameters with words.",
    )


def _authentication(t: Template) -> list[str]:
    if (t.category or "").upper() != "AUTHENTICATION":
        return []
    text = " ".join([t.header or "", t.body or "", t.footer or "", *(b.get("url", "") for b in t.buttons)])
    problems = []
    if re.search(r"https?://|www\.", text):
        problems.append("authentication templates cannot contain links")
    if (t.header_format or "TEXT").upper() in ("IMAGE", "VIDEO", "DOCUMENT"):
        problems.append("authentication templates cannot carry media")
    if _has_emoji(text):
        problems.append("authentication templates cannot contain emoji")
    return problems


@check("TW-07")
def template_authentication(profile: Profile, context: Context) -> Outcome:
    return _templates(
        profile,
        _authentication,
        "Meta's authentication templates are a fixed code message.",
        "Remove links, media and emoji; use the preset code text and a copy-code or one-tap button.",
    )


@check("TW-25")
def us_marketing(profile: Profile, context: Context) -> Outcome:
    number = _number(profile)
    marketing = [t for t in profile.templates if (t.category or "").upper() == "MARKETING"]
    if not marketing:
        return Outcome(PASS, "No marketing templates.")
    if (number and phonenumbers.region_code_for_number(number) == "US") or (profile.country or "").upper() == "US":
        return Outcome(
            FAIL,
            f"{len(marketing)} marketing template(s), and the business is in the US.",
            "Marketing templates to US (+1) numbers are paused since 1 April 2025 (error 131049).",
            "Plan utility templates for US customers; marketing reaches only non-US numbers.",
        )
    return Outcome(PASS, "Marketing templates are fine for non-US customers; none can reach +1 US numbers.")
