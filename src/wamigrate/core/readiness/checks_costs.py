"""The rules about what messages cost and which templates reach whom (the December 2026
audit, section 3: M1-M3, M9-M11). Each reads the profile and, when there is one, the archive's
impact analysis (``Context.impact``); the figures are the archive's own."""

from __future__ import annotations

import re

from wamigrate.core.readiness.checks import FAIL, PASS, UNKNOWN, Context, Outcome, _unknown, check
from wamigrate.core.readiness.impact import typical_monthly
from wamigrate.core.readiness.profile import Profile
from wamigrate.core.translatable import tr

# Service messages free each month per business number (reported by providers, not in Meta's
# own text: audit 2026-12, M1 and section 5). Used for estimates only; it never blocks alone.
FREE_SERVICE_MESSAGES = 1_000

# Where Meta does not cap the marketing templates one person receives (per-user limits page,
# 26 Feb 2026): the European Economic Area, the United Kingdom, Japan and South Korea.
_UNCAPPED = {
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
    "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO", "GB", "JP", "KR",
}  # fmt: skip

# Words that make Meta re-class a utility template as marketing (template categorization,
# 21 Sep 2026: offers, discounts, new products, reminders to buy), in the shipped languages.
_PROMOTION = re.compile(
    r"\b(offer|discount|sale|promo\w*|coupon|% off|new (?:collection|arrivals?)|buy now|limited time|free shipping|"
    r"don't miss|last chance|desconto|promoção|oferta|cupom|frete grátis|descuento|promoción|cupón|envío gratis|"
    r"diskon|promo|gratis ongkir|छूट|ऑफ़र|优惠|折扣|促銷|折價)",
    re.IGNORECASE,
)


def _impact(context: Context) -> dict:
    return context.impact or {}


@check("TW-33")
def service_messages_charged(profile: Profile, context: Context) -> Outcome:
    replies = typical_monthly(_impact(context).get("replies_in_window_by_month") or {})
    why = tr(
        "Since 1 October 2026 Meta charges the replies sent inside the 24-hour window (and utility templates sent "
        "there) per message, at the customer's country's rate; providers report the first {0} a month per number "
        "free. Without a payment method, the messages past that are not delivered, although the API reports "
        "success."
    ).format(f"{FREE_SERVICE_MESSAGES:,}")
    volume = (
        tr("Your archive shows about {0} replies a month sent within 24 hours of a customer's message.").format(
            f"{replies:,}"
        )
        if replies is not None
        else ""
    )
    if profile.payment_method is None:
        outcome = _unknown(tr("is a payment method on file (with Meta or with the provider)?"))
        return Outcome(UNKNOWN, " ".join(filter(None, (outcome.found, volume))), why, outcome.fix)
    if profile.payment_method:
        charged = max(0, (replies or 0) - FREE_SERVICE_MESSAGES)
        found = tr("A payment method is on file.")
        if replies is not None:
            found += " " + volume + " " + tr("About {0} of them a month would be charged.").format(f"{charged:,}")
        return Outcome(PASS, found, why)
    fix = tr("Add a payment method in WhatsApp Manager (or with the provider) before the cut-over.")
    if replies is not None and replies <= FREE_SERVICE_MESSAGES:
        return Outcome(
            FAIL,
            tr("No payment method on file.") + " " + volume + " " + tr("That is within the free allowance for now."),
            why,
            fix,
            severity="warning",
        )
    return Outcome(FAIL, " ".join(filter(None, (tr("No payment method on file."), volume))), why, fix)


@check("TW-34")
def day_one_templates_cost(profile: Profile, context: Context) -> Outcome:
    impact = _impact(context)
    why = tr(
        "Since 1 July 2025 every delivered marketing or authentication template, and every utility template sent "
        "outside the 24-hour window, is charged per message at the rate of the customer's country; Meta changes "
        "the rates each quarter."
    )
    outside, countries = impact.get("outside_window"), impact.get("outside_by_country") or {}
    if not outside:
        return Outcome(PASS, tr("Good to know for the first days after the cut-over."), why)
    shown = ", ".join(f"{code}: {count:,}" for code, count in list(countries.items())[:6])
    found = tr("%n customer(s) will need a template to be reached after the cut-over", "", outside) + f" ({shown})."
    cost = impact.get("cutover_cost")
    if cost and cost["day_one"]:
        found += " " + tr("One template each would cost about {0} {1:,.2f} at Meta's rates of {2} (estimate).").format(
            cost["currency"], cost["day_one_total"], cost["rates_effective"]
        )
    return Outcome(
        PASS,
        found,
        why + " " + tr("Ask the provider for the current rate of each of these countries before the cut-over."),
    )


@check("TW-35")
def free_entry_point(profile: Profile, context: Context) -> Outcome:
    return Outcome(
        PASS,
        tr("Good to know if you advertise."),
        tr(
            "When a customer writes from a click-to-WhatsApp ad or a Facebook Page button and you answer within 24 "
            "hours, every message for the next 72 hours is free, templates included: the cheapest way to reach "
            "customers again after the cut-over."
        ),
    )


def _promotional(profile: Profile) -> list[str]:
    return [
        t.name or "(unnamed)"
        for t in profile.templates
        if (t.category or "").upper() == "UTILITY" and _PROMOTION.search(" ".join((t.header or "", t.body or "")))
    ]


@check("TW-36")
def utility_reads_as_marketing(profile: Profile, context: Context) -> Outcome:
    why = tr(
        "Meta reviews a template's category when it is used, not only when it is approved: a utility template that "
        "promotes is charged as marketing (several times the price) and counts against the marketing caps."
    )
    found = _promotional(profile)
    if found:
        return Outcome(
            FAIL,
            tr("Utility templates that read as promotion: {0}.").format(", ".join(found)),
            why,
            tr("Keep utility templates to the order, booking or account they are about; send offers as marketing."),
        )
    return Outcome(PASS, tr("No utility template reads as promotion."), why)


@check("TW-37")
def marketing_caps(profile: Profile, context: Context) -> Outcome:
    why = tr(
        "Outside the EEA, the UK, Japan and South Korea Meta limits how many marketing templates one person "
        "receives from all businesses; one past the limit is not delivered (error 131049), and a customer can stop "
        "marketing messages without blocking you (error 131050)."
    )
    countries = _impact(context).get("customers_by_country") or {}
    known = {code: n for code, n in countries.items() if code != "unknown"}
    if not known:
        return Outcome(PASS, tr("Good to know before sending marketing templates."), why)
    capped = sum(n for code, n in known.items() if code not in _UNCAPPED)
    share = round(100 * capped / sum(known.values()))
    return Outcome(
        PASS,
        tr("{0} of your {1} customers with a known country ({2} %) are where the caps apply.").format(
            f"{capped:,}", f"{sum(known.values()):,}", share
        ),
        why,
    )


@check("TW-39")
def authentication_eligibility(profile: Profile, context: Context) -> Outcome:
    templates = profile.templates
    authentication = [t.name or "(unnamed)" for t in templates if (t.category or "").upper() == "AUTHENTICATION"]
    why = tr(
        "Providers report that authentication templates can be sent only by a verified business whose messaging "
        "limit has reached 2,000; Meta's pages do not say so."
    )
    if not authentication:
        return Outcome(PASS, tr("No authentication templates."), why)
    if profile.business_verification == "verified":
        return Outcome(PASS, tr("The business is verified: it can send authentication templates."), why)
    return Outcome(
        FAIL,
        tr("Authentication templates ({0}), but the business is not verified.").format(", ".join(authentication)),
        why,
        tr("Complete business verification before you rely on codes sent over WhatsApp."),
    )
