"""The wizard's state machine, without Qt: pages per route, completeness, locked steps."""

from datetime import datetime, timedelta

import pytest

from wamigrate.core.wizard.flow import (
    ALL_PAGES,
    CHECKLIST,
    IMPACT,
    IMPORT,
    NUMBER,
    PROTECT,
    READINESS,
    REPORT,
    REVIEW,
    WELCOME,
    WizardState,
    incomplete_reason,
    locked_reason,
    next_page,
    open_checklist,
    pages,
    previous_page,
    record_readiness,
    tick,
)


def test_routes_choose_their_pages():
    assert pages(WizardState(route="full")) == ALL_PAGES
    assert pages(WizardState(route="coexistence")) == ALL_PAGES
    assert pages(WizardState(route="provider_move")) == (WELCOME, NUMBER, READINESS, "report", CHECKLIST)


def test_next_is_enabled_only_when_the_page_is_complete():
    state = WizardState()
    assert next_page(state) is None and "Choose how" in incomplete_reason(WELCOME, state)
    state.route = "full"
    assert next_page(state) == NUMBER
    state.page = NUMBER
    assert "phone number" in incomplete_reason(NUMBER, state)
    state.answers["number"] = {"phone": "+351912345678"}
    assert "which WhatsApp app" in incomplete_reason(NUMBER, state)
    state.answers["number"]["current_app"] = "business"
    assert next_page(state) == PROTECT
    state.page = PROTECT
    assert "Create an archive" in incomplete_reason(PROTECT, state)
    state.archive_open = True
    assert "recovery key" in incomplete_reason(PROTECT, state)
    state.recovery_confirmed = True
    assert next_page(state) == IMPORT
    state.page = IMPORT
    assert next_page(state) is None
    state.imports, state.last_import_at = 1, "2026-11-25T10:00:00Z"
    assert next_page(state) == REVIEW
    assert previous_page(state) == PROTECT


def test_full_migration_cannot_pass_review_without_verification_after_the_last_import():
    state = WizardState(route="full", page=REVIEW, last_import_at="2026-11-25T10:00:00Z")
    assert "Verify the archive" in incomplete_reason(REVIEW, state)
    state.last_verified_ok_at = "2026-11-25T09:00:00Z"  # verified before the last import: not enough
    assert incomplete_reason(REVIEW, state) is not None
    state.last_verified_ok_at = "2026-11-25T10:05:00Z"
    assert incomplete_reason(REVIEW, state) is None
    coexistence = WizardState(route="coexistence", page=REVIEW, last_import_at="2026-11-25T10:00:00Z")
    assert incomplete_reason(REVIEW, coexistence) is None  # the app keeps its history there


def test_the_irreversible_step_is_locked_until_its_prerequisites_are_done():
    state = WizardState(route="full", last_import_at="2026-11-25T10:00:00Z")
    assert "Verify the archive first" in locked_reason("archive_verified", state)
    # The readiness check is asked first: a final export made while a blocker remains goes stale.
    assert locked_reason("delete_account", state) == "Run the readiness check first (page 'Business readiness')."
    with pytest.raises(ValueError, match="readiness check"):
        tick("delete_account", state)
    state.last_verified_ok_at = "2026-11-25T10:05:00Z"
    tick("archive_verified", state)
    tick("two_step_handled", state)
    record_readiness(state, {"verdict": "Blocked", "findings": [
        {"id": "PO-02", "severity": "blocker", "status": "unknown"},
        {"id": "PN-13", "severity": "blocker", "status": "fail"},  # what deleting the account fixes
        {"id": "PN-10", "severity": "warning", "status": "fail"},
    ]})  # fmt: skip
    assert locked_reason("delete_account", state) == (
        "The readiness check still finds 1 blocker, failed or unanswered: PO-02. Fix or answer them on the page "
        "'Business readiness' first."
    )
    record_readiness(
        state, {"verdict": "Blocked", "findings": [{"id": "PN-13", "severity": "blocker", "status": "fail"}]}
    )
    # The final export: an import after the checklist was opened, verified after it.
    open_checklist(state, now=datetime(2026, 11, 25, 10, 30))
    open_checklist(state, now=datetime(2026, 11, 25, 10, 50))  # the first opening counts
    assert state.checklist_opened_at == "2026-11-25T10:30:00Z"
    assert "Export again" in locked_reason("final_import", state)
    assert "First: Export the chats" in locked_reason("delete_account", state)
    state.last_import_at = "2026-11-25T10:40:00Z"
    assert "Verify the archive after this import" in locked_reason("final_import", state)
    state.last_verified_ok_at = "2026-11-25T10:41:00Z"
    tick("final_import", state)
    assert locked_reason("delete_account", state) is None
    state.last_import_at = "2026-11-25T10:42:00Z"  # imported again, not verified since
    assert "Verify the archive after the last import" in locked_reason("delete_account", state)
    state.last_verified_ok_at = "2026-11-25T10:43:00Z"
    deleted_at = datetime(2026, 11, 25, 11, 0)
    tick("delete_account", state, now=deleted_at)
    assert state.checklist["delete_account"] == "2026-11-25T11:00:00Z"
    assert "more minute" in locked_reason("waited", state, now=deleted_at + timedelta(minutes=2))
    assert "First: Wait" in locked_reason("register", state)
    tick("waited", state, now=deleted_at + timedelta(minutes=5))
    tick("no_reregister", state)
    assert locked_reason("register", state) is None
    state.page = CHECKLIST
    assert "Register the number" in incomplete_reason(CHECKLIST, state)
    tick("register", state)
    assert incomplete_reason(CHECKLIST, state) is None


