"""Command line: parse arguments, call core, print. No logic of its own.

Exit codes: 0 ok, 1 the operation failed, 2 usage error, 3 a wrong passphrase, recovery key or
backup key.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from wamigrate import __version__
from wamigrate.core.archive.errors import WrongSecretError
from wamigrate.core.archive.exporter import FORMATS
from wamigrate.core.cancel import Cancelled, CancelToken
from wamigrate.core.errors import WamigrateError
from wamigrate.core.export import ChatReader, ReadOptions, open_export
from wamigrate.core.export.date_order import ORDERS
from wamigrate.core.export.records import KINDS
from wamigrate.core.export.summary_text import format_summary
from wamigrate.core.phone.backup_file import WrongBackupKeyError
from wamigrate.core.translatable import untranslated
from wamigrate.languages import LANGUAGES

# Control characters from chat titles, message text and file names must not reach the
# terminal: ESC sequences can clear the screen, rewrite earlier lines or retitle the window.
# Everything the command prints goes through _TerminalSafe; JSON output escapes them itself
# (json.dumps escapes C0; _json_text adds C1), so parsed JSON keeps the exact text.
_UNSAFE = {code: "\ufffd" for code in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))}
_C1_ESCAPES = {code: f"\\u{code:04x}" for code in range(0x7F, 0xA0)}


class _TerminalSafe:
    def __init__(self, stream) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(text.translate(_UNSAFE))

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


def _json_text(value, **options) -> str:
    return json.dumps(value, ensure_ascii=False, **options).translate(_C1_ESCAPES)


def _limit(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 1 <= value <= 100_000:
        raise argparse.ArgumentTypeError("give a number from 1 to 100000")
    return value


_STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM") if hasattr(signal, name))
EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_WRONG_SECRET = 3


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wamigrate",
        description="Move a WhatsApp number to the WhatsApp Business Platform without losing a message. "
        "Without a command, the migration wizard opens.",
    )
    parser.add_argument("--version", action="version", version=f"wamigrate {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    inspect = commands.add_parser(
        "inspect",
        help="read a chat export (.txt, .zip or folder) and describe it, or print its messages",
        description="Read a WhatsApp chat export and print a summary per chat, or with --jsonl one JSON "
        "object per message.",
    )
    inspect.add_argument(
        "path",
        metavar="PATH",
        help="a .txt or .zip export, a folder of them, a phone's msgstore.db(.crypt15), or an iPhone backup's folder",
    )
    inspect.add_argument(
        "--key-file",
        metavar="FILE",
        help="for a .crypt15/.crypt14 backup: the 64-digit key in a text file, or the phone's key file; "
        "or set WAMIGRATE_BACKUP_KEY",
    )
    _iphone_arguments(inspect)
    inspect.add_argument("--timezone", metavar="ZONE", help="for a phone's database: local times in this zone")
    inspect.add_argument("--jsonl", action="store_true", help="print one JSON object per message, in file order")
    inspect.add_argument(
        "--full",
        action="store_true",
        help="with --jsonl, add the reader's extra fields (media_type, detail, poll, end_line, system_reason, ...)",
    )
    inspect.add_argument(
        "--date-order",
        choices=ORDERS,
        type=str.upper,
        help="the date order to use when the dates of an export can be read more than one way",
    )
    commands.add_parser("gui", help="open the migration wizard (the default)")
    browse_command = commands.add_parser("browse", help="unlock an archive and browse its chats (a window)")
    browse_command.add_argument("archive", nargs="?", metavar="ARCHIVE", help="the archive folder")

    def archive_command(name: str, help_text: str, unlock: bool = True) -> argparse.ArgumentParser:
        command = commands.add_parser(name, help=help_text, description=help_text)
        command.add_argument("archive", metavar="ARCHIVE", help="the archive folder (NAME.wamarchive)")
        command.add_argument(
            "--passphrase-file",
            metavar="FILE",
            help="read the passphrase from FILE (one trailing line break is ignored); "
            "or set WAMIGRATE_PASSPHRASE; otherwise it is asked for",
        )
        if unlock:
            command.add_argument(
                "--recovery-key-file", metavar="FILE", help="open with the recovery key written in FILE"
            )
        return command

    archive_command("create", "create a new encrypted archive; prints its recovery key once", unlock=False)
    importing = archive_command("import", "import chat exports into an archive (each file all or nothing)")
    importing.add_argument(
        "exports",
        metavar="EXPORT",
        nargs="+",
        help=".txt or .zip exports, folders, a phone's msgstore.db.crypt15, or an iPhone backup's folder",
    )
    importing.add_argument(
        "--key-file",
        metavar="FILE",
        help="the phone backup's 64-digit key in a text file, or the phone's key file; or set WAMIGRATE_BACKUP_KEY",
    )
    _iphone_arguments(importing)
    importing.add_argument("--media", metavar="FOLDER", help="the phone's WhatsApp Media folder, copied over USB")
    importing.add_argument(
        "--read-partial",
        action="store_true",
        help="import a phone database that lacks parts every one has (a newer WhatsApp?) with what can be read",
    )
    importing.add_argument(
        "--contacts",
        metavar="FILE",
        action="append",
        help="names for the numbers: wa.db, a .vcf or a .csv (repeatable)",
    )
    importing.add_argument("--timezone", metavar="ZONE", help="time zone of the phone, e.g. Europe/London")
    importing.add_argument("--date-order", choices=ORDERS, type=str.upper, help="for exports whose dates are ambiguous")
    searching = archive_command("search", "search every chat, newest first")
    searching.add_argument("query", metavar="QUERY")
    searching.add_argument("--chat", help="only this chat (its title)")
    searching.add_argument("--sender", help="only messages from this sender (as shown in the chat)")
    searching.add_argument("--since", metavar="DATE", help="from this local date, YYYY-MM-DD")
    searching.add_argument("--until", metavar="DATE", help="up to this local date, YYYY-MM-DD")
    searching.add_argument("--kind", action="append", choices=KINDS, help="only messages of this kind (repeatable)")
    searching.add_argument("--limit", type=_limit, default=20, help="results to print (default 20)")
    searching.add_argument("--jsonl", action="store_true", help="one JSON object per result")
    archive_command("verify", "check every encrypted page, index and media file of an archive")
    stats = archive_command("stats", "counts and dates of an archive")
    stats.add_argument("--json", action="store_true", help="print JSON")
    exporting = archive_command("export", "export one chat as HTML, TXT, JSON or PDF, or the customer list as CSV")
    what = exporting.add_mutually_exclusive_group(required=True)
    what.add_argument("--chat", help="the chat's title")
    what.add_argument(
        "--customers",
        action="store_true",
        help="the customer list (name, number, first and last message...) as CSV, for a CRM",
    )
    exporting.add_argument(
        "--cutover",
        metavar="YYYY-MM-DDTHH:MM",
        help="with --customers: the planned cut-over, local time, for the window columns",
    )
    exporting.add_argument("--timezone", metavar="ZONE", help="with --cutover: its zone (default: this computer's)")
    exporting.add_argument("--business", metavar="NAME", help="with --customers: the name the business writes as")
    exporting.add_argument("--format", choices=(*FORMATS, "pdf"), default="html")
    exporting.add_argument("--page-size", choices=("a4", "letter"), default="a4", help="for PDF (default A4)")
    exporting.add_argument("--out", required=True, metavar="PATH", help="the file to write")
    exporting.add_argument("--since", metavar="DATE")
    exporting.add_argument("--until", metavar="DATE")
    exporting.add_argument("--media", choices=("embed", "alongside", "none"), default="alongside")
    passwd = archive_command("passwd", "change the archive's passphrase (the archive is not rewritten)")
    passwd.add_argument("--new-passphrase-file", metavar="FILE", help="or set WAMIGRATE_NEW_PASSPHRASE")
    archive_command("recovery-key", "replace the recovery key with a new one and print it once")

    rules = commands.add_parser("rules", help="list the readiness rules and the date they are current to")
    rules.add_argument("--json", action="store_true", help="every rule with its source, date and confidence, as JSON")
    report = commands.add_parser(
        "report",
        help="check a business profile against the API onboarding rules and write the report",
        description="Check a business profile (TOML, see docs/profile-example.toml) against the onboarding rules.",
    )
    report.add_argument("--profile", required=True, metavar="PROFILE.toml")
    report.add_argument("--archive", metavar="ARCHIVE", help="include the chat archive (backup check and summary)")
    report.add_argument("--passphrase-file", metavar="FILE", help="with --archive; or WAMIGRATE_PASSPHRASE")
    report.add_argument("--recovery-key-file", metavar="FILE", help="with --archive, open it with the recovery key")
    report.add_argument("--out", required=True, metavar="FILE")
    report.add_argument(
        "--format", choices=("pdf", "json", "html"), default=None, help="default: from the file extension"
    )
    report.add_argument("--page-size", choices=("a4", "letter"), default="a4", help="for PDF (default A4)")
    report.add_argument(
        "--waba-id", metavar="ID", help="check live with Meta: the WhatsApp Business Account's ID (online)"
    )
    report.add_argument("--token-file", metavar="FILE", help="with --waba-id: a file holding only the access token")
    report.add_argument("--graph-url", metavar="URL", help=argparse.SUPPRESS)  # a local fake Graph API, for tests
    report.add_argument("--language", choices=LANGUAGES, help="write the report in this language (default English)")
    report.add_argument(
        "--rate-card",
        metavar="FILE.csv",
        help="with --archive: price the cut-over with this rate card from Meta's pricing page "
        "(default: the profile's rate_card, else the card shipped with wamigrate)",
    )
    return parser


def _iphone_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--backup-password-file",
        metavar="FILE",
        help="for an encrypted iPhone backup: its password in a text file; or set WAMIGRATE_BACKUP_PASSWORD",
    )
    command.add_argument(
        "--business", action="store_true", help="for an iPhone backup: read WhatsApp Business instead of WhatsApp"
    )


def _backup_password(args: argparse.Namespace) -> str | None:
    """An encrypted iPhone backup's password: --backup-password-file, else WAMIGRATE_BACKUP_PASSWORD."""
    if getattr(args, "backup_password_file", None):
        return _read_secret_file(args.backup_password_file, "backup password")
    return os.environ.get("WAMIGRATE_BACKUP_PASSWORD") or None


