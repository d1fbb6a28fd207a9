"""B5 and B6 (reliability campaign 2): the live check against a hostile server on
127.0.0.1. The token is never echoed and its file is validated; server text is redacted
before it reaches a message or the report; pages, total time and body size are bounded;
an answer that is not Meta's (a captive portal's web page) is never "checked live". Before
the fix: a two-line token file printed the token (requests quotes the header), a BOM gave a
traceback, endless paging ran 1,316 requests in 60 s, a one-byte-every-5-s answer ran past
100 s, 400 MB bodies were read whole, and a 200 OK web page counted as checked."""

import subprocess
import sys

import pytest

from fixtures.fake_graph import ACCOUNT, PHONE, TOKEN, WABA, FakeGraph, Reply, graph_error, page, template
from wamigrate.core.graph import client as graph_client
from wamigrate.core.graph.client import GraphClient, GraphTokenError, GraphUnavailable, RetryPolicy, redact
from wamigrate.core.graph.facts import fetch_live_facts

NO_WAIT = RetryPolicy(attempts=2, backoff=0.0)


@pytest.fixture
def graph():
    with FakeGraph() as fake:
        yield fake


def _report(tmp_path, graph, token_bytes: bytes):
    (tmp_path / "token").write_bytes(token_bytes)
    profile = tmp_path / "profile.toml"
    profile.write_text('[migration]\nroute = "full"\n')
    return subprocess.run(
        [sys.executable, "-m", "wamigrate", "report", "--profile", str(profile), "--out", str(tmp_path / "r.json"),
         "--waba-id", WABA, "--token-file", str(tmp_path / "token"), "--graph-url", graph.url],
        capture_output=True, timeout=120,
    )  # fmt: skip


@pytest.mark.parametrize(
    "content",
    [f"{TOKEN}\nsecond line\n".encode(), f"{TOKEN} {TOKEN}".encode(), f"{TOKEN}\x1b[2J".encode()],
    ids=["two-lines", "space", "control"],
)
def test_b05_a_token_file_with_more_than_the_token_is_refused_without_echoing_it(graph, tmp_path, content):
    graph.standard()
    result = _report(tmp_path, graph, content)
    output = result.stdout + result.stderr
    assert result.returncode == 1 and b"That is not an access token" in output
    assert TOKEN.encode() not in output and b"Traceback" not in output
    assert graph.requests == []


def test_b05_a_byte_order_mark_is_accepted_and_non_utf8_is_a_sentence(graph, tmp_path):
    graph.standard()
    result = _report(tmp_path, graph, b"\xef\xbb\xbf" + TOKEN.encode() + b"\r\n")
    assert result.returncode == 0, result.stderr
    assert graph.requests[0]["headers"]["Authorization"] == f"Bearer {TOKEN}"
    result = _report(tmp_path, graph, b"\xff\xfe" + TOKEN.encode("utf-16-le"))
    assert result.returncode == 1 and b"not UTF-8 text" in result.stderr and b"Traceback" not in result.stderr


def test_b05_server_text_is_redacted_before_it_is_shown(graph):
    said = f"Invalid token {TOKEN} for user +55 11 9\x1b[31m trace AbCdEf0123456789GhIjKlMn " + "x" * 500
    graph.reply(WABA, Reply(400, graph_error(100, said)))
    graph.reply(f"{WABA}/phone_numbers", Reply(body=page([PHONE])))
    graph.reply(f"{WABA}/message_templates", Reply(body=page([template("order_ready")])))
    facts = fetch_live_facts(GraphClient(TOKEN, base_url=graph.url, retry=NO_WAIT), WABA)
    message = facts.errors["account"]
    assert TOKEN not in message and "\x1b" not in message and "AbCdEf0123456789GhIjKlMn" not in message
    assert "x" * 200 not in message and "Meta said: Invalid token" in message
    assert redact("Unsupported get request: whatsapp_business_management") == (
        "Unsupported get request: whatsapp_business_management"
    )


