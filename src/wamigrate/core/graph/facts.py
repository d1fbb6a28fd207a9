"""What Meta knows about the business's WhatsApp Business Account (WABA), read live: the
account (business verification), its phone numbers and its message templates.

Three independent calls (Graph API v25.0, see client.py): one failing does not hide what the
others found; each failure is kept with its message. An expired or refused token stops the
check at once, since no call could succeed.

Fields (Meta references "WhatsApp Business Account", "Business phone numbers" (27 Feb 2026)
and "Message templates"; the reference in ../shared/reference/onboarding-rules.md BA-05,
DN-02, PN-25, TW-20): ``whatsapp_business_manager_messaging_limit`` replaces the deprecated
``messaging_limit_tier``, which is still read when the new one is missing.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime

from wamigrate.core.cancel import CancelToken
from wamigrate.core.graph.client import GraphClient, GraphError, GraphTokenError, GraphUnavailable
from wamigrate.core.translatable import tr

# health_status: Meta "Messaging and Calling Health Status", Updated 17 Jun 2026.
ACCOUNT_FIELDS = "id,name,business_verification_status,account_review_status,health_status"
PHONE_FIELDS = (
    "id,display_phone_number,verified_name,name_status,code_verification_status,quality_rating,platform_type,"
    "throughput,whatsapp_business_manager_messaging_limit,messaging_limit_tier,is_on_biz_app,status"
)
TEMPLATE_FIELDS = "id,name,language,status,category,quality_score,rejected_reason"

# Customers a day outside the 24-hour window, per tier (Meta "Messaging limits", 26 Nov 2025).
TIERS = {
    "TIER_50": 50, "TIER_250": 250, "TIER_1K": 1_000, "TIER_2K": 2_000, "TIER_10K": 10_000,
    "TIER_100K": 100_000, "TIER_UNLIMITED": None,
}  # fmt: skip


@dataclass
class Account:
    id: str
    name: str | None
    business_verification_status: str | None  # verified, pending, not_verified, rejected, ...
    account_review_status: str | None
    health: str | None = None  # health_status.can_send_message: AVAILABLE, LIMITED, BLOCKED
    health_problems: list[str] = field(default_factory=list)  # each entity's errors, as Meta words them


@dataclass
class PhoneNumber:
    id: str
    display_phone_number: str
    verified_name: str | None
    name_status: str | None  # APPROVED, AVAILABLE_WITHOUT_REVIEW, DECLINED, EXPIRED, PENDING_REVIEW, NONE
    code_verification_status: str | None  # VERIFIED, NOT_VERIFIED, EXPIRED
    quality_rating: str | None  # GREEN, YELLOW, RED, UNKNOWN
    platform_type: str | None  # CLOUD_API, ON_PREMISE, NOT_APPLICABLE
    throughput: str | None  # STANDARD, HIGH, ...
    messaging_limit: str | None  # TIER_250, TIER_2K, ...
    is_on_biz_app: bool | None  # coexistence: the number also works in the Business app
    status: str | None  # CONNECTED, PENDING, ...

    @property
    def daily_limit(self) -> int | None:
        """Customers a day outside the window; None for unlimited or unknown."""
        return TIERS.get(self.messaging_limit or "")

    @property
    def digits(self) -> str:
        return "".join(ch for ch in self.display_phone_number if ch.isdigit())


@dataclass
class Template:
    id: str
    name: str
    language: str | None
    status: str | None  # APPROVED, PENDING, REJECTED, PAUSED, DISABLED, IN_APPEAL, ...
    category: str | None
    quality: str | None  # quality_score.score: GREEN, YELLOW, RED, UNKNOWN
    rejected_reason: str | None


@dataclass
class LiveFacts:
    waba_id: str
    checked_at: str  # UTC, "YYYY-MM-DDTHH:MM:SSZ"
    account: Account | None = None
    phone_numbers: list[PhoneNumber] | None = None
    templates: list[Template] | None = None
    errors: dict[str, str] = field(default_factory=dict)  # call ("account", "phone_numbers", "templates") -> message

    def number(self, phone_e164: str | None) -> PhoneNumber | None:
        """The WABA's entry for the migrating number (digits compared), or None."""
        if not phone_e164 or not self.phone_numbers:
            return None
        digits = "".join(ch for ch in phone_e164 if ch.isdigit())
        return next((p for p in self.phone_numbers if p.digits == digits), None)

    def to_json(self) -> dict:
        return asdict(self)

    @property
    def answered(self) -> bool:
        """Meta answered at least one of the three questions (a check that reached nobody did not)."""
        return self.account is not None or self.phone_numbers is not None or self.templates is not None

    def reasons(self) -> list[str]:
        """Why calls failed, each reason once (three failed calls usually share one)."""
        return list(dict.fromkeys(self.errors.values()))


