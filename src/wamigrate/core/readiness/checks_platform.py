"""The rules about the Platform itself that the December 2026 audit found missing (its section
3: M4, M6-M8, M14-M17): usernames, the number cap, coexistence's conditions, a move between
providers, the blue check, what may not use the Platform at all."""

from __future__ import annotations

from wamigrate.core.readiness.checks import FAIL, PASS, Context, Outcome, _unknown, check
from wamigrate.core.readiness.profile import Profile
from wamigrate.core.translatable import tr


@check("BA-10")
def usernames(profile: Profile, context: Context) -> Outcome:
    why = tr(
        "Since 2026 customers may choose a WhatsApp username; a business then receives a business-scoped user ID, "
        "and the phone number only if it messaged or called the customer in the last 30 days. Histories and CRMs "
        "keyed on phone numbers, this archive included, cannot match such customers by themselves."
    )
    fix = tr(
        "Export the customer list (name, number, first and last message) and give it to the provider's inbox or "
        "CRM, so it can join a new conversation to its history; ask it how it handles customers without a number."
    )
    quiet = (context.impact or {}).get("quiet_customers")
    if quiet:
        return Outcome(
            FAIL,
            tr("%n customer(s) have not written or been written to in the 30 days before the cut-over.", "", quiet),
            why,
            fix,
        )
    return Outcome(PASS, tr("Every customer in the archive was in touch in the last 30 days."), why)


@check("BA-12")
def official_business_account(profile: Profile, context: Context) -> Outcome:
    why = tr(
        "The blue check (Official Business Account) is not carried over or granted by the move: Meta grants it to "
        "a notable, verified business with two-step verification on, after 30 days on the Platform, never to a "
        "Business-app number. Meta Verified for Business is a separate paid subscription."
    )
    if profile.route == "coexistence":
        return Outcome(PASS, tr("A coexistence number cannot get the blue check."), why)
    return Outcome(PASS, tr("Good to know if you expect the blue check."), why)


@check("PN-42")
def registered_number_cap(profile: Profile, context: Context) -> Outcome:
    why = tr(
        "A business portfolio may register 2 phone numbers until it is verified or reaches a messaging limit of "
        "2,000; then 20."
    )
    live = context.live
    verified = profile.business_verification == "verified"
    if live is not None and live.phone_numbers is not None:
        registered = len(live.phone_numbers)
        if registered >= 2 and not verified and live.number(profile.phone) is None:
            return Outcome(
                FAIL,
                tr("Meta lists %n number(s) in this account already; the business is not verified.", "", registered),
                why,
                tr("Verify the business first, or remove a number you no longer use."),
            )
        return Outcome(PASS, tr("Meta lists %n number(s) in this account.", "", registered), why)
    if profile.portfolio_exists is None:
        return _unknown(tr("does the business already have a Meta business portfolio?"))
    if not profile.portfolio_exists and not verified:
        return Outcome(
            FAIL,
            tr("A new, unverified business portfolio: it can register 2 numbers."),
            why,
            tr("Register this number first; verify the business before adding a test or branch number."),
            severity="info",
        )
    return Outcome(PASS, tr("The number cap does not stand in the way."), why)


@check("PN-43")
def previous_registration(profile: Profile, context: Context) -> Outcome:
    return Outcome(
        PASS,
        tr("Reminder for the day the number is registered."),
        tr(
            "A number still registered to another provider's app shows \u201calready registered to a partner "
            "app\u201d until that app deregisters it; a banned number must be unbanned first; a number with paid "
            "messages in the last 30 days cannot be deleted from its WhatsApp Business Account."
        ),
        tr("Ask the previous provider to deregister the number before the cut-over day."),
    )


@check("PN-27")
def coexistence_conditions(profile: Profile, context: Context) -> Outcome:
    why = tr(
        "Under coexistence the Business app must stay on the same phone and be opened at least every 13 days "
        "(weekly is safer), or the API side disconnects; disappearing messages, view-once and live location are "
        "turned off and broadcast lists become read-only; the number cannot use the Calling or Groups API, and "
        "providers report it cannot use the Marketing Messages API either. Messages received before onboarding "
        "do not open a window on the API: the first API reply to them must be a template."
    )
    impact = context.impact or {}
    found = []
    disappearing = (impact.get("not_carried_over") or {}).get("disappearing messages")
    if disappearing:
        found.append(tr("%n chat(s) use disappearing messages, which will be turned off.", "", disappearing["chats"]))
    if impact.get("inside_window"):
        found.append(
            tr(
                "%n customer(s) wrote in the 24 hours before the cut-over: answer them from the app, or with a "
                "template from the API.",
                "",
                impact["inside_window"],
            )
        )
    fix = tr("Tell the staff; keep the phone with the app, and open the app at least once a week.")
    if found:
        return Outcome(FAIL, " ".join(found), why, fix)
    return Outcome(PASS, tr("Nothing in the archive is affected; the conditions below still apply."), why, fix)


@check("PM-01")
def conversation_routing(profile: Profile, context: Context) -> Outcome:
    return Outcome(
        PASS,
        tr("Worth checking before you move."),
        tr(
            "Since October 2026 one number can have a Messaging account with each of several partners, and "
            "Conversation Routing decides which of them receives each conversation: to add a provider beside the "
            "current one (an AI agent beside a helpdesk, say), the number may not need to move."
        ),
    )


@check("PM-02")
def provider_move_prerequisites(profile: Profile, context: Context) -> Outcome:
    why = tr(
        "Meta moves a number to another provider only for a verified business portfolio with a payment method, an "
        "approved display name and no pending name change; test numbers cannot be moved."
    )
    if profile.business_verification is None or profile.payment_method is None:
        return _unknown(tr("is the business verified, and is a payment method on file?"))
    missing = []
    if profile.business_verification != "verified":
        missing.append(tr("the business is not verified"))
    if not profile.payment_method:
        missing.append(tr("no payment method is on file"))
    if missing:
        return Outcome(
            FAIL,
            "; ".join(missing).capitalize() + ".",
            why,
            tr("Complete business verification and add a payment method in WhatsApp Manager before the move."),
        )
    return Outcome(PASS, tr("The business is verified and has a payment method."), why)


@check("PO-08")
def ai_providers(profile: Profile, context: Context) -> Outcome:
    if profile.category is None:
        return _unknown(tr("the business category"))
    if profile.category == "ai_assistant":
        return Outcome(
            FAIL,
            tr("Category: a general-purpose AI assistant."),
            tr(
                "Since 15 January 2026 the WhatsApp Business Solution Terms do not allow businesses whose main "
                "service is a general-purpose AI assistant to use the Platform; an ordinary business's "
                "customer-service bot is still allowed."
            ),
            tr("This cannot be fixed by configuration; ask Meta or the provider before planning the move."),
        )
    return Outcome(PASS, tr("The business is not a general-purpose AI assistant."))
