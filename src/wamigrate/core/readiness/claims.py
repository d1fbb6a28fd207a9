"""What you may have read about the API, and what is true today (issue 19): the common claims
about its limitations, each answered per route with Meta's source and the source's date.

Users arrive believing a provider's "API limitations" page that said reactions and threaded
replies do not work on the API; they do. The answers follow the December 2026 audit (section 2,
../shared/reference/onboarding-audit-2026-12.md). The texts are marked for translation and
translated where they are shown (the welcome page, the report).
"""

from __future__ import annotations

from dataclasses import dataclass

from wamigrate.core.translatable import QT_TR_NOOP, Translate, untranslated

AS_OF = "2026-12-02"


@dataclass(frozen=True)
class Claim:
    id: str
    claim: str
    answers: dict[str, str]  # route (full, coexistence, provider_move) -> what is true
    source: str
    source_title: str
    source_date: str

    def answer(self, route: str) -> str:
        return self.answers.get(route) or self.answers["full"]


_GROUPS_API = QT_TR_NOOP(
    "Partly true. The Groups API lets a verified-brand account (Official Business Account) create groups of at "
    "most 8 people; messages in them cannot be edited or deleted."
)
_CALLS_API = QT_TR_NOOP(
    "Partly true. The Calling API takes and makes WhatsApp calls, but only with a calling integration from the "
    "provider and a messaging limit of 2,000 or more; calls to customers are not offered in some countries."
)
_HISTORY_FULL = QT_TR_NOOP(
    "True for a full migration: deleting the app account loses every conversation the phone holds. Back every "
    "chat up first, as this assistant does."
)

CLAIMS = (
    Claim(
        "groups",
        QT_TR_NOOP("There are no groups on the API."),
        {
            "full": _GROUPS_API,
            "coexistence": QT_TR_NOOP(
                "True for a coexistence number: groups stay in the Business app; the Groups API is not offered to "
                "Business-app numbers."
            ),
        },
        "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups",
        QT_TR_NOOP("Meta, “Groups API”"),
        "2026-06-16",
    ),
    Claim(
        "calls",
        QT_TR_NOOP("You cannot call or be called on the API."),
        {
            "full": _CALLS_API,
            "coexistence": QT_TR_NOOP(
                "For a coexistence number calls stay in the Business app: the Calling API is not offered under "
                "coexistence."
            ),
        },
        "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling",
        QT_TR_NOOP("Meta, “Calling API” (generally available since 15 Jul 2025)"),
        "2025-07-15",
    ),
    Claim(
        "reactions",
        QT_TR_NOOP("Reactions do not work on the API."),
        {"full": QT_TR_NOOP("No longer true: the API receives customers' reactions and can send its own.")},
        "https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/send-messages",
        QT_TR_NOOP("Meta, “Send messages” (reaction messages)"),
        "2025-11-04",
    ),
    Claim(
        "replies",
        QT_TR_NOOP("You cannot reply to a particular message (threaded replies)."),
        {
            "full": QT_TR_NOOP(
                "No longer true: a message sent through the API can quote the customer's message it answers, and "
                "customers' replies say which message they quote."
            )
        },
        "https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/send-messages",
        QT_TR_NOOP("Meta, “Send messages”"),
        "2025-11-04",
    ),
    Claim(
        "history",
        QT_TR_NOOP("Chat history does not move to the API."),
        {
            "full": _HISTORY_FULL,
            "coexistence": QT_TR_NOOP(
                "Partly true under coexistence: the provider can copy up to 6 months of one-to-one chats (no "
                "groups; media only from the last 14 days), once, within 24 hours of onboarding."
            ),
            "provider_move": QT_TR_NOOP(
                "For a move between providers Meta moves the number, not the conversations kept by the old "
                "provider: ask it for an export of its history."
            ),
        },
        "https://developers.facebook.com/documentation/business-messaging/whatsapp/embedded-signup/onboarding-business-app-users",
        QT_TR_NOOP("Meta, “Onboard WhatsApp Business app users”"),
        "2026-03-20",
    ),
    Claim(
        "free_window",
        QT_TR_NOOP("Answering within 24 hours is free."),
        {
            "full": QT_TR_NOOP(
                "No longer true since 1 October 2026: replies inside the 24-hour window are charged per message at "
                "the customer's country's rate past a monthly free allowance (providers report 1,000 per number), "
                "and without a payment method they are not delivered. A reply to a click-to-WhatsApp ad still "
                "opens 72 free hours."
            ),
            "coexistence": QT_TR_NOOP(
                "No longer true on the API since 1 October 2026 (replies are charged past a monthly free "
                "allowance); what you send from the Business app itself stays free."
            ),
        },
        "https://nermalcat69.github.io/meta-developer-docs/documentation/business-messaging/whatsapp/pricing/authentication-international-rates.html",
        QT_TR_NOOP("Meta, “Upcoming pricing updates for Meta Business Agent, service and utility messages”"),
        "2026-07-01",
    ),
)


def claims_for(route: str, tr: Translate = untranslated) -> list[dict]:
    """The claims with what is true on ``route``, in ``tr``'s language (the report's section)."""
    return [
        {
            "id": c.id,
            "claim": tr(c.claim),
            "answer": tr(c.answer(route)),
            "source": c.source,
            "source_title": tr(c.source_title),
            "source_date": c.source_date,
        }
        for c in CLAIMS
    ]
