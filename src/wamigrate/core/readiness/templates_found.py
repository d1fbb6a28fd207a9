"""Message templates the business will need, found in what it already sends again and again.

The business's own text messages are reduced to a shape: words with digits, and capitalised
words inside a sentence (names), become slots. Shapes sent at least MIN_REPEATS times are
candidates; their slots become {{1}}, {{2}}... in order. Only the shape is reported, never
the values that filled the slots (names, order numbers, phone numbers).
"""

from __future__ import annotations

import re
from collections import Counter

MIN_REPEATS = 3
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


def shape(text: str) -> tuple[str, ...]:
    tokens = _TOKEN.findall(text)
    shaped = []
    for index, token in enumerate(tokens):
        word = token.strip(".,;:!?¡¿()\"'")
        sentence_start = index == 0 or tokens[index - 1].endswith((".", "!", "?"))
        if any(ch.isdigit() for ch in word) or (word[:1].isupper() and not sentence_start and word.isalpha()):
            shaped.append(token.replace(word, SLOT) if word else token)
        else:
            shaped.append(token.lower())
    return tuple(shaped)


def template_candidates(connection, sender: str | None) -> list[dict]:
    if sender is None:
        return []
    shapes: Counter = Counter()
    for (text,) in connection.execute(
        "SELECT m.text FROM messages m JOIN participants p ON p.id = m.sender_id "
        "WHERE m.kind = 'text' AND p.display_name = ? AND length(m.text) BETWEEN 12 AND 1024",
        (sender,),
    ):
        shapes[shape(text)] += 1
    candidates = []
    for tokens, count in shapes.most_common():
        if count < MIN_REPEATS or len(candidates) >= MAX_CANDIDATES:
            break
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
