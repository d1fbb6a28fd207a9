"""One message template written as the profile's TOML (``[[templates]]``), the form the
readiness page's text box and docs/profile-example.toml use: the wizard's template editor
adds to that text rather than keeping a second copy of the templates elsewhere."""

from __future__ import annotations

import json
import re

TEMPLATE_CATEGORIES = ("MARKETING", "UTILITY", "AUTHENTICATION")
_PLACEHOLDER = re.compile(r"\{\{\s*(\d+)\s*\}\}")


def _string(value: str) -> str:
    # A JSON string is a valid TOML basic string (the same escapes: \", \\, \n, \uXXXX).
    return json.dumps(value, ensure_ascii=False)


def placeholders(body: str) -> list[int]:
    """The numbered variables of a body ("Hello {{1}}, order {{2}}" → [1, 2]), in order, once each."""
    return sorted({int(n) for n in _PLACEHOLDER.findall(body)})


def template_toml(name: str, category: str, language: str, body: str, samples: list[str]) -> str:
    lines = [
        "[[templates]]",
        f"name = {_string(name)}",
        f"category = {_string(category)}",
        f"language = {_string(language)}",
        f"body = {_string(body)}",
    ]
    if samples:
        lines.append("samples = [" + ", ".join(_string(s) for s in samples) + "]")
    return "\n".join(lines) + "\n"


def append_template(text: str, block: str) -> str:
    """``text`` (the box's TOML, maybe empty) with ``block`` after it, one blank line between."""
    text = text.rstrip()
    return (text + "\n\n" if text else "") + block
