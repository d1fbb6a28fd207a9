"""Importing a whole phone: a generated msgstore.db.crypt15 decrypted and imported (issue 18).

    python benchmarks/bench_phone.py [--messages 1000000] [--chats 2000] [--wtsexporter]

Budget: 1,000,000 messages in 2,000 chats (with reactions, replies and media rows) decrypted
and imported in <= 20 s on the 2-core reference machine, peak RSS <= 400 MB. With
``--wtsexporter PATH/TO/wtsexporter`` the same database also goes through WhatsApp-Chat-Exporter (``pip install
'whatsapp-chat-exporter[crypt15]'`` in a venv of its own, for the benchmark only: without the extra it cannot
decrypt) to JSON, and the ratio is printed.

Peak RSS is the importing child process's own (``child_process.run``), so the generator's memory
does not count.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

import child_process  # noqa: E402
from fixtures.msgstore import DDL, T0  # noqa: E402
from fixtures.phone_backup import backup  # noqa: E402

KEY = bytes(range(32))
WORDS = (
    "olá bom dia pedido entrega amanhã obrigado valor pix endereço rosa branca buquê casamento "
    "horário loja aberta sábado domingo frete grátis desconto cliente novo tamanho cor azul"
).split()


# Satellite tables every database of the `message` era has, left empty here: wamigrate does not
# need them, but WhatsApp-Chat-Exporter joins them and fails without them.
_SATELLITES = """
CREATE TABLE message_thumbnail (message_row_id INTEGER PRIMARY KEY, thumbnail BLOB);
CREATE TABLE message_future (message_row_id INTEGER PRIMARY KEY, version INTEGER);
CREATE TABLE missed_call_logs (_id INTEGER PRIMARY KEY, message_row_id INTEGER, video_call INTEGER);
CREATE TABLE message_system_group (message_row_id INTEGER PRIMARY KEY, is_me_joined INTEGER);
CREATE TABLE message_system_number_change (message_row_id INTEGER PRIMARY KEY, old_jid_row_id INTEGER,
                                           new_jid_row_id INTEGER);
CREATE TABLE receipt_user (_id INTEGER PRIMARY KEY, message_row_id INTEGER, receipt_timestamp INTEGER,
                           read_timestamp INTEGER, played_timestamp INTEGER);
CREATE TABLE media_hash_thumbnail (media_hash TEXT PRIMARY KEY, thumbnail BLOB);
ALTER TABLE message_media ADD COLUMN message_url TEXT;
ALTER TABLE message_media ADD COLUMN media_key BLOB;
"""


def generate(path: Path, messages: int, chats: int, seed: int = 7) -> None:
    """A msgstore.db: 1:1 chats and a group every 20th, one message in 5 from the owner, one in
    10 a reply, one in 12 with a reaction, one in 15 a media row."""
    rng = random.Random(seed)
    c = sqlite3.connect(path)
    c.executescript(DDL)
    c.executescript(_SATELLITES)
    c.execute("PRAGMA journal_mode = OFF")
    c.execute("PRAGMA synchronous = OFF")
    jids, chat_rows = [], []
    for n in range(chats):
        if n % 20 == 0:
            jids.append((n + 1, f"1203630000{n:08d}", "g.us", 1, f"1203630000{n:08d}@g.us"))
            chat_rows.append((n + 1, n + 1, f"Grupo {n}"))
        else:
            jids.append((n + 1, f"55119{n:08d}", "s.whatsapp.net", 0, f"55119{n:08d}@s.whatsapp.net"))
            chat_rows.append((n + 1, n + 1, None))
    c.executemany("INSERT INTO jid (_id, user, server, type, raw_string) VALUES (?, ?, ?, ?, ?)", jids)
    c.executemany("INSERT INTO chat (_id, jid_row_id, subject, hidden) VALUES (?, ?, ?, 0)", chat_rows)
    per_chat = messages // chats
    rows, media, quoted, add_on, reaction = [], [], [], [], []
    message_id = 0
    for chat in range(1, chats + 1):
        stamp = T0 + chat * 1000
        for i in range(per_chat if chat < chats else messages - per_chat * (chats - 1)):
            message_id += 1
            stamp += rng.randint(5_000, 3_600_000)
            from_me = int(i % 5 == 0)
            sender = None if from_me or chat % 20 != 1 else 1 + rng.randrange(1, chats, 20)
            kind = 1 if i % 15 == 7 else 0
            text = " ".join(rng.choices(WORDS, k=rng.randint(2, 14)))
            rows.append((message_id, chat, from_me, f"K{message_id:010d}", sender, stamp, kind, text))
            if kind == 1:
                media.append((message_id, chat, f"Media/WhatsApp Images/IMG-2024-WA{message_id:06d}.jpg",
                              "image/jpeg", 48_000))  # fmt: skip
            if i % 10 == 3 and i > 0:
                quoted.append((message_id, chat, f"K{message_id - 1:010d}"))
            if i % 12 == 5:
                # The reaction's row id is its message's: unique across the batches flushed.
                add_on.append((message_id, chat, 1 - from_me, f"R{message_id}", None, message_id, stamp + 5000, 56))
                reaction.append((message_id, rng.choice("👍❤️😂🙏"), stamp + 5000))
        if len(rows) > 200_000:
            _flush(c, rows, media, quoted, add_on, reaction)
    _flush(c, rows, media, quoted, add_on, reaction)
    c.commit()
    c.close()


def _flush(c, rows, media, quoted, add_on, reaction) -> None:
    c.executemany("INSERT INTO message (_id, chat_row_id, from_me, key_id, sender_jid_row_id, timestamp, "
                  "message_type, text_data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)  # fmt: skip
    c.executemany("INSERT INTO message_media (message_row_id, chat_row_id, file_path, mime_type, file_size) "
                  "VALUES (?, ?, ?, ?, ?)", media)  # fmt: skip
    c.executemany("INSERT INTO message_quoted (message_row_id, chat_row_id, key_id) VALUES (?, ?, ?)", quoted)
    c.executemany("INSERT INTO message_add_on VALUES (?, ?, ?, ?, ?, ?, ?, ?)", add_on)
    c.executemany("INSERT INTO message_add_on_reaction VALUES (?, ?, ?)", reaction)
    for batch in (rows, media, quoted, add_on, reaction):
        batch.clear()


_IMPORT = """
import sys, time
sys.path.insert(0, {src!r})
from pathlib import Path
from wamigrate.core.archive.store import Archive
from wamigrate.core.archive.phone_import import PhoneImportOptions, import_phone
from wamigrate.core.phone.backup_key import parse_hex_key
archive, _ = Archive.create(Path({archive!r}), "correct horse battery staple",
                            argon2={{"memory_kib": 8192, "iterations": 1, "lanes": 1}})