def _phone_app(args: argparse.Namespace) -> str | None:
    return "business" if getattr(args, "business", False) else None


def _backup_key(args: argparse.Namespace):
    """The phone backup's key: --key-file, else WAMIGRATE_BACKUP_KEY, else None."""
    from wamigrate.core.phone.backup_key import parse_hex_key, read_key_file

    if getattr(args, "key_file", None):
        return read_key_file(args.key_file)
    if os.environ.get("WAMIGRATE_BACKUP_KEY", "").strip():
        return parse_hex_key(os.environ["WAMIGRATE_BACKUP_KEY"])
    return None


def _inspect_phone(args: argparse.Namespace, cancel: CancelToken) -> int:
    from wamigrate.core.phone.database_file import open_iphone_database, open_phone_database
    from wamigrate.core.phone.inspect import contract_records, summary_lines
    from wamigrate.core.phone.ios_backup import is_ios_backup

    if is_ios_backup(args.path):
        database = open_iphone_database(args.path, _backup_password(args), _phone_app(args), cancel=cancel)
    else:
        database = open_phone_database(args.path, _backup_key(args), cancel=cancel)
    with database:
        if not args.jsonl:
            sys.stdout.write("\n".join(summary_lines(database)) + "\n")
            return EXIT_OK
        records, found = contract_records(database, args.timezone, cancel)
        write = sys.stdout.write
        for data in records:
            write(_json_text(data))
            write("\n")
        for message_type, count in sorted(found.unknown_types.items()):
            print(f"warning: {count} messages of unknown type {message_type} printed as placeholders", file=sys.stderr)
        if found.status_skipped:
            print(f"warning: {found.status_skipped} status updates left out", file=sys.stderr)
    return EXIT_OK


