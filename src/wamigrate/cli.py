"""Command line: parse arguments, call core, print. No logic of its own.

Exit codes: 0 ok, 1 the operation failed, 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
from collections.abc import Sequence

from wamigrate import __version__
from wamigrate.core.cancel import Cancelled, CancelToken
from wamigrate.core.errors import WamigrateError
from wamigrate.core.export import ChatReader, ReadOptions, open_export
from wamigrate.core.export.date_order import ORDERS
from wamigrate.core.export.summary_text import format_summary

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


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
    inspect.add_argument("path", metavar="PATH", help="a .txt or .zip export, or a folder of them")
    inspect.add_argument("--jsonl", action="store_true", help="print one JSON object per message, in file order")
    inspect.add_argument(
        "--full",
        action="store_true",
        help="with --jsonl, add the reader's extra fields (media_type, detail, poll, end_line, ...)",
    )
    inspect.add_argument(
        "--date-order",
        choices=ORDERS,
        type=str.upper,
        help="the date order to use when the dates of an export can be read more than one way",
    )
    commands.add_parser("gui", help="open the migration wizard (the default)")
    return parser


def _inspect(args: argparse.Namespace, cancel: CancelToken) -> int:
    export = open_export(args.path)
    options = ReadOptions(date_order=args.date_order)
    out = sys.stdout
    for warning in export.warnings:
        print(f"warning: {warning.message}", file=sys.stderr)
    for index, chat in enumerate(export.chats):
        reader = ChatReader(chat, options, cancel=cancel)
        if args.jsonl:
            dump = json.dumps
            write = out.write
            for message in reader:
                data = message.as_full_dict() if args.full else message.as_contract_dict()
                write(dump(data, ensure_ascii=False))
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


def _start_gui() -> int:
    from wamigrate.gui.app import run

    return run(sys.argv[:1])


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["_import-worker"]:
        # Large imports read the export in a helper process: wamigrate itself (worker.py).
        from wamigrate.core.archive.worker import worker_main

        return worker_main()
    if not argv:
        return _start_gui()
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.command in (None, "gui"):
        return _start_gui()
    cancel = CancelToken()
    previous = signal.signal(signal.SIGINT, lambda *_: cancel.cancel())
    try:
        return _inspect(args, cancel)
    except Cancelled:
        print("wamigrate: cancelled.", file=sys.stderr)
        return EXIT_FAILED
    except WamigrateError as exc:
        print(f"wamigrate: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        return EXIT_OK
    finally:
        signal.signal(signal.SIGINT, previous)
