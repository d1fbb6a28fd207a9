"""The business profile the readiness check reads (the wizard writes the same file).

Every answer may be missing: a missing answer is UNKNOWN, never guessed, and the checks
that need it say "unknown" rather than pass or fail. See docs/profile-example.toml.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from wamigrate.core.errors import WamigrateError
from wamigrate.core.translatable import tr

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
    "migration": ("route", "opt_in", "cutover", "timezone"),
}  # fmt: skip
_CHOICES = {
    "current_app": APPS,
    "route": ROUTES,
    "category": CATEGORIES,
    "phone_os": ("android", "ios"),
    "business_verification": ("verified", "pending", "not_started"),
    "partner_type": ("solution_partner", "tech_provider", "other"),
}


def load_profile(path: str | Path) -> Profile:
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ProfileError(tr("The profile {0} does not exist.").format(path)) from exc
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(tr("The profile {0} is not valid TOML: {1}.").format(path, exc)) from exc
    return profile_from_dict(data)


def profile_from_dict(data: dict) -> Profile:
    profile = Profile()
    for section, keys in SECTIONS.items():
        values = data.get(section, {})
        unknown = set(values) - set(keys)
        if unknown:
            raise ProfileError(tr("Unknown setting(s) in [{0}]: {1}.").format(section, ", ".join(sorted(unknown))))
        for key in keys:
            if key in values and values[key] != "unknown":
                value = values[key]
                choices = _CHOICES.get(key)
                if choices and value not in choices:
                    raise ProfileError(
                        tr("[{0}] {1} = {2} is not one of: {3}.").format(section, key, repr(value), ", ".join(choices))
                    )
                setattr(profile, key, value)
    for item in data.get("templates", []):
        fields = set(Template.__dataclass_fields__)
        unknown = set(item) - fields
        if unknown:
            raise ProfileError(tr("Unknown template setting(s): {0}.").format(", ".join(sorted(unknown))))
        profile.templates.append(Template(**item))
    return profile