def test_provider_move_checklist():
    state = WizardState(route="provider_move", page=CHECKLIST)
    assert pages(state)[-1] == CHECKLIST
    assert "Two-step verification" in incomplete_reason(CHECKLIST, state)
    for step in ("two_step_off", "name_approved", "payment_method"):
        tick(step, state)
    assert next_page(state) is None  # the checklist is the last page


def test_number_check_in_plain_words():
    from wamigrate.core.wizard.number import check_number, regions

    mobile = check_number("912 345 678", "PT")
    assert (mobile.e164, mobile.valid, mobile.kind, mobile.region) == ("+351912345678", True, "mobile", "PT")
    assert mobile.formatted == "+351 912 345 678"
    # A leading + wins over the picked country.
    assert check_number("+44 7400 123456", "PT").region == "GB"
    assert check_number("21 123 4567", "PT").kind == "landline"
    assert check_number("123", "PT").problem == "The number has too few or too many digits."
    assert check_number("912345678", None).problem == "Choose the country, or start the number with + and its code."
    assert check_number("", "PT").problem == "Enter the phone number."
    assert check_number("+351 999 999 999", None).problem.startswith("No number like this")
    assert ("PT", 351) in regions() and ("BR", 55) in regions()


def test_route_suggestion():
    from wamigrate.core.wizard.recommend import recommend_route

    assert recommend_route({}).route is None
    assert recommend_route({"number": {"current_app": "messenger"}}).route == "full"
    assert recommend_route({"number": {"current_app": "business"}}).route == "coexistence"
    assert recommend_route({"number": {"on_api_with_provider": True}}).route == "provider_move"
    busy = recommend_route({"number": {"current_app": "business"}}, outside_window_share=0.8)
    assert "more than 24 hours" in busy.reason
    assert recommend_route({}).reason == "Say where the number is now (just above) to get a suggestion."
    # Once the account is deleted coexistence is impossible: never suggested again.
    gone = recommend_route({"number": {"current_app": "business"}}, outside_window_share=0.8, account_deleted=True)
    assert gone.route == "full" and "no longer possible" in gone.reason


def test_state_round_trip_and_profile_data():
    from wamigrate.core.readiness.profile import profile_from_dict
    from wamigrate.core.wizard.flow import WizardState, profile_data, state_from_dict, state_to_dict

    state = WizardState(route="full", page="checklist", archive_open=True)
    state.answers = {
        "number": {"phone": "+351912345678", "typed": "912 345 678", "region": "PT", "current_app": "messenger"},
        "business": {"display_name": "Casa Verde", "country": "PT"},
        "templates": [{"name": "order_ready", "category": "UTILITY", "language": "pt_PT", "body": "Olá {{1}}",
                       "samples": ["Ana"]}],
    }  # fmt: skip
    state.checklist = {"delete_account": "2026-11-25T10:00:00Z"}
    again = state_from_dict(state_to_dict(state) | {"from_a_newer_version": 1})
    assert again.answers == state.answers and again.page == "checklist"
    assert again.archive_open is False  # never open at start-up
    assert state_from_dict({"route": "nonsense", "page": "nowhere"}).route is None
    data = profile_data(state)
    assert data["number"] == {"phone": "+351912345678", "current_app": "messenger", "app_account_deleted": True}
    assert data["migration"] == {"route": "full"}
    profile = profile_from_dict(data)  # the wizard's own notes never reach the profile
    assert profile.display_name == "Casa Verde" and profile.templates[0].name == "order_ready"


def test_the_state_is_split_between_settings_and_archive_without_qt():
    """Business answers and the checklist go to the (encrypted) archive, the rest to the plain
    settings; a state rebuilt from both is the state that was saved."""
    from wamigrate.core.wizard.flow import (
        WizardState,
        archive_part,
        merge_archive_part,
        settings_part,
        state_from_dict,
    )

    state = WizardState(route="full", page=IMPACT, recovery_confirmed=True)
    state.answers = {
        "number": {"phone": "+351912345678"},
        "business": {"display_name": "Loja Verde"},
        "templates_text": "[[templates]]",
    }
    state.checklist = {"archive_verified": "2026-11-25T10:05:00Z"}
    plain = settings_part(state)
    assert plain["answers"] == {"number": {"phone": "+351912345678"}} and plain["checklist"] == {}
    assert "Loja Verde" not in str(plain)
    kept = archive_part(state)
    assert kept == {
        "answers": {"business": {"display_name": "Loja Verde"}, "templates_text": "[[templates]]"},
        "checklist": {"archive_verified": "2026-11-25T10:05:00Z"},
        "checklist_opened_at": None,
        "recovery_confirmed": True,
    }
    again = state_from_dict(plain)
    merge_archive_part(again, kept)
    assert again.answers == state.answers and again.checklist == state.checklist and again.recovery_confirmed
    # An answer given in this session wins over what the archive kept.
    fresh = state_from_dict(plain)
    fresh.answers["business"] = {"display_name": "Loja Azul"}
    merge_archive_part(fresh, kept)
    assert fresh.answers["business"] == {"display_name": "Loja Azul"}


def test_the_page_after_each_page_per_route():
    from wamigrate.core.wizard.flow import WizardState, page_after

    full = WizardState(route="full")
    assert [page_after(full, p) for p in (WELCOME, IMPACT, REPORT, CHECKLIST)] == [NUMBER, READINESS, CHECKLIST, None]
    move = WizardState(route="provider_move")
    assert page_after(move, NUMBER) == READINESS and page_after(move, PROTECT) is None
