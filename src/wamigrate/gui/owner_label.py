"""How a possible owner ("Which of these is you?") is named in the wizard and the browser alike."""

from __future__ import annotations

from wamigrate.core.archive.owner import Candidate
from wamigrate.gui import formatting
from wamigrate.translation import tr


def candidate_text(candidate: Candidate, chats: int) -> str:
    text = tr("{0} — wrote in {1} of %n chat(s)", "", chats).format(candidate.name, formatting.number(candidate.chats))
    return text + " " + tr("(probably you)") if candidate.likely else text
