"""Importing and verifying many small chats (reliability campaign 2, B15).

    python benchmarks/bench_many_chats.py [--chats 10000] [--messages 10]

Budget: 10,000 chats of 10 messages import in <= 10 s on the 2-core reference machine.
Before messages were indexed by their import (schema v2), 2,000 chats took 4 s and 10,000
took 168 s (each import's word indexing scanned the whole messages table).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from wamigrate.core.archive.importer import ImportOptions, import_export  # noqa: E402
from wamigrate.core.archive.store import Archive  # noqa: E402
from wamigrate.core.archive.verify import verify  # noqa: E402

FAST_KDF = {"memory_kib": 8192, "iterations": 1, "lanes": 1}


def write_chats(folder: Path, chats: int, messages: int) -> None:
    folder.mkdir()
    for n in range(chats):
        lines = "".join(
            f"{1 + n % 28:02d}/03/2024, {9 + i // 60}:{i % 60:02d} - {'Cliente ' + str(n) if i % 2 else 'Loja'}: "
            f"mensagem {i} do pedido {n}\n"
            for i in range(messages)
        )
        (folder / f"WhatsApp Chat with Cliente {n}.txt").write_text(lines, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chats", type=int, default=10_000)
    parser.add_argument("--messages", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "exports"
        write_chats(folder, args.chats, args.messages)
        archive, _ = Archive.create(Path(temp) / "bench", "correct horse battery staple", argon2=FAST_KDF)
        with archive:
            started = time.perf_counter()
            results = import_export(archive, folder, ImportOptions(date_order="DMY", timezone="UTC"))
            imported = time.perf_counter() - started
            started = time.perf_counter()
            report = verify(archive)
            verified = time.perf_counter() - started
        new = sum(r.new_messages for r in results)
        print(f"{args.chats:,} chats x {args.messages} messages: {new:,} messages imported in {imported:.1f} s "
              f"(budget 10 s for 10,000 x 10); verify {verified:.1f} s, ok={report.ok}")  # fmt: skip


if __name__ == "__main__":
    main()
