"""How strong a passphrase must be, and why, in words a receptionist understands.

The archive is the business's only copy of its customers' conversations and may be
copied to a stolen laptop or a lost USB stick: guessing must be out of reach even with
Argon2id slowing each guess. We estimate guessing effort conservatively (character
classes x length, with penalties for repetition and sequences) and refuse the passwords
people pick most often.
"""

from __future__ import annotations

import itertools
import math
import unicodedata

from wamigrate.core.archive.errors import WeakPassphraseError
from wamigrate.core.translatable import tr

MIN_LENGTH = 10
MIN_BITS = 45.0

# The most common choices in public password-leak statistics (lower-cased), and words
# people add to them. A match, ignoring case, spaces and a trailing number, is refused.
COMMON = frozenset(
    """
    password passw0rd p@ssword p@ssw0rd password1 password123 passwort motdepasse contraseña senha
    123456 1234567 12345678 123456789 1234567890 0123456789 987654321 111111 000000 123123 654321
    qwerty qwertyuiop qwertz azerty asdfgh asdfghjkl zxcvbnm 1q2w3e4r 1qaz2wsx qazwsx
    iloveyou letmein welcome welcome1 admin administrator root login master secret changeme
    abc123 abcdef abcdefgh abcdefghij football baseball dragon monkey sunshine princess shadow
    superman batman trustno1 whatsapp whatsappbusiness business company empresa negocio loja
    bemvindo bienvenido benvenuto willkommen bonjour hello helloworld
    """.split()
)


def estimate_bits(passphrase: str) -> float:
    """A conservative estimate of the guessing effort, in bits."""
    text = unicodedata.normalize("NFC", passphrase).strip()
    if not text:
        return 0.0
    pool = 0
    if any(ch.islower() for ch in text):
        pool += 26
    if any(ch.isupper() for ch in text):
        pool += 26
    if any(ch.isdigit() for ch in text):
        pool += 10
    if any(ch == " " for ch in text):
        pool += 1
    if any(not ch.isalnum() and ch != " " for ch in text):
        pool += 33
    if any(ord(ch) > 127 and ch.isalpha() for ch in text):
        pool += 50
    # Repeated characters and runs like "abcd" or "4321" add little.
    effective = 1.0
    for previous, current in itertools.pairwise(text):
        step = ord(current) - ord(previous)
        effective += 0.25 if step in (-1, 0, 1) else 1.0
    return effective * math.log2(max(pool, 2))


def problems(passphrase: str) -> list[str]:
    """Why ``passphrase`` is too weak, as sentences; empty when it is good enough."""
    text = unicodedata.normalize("NFC", passphrase).strip()
    found = []
    if len(text) < MIN_LENGTH:
        found.append(tr("It has {0} characters; use at least {1}.").format(len(text), MIN_LENGTH))
    core = "".join(text.lower().split()).rstrip("0123456789!.")
    if core in COMMON or text.lower() in COMMON:
        found.append(tr("It is one of the passwords people choose most often, which are tried first."))
    elif len(set(text.lower())) <= 2 and text:
        found.append(tr("It repeats the same one or two characters."))
    elif not found and estimate_bits(text) < MIN_BITS:
        found.append(tr("It is too easy to guess (too short or too regular)."))
    return found


def check_passphrase(passphrase: str) -> None:
    found = problems(passphrase)
    if found:
        raise WeakPassphraseError(
            tr("Choose a stronger passphrase. ")
            + " ".join(found)
            + tr(" A good one is a few unrelated words, e.g. “copper lantern orbit 47”.")
        )