def _inspect(args: argparse.Namespace, cancel: CancelToken) -> int:
    from wamigrate.core.archive.phone_import import is_phone_database

    if is_phone_database(args.path):
        return _inspect_phone(args, cancel)
    export = open_export(args.path)
    options = ReadOptions(date_order=args.date_order)
    out = sys.stdout
    for warning in export.warnings:
        print(f"warning: {warning.message}", file=sys.stderr)
    for index, chat in enumerate(export.chats):
        reader = ChatReader(chat, options, cancel=cancel)
        if args.jsonl:
            write = out.write
            for message in reader:
                data = message.as_full_dict() if args.full else message.as_contract_dict()
                write(_json_text(data))
                write("\n")
            for warning in reader.summary.warnings:
                where = f" (line {warning.line})" if warning.line else ""
                print(f"warning: {chat.title}{where}: {warning.message}", file=sys.stderr)
        else:
            for _ in reader:
                pass
            if index:
                out.write("\n")
            out.write(format_summary(reader.summary))
    return EXIT_OK


def _read_text_file(path: str, what: str) -> str:
    """A small text file a secret is kept in, as text: a byte-order mark is dropped, and a
    file that is not UTF-8 text, or too large to be one, is a sentence, not a traceback."""
    try:
        with open(path, "rb") as stream:
            data = stream.read((1 << 16) + 1)
    except OSError as exc:
        raise WamigrateError(f"The {what} file {path} cannot be read: {exc.strerror or exc}.") from None
    if len(data) > 1 << 16:
        raise WamigrateError(f"The {what} file {path} is far too large to hold only the {what}.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise WamigrateError(
            f"The {what} file {path} is not UTF-8 text; save it again as plain text (UTF-8)."
        ) from None


