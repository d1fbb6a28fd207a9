"""The live check in the readiness rules: what Meta's Graph API said about the WhatsApp
Business Account replaces the user's answers where it answers the same question, and five
rules (LV-01 to LV-05 in catalogue.toml) judge what only a live check can see."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from wamigrate.core.readiness.checks import FAIL, PASS, UNKNOWN, Context, Outcome, check
from wamigrate.core.readiness.profile import Profile
from wamigrate.core.translatable import QT_TR_NOOP, tr

if TYPE_CHECKING:  # the Graph client (requests) loads only when a live check runs
    from wamigrate.core.graph.facts import LiveFacts, PhoneNumber

# Which answer each rule reads, so a finding can say its input was verified live.
RULE_INPUTS = {
    "BA-05": {"business_verification", "portfolio_exists"},
    "DN-07": {"display_name"}, "DN-08": {"display_name"}, "DN-09": {"display_name"},
    "PN-13": {"current_app"}, "PN-14": {"current_app"},
}  # fmt: skip

_VERIFICATION = {"verified": "verified", "pending": "pending", "pending_need_more_info": "pending",
                 "pending_submission": "pending"}  # fmt: skip


def apply_live(profile: Profile, facts: LiveFacts | None) -> tuple[Profile, set[str]]:
    """The profile with Meta's answers in place of the user's; and which answers changed source."""
    if facts is None:
        return profile, set()
    changes: dict = {}
    if facts.account is not None:
        changes["portfolio_exists"] = True  # the account Meta answered for lives in a business portfolio
    if facts.account is not None and facts.account.business_verification_status:
        changes["business_verification"] = _VERIFICATION.get(facts.account.business_verification_status, "not_started")
    number = facts.number(profile.phone)
    if number is not None:
        if number.verified_name:
            changes["display_name"] = number.verified_name
        if number.is_on_biz_app:
            changes["current_app"] = "business"
    return replace(profile, **changes), set(changes)


def _number(profile: Profile, context: Context) -> tuple[PhoneNumber | None, Outcome | None]:
    live = context.live
    if live is None or live.phone_numbers is None:
        reason = (live.errors.get("phone_numbers") if live else None) or tr("the live check did not run")
        return None, Outcome(UNKNOWN, tr("Meta's list of phone numbers could not be read: {0}").format(reason))
    number = live.number(profile.phone)
    if number is None:
        listed = ", ".join(p.display_phone_number for p in live.phone_numbers) or tr("none")
        return None, Outcome(
            UNKNOWN,
            tr("The number is not in this WhatsApp Business Account yet (its numbers: {0}).").format(listed),
            fix=tr("Check the WhatsApp Business Account ID, or add the number to it first."),
        )
    return number, None


@check("LV-01")
def live_registration(profile: Profile, context: Context) -> Outcome:
    number, missing = _number(profile, context)
    if number is None:
        return missing
    if number.platform_type == "ON_PREMISE":
        return Outcome(
            FAIL,
            tr("Meta says {0} is registered on the On-Premises API.").format(number.display_phone_number),
            tr("A number is on one platform at a time; the On-Premises API has been retired."),
            tr("Ask the provider to migrate the number to the Cloud API before the cut-over."),
        )
    if number.code_verification_status in ("NOT_VERIFIED", "EXPIRED"):
        return Outcome(
            FAIL,
            tr("Meta says the ownership of {0} is not verified ({1}).").format(
                number.display_phone_number, number.code_verification_status
            ),
            tr("The number must receive and enter Meta's code before it can be registered."),
            tr("Request the code again (SMS or voice call) and enter it in WhatsApp Manager or through the provider."),
        )
    where = {"CLOUD_API": QT_TR_NOOP("on the Cloud API"), "NOT_APPLICABLE": QT_TR_NOOP("not registered yet")}
    return Outcome(
        PASS,
        tr("Meta says {0} is {1}; its ownership is verified.").format(
            number.display_phone_number, tr(where.get(number.platform_type or "", QT_TR_NOOP("not registered yet")))
        ),
    )


@check("LV-02")
def live_display_name(profile: Profile, context: Context) -> Outcome:
    number, missing = _number(profile, context)
    if number is None:
        return missing
    name, status = number.verified_name or "", number.name_status or "NONE"
    if status in ("DECLINED", "EXPIRED"):
        return Outcome(
            FAIL,
            tr("Meta's review of the display name '{0}': {1}.").format(name, status),
            tr("Meta's API gives the decision, not its reason: WhatsApp Manager shows the reason."),
            tr("Read the reason in WhatsApp Manager ▸ Phone numbers, change the name to follow it, and resubmit."),
        )
    if status in ("PENDING_REVIEW", "NONE"):
        # Meta reviews the name when the number reaches a higher messaging limit; until then the
        # number works. Only a move between providers needs the name approved (audit LV-02).
        provider_move = profile.route == "provider_move"
        return Outcome(
            FAIL,
            tr("The display name '{0}' is not approved yet ({1}).").format(name, status),
            tr("Moving between providers needs an approved display name.")
            if provider_move
            else tr(
                "The number works meanwhile; Meta reviews the name when the number reaches a higher messaging limit."
            ),
            tr("Wait for Meta's review before the cut-over.")
            if provider_move
            else tr("Nothing to do now; follow the review in WhatsApp Manager."),
            severity=None if provider_move else "warning",
        )
    return Outcome(PASS, tr("Meta approved the display name '{0}' ({1}).").format(name, status))


@check("LV-03")
def live_templates(profile: Profile, context: Context) -> Outcome:
    live = context.live
    if live is None or live.templates is None:
        reason = (live.errors.get("templates") if live else None) or tr("the live check did not run")
        return Outcome(UNKNOWN, tr("Meta's list of templates could not be read: {0}").format(reason))
    troubled = [t for t in live.templates if t.status in ("REJECTED", "PAUSED", "DISABLED")]
    if troubled:
        items = "; ".join(
            f"{t.name} ({t.language or '?'}): {t.status}" + (f", {t.rejected_reason}" if t.rejected_reason else "")
            for t in troubled
        )
        return Outcome(
            FAIL,
            tr("%n template(s) cannot be sent:", "", len(troubled)) + " " + items + ".",
            tr("Outside the 24-hour window only approved templates reach customers."),
            tr("Fix a rejected template for its reason and resubmit (or appeal); a paused one needs better quality."),
        )
    approved = sum(1 for t in live.templates if t.status == "APPROVED")
    return Outcome(PASS, tr("%n template(s) approved; none rejected, paused or disabled.", "", approved))


@check("LV-04")
def live_quality(profile: Profile, context: Context) -> Outcome:
    number, missing = _number(profile, context)
    if number is None:
        return missing
    if number.quality_rating == "RED":
        return Outcome(
            FAIL,
            tr("Meta rates the quality of {0} as low (RED).").format(number.display_phone_number),
            tr(
                "Customers have blocked or reported recent messages. A RED number does not get a higher messaging "
                "limit or throughput, and continued negative feedback can lead to enforcement; templates are paused "
                "on their own quality, not the number's."
            ),
            tr("Send fewer, expected messages to customers who opted in, and let them opt out easily."),
        )
    return Outcome(
        PASS,
        tr("Quality rating of {0}: {1}.").format(number.display_phone_number, number.quality_rating or "UNKNOWN"),
    )


@check("LV-05")
def live_limit(profile: Profile, context: Context) -> Outcome:
    number, missing = _number(profile, context)
    if number is None:
        return missing
    limit = number.daily_limit
    tier = number.messaging_limit or "UNKNOWN"
    customers = context.day_one_customers
    if customers is None:
        return Outcome(
            UNKNOWN,
            tr("Messaging limit: {0}. The archive's impact analysis is needed to compare it.").format(tier),
            fix=tr("Import the chats and set the planned cut-over."),
        )
    if limit is not None and customers > limit:
        days = -(-customers // limit)
        return Outcome(
            FAIL,
            tr("{0} customers need a template on day one; the limit is {1} a day ({2}).").format(
                f"{customers:,}", f"{limit:,}", tier
            ),
            tr("Reaching them all takes %n day(s) at this limit, which all numbers of the portfolio share.", "", days),
            tr(
                "Verify the business to reach 2,000 a day (after Meta's quality review), or plan the first messages "
                "over several days."
            ),
        )
    return Outcome(
        PASS,
        tr("{0} customers need a template on day one; the limit ({1}) covers them.").format(f"{customers:,}", tier),
    )


@check("LV-06")
def live_health(profile: Profile, context: Context) -> Outcome:
    """Meta's Messaging Health Status: whether the account can send at all (Updated 17 Jun 2026)."""
    live = context.live
    account = live.account if live is not None else None
    if account is None or not account.health:
        reason = (live.errors.get("account") if live else None) or tr("Meta did not give a health status")
        return Outcome(UNKNOWN, tr("The account's health status could not be read: {0}").format(reason))
    problems = "; ".join(account.health_problems)
    if account.health == "BLOCKED":
        return Outcome(
            FAIL,
            tr("Meta says this account cannot send messages (BLOCKED).") + (" " + problems if problems else ""),
            tr("A blocked account, number or business cannot send anything, templates included."),
            tr("Fix what Meta lists (WhatsApp Manager ▸ Overview), for example a payment method or a policy issue."),
        )
    if account.health == "LIMITED":
        return Outcome(
            FAIL,
            tr("Meta says this account can send only in part (LIMITED).") + (" " + problems if problems else ""),
            tr("Some messages will not be delivered until the limitation is lifted."),
            tr("Fix what Meta lists (WhatsApp Manager ▸ Overview) before the cut-over."),
            severity="warning",
        )
    return Outcome(PASS, tr("Meta says the account can send messages ({0}).").format(account.health))
