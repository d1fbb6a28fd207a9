"""The wizard's state machine, without Qt: pages per route, completeness, locked steps."""

from datetime import datetime, timedelta

import pytest

from wamigrate.core.wizard.flow import (
    ALL_PAGES,
    CHECKLIST,
    IMPORT,
    NUMBER,
    PROTECT,
    READINESS,
    REVIEW,
    WELCOME,
    WizardState,
    incomplete_reason,
    locked_reason,
    next_page,
    pages,
    previous_page,
    tick,
)


def test_routes_choose_their_pages():
    assert pages(WizardState(route="full")) == ALL_PAGES
    assert pages(WizardState(route="coexistence")) == ALL_PAGES
    assert pages(WizardState(route="provider_move")) == (WELCOME, NUMBER, CHECKLIST, READINESS, "report")


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
    assert "First:" in locked_reason("delete_account", state)
    with pytest.raises(ValueError, match="First:"):
        tick("delete_account", state)
    state.last_verified_ok_at = "2026-11-25T10:05:00Z"
    tick("archive_verified", state)
    assert "Two-step" in locked_reason("delete_account", state)
    tick("two_step_handled", state)
    deleted_at = datetime(2026, 11, 25, 11, 0)
    tick("delete_account", state, now=deleted_at)
    assert state.checklist["delete_account"] == "2026-11-25T11:00:00Z"
    assert "more minute" in locked_reason("waited", state, now=deleted_at + timedelta(minutes=2))
    tick("waited", state, now=deleted_at + timedelta(minutes=5))
    tick("no_reregister", state)
    state.page = CHECKLIST
    assert incomplete_reason(CHECKLIST, state) is None


def test_provider_move_checklist():
    state = WizardState(route="provider_move", page=CHECKLIST)
    assert "Two-step verification" in incomplete_reason(CHECKLIST, state)
    for step in ("two_step_off", "name_approved", "payment_method"):
        tick(step, state)
    assert next_page(state) == READINESS