def _read_secret_file(path: str, what: str = "passphrase") -> str:
    text = _read_text_file(path, what)
    for ending in ("\r\n", "\n"):
        if text.endswith(ending):
            return text[: -len(ending)]
    return text


def _passphrase(args: argparse.Namespace, prompt: str, confirm: bool = False) -> str:
    if getattr(args, "passphrase_file", None):
        return _read_secret_file(args.passphrase_file)
    if os.environ.get("WAMIGRATE_PASSPHRASE") is not None:
        return os.environ["WAMIGRATE_PASSPHRASE"]
    return _ask(prompt, confirm)


def _ask(prompt: str, confirm: bool) -> str:
    if not sys.stdin.isatty():
        raise WamigrateError("No passphrase given: use --passphrase-file or WAMIGRATE_PASSPHRASE when not interactive.")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Type it again: ") != first:
        raise WamigrateError("The two passphrases are different; nothing was changed.")
    return first


def _open(args: argparse.Namespace):
    from wamigrate.core.archive.store import Archive

    if getattr(args, "recovery_key_file", None):
        return Archive.open(args.archive, recovery_key=_read_secret_file(args.recovery_key_file, "recovery key"))
    return Archive.open(args.archive, passphrase=_passphrase(args, "Archive passphrase: "))


def _create(args: argparse.Namespace, cancel: CancelToken) -> int:
    from wamigrate.core.archive.store import Archive

    archive, recovery = Archive.create(args.archive, _passphrase(args, "New archive passphrase: ", confirm=True))
    out = sys.stdout
    with archive:
        out.write(f"Created {archive.folder}\n\n")
        out.write("RECOVERY KEY (shown only this once; write it down and keep it safe):\n\n")
        out.write(f"    {recovery}\n\n")
        out.write("Without the passphrase or this key, nobody can open the archive, not even us.\n")
    return EXIT_OK


