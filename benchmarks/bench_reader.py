"""Reader speed and memory against the fastest existing parser, on 1 process and on every core.

    python benchmarks/bench_reader.py [--messages 1000000] [--runs 3] [--workers 1,2,4]

Generates (once, under benchmarks/data/) a 1,000,000-message export in Android 12-hour and
iOS formats (~100 MB each; see generate_export.py), and the Android file again with one
sender in eight named "Dara O'Neil" (issue 21's slow class of names). For each file:

* runs ``wamigrate``'s reader in a fresh process exactly as ``wamigrate inspect`` does
  (every message built and classified, nothing printed) with each worker count of
  --workers (WAMIGRATE_READER_WORKERS; 1 is the sequential reader) and with all cores (the
  default, ``parallel.default_workers``), and reports wall time, messages/second, the peak
  RSS of the reading process and of its largest worker;
* if ``node`` is on PATH, runs the npm package whatsapp-chat-parser 4.x on the same file
  (installed into benchmarks/node_modules on first use) and reports the ratio
  ours / theirs (below 1.0: we are faster).

Each figure is the best of --runs, the configurations taking turns, so that a busy or
throttled machine slows all of them alike.

Budget (issue 21): all cores <= 1.0 x theirs on the Android and iOS files; peak RSS
<= 150 MB whatever the file size.
"""

from __future__ import annotations

import argparse
import json
import os
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
if __name__ == "__main__":
    started = time.perf_counter()
    count = 0
    for chat in open_export(sys.argv[1]).chats:
        for _ in ChatReader(chat):
            count += 1
    seconds = time.perf_counter() - started
    print(json.dumps({"messages": count, "seconds": seconds,
                      "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "workers_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def _ours(path: Path, workers: int | None) -> dict:
    env = dict(os.environ)
    env.pop("WAMIGRATE_READER_WORKERS", None)
    if workers is not None:
        env["WAMIGRATE_READER_WORKERS"] = str(workers)
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True, check=True, env=env)
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


def _line(label: str, result: dict) -> str:
    workers = f"  largest worker {result['workers_rss_mb']:5.1f} MB" if result.get("workers_rss_mb") else ""
    return (
        f"  {label:26s} {result['messages']:>9,} messages  {result['wall']:6.2f} s wall  "
        f"{result['messages'] / result['wall']:>9,.0f} msg/s  peak RSS {result['peak_rss_mb']:6.1f} MB{workers}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description="Reader benchmark")
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3, help="repeat each measurement, report the best")
    parser.add_argument("--workers", default="1,2,4", help="worker counts to measure besides all cores")
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    from generate_export import generate
    from wamigrate.core.export.parallel import default_workers

    DATA.mkdir(exist_ok=True)
    node = _node_ready()
    if not node:
        print("node or whatsapp-chat-parser unavailable: comparison skipped")
    cores = default_workers()
    counts = [int(n) for n in args.workers.split(",") if n.strip()]
    configs: list[tuple[str, int | None]] = [(f"wamigrate, {n} worker{'s' if n > 1 else ''}", n) for n in counts]
    configs.append((f"wamigrate, all cores ({cores})", None))
    print(f"{os.cpu_count()} cores; best of {args.runs} runs each, configurations taking turns")
    for fmt, apostrophe in (("android12", False), ("ios", False), ("android12", True)):
        name = f"{fmt}{'-oneil' if apostrophe else ''}-{args.messages}.txt"
        path = DATA / name
        if not path.exists():
            generate(path, args.messages, fmt, apostrophe=apostrophe)
        best: dict[str, dict] = {}
        for _ in range(args.runs):
            runs: list[tuple[str, int | None]] = [*configs, *([("node", None)] if node else [])]
            for label, workers in runs:
                result = _theirs(path) if label == "node" else _ours(path, workers)
                if label not in best or result["wall"] < best[label]["wall"]:
                    best[label] = result
        print(f"\n{name}: {path.stat().st_size / 1e6:.1f} MB, {args.messages:,} messages written")
        for label, _ in configs:
            print(_line(label, best[label]))
        if node:
            print(_line("whatsapp-chat-parser", best["node"]))
            theirs = best["node"]["wall"]
            ratios = ", ".join(f"{label.split(', ')[1]} {best[label]['wall'] / theirs:.2f}" for label, _ in configs)
            print(f"  ratio ours / theirs (wall): {ratios}")


if __name__ == "__main__":
    main()