def test_b06_endless_paging_stops_at_the_page_bound(graph, monkeypatch):
    monkeypatch.setattr(graph_client, "MAX_PAGES", 12)
    graph.standard()
    graph.reply(f"{WABA}/message_templates", *[Reply(body=page([template(f"t{i}")], after=f"c{i}")) for i in range(40)])
    facts = fetch_live_facts(GraphClient(TOKEN, base_url=graph.url, retry=NO_WAIT), WABA)
    assert facts.templates is None and "more than 12 pages" in facts.errors["templates"]
    assert [r["path"] for r in graph.requests].count(f"/v25.0/{WABA}/message_templates") == 12


def test_b06_the_same_page_again_stops_at_once(graph):
    graph.standard()
    graph.reply(f"{WABA}/message_templates", Reply(body=page([template("t")], after="again")))
    facts = fetch_live_facts(GraphClient(TOKEN, base_url=graph.url, retry=NO_WAIT), WABA)
    assert "repeated the same page" in facts.errors["templates"]
    assert [r["path"] for r in graph.requests].count(f"/v25.0/{WABA}/message_templates") == 2


def test_b06_a_dripping_answer_ends_at_the_total_bound(graph):
    graph.standard()
    graph.reply(WABA, Reply(body=ACCOUNT, drip=0.2))  # each byte well within the read timeout
    client = GraphClient(TOKEN, base_url=graph.url, retry=NO_WAIT, total_seconds=1.5)
    with pytest.raises(GraphUnavailable, match="took too long"):
        client.get(WABA)


def test_b06_a_huge_answer_is_refused_without_reading_it_whole(graph, monkeypatch):
    monkeypatch.setattr(graph_client, "MAX_BODY", 1 << 20)
    graph.reply(WABA, Reply(body=ACCOUNT, endless=64 << 20))
    with pytest.raises(GraphUnavailable, match="far larger than any answer from Meta"):
        GraphClient(TOKEN, base_url=graph.url, retry=NO_WAIT).get(WABA)
    graph.reply(WABA, Reply(body=ACCOUNT, headers={"X-Pad": "1"}, raw=b"{" + b" " * (2 << 20) + b"}"))
    with pytest.raises(GraphUnavailable, match="far larger"):
        GraphClient(TOKEN, base_url=graph.url, retry=NO_WAIT).get(WABA)


def test_b06_a_captive_portal_page_is_not_a_live_check(graph):
    portal = b"<html><body>Sign in to CafeWiFi</body></html>"
    for path in (WABA, f"{WABA}/phone_numbers", f"{WABA}/message_templates"):
        graph.reply(path, Reply(raw=portal, content_type="text/html"))
    facts = fetch_live_facts(GraphClient(TOKEN, base_url=graph.url, retry=NO_WAIT), WABA)
    assert facts.account is None and facts.phone_numbers is None and facts.templates is None
    assert all("Wi-Fi sign-in page" in error for error in facts.errors.values())


def test_b06_answers_of_the_wrong_shape_are_not_facts(graph):
    graph.reply(WABA, Reply(body={"id": "999", "name": "Someone else"}))
    graph.reply(f"{WABA}/phone_numbers", Reply(body={"data": "not a list"}))
    graph.reply(f"{WABA}/message_templates", Reply(body=page([template("t", status={"nested": ["x"] * 3})])))
    facts = fetch_live_facts(GraphClient(TOKEN, base_url=graph.url, retry=NO_WAIT), WABA)
    assert "not about this WhatsApp Business Account" in facts.errors["account"]
    assert "not a list" in facts.errors["phone_numbers"]
    assert facts.templates[0].status is None  # an object where a word belongs is left out


def test_b05_a_token_is_checked_before_any_call(graph):
    with pytest.raises(GraphTokenError, match="That is not an access token") as caught:
        GraphClient(f"{TOKEN}\nInjected: header", base_url=graph.url)
    assert TOKEN not in str(caught.value)