def _import(args: argparse.Namespace, archive, cancel: CancelToken) -> int:
    """Every path in one ImportRun, as the window does: each file all or nothing, a failed
    file named and the next one imported, and Ctrl-C undoing the whole run (so "nothing was
    changed" is true)."""
    from wamigrate.core.archive.import_run import FAILED, ImportRun
    from wamigrate.core.archive.importer import ImportOptions

    options = ImportOptions(
        args.timezone,
        args.date_order,
        _backup_key(args),
        tuple(args.contacts or ()),
        media_folder=args.media,
        backup_password=_backup_password(args),
        phone_app=_phone_app(args),
    )
    run = ImportRun(options)
    run.add(list(args.exports))
    if args.read_partial:
        for file in run.files:
            file.read_partial = True  # agreed beforehand: the result says what was not read
    run.run(archive, cancel=cancel)
    wrong_key = next((f for f in run.files if f.state == FAILED and f.wrong_key), None)
    failed = False
    for file in run.files:
        if file.state == FAILED:
            print(f"wamigrate: {file.path}: {file.error}", file=sys.stderr)
            if file.partial:
                print("wamigrate: add --read-partial to import what can be read.", file=sys.stderr)
            failed = True
            continue
        for warning in file.notices:
            print(f"warning: {file.path}: {warning.message}", file=sys.stderr)
        if file.chats_skipped:
            failed = True  # a chat was left out: the caller must not take this run as complete
        for result in file.results:
            if result.already_imported:
                sys.stdout.write(f"{result.file_name}: already imported; nothing added.\n")
                continue
            if hasattr(result, "replaced"):  # a phone's database
                sys.stdout.write(
                    f"{result.file_name}: {result.new_messages} new messages in {len(result.chats)} chats, "
                    f"{result.duplicates} already in the archive, {result.replaced} copies from text exports "
                    "replaced by the database's records.\n"
                )
                if result.media is not None:
                    media = result.media
                    sys.stdout.write(
                        f"{args.media}: {media.stored} media files stored, {media.linked} messages linked, "
                        f"{len(media.missing)} of the {media.wanted} files the messages name not found.\n"
                    )
                    failed = failed or bool(media.missing or media.unreadable)  # not complete: the caller is told
                continue
            media = "1 media file" if result.attachments_added == 1 else f"{result.attachments_added} media files"
            sys.stdout.write(
                f"{result.file_name}: {result.new_messages} new messages, "
                f"{result.duplicates} already in the archive, {media} added.\n"
            )
            for summary in result.chats:
                for warning in summary.warnings:
                    where = f" (line {warning.line})" if warning.line else ""
                    print(f"warning: {summary.title}{where}: {warning.message}", file=sys.stderr)
    if wrong_key is not None:
        return EXIT_WRONG_SECRET
    return EXIT_FAILED if failed else EXIT_OK


def _search(args: argparse.Namespace, archive, cancel: CancelToken) -> int:
    from wamigrate.core.archive.search import HIGHLIGHT_END, HIGHLIGHT_START, SearchQuery, search

    query = SearchQuery(args.query, args.chat, args.sender, args.since, args.until, tuple(args.kind or ()))
    page = search(archive, query, limit=args.limit)
    out = sys.stdout
    for hit in page.hits:
        if args.jsonl:
            snippet = hit.snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")
            found = {"id": hit.message_id, "chat": hit.chat, "time": hit.local_time, "sender": hit.sender}
            out.write(_json_text({**found, "kind": hit.kind, "snippet": snippet}) + "\n")
        else:
            text = hit.snippet.replace(HIGHLIGHT_START, "[").replace(HIGHLIGHT_END, "]").replace("\n", " ")
            who = f" — {hit.sender}" if hit.sender else ""
            out.write(f"{hit.local_time[:16].replace('T', ' ')}  {hit.chat}{who}: {text}\n")
    if not page.hits and not args.jsonl:
        out.write("No messages found.\n")
    return EXIT_OK


