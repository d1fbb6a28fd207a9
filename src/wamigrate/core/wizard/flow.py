"""The wizard's flow: which pages a route goes through, when a page is complete, which
checklist steps are locked and why. Plain data in, plain answers out; unit-tested without Qt.

The irreversible step (deleting the app account) is only reachable after the history is
safe (archive created, recovery key confirmed, every import verified) and after the readiness
check found nothing that blocks the move: the readiness page and the report for the provider
come before the checklist, which is the last page (issue 17).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, datetime, timedelta

from wamigrate.core.archive.summary import at_or_after, verified_after
from wamigrate.core.translatable import QT_TR_NOOP, Translate, untranslated

WELCOME, NUMBER, PROTECT, IMPORT, REVIEW, IMPACT, CHECKLIST, READINESS, REPORT = (
    "welcome", "number", "protect", "import", "review", "impact", "checklist", "readiness", "report",
)  # fmt: skip
ALL_PAGES = (WELCOME, NUMBER, PROTECT, IMPORT, REVIEW, IMPACT, READINESS, REPORT, CHECKLIST)
# Blockers the checklist itself resolves: "the number is still in the app" (PN-13) is what
# deleting the account fixes, so it cannot be a reason to refuse that step.
RESOLVED_BY_CHECKLIST = frozenset({"PN-13"})
ROUTES = ("full", "coexistence", "provider_move")
DELETION_WAIT = timedelta(minutes=5)


@dataclass(frozen=True)
class Step:
    id: str
    title: str
    requires: tuple[str, ...] = ()  # step ids that must be done first
    irreversible: bool = False


CHECKLISTS: dict[str, tuple[Step, ...]] = {
    "full": (
        Step("archive_verified", QT_TR_NOOP("The archive is verified after the last import")),
        Step("two_step_handled", QT_TR_NOOP("Two-step verification: PIN noted or turned off"), ("archive_verified",)),
        # Messages that arrived after the first export exist only on the phone: one more export
        # (of the chats with new messages), imported and verified, just before deleting.
        Step(
            "final_import",
            QT_TR_NOOP("Export the chats with new messages once more, import and verify them"),
            ("archive_verified",),
        ),
        Step(
            "delete_account",
            QT_TR_NOOP("Delete the account in the app: Settings ▸ Account ▸ Delete my account"),
            ("archive_verified", "two_step_handled", "final_import"),
            irreversible=True,
        ),
        Step("waited", QT_TR_NOOP("Wait at least 5 minutes before registering the number"), ("delete_account",)),
        Step("no_reregister", QT_TR_NOOP("Do not register the number in a WhatsApp app again"), ("delete_account",)),
        Step("register", QT_TR_NOOP("Register the number on the API with your provider"), ("waited",)),
    ),
    "coexistence": (
        Step("archive_verified", QT_TR_NOOP("The archive is verified after the last import")),
        Step("app_updated", QT_TR_NOOP("WhatsApp Business app 2.24.17 or newer")),
        Step("companions_warned", QT_TR_NOOP("Linked devices will be unlinked; staff told")),
        Step(
            "history_consent",
            QT_TR_NOOP("Tap Confirm during onboarding; the provider starts the history sync within 24 hours"),
            ("app_updated",),
        ),
        # Providers say 13 days (Dualhook, Coral); Meta's text gives no figure (audit 2026-12, section 2).
        Step("open_app", QT_TR_NOOP("Open the Business app at least every 13 days, or the API side disconnects")),
    ),
    "provider_move": (
        Step("two_step_off", QT_TR_NOOP("Two-step verification turned off in WhatsApp Manager")),
        Step("name_approved", QT_TR_NOOP("Display name approved, no name change pending")),
        Step("payment_method", QT_TR_NOOP("A payment method on the business portfolio")),
    ),
}


@dataclass
class WizardState:
    """Everything the wizard knows. Non-secret; the passphrase and recovery key never go here."""

    route: str | None = None
    answers: dict = field(default_factory=dict)  # the profile sections, as in profile-example.toml
    archive_path: str | None = None
    archive_open: bool = False
    recovery_confirmed: bool = False
    imports: int = 0
    last_import_at: str | None = None  # UTC "YYYY-MM-DDTHH:MM:SSZ"
    last_verified_ok_at: str | None = None
    checklist: dict[str, str] = field(default_factory=dict)  # step id -> UTC time it was done
    page: str = WELCOME
    # The last readiness check (readiness page): its verdict, and the blockers that failed or
    # are unanswered (rule ids). None: not run yet. The irreversible step needs it clear.
    readiness_verdict: str | None = None
    readiness_blockers: list[str] = field(default_factory=list)
    # When the checklist was first shown (UTC): the final import must come after it.
    checklist_opened_at: str | None = None

    @property
    def verified_after_last_import(self) -> bool:
        return verified_after(self.last_verified_ok_at, self.last_import_at)


# How the chats get to the archive (the protect and import pages): every chat at once from the
# phone's own backup, or exported one chat at a time. An iPhone's backup is not read yet, so an
# iPhone has only the exports.
FROM_PHONE, FROM_EXPORTS = "phone", "exports"


def backup_sources(state: WizardState) -> tuple[str, ...]:
    """The ways open to this phone, the recommended first: its own backup (Android's
    msgstore.db.crypt15, or an iPhone's backup on the computer), or chats exported one by one."""
    return (FROM_PHONE, FROM_EXPORTS)


def backup_source(state: WizardState) -> str:
    """The way chosen on the protect page, or the recommended one."""
    chosen = state.answers.get("backup", {}).get("source")
    available = backup_sources(state)
    return chosen if chosen in available else available[0]


def phone_app_folder(state: WizardState) -> str:
    """Where the phone keeps the backup to copy (phone-databases.md §3.1), for the app in use."""
    if state.answers.get("number", {}).get("current_app") == "business":
        return "Android/media/com.whatsapp.w4b/WhatsApp Business/Databases/msgstore.db.crypt15"
    return "Android/media/com.whatsapp/WhatsApp/Databases/msgstore.db.crypt15"


def pages(state: WizardState) -> tuple[str, ...]:
    """The pages of the chosen route. A provider move keeps the number on the API: there is
    no app account to delete and no export to protect, so those pages are skipped."""
    if state.route == "provider_move":
        return (WELCOME, NUMBER, READINESS, REPORT, CHECKLIST)
    return ALL_PAGES


def record_readiness(state: WizardState, report: dict) -> None:
    """Keep what the readiness check found (a report dict) for the checklist's locks."""
    state.readiness_verdict = report["verdict"]
    state.readiness_blockers = [
        f["id"]
        for f in report["findings"]
        if f["severity"] == "blocker" and f["status"] in ("fail", "unknown") and f["id"] not in RESOLVED_BY_CHECKLIST
    ]


def incomplete_reason(page: str, state: WizardState, tr: Translate = untranslated) -> str | None:
    """Why Next is disabled on ``page``, in ``tr``'s language; None when the page is complete."""
    number = state.answers.get("number", {})
    if page == WELCOME:
        return None if state.route in ROUTES else tr("Choose how you are moving the number.")
    if page == NUMBER:
        if not number.get("phone"):
            return tr("Enter the phone number with its country code.")
        if state.route != "provider_move" and not number.get("current_app"):
            return tr("Say which WhatsApp app the number is on now.")
        return None
    if page == PROTECT:
        if not state.archive_open:
            return tr("Create an archive, or unlock the one you made before.")
        if not state.recovery_confirmed:
            return tr("Confirm that you saved the recovery key.")
        return None
    if page == IMPORT:
        return None if state.imports > 0 else tr("Import at least one exported chat.")
    if page == REVIEW:
        if state.route == "full" and not state.verified_after_last_import:
            return tr("Verify the archive: it must pass after the last import before the account can be deleted.")
        return None
    if page == CHECKLIST:
        missing = [step.title for step in CHECKLISTS[state.route or "full"] if step.id not in state.checklist]
        return None if not missing else tr("Still to do: {0}.").format(tr(missing[0]))
    return None


def page_after(state: WizardState, page: str) -> str | None:
    """The page that follows ``page`` on the chosen route, complete or not (the window shows
    Next or Finish from it); None after the last page or for a page not on the route."""
    flow = pages(state)
    if page not in flow:
        return None
    index = flow.index(page)
    return flow[index + 1] if index + 1 < len(flow) else None


def next_page(state: WizardState) -> str | None:
    """Where Next leads from the current page: None while the page is incomplete."""
    if incomplete_reason(state.page, state) is not None:
        return None
    return page_after(state, state.page) if state.page in pages(state) else pages(state)[0]


def previous_page(state: WizardState) -> str | None:
    flow = pages(state)
    index = flow.index(state.page) if state.page in flow else 0
    return flow[index - 1] if index > 0 else None


def locked_reason(
    step_id: str, state: WizardState, now: datetime | None = None, tr: Translate = untranslated
) -> str | None:
    """Why a checklist step cannot be ticked yet, in ``tr``'s language; None when it can."""
    steps = {step.id: step for step in CHECKLISTS[state.route or "full"]}
    step = steps[step_id]
    if step_id == "archive_verified" and not state.verified_after_last_import:
        return tr("Verify the archive first (page 'Review and verify').")
    if step_id == "final_import" and step_id not in state.checklist:
        if not at_or_after(state.last_import_at, state.checklist_opened_at):
            return tr(
                "Export again the chats that got new messages since your last export, and import them with "
                "“Import the final exports…” below. Until then those messages are only on the phone."
            )
        if not state.verified_after_last_import:
            return tr("Verify the archive after this import (“Verify now” below).")
    # Readiness before the steps' order: a final export made while a blocker remains would be
    # stale by the time the blocker is fixed.
    if step.irreversible and step_id not in state.checklist:
        if state.readiness_verdict is None:
            return tr("Run the readiness check first (page 'Business readiness').")
        if state.readiness_blockers:
            return tr(
                "The readiness check still finds %n blocker(s), failed or unanswered: {0}. Fix or answer them on "
                "the page 'Business readiness' first.",
                "",
                len(state.readiness_blockers),
            ).format(", ".join(state.readiness_blockers))
    for requirement in step.requires:
        if requirement not in state.checklist:
            return tr("First: {0}.").format(tr(steps[requirement].title))
    unverified = state.route == "full" and not state.verified_after_last_import
    if step.irreversible and step_id not in state.checklist and unverified:
        return tr("Verify the archive after the last import first (“Verify now” below).")
    if step_id == "waited":
        deleted = datetime.fromisoformat(state.checklist["delete_account"].rstrip("Z"))
        remaining = deleted + DELETION_WAIT - (now or datetime.now(UTC).replace(tzinfo=None))
        if remaining > timedelta(0):
            minutes = int(remaining.total_seconds() // 60) + 1
            return tr("Wait %n more minute(s) after deleting the account.", "", minutes)
    return None


def open_checklist(state: WizardState, now: datetime | None = None) -> None:
    """The checklist is shown: remember when first (the final import must come after)."""
    if state.checklist_opened_at is None:
        state.checklist_opened_at = (now or datetime.now(UTC).replace(tzinfo=None)).strftime("%Y-%m-%dT%H:%M:%SZ")


def tick(step_id: str, state: WizardState, now: datetime | None = None, tr: Translate = untranslated) -> None:
    """Record a checklist step as done now; refuses a locked step (ValueError with the reason)."""
    reason = locked_reason(step_id, state, now, tr)
    if reason is not None:
        raise ValueError(reason)
    state.checklist[step_id] = (now or datetime.now(UTC).replace(tzinfo=None)).strftime("%Y-%m-%dT%H:%M:%SZ")


def state_to_dict(state: WizardState) -> dict:
    """For settings (QSettings, JSON): the state has no secret in it by construction."""
    return asdict(state)


# Business answers live in the archive (encrypted), not in the settings file: a customer-facing
# name, the provider, the templates. The rest of the state is safe in plain settings.
IN_ARCHIVE = ("business", "provider", "migration", "templates", "templates_text")


def settings_part(state: WizardState) -> dict:
    """What the settings keep: the state without business answers and checklist (never a secret)."""
    data = state_to_dict(state)
    data["answers"] = {k: v for k, v in state.answers.items() if k not in IN_ARCHIVE}
    data["checklist"] = {}
    return data


def archive_part(state: WizardState) -> dict:
    """What the archive keeps (``Archive.set_meta("wizard")``): business answers, checklist, key check."""
    return {
        "answers": {k: v for k, v in state.answers.items() if k in IN_ARCHIVE},
        "checklist": dict(state.checklist),
        "checklist_opened_at": state.checklist_opened_at,
        "recovery_confirmed": state.recovery_confirmed,
    }


def merge_archive_part(state: WizardState, kept: dict) -> None:
    """Take what an archive kept into the state; answers given since (in this session) win."""
    for key, value in kept.get("answers", {}).items():
        state.answers.setdefault(key, value)
    for step, at in kept.get("checklist", {}).items():
        state.checklist.setdefault(step, at)
    if kept.get("checklist_opened_at") and state.checklist_opened_at is None:
        state.checklist_opened_at = kept["checklist_opened_at"]
    if kept.get("recovery_confirmed"):
        state.recovery_confirmed = True


def state_from_dict(data: dict) -> WizardState:
    """A saved state; unknown keys (from another version) are ignored, bad values reset."""
    known = {f.name for f in fields(WizardState)}
    state = WizardState(**{key: value for key, value in data.items() if key in known})
    if state.route not in ROUTES:
        state.route = None
    if state.page not in ALL_PAGES:
        state.page = WELCOME
    state.archive_open = False  # an archive is never open when the app starts
    return state


def profile_data(state: WizardState) -> dict:
    """The answers as a profile (the sections of docs/profile-example.toml): only the keys a
    profile knows; the wizard's own notes (what was typed, the picked country) stay out."""
    from wamigrate.core.readiness.profile import SECTIONS

    data: dict = {}
    for section, keys in SECTIONS.items():
        values = state.answers.get(section, {})
        data[section] = {key: values[key] for key in keys if values.get(key) is not None}
    if state.route:
        data["migration"]["route"] = state.route
    if "delete_account" in state.checklist:
        data["number"]["app_account_deleted"] = True
    if state.answers.get("templates"):
        data["templates"] = state.answers["templates"]
    return data