started = time.perf_counter()
result = import_phone(archive, Path({backup!r}), PhoneImportOptions(timezone="UTC", key=parse_hex_key({key!r})))
elapsed = time.perf_counter() - started
archive.close()
print(elapsed, result.new_messages, len(result.chats))
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--chats", type=int, default=2_000)
    parser.add_argument("--wtsexporter", metavar="EXECUTABLE", help="also time WhatsApp-Chat-Exporter's wtsexporter")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        temp = Path(temp)
        plain = temp / "msgstore.db"
        started = time.perf_counter()
        generate(plain, args.messages, args.chats)
        data = plain.read_bytes()
        crypt = temp / "msgstore.db.crypt15"
        crypt.write_bytes(backup(data, KEY))
        print(f"generated {args.messages:,} messages in {args.chats:,} chats: database {len(data) >> 20} MB, "
              f"backup {crypt.stat().st_size >> 20} MB ({time.perf_counter() - started:.1f} s)")  # fmt: skip
        del data
        out, peak = child_process.run(_IMPORT.format(src=str(ROOT / "src"), archive=str(temp / "archive"),
                                          backup=str(crypt), key=KEY.hex()))  # fmt: skip
        elapsed, new, chats = out.split()
        elapsed = float(elapsed)
        print(f"wamigrate: decrypt + import {int(new):,} messages, {chats} chats in {elapsed:.1f} s "
              f"(budget 20 s), peak RSS {peak:.0f} MB (budget 400 MB)")  # fmt: skip
        if args.wtsexporter:
            started = time.perf_counter()
            # One JSON file per chat: its single-file JSON fails in 0.13.1 ("Object of type
            # ChatCollection is not JSON serializable").
            done = subprocess.run(
                [args.wtsexporter, "-a", "-k", KEY.hex(), "-b", str(crypt), "-j", str(temp / "out.json"),
                 "-o", str(temp / "html"), "--no-html", "--per-chat"],
                cwd=temp, capture_output=True, text=True,
            )  # fmt: skip
            theirs = time.perf_counter() - started
            if done.returncode != 0:
                print(f"wtsexporter failed after {theirs:.1f} s (exit {done.returncode}):")
                print("\n".join((done.stderr or done.stdout).splitlines()[-8:]))
                return
            print(f"wtsexporter: decrypt + export to JSON in {theirs:.1f} s; wamigrate took {elapsed / theirs:.2f}x "
                  "its time")  # fmt: skip


if __name__ == "__main__":
    main()
