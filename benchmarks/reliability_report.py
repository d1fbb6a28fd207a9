"""Figures for the reliability and security campaigns (issue 8, and campaign 2: issue 16).

    python benchmarks/reliability_report.py [--fuzz-seconds 60]

1. Runs the reliability suites (tests/reliability, the zip and archive-key tests) and
   prints, per category, the cases tried and passed; the crash suite's kill points; and a
   table of campaign 2's 21 breaks (B1-B21) with the cases that test each one.
2. Fuzzes the export reader for the given time with random mutations of real-shaped
   exports (the same mutations as tests/reliability/test_fuzz_reader.py, drawn at random
   instead of by hypothesis), and prints cases run, bytes read, time, and failures.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ElementTree
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CATEGORIES = {
    "test_crash_consistency": "crash consistency (SIGKILL)",
    "test_fuzz_reader": "reader fuzzing (hypothesis)",
    "test_tampering_and_concurrency": "tampering, concurrency, hostile zips",
    "test_secrets": "secrets and plaintext scans",
    "test_zip_exports": "zip attacks and damaged zips",
    "test_archive_keys": "key slots, wrong secrets, passphrase policy",
    "test_archive_import": "import atomicity, disk full, cancel",
    "test_secret_changes": "secret changes between windows (B1)",
    "test_reread_kill": "re-reading dates the other way, killed (B2)",
    "test_skipped_chats": "chats never skipped in silence (B4)",
    "test_storage_media": "full disk, read-only media, I/O errors (B3, B17)",
    "test_live_check_bounds": "hostile Graph server, token safety (B5, B6)",
    "test_readers_during_import": "readers during another import (B7)",
    "test_plaintext_leftovers": "plaintext leftovers after kills (B8, B9)",
    "test_hostile_inputs": "hostile exports: bombs, FIFOs, depth (B10, B13, B16, B18)",
    "test_tampered_keys": "tampered keys.json (B11, B17)",
    "test_report_privacy": "customer data kept out of the report (B12)",
    "test_wal_and_audit": "WAL damage after a crash, audit vs sources (B14)",
    "test_import_scale": "many chats: linear import (B15)",
    "test_cli_output": "command line: sentences, truth, escapes (B16, B17, B19)",
    "test_profile_types": "business profile types (B20)",
    "test_message_identity": "message identity (B21)",
}

# Campaign 2 (issue 16): each break, and where its cases are. A case belongs to a break by
# its module (the first three, written before the naming rule) or by its name (test_bNN_…).
BREAKS = {
    1: ("a secret change silently undone", "test_secret_changes"),
    2: ("a re-read could lose the whole file", "test_reread_kill"),
    3: ("full disk / read-only / I/O error called damage", None),
    4: ("chats in a folder or zip skipped without a word", "test_skipped_chats"),
    5: ("the access token printed in an error", None),
    6: ("the live check had no bound", None),
    7: ("readers during an import: false problems, a crash, a 10 s wait", None),
    8: ("interrupted exports left plaintext", None),
    9: ("the viewer's plaintext copy survived kills", None),
    10: ("the zip-bomb guard bypassed by many members", None),
    11: ("a tampered keys.json hung, crashed, reached SQL", None),
    12: ("customer data in the readiness report", None),
    13: ("memory not bounded by the export", None),
    14: ("a finished import lost with a damaged WAL", None),
    15: ("import quadratic in the number of chats", None),
    16: ("tracebacks instead of sentences", None),
    17: ("misleading messages", None),
    18: ("a FIFO hung forever", None),
    19: ("terminal escape sequences reached the terminal", None),
    20: ("the profile TOML not type-checked", None),
    21: ("message identity: merged contacts, a failing late message", None),
}


def run_suites() -> None:
    report = Path(tempfile.mkdtemp()) / "junit.xml"
    targets = [
        "tests/reliability",
        "tests/test_zip_exports.py",
        "tests/test_archive_keys.py",
        "tests/test_archive_import.py",
    ]
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "pytest", "-q", f"--junitxml={report}", *targets],
        cwd=ROOT,
        check=False,
        capture_output=True,
    )
    seconds = time.perf_counter() - started
    tried, passed = Counter(), Counter()
    break_tried, break_passed = Counter(), Counter()
    for case in ElementTree.parse(report).iter("testcase"):
        module = case.get("classname", "").rsplit(".", 1)[-1]
        category = CATEGORIES.get(module, module)
        ok = not any(child.tag in ("failure", "error", "skipped") for child in case)
        tried[category] += 1
        passed[category] += ok
        for number in _breaks_of(module, case.get("name", "")):
            break_tried[number] += 1
            break_passed[number] += ok
    print(f"Reliability suites ({seconds:.0f} s):")
    for category in sorted(tried):
        print(f"  {category:48s} {passed[category]:3d} / {tried[category]:3d} passed")
    kill_points = 20 + 6 + 6
    crash = CATEGORIES["test_crash_consistency"]
    survived = kill_points if passed[crash] == tried[crash] else "some failed: see pytest"
    print(f"  kill points (import 20, passphrase change 6, recovery-key change 6): {survived} / {kill_points} survived")
    print("Campaign 2 (issue 16), by break: cases held / cases tried")
    for number, (what, _module) in BREAKS.items():
        mark = "held" if break_tried[number] and break_passed[number] == break_tried[number] else "OPEN"
        print(f"  B{number:<3d}{what:66s} {break_passed[number]:3d} / {break_tried[number]:3d}  {mark}")
    held = sum(1 for n in BREAKS if break_tried[n] and break_passed[n] == break_tried[n])
    print(f"  {held} of {len(BREAKS)} breaks hold in every case ({sum(break_passed.values())} / "
          f"{sum(break_tried.values())} cases)")  # fmt: skip


def _breaks_of(module: str, name: str) -> list[int]:
    import re

    found = [number for number, (_what, owner) in BREAKS.items() if owner == module]
    found += [int(n) for n in re.findall(r"^test_b(\d\d)_", name)]
    return found


def fuzz(seconds: float) -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from reliability.test_fuzz_reader import ANDROID, IOS, LOOKALIKES, check_accounting, mutate

    rng = random.Random(1)
    kinds = ["insert", "delete", "truncate", "nul", "long", "endings", "bom", "lookalike", "invalid"]
    cases = failures = messages = 0
    read_bytes = 0
    by_kind = Counter()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        while time.perf_counter() - started < seconds:
            operations = []
            for _ in range(rng.randint(0, 6)):
                kind = rng.choice(kinds)
                by_kind[kind] += 1
                if kind == "endings":
                    operations.append((kind, rng.choice([b"\r\n", b"\r", b"\n"]), 0))
                elif kind == "bom":
                    operations.append((kind, rng.randint(0, 10_000), rng.choice([b"\xef\xbb\xbf", b"\xff\xfe"])))
                elif kind == "lookalike":
                    operations.append((kind, rng.randint(0, 10_000), rng.choice(LOOKALIKES)))
                elif kind == "invalid":
                    operations.append((kind, rng.randint(0, 10_000), rng.choice([b"\xff", b"\xc3", b"\x80"])))
                elif kind == "insert":
                    operations.append((kind, rng.randint(0, 10_000), rng.randbytes(rng.randint(1, 64))))
                elif kind == "long":
                    operations.append((kind, rng.randint(0, 10_000), rng.randint(1_000, 300_000)))
                else:
                    operations.append((kind, rng.randint(0, 10_000), rng.randint(1, 200)))
            data = mutate(rng.choice([ANDROID, IOS]), operations)
            path = Path(folder) / rng.choice(["WhatsApp Chat with Ana.txt", "_chat.txt"])
            path.write_bytes(data)
            read_bytes += len(data)
            try:
                messages += check_accounting(path)
            except Exception as exc:  # any escape is a failure of the reader
                failures += 1
                print(f"  FAILURE: {type(exc).__name__}: {exc}")
            cases += 1
    elapsed = time.perf_counter() - started
    print(
        f"Reader fuzzing: {cases:,} mutated exports in {elapsed:.0f} s ({read_bytes / 1e6:.1f} MB read, "
        f"{messages:,} messages), {failures} failures"
    )
    print("  mutations applied: " + ", ".join(f"{kind} {count:,}" for kind, count in sorted(by_kind.items())))


def main() -> None:
    parser = argparse.ArgumentParser(description="Reliability figures")
    parser.add_argument("--fuzz-seconds", type=float, default=60.0)
    args = parser.parse_args()
    run_suites()
    fuzz(args.fuzz_seconds)


if __name__ == "__main__":
    main()
