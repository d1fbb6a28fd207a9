"""The fast path for ordinary text must agree with the full classifier, always."""

from hypothesis import given, settings
from hypothesis import strategies as st

from wamigrate.core.export.classify import classify, plain_text

FRAGMENTS = [
    "a",
    "Zoë",
    " ",
    "\t",
    ": ",
    ":",
    "\n",
    "\r\n",
    ".",
    "..",
    ")",
    "(",
    "<",
    ">",
    '"',
    "“",
    "http",
    "https://maps.google.com/?q=1,2",
    "POLL:",
    "OPTION: x (1 vote)",
    "\u200e",
    "\u200f",
    "\u202a+1 555\u202c",
    "😀",
    "謝謝",
    "This message was deleted",
    "this message was deleted by admin ",
    "You deleted this message",
    "Missed voice call",
    "<Media omitted>",
    "image omitted",
    "document omitted",
    "IMG-1.jpg (file attached)",
    "<attached: 0001-PHOTO.jpg>",
    "<This message was edited>",
    "You turned on disappearing messages",
    "Waiting for this message",
    "live location shared",
    "location: ",
]
texts = st.lists(st.sampled_from(FRAGMENTS), max_size=8).map("".join)


@settings(max_examples=3000, deadline=None)
@given(sender=texts, body=texts, ios=st.booleans())
def test_plain_text_agrees_with_classify(sender, body, ios):
    rest = f"{sender}: {body}" if sender else body
    fast = plain_text(rest, ios)
    if fast is None:
        return
    full = classify(rest, ios, first_message=False)
    assert (full.sender, full.kind, full.text) == (fast[0], "text", fast[1])
    assert not full.edited and full.attachment is None and full.media_type is None and full.poll is None
