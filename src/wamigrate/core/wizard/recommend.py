"""Which route to suggest, from what the user said about the number (and, once known, the
archive): a suggestion with its reason, never a decision."""

from __future__ import annotations

from dataclasses import dataclass

from wamigrate.core.translatable import Translate, untranslated


@dataclass(frozen=True)
class Recommendation:
    route: str | None  # None: not enough answers yet
    reason: str  # in the language of the caller's tr


def recommend_route(
    answers: dict,
    outside_window_share: float | None = None,
    tr: Translate = untranslated,
    account_deleted: bool = False,
) -> Recommendation:
    """``account_deleted``: the checklist recorded "Delete the account": coexistence needs
    the app account, so it is never suggested again."""
    number = answers.get("number", {})
    if account_deleted:
        return Recommendation(
            "full",
            tr(
                "The app account is already deleted, so coexistence is no longer possible: finish the full "
                "migration and register the number with your provider."
            ),
        )
    app = number.get("current_app")
    on_api = number.get("on_api_with_provider")
    if on_api:
        return Recommendation(
            "provider_move",
            tr(
                "The number is already on the API with a provider: move it to the new provider. To add a provider "
                "beside the current one, Conversation Routing (since October 2026) may spare the move."
            ),
        )
    if app == "messenger":
        return Recommendation(
            "full",
            tr(
                "The number is on the ordinary WhatsApp app: coexistence needs the WhatsApp Business app, so either "
                "the account is deleted from the app (after backing up every chat), or the number first moves to "
                "the WhatsApp Business app on the same phone and is used there for a week before coexistence "
                "(reported by providers; Meta's help text on moving chats to the Business app was not checked)."
            ),
        )
    if app == "business":
        reason = tr(
            "The number is on the WhatsApp Business app: coexistence keeps the app working beside the API and "
            "shares up to six months of one-to-one chat history with your provider, if the provider runs the sync "
            "within 24 hours of onboarding."
        )
        if outside_window_share is not None and outside_window_share > 0.5:
            reason += " " + tr(
                "Most of your customers last wrote more than 24 hours before the cut-over: with coexistence you "
                "can keep answering them from the app, free of charge (on the API the first reply to them must be "
                "a template)."
            )
        return Recommendation("coexistence", reason)
    if app == "none":
        return Recommendation(
            "full", tr("The number is not on WhatsApp yet: it can be registered on the API directly.")
        )
    return Recommendation(None, tr("Say where the number is now (just above) to get a suggestion."))