def _verify(args: argparse.Namespace, archive, cancel: CancelToken) -> int:
    from wamigrate.core.archive.verify import verify

    report = verify(archive, cancel=cancel)
    for note in report.notes:
        sys.stderr.write(f"note: {note}\n")
    if report.ok:
        sys.stdout.write(
            f"Archive verified: {report.messages} messages, {report.attachments_checked} media files, "
            "every encrypted page intact.\n"
        )
        return EXIT_OK
    sys.stdout.write(f"The archive has {len(report.problems)} problems:\n")
    for problem in report.problems:
        sys.stdout.write(f"  - {problem}\n")
    return EXIT_FAILED


def _stats(args: argparse.Namespace, archive, cancel: CancelToken) -> int:
    from wamigrate.core.archive.phone_import import completeness

    stats = archive.stats()
    phone = completeness(archive)
    if phone is not None:
        stats["phone_database"] = (
            f"all {phone.chats} chats of {phone.file_name} (imported {phone.imported_at}), "
            f"first message {phone.first_utc}, last message {phone.last_utc}"
        )
        stats["chats_not_in_the_phone_database"] = phone.not_in_database
    if args.json:
        sys.stdout.write(_json_text(stats, indent=2) + "\n")
    else:
        for key, value in stats.items():
            sys.stdout.write(f"{key.replace('_', ' ')}: {_plain(value)}\n")
    return EXIT_OK


def _plain(value) -> str:
    # Read by people: counts per kind as "media 2, text 5", titles one after another, no
    # Python notation (--json keeps the structure for scripts).
    if isinstance(value, dict):
        return ", ".join(f"{key} {count}" for key, count in value.items()) or "none"
    if isinstance(value, list):
        return "; ".join(map(str, value)) or "none"
    return "none" if value is None else str(value)


def _export(args: argparse.Namespace, archive, cancel: CancelToken) -> int:
    if args.customers:
        from wamigrate.core.archive.customers import write_customers_csv
        from wamigrate.core.readiness.impact import cutover_instant

        count = write_customers_csv(archive, args.out, cutover_instant(args.cutover, args.timezone), args.business,
                                    cancel)  # fmt: skip
        sys.stdout.write(f"Wrote {args.out} ({count} customers)\n")
        return EXIT_OK
    if args.format == "pdf":
        from wamigrate.render.chat_pdf import write_chat_pdf

        pages = write_chat_pdf(archive, args.chat, args.out, args.since, args.until, args.page_size, cancel=cancel)
        sys.stdout.write(f"Wrote {args.out} ({pages} pages)\n")
        return EXIT_OK
    from wamigrate.core.archive.exporter import export_chat

    path = export_chat(
        archive, args.chat, args.format, args.out, args.since, args.until, media=args.media, cancel=cancel
    )
    sys.stdout.write(f"Wrote {path}\n")
    return EXIT_OK


def _passwd(args: argparse.Namespace, archive, cancel: CancelToken) -> int:
    if args.new_passphrase_file:
        new = _read_secret_file(args.new_passphrase_file)
    elif os.environ.get("WAMIGRATE_NEW_PASSPHRASE") is not None:
        new = os.environ["WAMIGRATE_NEW_PASSPHRASE"]
    else:
        new = _ask("New passphrase: ", confirm=True)
    archive.change_passphrase(new)
    sys.stdout.write("Passphrase changed.\n")
    return EXIT_OK


def _recovery_key(args: argparse.Namespace, archive, cancel: CancelToken) -> int:
    recovery = archive.regenerate_recovery_key()
    sys.stdout.write("NEW RECOVERY KEY (the old one no longer works; shown only this once):\n\n")
    sys.stdout.write(f"    {recovery}\n")
    return EXIT_OK


