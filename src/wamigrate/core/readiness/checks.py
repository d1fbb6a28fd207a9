"""One small function per rule: what was found, why it matters, exactly how to fix it.

Each returns an :class:`Outcome`; "unknown" when the profile does not answer the question
(the report then asks it), never a guess.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import phonenumbers
from phonenumbers import PhoneNumberType

from wamigrate.core.readiness.profile import Profile, Template
from wamigrate.core.translatable import QT_TR_NOOP, tr

if TYPE_CHECKING:  # the Graph client (requests) loads only when a live check runs
    from wamigrate.core.graph.facts import LiveFacts

PASS, FAIL, UNKNOWN = "pass", "fail", "unknown"


@dataclass
class Outcome:
    status: str
    found: str
    why: str = ""
    fix: str = ""
    # The severity of this finding when it is not the rule's: a rule whose weight depends on
    # the route or on what was found (LV-02 blocks only a provider move). Never raises a rule
    # that cannot block (a "reported" or "unconfirmed" one) to a blocker.
    severity: str | None = None


@dataclass
class Context:
    """Facts from outside the profile (the archive, for the backup rule)."""

    archive_verified: bool | None = None  # last verification passed, after the last import
    archive_messages: int | None = None
    live: LiveFacts | None = None  # what Meta's Graph API said about the WABA (core.graph)
    day_one_customers: int | None = None  # customers outside the 24-hour window at cut-over (impact)
    impact: dict | None = None  # the archive's impact analysis (Impact.to_json), when there is one


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
    return Outcome(UNKNOWN, tr("Not answered yet: {0}").format(question), fix=tr("Answer: {0}").format(question))


# -- the number ------------------------------------------------------------------------------


@check("PN-02")
def number_valid(profile: Profile, context: Context) -> Outcome:
    number = _number(profile)
    if number is None:
        return _unknown(tr("the phone number, with its country code"))
    if number is False or not phonenumbers.is_possible_number(number):
        return Outcome(
            FAIL,
            tr("'{0}' is not a complete international number.").format(profile.phone),
            tr("Meta registers only numbers with a country code and area code; short codes are not supported."),
            tr("Enter the number with + and the country code, e.g. +44 7911 123456."),
        )
    if not phonenumbers.is_valid_number(number):
        return Outcome(
            FAIL,
            tr("{0} is not a number in use in its country's numbering plan.").format(
                phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
            ),
            tr("Meta sends a code to the number; an invalid number cannot receive it."),
            tr("Check the digits and the country code."),
        )
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return Outcome(PASS, tr("{0} is a valid number ({1}).").format(e164, phonenumbers.region_code_for_number(number)))


_VOICE_ONLY = {
    PhoneNumberType.FIXED_LINE: QT_TR_NOOP("a landline"),
    PhoneNumberType.TOLL_FREE: QT_TR_NOOP("a toll-free number"),
    PhoneNumberType.VOIP: QT_TR_NOOP("a VoIP/virtual number"),
    PhoneNumberType.PREMIUM_RATE: QT_TR_NOOP("a premium-rate number"),
    PhoneNumberType.UAN: QT_TR_NOOP("a universal-access number"),
}
# Meta's table of number types marks these as not recommended for the code by SMS *or* by voice
# call (phone-numbers page, 27 Feb 2026; audit 2026-12 PN-09).
_NEITHER = {
    PhoneNumberType.SHARED_COST: QT_TR_NOOP("a shared-cost number"),
    PhoneNumberType.PERSONAL_NUMBER: QT_TR_NOOP("a personal (forwarding) number"),
}


@check("PN-09")
def number_type(profile: Profile, context: Context) -> Outcome:
    number = _number(profile)
    if not number or not phonenumbers.is_valid_number(number):
        return _unknown(tr("a valid phone number"))
    kind = phonenumbers.number_type(number)
    if kind == PhoneNumberType.PAGER:
        return Outcome(
            FAIL, tr("This is a pager number."), tr("Meta does not support pager numbers."), tr("Use a mobile number.")
        )
    if kind in _NEITHER:
        return Outcome(
            FAIL,
            tr("This is {0}.").format(tr(_NEITHER[kind])),
            tr(
                "Meta does not recommend such numbers for the registration code by SMS or by voice call (nor "
                "machine-to-machine numbers): the code may never arrive."
            ),
            tr("Register a mobile or landline number of the business instead, or test that a voice call reaches you."),
        )
    if kind in _VOICE_ONLY:
        return Outcome(
            FAIL,
            tr("This is {0}.").format(tr(_VOICE_ONLY[kind])),
            tr("Meta does not recommend receiving the registration code by SMS on such numbers; a voice call works."),
            tr("Choose the voice-call option when Meta sends the code, and make sure a person can answer it."),
        )
    return Outcome(PASS, tr("A mobile number: it can receive the code by SMS or voice call."))


@check("PN-03")
def receives_code(profile: Profile, context: Context) -> Outcome:
    if profile.receives_sms is None and profile.receives_voice is None:
        return _unknown(tr("can the number receive SMS? voice calls?"))
    if not profile.receives_sms and not profile.receives_voice:
        return Outcome(
            FAIL,
            tr("The number can receive neither SMS nor voice calls."),
            tr("Meta proves you own the number with a code sent by SMS or voice call."),
            tr(
                "Make the number reachable by SMS or voice call (remove call barring, disable forwarding) before "
                "registering."
            ),
        )
    return Outcome(PASS, tr("The number can receive the registration code."))


@check("PN-10")
def ivr(profile: Profile, context: Context) -> Outcome:
    if profile.ivr is None:
        return _unknown(tr("does an IVR (phone menu) answer calls to this number?"))
    if profile.ivr:
        return Outcome(
            FAIL,
            tr("Calls to the number are answered by an IVR."),
            tr("The registration call must reach a person; IVR numbers that cannot receive it are not supported."),
            tr(
                "Disable the IVR and call forwarding during registration, or ask Meta for the numbers its call comes "
                "from and allow-list them so the call reaches a person."
            ),
        )
    return Outcome(PASS, tr("No IVR answers the number."))


_EXCLUDED = {
    "CU": QT_TR_NOOP("Cuba"),
    "IR": QT_TR_NOOP("Iran"),
    "KP": QT_TR_NOOP("North Korea"),
    "SY": QT_TR_NOOP("Syria"),
}


@check("PN-41")
def region(profile: Profile, context: Context) -> Outcome:
    number = _number(profile)
    regions = {profile.country.upper()} if profile.country else set()
    if number:
        regions.add(phonenumbers.region_code_for_number(number) or "")
    regions.discard("")
    if not regions:
        return _unknown(tr("the country of the business"))
    excluded = sorted(tr(_EXCLUDED[r]) for r in regions if r in _EXCLUDED)
    if excluded:
        return Outcome(
            FAIL,
            tr("The business or number is in {0}.").format(", ".join(excluded)),
            tr(
                "Businesses in Cuba, Iran, North Korea, Syria, and the Crimea, Donetsk and Luhansk regions are not "
                "eligible for the WhatsApp Business Platform."
            ),
            tr("This cannot be fixed by configuration."),
        )
    return Outcome(
        PASS,
        tr(
            "Region {0} is eligible (Crimea, Donetsk, Luhansk cannot be told from a number: the business must not be "
            "located there)."
        ).format(", ".join(sorted(regions))),
    )


# -- the app ---------------------------------------------------------------------------------


@check("PN-13")
def app_deleted(profile: Profile, context: Context) -> Outcome:
    if profile.current_app is None:
        return _unknown(tr("which WhatsApp app the number is on now"))
    if profile.current_app == "none" or profile.app_account_deleted:
        return Outcome(PASS, tr("The number is not registered in a WhatsApp app."))
    app = tr("WhatsApp Messenger") if profile.current_app == "messenger" else tr("the WhatsApp Business app")
    return Outcome(
        FAIL,
        tr("The number is still registered in {0}.").format(app),
        tr("A number cannot be on the API and in the app at once; chat history is not moved to the API."),
        tr("First back up every chat, then in the app: Settings > Account > Delete my account (checklist step)."),
    )


@check("PN-14")
def coexistence_app(profile: Profile, context: Context) -> Outcome:
    if profile.current_app is None:
        return _unknown(tr("which WhatsApp app the number is on now"))
    if profile.current_app == "business":
        return Outcome(PASS, tr("The number is on the WhatsApp Business app, which coexistence supports."))
    app = tr("WhatsApp Messenger (personal)") if profile.current_app == "messenger" else tr("no WhatsApp app")
    return Outcome(
        FAIL,
        tr("The number is on {0}.").format(app),
        tr("Coexistence keeps the WhatsApp Business app alongside the API; it does not exist for other numbers."),
        tr("Choose the full-migration route, or move the number to the WhatsApp Business app first."),
    )


@check("PN-16")
def deletion_wait(profile: Profile, context: Context) -> Outcome:
    return Outcome(
        PASS,
        tr("Reminder for cut-over day."),
        tr("Registering too soon after deleting the app account fails with error 133015."),
        tr("After deleting the account, wait at least 5 minutes before the provider registers the number."),
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
            for q, v in (
                (tr("the Business app version"), version),
                (tr("the provider's partner type"), profile.partner_type),
            )
            if v is None
        ]
        return _unknown(tr(" and ").join(missing))
    if version < (2, 24, 17):
        problems.append(
            tr("the Business app is version {0} (2.24.17 or newer is needed)").format(profile.business_app_version)
        )
    if profile.partner_type == "other":
        problems.append(tr("the provider is neither a Solution Partner nor a Tech Provider"))
    if problems:
        return Outcome(
            FAIL,
            "; ".join(problems).capitalize() + ".",
            tr("Meta offers coexistence only through Solution Partners and Tech Providers, on recent app versions."),
            tr("Update the WhatsApp Business app; choose a provider that is a Solution Partner or Tech Provider."),
        )
    return Outcome(
        PASS,
        tr("App version and provider support coexistence."),
        tr(
            "Providers also report that the number must have been used in the Business app for at least 7 days "
            "before onboarding, and Meta's Embedded Signup v2 stopped working on 15 Oct 2026: a provider still "
            "using it cannot onboard anyone."
        ),
        tr("Use the Business app for a week before onboarding, and ask the provider which signup version it uses."),
    )


@check("PN-21")
def coexistence_country(profile: Profile, context: Context) -> Outcome:
    number = _number(profile)
    if not number:
        return _unknown(tr("the phone number"))
    if number.country_code in (234, 27):
        return Outcome(
            FAIL,
            tr("The number's country code is +{0}.").format(number.country_code),
            tr("Coexistence is not available for Nigerian (+234) and South African (+27) numbers."),
            tr("Use the full-migration route for this number."),
        )
    return Outcome(PASS, tr("Coexistence is available for +{0}.").format(number.country_code))


@check("PN-22")
def coexistence_throughput(profile: Profile, context: Context) -> Outcome:
    return Outcome(
        PASS, tr("Good to know."), tr("A coexistence number sends at most 20 messages per second (80 normally).")
    )


@check("PN-24")
def history_sync(profile: Profile, context: Context) -> Outcome:
    return Outcome(
        PASS,
        tr("Plan the onboarding day."),
        tr(
            "The provider can copy up to 180 days of 1:1 chats (not groups) once; you tap Confirm during "
            "onboarding, and the provider must start the history and contact sync within 24 hours of it, or you "
            "have to leave and redo the onboarding. Media older than 14 days is not included."
        ),
        tr(
            "Keep this archive as the complete copy; tap Confirm during onboarding and make sure the provider starts "
            "the sync the same day."
        ),
    )


@check("PN-26")
def companions(profile: Profile, context: Context) -> Outcome:
    if profile.linked_companions is None:
        return _unknown(tr("how many linked devices (WhatsApp Web, desktop) the app has"))
    if profile.linked_companions > 0:
        return Outcome(
            FAIL,
            tr("%n linked device(s).", "", profile.linked_companions),
            tr("All linked devices are unlinked at onboarding; WhatsApp for Windows and WearOS are not supported."),
            tr("Tell the staff who use them; re-link them after onboarding."),
        )
    return Outcome(PASS, tr("No linked devices."))


@check("PN-35")
def provider_move_2sv(profile: Profile, context: Context) -> Outcome:
    if profile.two_step_verification is None:
        return _unknown(tr("is two-step verification on for the number?"))
    if profile.two_step_verification:
        return Outcome(
            FAIL,
            tr("Two-step verification is on."),
            tr("Moving a number between providers fails while two-step verification is on (error 2388001)."),
            tr(
                "Turn it off in WhatsApp Manager (an e-mail link goes to the portfolio's address); there is no API "
                "for it."
            ),
        )
    return Outcome(PASS, tr("Two-step verification is off."))


@check("PN-38")
def registration_limit(profile: Profile, context: Context) -> Outcome:
    return Outcome(
        PASS,
        tr("Reminder for cut-over day."),
        tr("Registering and deregistering are limited to 10 attempts per number in 72 hours; past that, 72 h blocked."),
        tr("Do not retry registration in a loop; check the error and wait as it says."),
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
        return _unknown(tr("the display name you will ask Meta for"))
    problems = []
    if name.casefold() in _GENERIC:
        problems.append(tr("it is a generic term"))
    if _META_WORDS.search(name):
        problems.append(tr("it mentions WhatsApp, Meta or their apps"))
    if _VERIFIED_WORDS.search(name):
        problems.append(tr("it claims to be official or verified"))
    if _WEB.search(name):
        problems.append(tr("it looks like a web or e-mail address"))
    if _PROMO.search(name):
        problems.append(tr("it reads as advertising"))
    if problems:
        return Outcome(
            FAIL,
            f"'{name}': " + "; ".join(problems) + ".",
            tr("Meta rejects display names that do not plainly name the business."),
            tr("Use the name customers know the business by, e.g. 'Fresh Produce' or 'Fruit Snacks by Fresh Produce'."),
        )
    return Outcome(PASS, tr("'{0}' names the business.").format(name))


@check("DN-08")
def name_relation(profile: Profile, context: Context) -> Outcome:
    name = (profile.display_name or "").strip()
    legal = (profile.legal_name or "").strip()
    if not name or not legal:
        return _unknown(tr("the display name and the legal name of the business"))

    def words(text: str) -> set[str]:
        ignored = {"ltd", "limited", "inc", "llc", "gmbh", "sa", "sl", "ltda", "me", "eireli", "the", "and", "co"}
        return {w for w in re.findall(r"\w+", text.casefold()) if len(w) > 1 and w not in ignored}

    if words(name) & words(legal):
        return Outcome(PASS, tr("'{0}' shares words with the legal name '{1}'.").format(name, legal))
    return Outcome(
        FAIL,
        tr("'{0}' has no word in common with the legal name '{1}'.").format(name, legal),
        tr("Meta asks for a clear relationship to the legal name, or to branding shown on the website."),
        tr("Show '{0}' on the business website, or use '{1} by {2}'.").format(name, name, legal),
    )


@check("DN-09")
def name_format(profile: Profile, context: Context) -> Outcome:
    name = (profile.display_name or "").strip()
    if not name:
        return _unknown(tr("the display name you will ask Meta for"))
    problems = []
    letters = [ch for ch in name if ch.isalpha()]
    if len(name) < 3:
        problems.append(tr("it has fewer than 3 characters"))
    if len(letters) > 4 and all(ch.isupper() for ch in letters):
        problems.append(tr("it is all capitals"))
    if _has_emoji(name):
        problems.append(tr("it contains emoji"))
    if _SYMBOLS.search(name):
        problems.append(tr("it contains symbols"))
    if "  " in name:
        problems.append(tr("it has double spaces"))
    if problems:
        return Outcome(
            FAIL,
            f"'{name}': " + "; ".join(problems) + ".",
            tr(
                "Meta's formatting guidelines ask for normal capitalisation, no emoji or symbols, 3 characters or more."
            ),
            tr("Write the name as in normal text, e.g. 'Casa Verde' rather than 'CASA VERDE ✨'."),
        )
    return Outcome(PASS, tr("'{0}' is formatted as Meta expects.").format(name))


# -- policy, limits, backup ----------------------------------------------------------------

_BLOCKED = {
    "tobacco", "firearms", "drugs", "prescription_medicine", "medical_devices", "adult", "dating", "cryptocurrency",
    "multi_level_marketing", "payday_loans", "debt_collection", "live_animals",
}  # fmt: skip
_REGULATED = {"alcohol", "otc_medicine", "gambling"}


@check("PO-02")
def category(profile: Profile, context: Context) -> Outcome:
    if profile.category is None:
        return _unknown(tr("the business category"))
    label = profile.category.replace("_", " ")
    if profile.category in _BLOCKED:
        return Outcome(
            FAIL,
            tr("Category: {0}.").format(label),
            tr(
                "WhatsApp's Business Messaging Policy does not allow businesses to buy, sell or promote this through "
                "WhatsApp, whatever their licences."
            ),
            tr(
                "Only messaging unrelated to those goods or services may be possible; ask the provider before "
                "migrating."
            ),
        )
    if profile.category in _REGULATED:
        return Outcome(
            FAIL,
            tr("Category: {0} (a regulated vertical).").format(label),
            tr(
                "Allowed only on the Platform, only in listed countries, with no commerce features, never to "
                "under-18s; online gambling needs Meta's prior written permission."
            ),
            tr("Confirm with the provider that your country is on Meta's list (and get permission for gambling)."),
        )
    return Outcome(PASS, tr("Category: {0}.").format(label))


@check("PO-07")
def opt_in(profile: Profile, context: Context) -> Outcome:
    if profile.opt_in is None:
        return _unknown(tr("how customers agree to receive WhatsApp messages from the business"))
    if profile.opt_in.strip().lower() in ("", "none", "no"):
        return Outcome(
            FAIL,
            tr("No opt-in is collected."),
            tr("The API may message only customers who agreed to receive messages from the business."),
            tr("Collect opt-in (website form, SMS, in person or on paper) stating the business's name."),
        )
    return Outcome(PASS, tr("Opt-in: {0}.").format(profile.opt_in))


@check("BA-05")
def messaging_limit(profile: Profile, context: Context) -> Outcome:
    # Since 7 Oct 2025 the limit belongs to the business portfolio and is shared by its numbers;
    # a number joining an existing portfolio gets that portfolio's limit at once (audit BA-05).
    if profile.portfolio_exists:
        return Outcome(
            PASS,
            tr("The number joins an existing business portfolio and gets its messaging limit at once."),
            tr("The limit belongs to the business portfolio and is shared by all of its numbers."),
            tr("Other numbers' templates use up the same limit: plan the first day with that in mind."),
        )
    if profile.portfolio_exists is None:
        return _unknown(tr("does the business already have a Meta business portfolio?"))
    scaling = tr(
        "A new business portfolio starts at 250 customers a day outside the 24-hour window. Meta raises it to "
        "2,000 after one of three scaling paths (business verification, partner-led verification, or 2,000 "
        "customers reached in 30 days with high-quality templates) and a review of message quality."
    )
    if profile.business_verification == "verified":
        return Outcome(
            PASS,
            tr("New portfolio, verified business: 250 customers a day at first, 2,000 after Meta's quality review."),
            scaling,
        )
    return Outcome(
        FAIL,
        tr("A new business portfolio, not verified yet: 250 customers a day outside the 24-hour window."),
        scaling,
        tr(
            "Complete business verification (or partner-led verification) before the cut-over, or spread the first "
            "templates over several days."
        ),
    )


@check("BK-01")
def backup(profile: Profile, context: Context) -> Outcome:
    if context.archive_verified is None:
        return Outcome(
            FAIL,
            tr("No verified archive of the chats yet."),
            tr("Deleting the app account deletes the chat history; the API does not receive it."),
            tr(
                "Export every chat, import the exports into an archive and verify it (wamigrate import, wamigrate "
                "verify)."
            ),
        )
    if not context.archive_verified:
        return Outcome(
            FAIL,
            tr("The archive has not passed verification since the last import."),
            tr("Only a verified archive is a proven copy of the history."),
            tr("Run 'Verify archive' (wamigrate verify) and fix what it reports."),
        )
    return Outcome(PASS, tr("Verified archive with {0} messages.").format(format(context.archive_messages or 0, ",")))


# -- templates ------------------------------------------------------------------------------

_PARAM = re.compile(r"\{\{\s*([^{}]*?)\s*\}\}")
_NAME = re.compile(r"^[a-z0-9_]{1,512}$")


def _templates(profile: Profile, test: Callable[[Template], list[str]], why: str, fix: str) -> Outcome:
    if not profile.templates:
        return Outcome(PASS, tr("No templates to check."))
    problems = [f"{t.name or '(unnamed)'}: {p}" for t in profile.templates for p in test(t)]
    if problems:
        return Outcome(FAIL, "; ".join(problems) + ".", why, fix)
    return Outcome(PASS, tr("%n template(s) checked.", "", len(profile.templates)))


@check("TW-09")
def template_names(profile: Profile, context: Context) -> Outcome:
    return _templates(
        profile,
        lambda t: [] if t.name and _NAME.match(t.name) else [tr("the name must be lowercase letters, digits and _")],
        tr("Meta rejects other template names."),
        tr("Rename, e.g. 'order_ready'."),
    )


def _lengths(t: Template) -> list[str]:
    problems = []
    if len(t.header or "") > 60:
        problems.append(tr("header has {0} characters (60 at most)").format(len(t.header)))
    if not t.body:
        problems.append(tr("the body is empty"))
    elif len(t.body) > 1024:
        problems.append(tr("body has {0} characters (1,024 at most)").format(len(t.body)))
    if len(t.footer or "") > 60:
        problems.append(tr("footer has {0} characters (60 at most)").format(len(t.footer)))
    if len(t.buttons) > 10:
        problems.append(tr("{0} buttons (10 at most)").format(len(t.buttons)))
    problems += [
        tr("button '{0}' is longer than 25 characters").format(b.get("text", ""))
        for b in t.buttons
        if len(b.get("text", "")) > 25
    ]
    if len(_PARAM.findall(t.header or "")) > 1:
        problems.append(tr("the header has more than one parameter"))
    return problems


@check("TW-13")
def template_lengths(profile: Profile, context: Context) -> Outcome:
    return _templates(
        profile, _lengths, tr("Meta rejects templates over these limits."), tr("Shorten the parts named.")
    )


def _parameters(t: Template) -> list[str]:
    names = _PARAM.findall((t.header or "") + "\n" + (t.body or ""))
    if not names:
        return []
    problems = []
    if not all(n.isdigit() for n in names):
        return (
            []
            if all(re.fullmatch(r"[a-z_]+", n) for n in names)
            else [tr("parameters must be {{1}}, {{2}}... or lowercase names")]
        )
    numbers = [int(n) for n in names]
    if sorted(set(numbers)) != list(range(1, max(numbers) + 1)):
        written = ", ".join("{{" + str(n) + "}}" for n in numbers)
        problems.append(tr("parameters {0} are not 1, 2, 3... without gaps").format(written))
    if len(t.samples) < len(set(numbers)):
        problems.append(tr("{0} parameters but {1} sample values").format(len(set(numbers)), len(t.samples)))
    return problems


@check("TW-16")
def template_parameters(profile: Profile, context: Context) -> Outcome:
    return _templates(
        profile,
        _parameters,
        tr("Meta requires positional parameters in order from 1, and a sample value for each."),
        tr("Number the parameters {{1}}, {{2}}... in order and give one sample value per parameter."),
    )


def _review(t: Template) -> list[str]:
    body = (t.body or "").strip()
    problems = []
    if body.startswith("{{") or body.endswith("}}"):
        problems.append(tr("the body starts or ends with a parameter"))
    if re.search(r"\}\}\s*\{\{", body):
        problems.append(tr("two parameters are next to each other"))
    if any(re.search(r"[#$%]", sample) for sample in t.samples):
        problems.append(tr("a sample value contains #, $ or %"))
    return problems


@check("TW-17")
def template_review(profile: Profile, context: Context) -> Outcome:
    return _templates(
        profile,
        _review,
        tr("These are among Meta's most common reasons to reject a template."),
        tr("Put words before the first and after the last parameter; separate parameters with words."),
    )


def _authentication(t: Template) -> list[str]:
    if (t.category or "").upper() != "AUTHENTICATION":
        return []
    text = " ".join([t.header or "", t.body or "", t.footer or "", *(b.get("url", "") for b in t.buttons)])
    problems = []
    if re.search(r"https?://|www\.", text):
        problems.append(tr("authentication templates cannot contain links"))
    if (t.header_format or "TEXT").upper() in ("IMAGE", "VIDEO", "GIF", "DOCUMENT"):
        problems.append(tr("authentication templates cannot carry media"))
    if _has_emoji(text):
        problems.append(tr("authentication templates cannot contain emoji"))
    # Since 1 Apr 2024 the body is Meta's preset text, sent with a code button (audit TW-07).
    if not {(b.get("type") or "").upper() for b in t.buttons} & _CODE_BUTTONS:
        problems.append(tr("it needs a copy-code or one-tap button"))
    if (t.language or "en").lower().startswith("en") and not _PRESET.match((t.body or "").strip()):
        problems.append(tr("its body must be Meta's preset text ('{{1}} is your verification code.')"))
    return problems


_CODE_BUTTONS = {"OTP", "COPY_CODE", "ONE_TAP", "ZERO_TAP"}
_PRESET = re.compile(r"^\{\{1\}\} is your verification code\.", re.IGNORECASE)


@check("TW-07")
def template_authentication(profile: Profile, context: Context) -> Outcome:
    return _templates(
        profile,
        _authentication,
        tr(
            "Meta's authentication templates are its preset code message with a copy-code or one-tap button; a "
            "custom text, links, media or emoji are rejected. They cannot be sent to customers known only by a "
            "username (error 131062)."
        ),
        tr("Create the template from Meta's authentication preset and add a copy-code or one-tap button."),
    )


@check("TW-25")
def us_marketing(profile: Profile, context: Context) -> Outcome:
    # The pause is about the *recipients* (+1 with a US area code; Canada is not affected), not
    # where the business is (audit TW-25): counted from the archive's customers when it is there.
    marketing = [t for t in profile.templates if (t.category or "").upper() == "MARKETING"]
    if not marketing:
        return Outcome(PASS, tr("No marketing templates."))
    why = tr("Marketing templates are not delivered to US numbers (+1 with a US area code) since 1 April 2025 "
             "(error 131049); Canadian numbers are not affected.")  # fmt: skip
    fix = tr("Plan utility templates (or replies inside the 24-hour window) for US customers.")
    countries = (context.impact or {}).get("customers_by_country")
    if countries is not None:
        us = countries.get("US", 0)
        if us:
            return Outcome(FAIL, tr("%n of your customers have US numbers: marketing templates will not reach them.",
                                    "", us), why, fix)  # fmt: skip
        return Outcome(PASS, tr("None of the archive's customers has a US number."), why)
    number = _number(profile)
    if (number and phonenumbers.region_code_for_number(number) == "US") or (profile.country or "").upper() == "US":
        return Outcome(
            FAIL,
            tr(
                "%n marketing template(s), and the business is in the US: most of its customers likely have US "
                "numbers.",
                "",
                len(marketing),
            ),
            why,
            fix,
        )
    return Outcome(PASS, tr("Marketing templates reach your customers unless they have US numbers."), why)
