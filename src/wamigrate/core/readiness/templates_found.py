"""Message templates the business will need, found in what it already sends again and again.

The business's own text messages are reduced to a shape: every word that could be a
customer's data becomes a slot: words with digits, capitalised words inside a sentence,
words that are part of any participant's name or chat title (written in any case), and
words the business used in fewer than COMMON_IN_CHATS different chats (a name typed in
lower case, a street, a product one customer asked about). Shapes sent at least MIN_REPEATS
times in at least MIN_CHATS chats are candidates; their slots become {{1}}, {{2}}... in
order. Only the shape is reported, never the values that filled the slots: the readiness
report goes to a provider, and carries no customer data (reliability campaign 2, B12).
"""

from __future__ import annotations

import re
from collections import Counter

MIN_REPEATS = 3
MIN_CHATS = 2  # a template is sent to several customers; one chat's repetition is that customer's
COMMON_IN_CHATS = 3  # (fewer when the business has fewer chats: see template_candidates)
MAX_CANDIDATES = 10
SLOT = "\x00"
_TOKEN = re.compile(r"\S+")
_UTILITY = re.compile(
    r"order|delivery|deliver|shipped|ready|appointment|booking|booked|reservation|invoice|payment|paid|receipt|"
    r"reminder|confirm|pedido|encomenda|entrega|consulta|cita|reserva|fatura|factura|pagamento|pago|lembrete|"
    r"bestellung|termin|rechnung|commande|rendez-vous|facture|ordine|appuntamento",
    re.IGNORECASE,
)
_MARKETING = re.compile(r"%|\b(sale|offer|discount|promo|new collection|oferta|desconto|descuento|angebot|soldes)\b",
                        re.IGNORECASE)  # fmt: skip


def _word(token: str) -> str:
    return token.strip(".,;:!?¡¿()\"'")


def shape(text: str, private: set[str] | None = None, common: set[str] | None = None) -> tuple[str, ...]:
    """The message with each word that may be a customer's data replaced by SLOT.
    ``private``: words of names and titles (lower case); ``common``: words used in enough
    chats to be the business's own wording (None: every word counts as common)."""
    tokens = _TOKEN.findall(text)
    shaped = []
    for index, token in enumerate(tokens):
        word = _word(token)
        lower = word.lower()
        sentence_start = index == 0 or tokens[index - 1].endswith((".", "!", "?"))
        if word and (
            any(ch.isdigit() for ch in word)
            or (word[:1].isupper() and not sentence_start and word.isalpha())
            or (private is not None and lower in private)
            or (common is not None and lower not in common)
        ):
            shaped.append(token.replace(word, SLOT))
        else:
            shaped.append(token.lower())
    return tuple(shaped)


def _name_words(connection) -> set[str]:
    words: set[str] = set()
    for (text,) in connection.execute("SELECT display_name FROM participants UNION SELECT title FROM chats"):
        words.update(_word(part).lower() for part in text.replace("~", " ").split() if _word(part))
    return words


def template_candidates(connection, sender: str | None) -> list[dict]:
    if sender is None:
        return []
    messages = connection.execute(
        "SELECT m.chat_id, m.text FROM messages m JOIN participants p ON p.id = m.sender_id "
        "WHERE m.kind = 'text' AND p.display_name = ? AND length(m.text) BETWEEN 12 AND 1024",
        (sender,),
    ).fetchall()
    chats_of_word: dict[str, set[int]] = {}
    for chat_id, text in messages:
        for token in _TOKEN.findall(text):
            seen = chats_of_word.setdefault(_word(token).lower(), set())
            if len(seen) < COMMON_IN_CHATS:
                seen.add(chat_id)
    chats = len({chat_id for chat_id, _ in messages})
    if chats < MIN_CHATS:
        return []
    enough = min(COMMON_IN_CHATS, chats)
    common = {word for word, seen in chats_of_word.items() if len(seen) >= enough}
    private = _name_words(connection)
    shapes: Counter = Counter()
    shape_chats: dict[tuple, set[int]] = {}
    for chat_id, text in messages:
        tokens = shape(text, private, common)
        shapes[tokens] += 1
        shape_chats.setdefault(tokens, set()).add(chat_id)
    candidates = []
    for tokens, count in shapes.most_common():
        if count < MIN_REPEATS or len(candidates) >= MAX_CANDIDATES:
            break
        if len(shape_chats[tokens]) < MIN_CHATS or all(SLOT in token for token in tokens):
            continue
        number = 0
        body = []
        for token in tokens:
            while SLOT in token:
                number += 1
                token = token.replace(SLOT, "{{" + str(number) + "}}", 1)
            body.append(token)
        text = " ".join(body)
        category = "MARKETING" if _MARKETING.search(text) else "UTILITY" if _UTILITY.search(text) else "MARKETING"
        candidates.append({"body": text, "times_sent": count, "parameters": number, "suggested_category": category})
    return candidates
