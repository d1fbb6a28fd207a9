"""The business profile the readiness check reads (the wizard writes the same file).

Every answer may be missing: a missing answer is UNKNOWN, never guessed, and the checks
that need it say "unknown" rather than pass or fail. See docs/profile-example.toml.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from wamigrate.core.errors import WamigrateError
from wamigrate.core.translatable import QT_TR_NOOP, tr

UNKNOWN = None
ROUTES = ("full", "coexistence", "provider_move")
APPS = ("messenger", "business", "none")
CATEGORIES = (
    "retail", "food", "health_clinic", "beauty", "education", "travel", "professional_services",
    "financial_services", "real_estate", "automotive", "entertainment", "nonprofit", "government", "other",
    # restricted by the Business Messaging Policy (PO-02) or allowed only as a regulated vertical (PO-03)
    "alcohol", "tobacco", "firearms", "drugs", "prescription_medicine", "otc_medicine", "medical_devices",
    "gambling", "adult", "dating", "cryptocurrency", "multi_level_marketing", "payday_loans", "debt_collection",
    "live_animals",
    "ai_assistant",  # a general-purpose AI assistant as the main service: not allowed since 15 Jan 2026 (PO-08)
)  # fmt: skip


class ProfileError(WamigrateError):
    """The profile file cannot be read or holds a value that is not allowed."""


@dataclass
class Template:
    name: str | None = UNKNOWN
    category: str | None = UNKNOWN  # MARKETING, UTILITY or AUTHENTICATION
    language: str | None = UNKNOWN
    header: str = ""
    header_format: str = "TEXT"  # TEXT, IMAGE, VIDEO, DOCUMENT, LOCATION or NONE
    body: str | None = UNKNOWN
    footer: str = ""
    buttons: list[dict] = field(default_factory=list)  # {type = QUICK_REPLY|URL|PHONE_NUMBER|COPY_CODE, text, url?}
    samples: list[str] = field(default_factory=list)


@dataclass
class Profile:
    # number
    phone: str | None = UNKNOWN
    current_app: str | None = UNKNOWN  # messenger | business | none
    app_account_deleted: bool | None = UNKNOWN
    phone_os: str | None = UNKNOWN  # android | ios
    business_app_version: str | None = UNKNOWN
    two_step_verification: bool | None = UNKNOWN
    receives_sms: bool | None = UNKNOWN
    receives_voice: bool | None = UNKNOWN
    ivr: bool | None = UNKNOWN
    linked_companions: int | None = UNKNOWN
    # business
    country: str | None = UNKNOWN  # ISO 3166 alpha-2
    legal_name: str | None = UNKNOWN
    display_name: str | None = UNKNOWN
    website: str | None = UNKNOWN
    privacy_policy_url: str | None = UNKNOWN
    category: str | None = UNKNOWN
    portfolio_exists: bool | None = UNKNOWN
    business_verification: str | None = UNKNOWN  # verified | pending | not_started
    own_name: str | None = UNKNOWN  # how the business's own messages are labelled in the exports
    # provider
    provider: str | None = UNKNOWN
    partner_type: str | None = UNKNOWN  # solution_partner | tech_provider | other
    payment_method: bool | None = UNKNOWN
    # migration
    route: str = "full"
    opt_in: str | None = UNKNOWN  # how opt-in is collected, or "none"
    cutover: str | None = UNKNOWN  # local date-time, "YYYY-MM-DDTHH:MM"
    timezone: str | None = UNKNOWN
    # The cut-over cost estimate: the template category of the first message to customers
    # outside their window, and Meta's rate card (CSV) to price it with (default: the shipped one).
    first_message_category: str | None = UNKNOWN  # marketing | utility
    rate_card: str | None = UNKNOWN
    templates: list[Template] = field(default_factory=list)


SECTIONS = {
    "number": (
        "phone", "current_app", "app_account_deleted", "phone_os", "business_app_version", "two_step_verification",
        "receives_sms", "receives_voice", "ivr", "linked_companions",
    ),
    "business": (
        "country", "legal_name", "display_name", "website", "privacy_policy_url", "category", "portfolio_exists",
        "business_verification", "own_name",
    ),
    "provider": ("provider", "partner_type", "payment_method"),
    "migration": ("route", "opt_in", "cutover", "timezone", "first_message_category", "rate_card"),
}  # fmt: skip
_CHOICES = {
    "current_app": APPS,
    "route": ROUTES,
    "category": CATEGORIES,
    "phone_os": ("android", "ios"),
    "business_verification": ("verified", "pending", "not_started"),
    "partner_type": ("solution_partner", "tech_provider", "other"),
    "first_message_category": ("marketing", "utility"),
}


# The type each answer must have in the file (None is always allowed: "unknown").
_BOOLS = {
    "app_account_deleted", "two_step_verification", "receives_sms", "receives_voice", "ivr", "portfolio_exists",
    "payment_method",
}  # fmt: skip
_INTS = {"linked_companions"}
_TEMPLATE_TEXTS = ("name", "category", "language", "header", "header_format", "body", "footer")
_HEADER_FORMATS = ("TEXT", "IMAGE", "VIDEO", "DOCUMENT", "LOCATION", "NONE")
_KIND_NAMES = {bool: QT_TR_NOOP("true or false"), int: QT_TR_NOOP("a whole number"), str: QT_TR_NOOP("text in quotes")}


def load_profile(path: str | Path) -> Profile:
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ProfileError(tr("The profile {0} does not exist.").format(path)) from exc
    except UnicodeDecodeError as exc:
        raise ProfileError(tr("The profile {0} is not UTF-8 text; save it again as UTF-8.").format(path)) from exc
    except OSError as exc:
        raise ProfileError(tr("The profile {0} cannot be read: {1}.").format(path, exc.strerror or exc)) from exc
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(tr("The profile {0} is not valid TOML: {1}.").format(path, exc)) from exc
    profile = profile_from_dict(data)
    if profile.rate_card and not Path(profile.rate_card).is_absolute():
        profile.rate_card = str(Path(path).parent / profile.rate_card)  # beside the profile, as written there
    return profile


def _wrong_type(where: str, value, kind: type) -> ProfileError:
    shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:39] + "…"
    return ProfileError(tr("{0} = {1} must be {2}.").format(where, shown, tr(_KIND_NAMES[kind])))


def _expect(where: str, value, kind: type):
    # bool is a kind of int in Python: "linked_companions = true" must not count as 1.
    if type(value) is not kind:
        raise _wrong_type(where, value, kind)
    return value


def profile_from_dict(data: dict) -> Profile:
    """The profile in ``data`` (parsed TOML), every value checked: a wrong type is an error
    naming the key, never a traceback, and "no" is never taken for a yes."""
    profile = Profile()
    for section, keys in SECTIONS.items():
        values = data.get(section, {})
        if not isinstance(values, dict):
            raise ProfileError(tr("[{0}] must be a section of settings (a TOML table).").format(section))
        unknown = set(values) - set(keys)
        if unknown:
            raise ProfileError(tr("Unknown setting(s) in [{0}]: {1}.").format(section, ", ".join(sorted(unknown))))
        for key in keys:
            if key in values and values[key] != "unknown":
                value = values[key]
                where = f"[{section}] {key}"
                if key in _BOOLS:
                    _expect(where, value, bool)
                elif key in _INTS:
                    if _expect(where, value, int) < 0:
                        raise ProfileError(tr("{0} = {1} cannot be negative.").format(where, value))
                else:
                    _expect(where, value, str)
                choices = _CHOICES.get(key)
                if choices and value not in choices:
                    raise ProfileError(
                        tr("[{0}] {1} = {2} is not one of: {3}.").format(section, key, repr(value), ", ".join(choices))
                    )
                if key == "cutover":
                    _check_cutover(where, value)
                setattr(profile, key, value)
    templates = data.get("templates", [])
    if not isinstance(templates, list):
        raise ProfileError(tr("templates must be a list of [[templates]] sections."))
    for index, item in enumerate(templates, start=1):
        if not isinstance(item, dict):
            raise ProfileError(tr("templates must be a list of [[templates]] sections."))
        fields = set(Template.__dataclass_fields__)
        unknown = set(item) - fields
        if unknown:
            raise ProfileError(tr("Unknown template setting(s): {0}.").format(", ".join(sorted(unknown))))
        for key in _TEMPLATE_TEXTS:
            if key in item and item[key] != "unknown":
                _expect(f"[[templates]] {index}: {key}", item[key], str)
        if item.get("header_format", "TEXT") not in _HEADER_FORMATS:
            raise ProfileError(
                tr("[[templates]] {0}: header_format = {1} is not one of: {2}.").format(
                    index, repr(item["header_format"]), ", ".join(_HEADER_FORMATS)
                )
            )
        samples = item.get("samples", [])
        if not isinstance(samples, list) or not all(type(sample) is str for sample in samples):
            raise ProfileError(tr("[[templates]] {0}: samples must be a list of texts.").format(index))
        buttons = item.get("buttons", [])
        if not isinstance(buttons, list) or not all(
            isinstance(button, dict) and all(type(v) is str for v in button.values()) for button in buttons
        ):
            raise ProfileError(
                tr("[[templates]] {0}: buttons must be a list of {{type = …, text = …}} entries.").format(index)
            )
        profile.templates.append(Template(**{k: v for k, v in item.items() if v != "unknown"}))
    return profile


def _check_cutover(where: str, value: str) -> None:
    from datetime import datetime

    try:
        datetime.fromisoformat(value)  # as impact.analyse reads it
    except ValueError:
        raise ProfileError(
            tr("{0} = {1} must be a local date and time written YYYY-MM-DDTHH:MM.").format(where, repr(value))
        ) from None
