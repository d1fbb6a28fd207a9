"""Write a large synthetic WhatsApp export for benchmarks (deterministic, invented content).

    python benchmarks/generate_export.py --messages 1000000 --format android12 OUT.txt

Formats: ``android12`` (``1/4/23, 7:02\u202fPM - Name: text``, LF) and ``ios``
(``[4/1/23, 19:02:11] Name: text``, CRLF between messages, bare LF inside one).
Mix: 8 senders, 5 % multi-line messages, 5 % media, the rest plain text; the word
"zanzibar" in about 1 message in 10,000 (a rare word for search benchmarks).
"""

from __future__ import annotations

import argparse
import random
from datetime import datetime, timedelta
from pathlib import Path

SENDERS = [
    "Ana Souza",
    "Lena K",
    "\u202a+44\u00a07700\u00a0900123\u202c",
    "Shop Front Desk",
    "Tomás Rivera",
    "陳大文",
    "~ Priya",
    "Kofi Mensah",
]
ANDROID_SENDERS = [s.replace("\u202a", "").replace("\u202c", "").replace("\u00a0", " ") for s in SENDERS]
WORDS = [
    "order",
    "delivery",
    "tomorrow",
    "thanks",
    "price",
    "please",
    "confirm",
    "invoice",
    "appointment",
    "morning",
    "afternoon",
    "available",
    "ok",
    "great",
    "perfect",
    "when",
    "where",
    "address",
    "payment",
    "received",
    "sorry",
    "late",
    "cancel",
    "booking",
    "size",
    "colour",
    "stock",
    "photo",
    "😀",
    "👍",
    "謝謝",
    "olá",
    "obrigado",
    "gracias",
]


def _text(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 14)))


def generate(path: Path, messages: int, fmt: str, seed: int = 7, apostrophe: bool = False) -> int:
    """``apostrophe``: one of the eight senders is named "Dara O'Neil" (issue 21's slow class of names)."""
    rng = random.Random(seed)
    when = datetime(2019, 1, 3, 8, 0, 0)
    ios = fmt == "ios"
    end = "\r\n" if ios else "\n"
    senders = list(SENDERS if ios else ANDROID_SENDERS)
    if apostrophe:
        senders[-1] = "Dara O'Neil"
    written = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        for index in range(messages):
            when += timedelta(seconds=rng.randint(1, 240))
            sender = senders[rng.randrange(len(senders))]
            roll = rng.random()
            if roll < 0.05:
                if ios:
                    body = f"\u200e<attached: {index:08d}-PHOTO-{when:%Y-%m-%d-%H-%M-%S}.jpg>"
                else:
                    body = f"IMG-{when:%Y%m%d}-WA{index % 10000:04d}.jpg (file attached)"
            elif roll < 0.10:
                body = "\n".join(_text(rng) for _ in range(rng.randint(2, 4)))
            else:
                body = _text(rng)
                if rng.random() < 0.0001:
                    body += " zanzibar"  # a rare word, for search benchmarks
            if ios:
                head = f"[{when.month}/{when.day}/{when:%y}, {when:%H:%M:%S}] "
                prefix = "\u200e" if body.startswith("\u200e") else ""
                line = f"{prefix}{head}{sender}: {body}{end}"
            else:
                hour = when.hour % 12 or 12
                period = "AM" if when.hour < 12 else "PM"
                head = f"{when.month}/{when.day}/{when:%y}, {hour}:{when:%M}\u202f{period} - "
                line = f"{head}{sender}: {body}{end}"
            out.write(line)
            written += 1
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--format", choices=("android12", "ios"), default="android12")
    parser.add_argument("--apostrophe", action="store_true", help="one sender in eight named O'Neil")
    args = parser.parse_args()
    generate(args.out, args.messages, args.format, apostrophe=args.apostrophe)
    print(f"{args.out}: {args.out.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