def _report_language(code: str):
    """Qt's translation for ``code``, loaded into an offscreen application."""
    from PySide6.QtCore import QLocale

    from wamigrate.gui import qt_resources  # noqa: F401 - the translations
    from wamigrate.render.qt_offscreen import ensure_gui_application
    from wamigrate.translation import install_translators, tr

    install_translators(ensure_gui_application(), QLocale(code))
    return tr


def _live_check(args: argparse.Namespace, translate):
    """Meta's answers about the WABA; the token is read from a file and kept in memory only."""
    from wamigrate.core.graph.client import GraphError
    from wamigrate.core.readiness.pipeline import check_live

    if not args.token_file:
        raise GraphError("--waba-id needs --token-file (a file holding only the access token).")
    token = _read_text_file(args.token_file, "token")  # checked (never echoed) by the client
    return check_live(args.waba_id, token, args.graph_url, translate)


def _rules(args: argparse.Namespace, cancel: CancelToken) -> int:
    from wamigrate.core.readiness.catalogue import advice_note, catalogue, rules_json

    if args.json:
        sys.stdout.write(json.dumps(rules_json(), ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    as_of, rules = catalogue()
    sys.stdout.write(f"Rules as of {as_of}:\n")
    for rule in rules:
        sys.stdout.write(
            f"{rule.id:6s} {rule.effective_severity:8s} {rule.confidence:11s} {','.join(rule.routes):34s} "
            f"{rule.title}  [{rule.source_date}]\n"
        )
    sys.stdout.write(advice_note(as_of) + "\n")
    return EXIT_OK


def _report(args: argparse.Namespace, cancel: CancelToken) -> int:
    from wamigrate.core.readiness.pipeline import assess, read_archive
    from wamigrate.core.readiness.profile import load_profile
    from wamigrate.core.readiness.report import verdict_text
    from wamigrate.render.report_files import save_report

    profile = load_profile(args.profile)
    if args.rate_card and not args.archive:
        raise WamigrateError("--rate-card prices the customers in an archive: give the archive with --archive too.")
    facts = None
    if args.archive:
        with _open(args) as archive:
            facts = read_archive(archive, profile, rate_card=args.rate_card)
    translate = _report_language(args.language) if args.language else untranslated
    live = None
    if args.waba_id:
        live = _live_check(args, translate)
        sys.stdout.write(f"Checked live with Meta at {live.checked_at}.\n")
        for call, problem in live.errors.items():
            sys.stdout.write(f"  not read ({call}): {problem}\n")
    _readiness, report = assess(profile, facts, live, translate)
    save_report(report, args.out, args.format, translate, args.language or "en", args.page_size)
    sys.stdout.write(f"{verdict_text(report, translate)}. Wrote {args.out}\n")
    return EXIT_OK


# One handler per subcommand. Those in ON_ARCHIVE get the archive opened (and closed) for them.
HANDLERS = {"inspect": _inspect, "create": _create, "rules": _rules, "report": _report}
ON_ARCHIVE = {
    "import": _import,
    "search": _search,
    "verify": _verify,
    "stats": _stats,
    "export": _export,
    "passwd": _passwd,
    "recovery-key": _recovery_key,
}


def _run(args: argparse.Namespace, cancel: CancelToken) -> int:
    if args.command in ON_ARCHIVE:
        with _open(args) as archive:
            return ON_ARCHIVE[args.command](args, archive, cancel)
    return HANDLERS[args.command](args, cancel)


def _archive_path(argument: str) -> Path | None:
    """The archive folder an argument names: the folder itself, or a file inside it."""
    from wamigrate.core.archive.store import KEYS_NAME, SUFFIX

    path = Path(argument)
    folder = path.parent if path.is_file() else path
    if folder.suffix == SUFFIX and (folder / KEYS_NAME).exists():
        return folder
    return None


def _start_gui() -> int:
    from wamigrate.gui.app import run

    return run(sys.argv[:1])


def _utf8_when_redirected(stream) -> None:
    """On Windows, output sent to a file or a pipe is written in the ANSI code page
    (cp1252 in Western Europe), which has no Chinese, Hindi or emoji: a chat title in them
    would stop the command with an encoding error, and "José" reaches another program as
    mojibake. UTF-8 writes every name; the console itself is Unicode already."""
    if sys.platform != "win32" or stream is None or not hasattr(stream, "reconfigure"):
        return
    try:
        if not stream.isatty() and (stream.encoding or "").lower() not in ("utf-8", "utf8"):
            stream.reconfigure(encoding="utf-8")
    except (OSError, ValueError):
        pass  # a closed or unusual stream keeps its encoding


def main(argv: Sequence[str] | None = None) -> int:
    if isinstance(sys.stdout, _TerminalSafe):
        return _main(argv)
    for stream in (sys.stdout, sys.stderr):
        _utf8_when_redirected(stream)
    streams = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _TerminalSafe(sys.stdout), _TerminalSafe(sys.stderr)
    try:
        return _main(argv)
    finally:
        sys.stdout, sys.stderr = streams


def _main(argv: Sequence[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["_import-worker"]:
        # Large imports read the export in a helper process: wamigrate itself (worker.py).
        from wamigrate.core.archive.worker import worker_main

        return worker_main()
    if not argv:
        return _start_gui()
    if len(argv) == 1 and _archive_path(argv[0]) is not None:
        # A double-click on an archive (desktop entry "wamigrate %f"): open it in the browser.
        from wamigrate.gui.app import run_browser

        return run_browser(str(_archive_path(argv[0])))
    if argv == ["--self-test"]:
        from wamigrate.self_test import run

        return run()
    if argv == ["--quit-after-start"]:  # cold-start measurement: show the wizard, then exit
        from wamigrate.gui.app import run as run_app

        return run_app(sys.argv[:1], quit_after_start=True)
    if len(argv) == 2 and argv[0] == "--screenshot-after-start":  # CI: the wizard as drawn, to a PNG
        from wamigrate.gui.app import run as run_app

        return run_app(sys.argv[:1], screenshot=argv[1])
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.command in (None, "gui"):
        return _start_gui()
    if args.command == "browse":
        from wamigrate.gui.app import run_browser

        return run_browser(args.archive)
    cancel = CancelToken()
    # Ctrl-C and SIGTERM cancel: the work stops at its next check and undoes itself.
    previous = {number: signal.signal(number, lambda *_: cancel.cancel()) for number in _STOP_SIGNALS}
    from wamigrate.core import private_files

    private_files.sweep()  # what a killed earlier run left in the temporary folder
    try:
        return _run(args, cancel)
    except (Cancelled, KeyboardInterrupt):  # Ctrl-C before our handler was in place is a cancel too
        print("wamigrate: cancelled; nothing was changed.", file=sys.stderr)
        return EXIT_FAILED
    except (WrongSecretError, WrongBackupKeyError) as exc:
        print(f"wamigrate: {exc}", file=sys.stderr)
        return EXIT_WRONG_SECRET
    except BrokenPipeError:  # the reader of our output went away (| head): not a failure
        return EXIT_OK
    except OSError as exc:
        print(f"wamigrate: {exc.strerror or exc}: {exc.filename or ''}", file=sys.stderr)
        return EXIT_FAILED
    except WamigrateError as exc:
        print(f"wamigrate: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except Exception as exc:  # a fault of ours: a sentence, and the details only on request
        if os.environ.get("WAMIGRATE_DEBUG"):
            raise
        print(
            f"wamigrate: something went wrong that wamigrate did not expect ({type(exc).__name__}: {exc}). "
            "Run again with WAMIGRATE_DEBUG=1 for the details, "
            "and report it.",
            file=sys.stderr,
        )
        return EXIT_FAILED
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        private_files.remove_own()
