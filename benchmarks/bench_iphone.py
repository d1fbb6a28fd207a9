"""Importing a whole iPhone: a generated encrypted backup with WhatsApp's ChatStorage.sqlite
decrypted and imported (issue 20).

    python benchmarks/bench_iphone.py [--messages 1000000] [--chats 2000] [--realistic-password]

Budget: 1,000,000 messages in 2,000 chats (with replies, reactions and media rows) imported in <= 20 s
after the password's key derivation on the 2-core reference machine, peak RSS <= 400 MB. The key
derivation is timed on its own (with --realistic-password it has the ten million rounds a real
backup has; otherwise a few, so that the import's own time is what is measured). Media rows
name files the generated backup does not hold (they are listed as missing), as a backup whose
phone kept its media only in iCloud would.

Peak RSS is the importing child process's own (``child_process.run``), so the generator's memory
does not count.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

import child_process  # noqa: E402
from fixtures.ios_backup import (  # noqa: E402
    CHATSTORAGE_DDL,
    PASSWORD,
    T0,
    WHATSAPP,
    quoted_metadata,
    receipt,
    write_backup,
)

WORDS = (
    "olá bom dia pedido entrega amanhã obrigado valor pix endereço rosa branca buquê casamento "
    "horário loja aberta sábado domingo frete grátis desconto cliente novo tamanho cor azul"
).split()


def generate(path: Path, messages: int, chats: int, seed: int = 7) -> None:
    """ChatStorage.sqlite: 1:1 chats and a group every 20th, one message in 5 from the owner,
    one in 10 a reply, one in 12 with a reaction, one in 15 a photo."""
    rng = random.Random(seed)
    c = sqlite3.connect(path)
    c.executescript(CHATSTORAGE_DDL)
    c.execute("PRAGMA journal_mode = OFF")
    c.execute("PRAGMA synchronous = OFF")
    sessions, members = [], []
    for n in range(1, chats + 1):
        if n % 20 == 1:
            sessions.append((n, 1, n, f"1203630000{n:08d}@g.us", f"Grupo {n}"))
            members.append((n, n, f"55119{n + 1:08d}@s.whatsapp.net", f"Cliente {n + 1}"))
        else:
            sessions.append((n, 0, None, f"55119{n:08d}@s.whatsapp.net", f"Cliente {n}"))
    c.executemany("INSERT INTO ZWACHATSESSION (Z_PK, ZSESSIONTYPE, ZGROUPINFO, ZCONTACTJID, ZPARTNERNAME) "
                  "VALUES (?, ?, ?, ?, ?)", sessions)  # fmt: skip
    c.executemany("INSERT INTO ZWAGROUPMEMBER (Z_PK, ZCHATSESSION, ZMEMBERJID, ZCONTACTNAME) VALUES (?, ?, ?, ?)",
                  members)  # fmt: skip
    per_chat = messages // chats
    rows, media, infos = [], [], []
    pk = 0
    for chat in range(1, chats + 1):
        stamp = T0 + chat
        count = per_chat if chat < chats else messages - per_chat * (chats - 1)
        for i in range(count):
            pk += 1
            stamp += rng.randint(5, 3600)
            from_me = int(i % 5 == 0)
            kind = 1 if i % 15 == 7 else 0
            member = chat if chat % 20 == 1 and not from_me else None
            media_pk = None
            if kind == 1:
                media_pk = pk
                media.append((pk, pk, f"Media/55119{chat:08d}@s.whatsapp.net/a/b/{pk}.jpg", "image/jpeg", None))
            elif i % 10 == 3 and i > 0:
                media_pk = pk
                media.append((pk, pk, None, None, quoted_metadata(f"S{pk - 1:012d}")))
            text = None if kind else " ".join(rng.choices(WORDS, k=rng.randint(2, 14)))
            info = None
            if i % 12 == 5:
                info = pk
                who = None if not from_me else sessions[chat - 1][3].replace("@g.us", "@s.whatsapp.net")
                infos.append((pk, pk, receipt((who, "👍", stamp - T0 + 30))))
            rows.append((pk, chat, from_me, kind, float(stamp), text, f"S{pk:012d}", member, media_pk, info))
        if len(rows) > 200_000:
            _flush(c, rows, media, infos)
    _flush(c, rows, media, infos)
    c.commit()
    c.close()


def _flush(c, rows, media, infos) -> None:
    c.executemany("INSERT INTO ZWAMESSAGE (Z_PK, ZCHATSESSION, ZISFROMME, ZMESSAGETYPE, ZMESSAGEDATE, ZTEXT, "
                  "ZSTANZAID, ZGROUPMEMBER, ZMEDIAITEM, ZMESSAGEINFO) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  rows)  # fmt: skip
    c.executemany("INSERT INTO ZWAMEDIAITEM (Z_PK, ZMESSAGE, ZMEDIALOCALPATH, ZVCARDSTRING, ZMETADATA) "
                  "VALUES (?, ?, ?, ?, ?)", media)  # fmt: skip
    c.executemany("INSERT INTO ZWAMESSAGEINFO (Z_PK, ZMESSAGE, ZRECEIPTINFO) VALUES (?, ?, ?)", infos)
    rows.clear()
    media.clear()
    infos.clear()


_IMPORT = """
import sys, time
sys.path.insert(0, {src!r})
from pathlib import Path
from wamigrate.core.archive.store import Archive
from wamigrate.core.archive.phone_import import PhoneImportOptions, import_phone
from wamigrate.core.phone.ios_backup import open_ios_backup
started = time.perf_counter()
open_ios_backup(Path({backup!r}), {password!r}).close()
derivation = time.perf_counter() - started
archive, _ = Archive.create(Path({archive!r}), "correct horse battery staple",
                            argon2={{"memory_kib": 8192, "iterations": 1, "lanes": 1}})