def _text(value) -> str | None:
    """A field's text. Meta's fields are short words, names and numbers; anything else (an
    object, a list, a page of text) is not an answer from Meta and is left out."""
    if value in (None, "") or isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    text = str(value)
    return text if len(text) <= 256 and text.isprintable() else None


def _account(data: dict, waba_id: str) -> Account:
    if str(data.get("id", "")) != waba_id:
        raise GraphUnavailable(tr("Meta's answer was not about this WhatsApp Business Account; the check stopped."))
    health = data.get("health_status") if isinstance(data.get("health_status"), dict) else {}
    problems = []
    for entity in health.get("entities") or []:
        if not isinstance(entity, dict):
            continue
        for error in entity.get("errors") or []:
            if isinstance(error, dict) and _text(error.get("error_description")):
                kind = _text(entity.get("entity_type")) or "?"
                solution = _text(error.get("possible_solution"))
                problem = f"{kind}: {_text(error.get('error_description'))}"
                problems.append(problem + (f" ({solution})" if solution else ""))
    return Account(
        str(data.get("id", "")),
        _text(data.get("name")),
        _text(data.get("business_verification_status")),
        _text(data.get("account_review_status")),
        _text(health.get("can_send_message")),
        problems,
    )


def _phone(data: dict) -> PhoneNumber:
    throughput = data.get("throughput")
    level = throughput.get("level") if isinstance(throughput, dict) else throughput
    limit = data.get("whatsapp_business_manager_messaging_limit") or data.get("messaging_limit_tier")
    on_app = data.get("is_on_biz_app")
    return PhoneNumber(
        str(data.get("id", "")),
        str(data.get("display_phone_number", "")),
        _text(data.get("verified_name")),
        _text(data.get("name_status")),
        _text(data.get("code_verification_status")),
        _text(data.get("quality_rating")),
        _text(data.get("platform_type")),
        _text(level),
        _text(limit if not isinstance(limit, dict) else limit.get("tier")),
        on_app if isinstance(on_app, bool) else None,
        _text(data.get("status")),
    )


def _template(data: dict) -> Template:
    quality = data.get("quality_score")
    score = quality.get("score") if isinstance(quality, dict) else quality
    reason = _text(data.get("rejected_reason"))
    return Template(
        str(data.get("id", "")),
        str(data.get("name", "")),
        _text(data.get("language")),
        _text(data.get("status")),
        _text(data.get("category")),
        _text(score),
        None if reason == "NONE" else reason,
    )


def fetch_live_facts(
    client: GraphClient,
    waba_id: str,
    cancel: CancelToken | None = None,
    now: datetime | None = None,
) -> LiveFacts:
    """Read the account, its numbers and its templates; a failed call is recorded, not fatal
    (except a refused token, raised as GraphTokenError)."""
    waba_id = waba_id.strip()
    if not waba_id.isdigit():
        raise GraphError(
            tr("The WhatsApp Business Account ID is a number (WhatsApp Manager ▸ Account tools ▸ Account details).")
        )
    facts = LiveFacts(waba_id, (now or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ"))
    calls = (
        ("account", lambda: _account(client.get(waba_id, {"fields": ACCOUNT_FIELDS}, cancel), waba_id)),
        ("phone_numbers", lambda: [_phone(d) for d in client.pages(f"{waba_id}/phone_numbers",
                                                                      {"fields": PHONE_FIELDS}, cancel)]),
        ("templates", lambda: [_template(d) for d in client.pages(f"{waba_id}/message_templates",
                                                                  {"fields": TEMPLATE_FIELDS}, cancel)]),
    )  # fmt: skip
    for name, call in calls:
        try:
            setattr(facts, name, call())
        except GraphTokenError:
            raise
        except GraphError as error:
            facts.errors[name] = str(error)
    return facts


def facts_from_json(data: dict) -> LiveFacts:
    """A saved check back (the report's "live" section)."""
    facts = LiveFacts(data["waba_id"], data["checked_at"], errors=dict(data.get("errors") or {}))
    if data.get("account"):
        facts.account = Account(**data["account"])
    if data.get("phone_numbers") is not None:
        facts.phone_numbers = [PhoneNumber(**p) for p in data["phone_numbers"]]
    if data.get("templates") is not None:
        facts.templates = [Template(**t) for t in data["templates"]]
    return facts
