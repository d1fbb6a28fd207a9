"""Archive import, search and open figures on the generated 1,000,000-message export.

    python benchmarks/bench_archive.py [--messages 1000000]

Prints: full import time (read + store + index + encrypt) and peak RSS of the importing
process; median search time for a common and a rare word and for a two-character CJK
query (first 50 results, 21 runs each); time to open with the passphrase (Argon2id at
the shipped parameters); archive size relative to the export.
Budgets (issue 3): import <= 25 s and <= 400 MB; searches <= 50 ms (CJK <= 200 ms);
open <= 1.5 s.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"

_IMPORT = r"""
import json, resource, sys, time
from wamigrate.core.archive.store import Archive
from wamigrate.core.archive.importer import import_export
archive, _ = Archive.create(sys.argv[1], "benchmark passphrase")
started = time.perf_counter()
results = import_export(archive, sys.argv[2])
seconds = time.perf_counter() - started
archive.close()
print(json.dumps({"seconds": seconds, "new": results[0].new_messages,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description="Archive benchmark")
    parser.add_argument("--messages", type=int, default=1_000_000)
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    from generate_export import generate
    from wamigrate.core.archive.search import SearchQuery, search
    from wamigrate.core.archive.store import Archive

    DATA.mkdir(exist_ok=True)
    export = DATA / f"android12-{args.messages}.txt"
    if not export.exists():
        generate(export, args.messages, "android12")
    work = Path(tempfile.mkdtemp(prefix="wamigrate-bench-"))
    try:
        folder = work / "bench.wamarchive"
        out = subprocess.run(
            [sys.executable, "-c", _IMPORT, str(folder), str(export)], capture_output=True, text=True, check=True
        )
        imported = json.loads(out.stdout)
        size = sum(p.stat().st_size for p in folder.iterdir())
        print(f"export: {export.name}, {export.stat().st_size / 1e6:.1f} MB, {args.messages:,} messages")
        print(
            f"import: {imported['seconds']:.1f} s for {imported['new']:,} messages "
            f"({imported['new'] / imported['seconds']:,.0f} msg/s), peak RSS {imported['peak_rss_mb']:.0f} MB"
        )
        print(f"archive size: {size / 1e6:.1f} MB ({size / export.stat().st_size:.2f} x the export)")

        started = time.perf_counter()
        archive = Archive.open(folder, passphrase="benchmark passphrase")
        print(f"open with passphrase: {time.perf_counter() - started:.2f} s")
        with archive:
            for label, text in (
                ("common word 'thanks'", "thanks"),
                ("rare word 'zanzibar'", "zanzibar"),
                ("prefix 'deliv*'", "deliv"),
                ("CJK two characters '謝謝'", "謝謝"),
            ):
                timings = []
                count = 0
                for _ in range(21):
                    started = time.perf_counter()
                    page = search(archive, SearchQuery(text), limit=50)
                    timings.append(time.perf_counter() - started)
                    count = len(page.hits)
                print(f"search {label}: median {statistics.median(timings) * 1000:.1f} ms, {count} results on the page")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