started = time.perf_counter()
result = import_phone(archive, Path({backup!r}), PhoneImportOptions(timezone="UTC", password={password!r}))
elapsed = time.perf_counter() - started
archive.close()
print(derivation, elapsed, result.new_messages, len(result.chats), len(result.media.missing))
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--chats", type=int, default=2_000)
    parser.add_argument("--realistic-password", action="store_true", help="10,000,000 PBKDF2-SHA256 rounds")
    args = parser.parse_args()
    rounds = (10_000_000, 10_000) if args.realistic_password else (1, 10)
    with tempfile.TemporaryDirectory() as temp:
        temp = Path(temp)
        started = time.perf_counter()
        database = temp / "ChatStorage.sqlite"
        generate(database, args.messages, args.chats)
        data = database.read_bytes()
        database.unlink()
        backup = write_backup(temp / "backup", {(WHATSAPP, "ChatStorage.sqlite"): data}, PASSWORD, rounds=rounds)
        print(f"generated {args.messages:,} messages in {args.chats:,} chats: ChatStorage.sqlite {len(data) >> 20} MB, "
              f"encrypted backup ({time.perf_counter() - started:.1f} s)")  # fmt: skip
        del data
        code = _IMPORT.format(src=str(ROOT / "src"), backup=str(backup), archive=str(temp / "a"), password=PASSWORD)
        out, peak = child_process.run(code)
        derivation, elapsed, new, chats, missing = out.split()
        derivation, elapsed = float(derivation), float(elapsed)
        print(f"key derivation ({rounds[0]:,} + {rounds[1]:,} rounds): {derivation:.1f} s")
        print(f"wamigrate: import of {int(new):,} messages, {chats} chats in {elapsed - derivation:.1f} s after the "
              f"key derivation (budget 20 s; {elapsed:.1f} s with it), {int(missing):,} media files listed as missing, "
              f"peak RSS {peak:.0f} MB (budget 400 MB)")  # fmt: skip


if __name__ == "__main__":
    main()
