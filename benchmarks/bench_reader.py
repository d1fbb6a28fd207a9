"""Reader speed and memory against the fastest existing parser.

    python benchmarks/bench_reader.py [--messages 1000000] [--keep]

Generates (once, under benchmarks/data/) a 1,000,000-message export in Android 12-hour and
iOS formats (~100 MB each; see generate_export.py), then for each file:

* runs ``wamigrate``'s reader in a fresh process exactly as ``wamigrate inspect`` does
  (every message built and classified, nothing printed) and reports messages/second,
  wall time and peak RSS;
* if ``node`` is on PATH, runs the npm package whatsapp-chat-parser 4.x on the same file
  (installed into benchmarks/node_modules on first use) and reports the ratio
  ours / theirs (below 1.0: we are faster).

Budget (issue 2): ratio <= 1.0 (aim 0.7), peak RSS <= 150 MB whatever the file size.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"

_CHILD = r"""
import json, resource, sys, time
from wamigrate.core.export import ChatReader, open_export
started = time.perf_counter()
count = 0
for chat in open_export(sys.argv[1]).chats:
    for _ in ChatReader(chat):
        count += 1
seconds = time.perf_counter() - started
print(json.dumps({"messages": count, "seconds": seconds,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _ours(path: Path) -> dict:
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True, check=True)
    result = json.loads(out.stdout)
    result["wall"] = time.perf_counter() - started
    return result


def _node_ready() -> bool:
    if shutil.which("node") is None or shutil.which("npm") is None:
        return False
    if not (HERE / "node_modules" / "whatsapp-chat-parser").exists():
        subprocess.run(
            ["npm", "install", "--no-save", "--no-package-lock", "--silent", "whatsapp-chat-parser@4"],
            cwd=HERE,
            check=False,
        )
    return (HERE / "node_modules" / "whatsapp-chat-parser").exists()


def _theirs(path: Path) -> dict:
    started = time.perf_counter()
    out = subprocess.run(
        ["/usr/bin/time", "-f", "%M", "node", "--max-old-space-size=8192", str(HERE / "parse_with_wcp.mjs"), str(path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=HERE,
    )
    wall = time.perf_counter() - started
    count, seconds = out.stdout.split()
    rss_kb = int(out.stderr.strip().splitlines()[-1])
    return {"messages": int(count), "seconds": float(seconds), "wall": wall, "peak_rss_mb": rss_kb / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description="Reader benchmark")
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=1, help="repeat each measurement, report the best")
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    from generate_export import generate

    DATA.mkdir(exist_ok=True)
    node = _node_ready()
    if not node:
        print("node or whatsapp-chat-parser unavailable: comparison skipped")
    for fmt in ("android12", "ios"):
        path = DATA / f"{fmt}-{args.messages}.txt"
        if not path.exists():
            generate(path, args.messages, fmt)
        size_mb = path.stat().st_size / 1e6
        ours = min((_ours(path) for _ in range(args.runs)), key=lambda r: r["wall"])
        print(f"\n{fmt}: {path.name}, {size_mb:.1f} MB, {args.messages:,} messages written")
        print(
            f"  wamigrate reader:      {ours['messages']:>9,} messages  {ours['seconds']:6.2f} s parse  "
            f"{ours['wall']:6.2f} s wall  {ours['messages'] / ours['seconds']:>9,.0f} msg/s  "
            f"peak RSS {ours['peak_rss_mb']:6.1f} MB"
        )
        if node:
            theirs = min((_theirs(path) for _ in range(args.runs)), key=lambda r: r["wall"])
            print(
                f"  whatsapp-chat-parser:  {theirs['messages']:>9,} messages  {theirs['seconds']:6.2f} s parse  "
                f"{theirs['wall']:6.2f} s wall  {theirs['messages'] / theirs['seconds']:>9,.0f} msg/s  "
                f"peak RSS {theirs['peak_rss_mb']:6.1f} MB"
            )
            print(
                f"  ratio (ours / theirs): parse {ours['seconds'] / theirs['seconds']:.2f}, "
                f"wall {ours['wall'] / theirs['wall']:.2f}"
            )


if __name__ == "__main__":
    main()
