"""Figures for the reliability and security campaign (issue 8).

    python benchmarks/reliability_report.py [--fuzz-seconds 60]

1. Runs the reliability suites (tests/reliability, the zip and archive-key tests) and
   prints, per category, the cases tried and passed; the crash suite's kill points.
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
    for case in ElementTree.parse(report).iter("testcase"):
        module = case.get("classname", "").rsplit(".", 1)[-1]
        category = CATEGORIES.get(module, module)
        tried[category] += 1
        if not any(child.tag in ("failure", "error") for child in case):
            passed[category] += 1
    print(f"Reliability suites ({seconds:.0f} s):")
    for category in sorted(tried):
        print(f"  {category:48s} {passed[category]:3d} / {tried[category]:3d} passed")
    kill_points = 20 + 6 + 6
    crash = CATEGORIES["test_crash_consistency"]
    survived = kill_points if passed[crash] == tried[crash] else "some failed: see pytest"
    print(f"  kill points (import 20, passphrase change 6, recovery-key change 6): {survived} / {kill_points} survived")


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
