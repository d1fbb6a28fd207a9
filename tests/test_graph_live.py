"""The live readiness check against a fake Graph API on 127.0.0.1: success, an expired token,
a missing permission, a rate limit then success, templates over several pages, one call
failing while the others are reported, a timeout; then what the rules and the report make of
the facts, the command line, and that the token never reaches a log, a message or a file."""

import json
import logging
import subprocess
import sys
import threading

import pytest

from fixtures.fake_graph import ACCOUNT, PHONE, TOKEN, WABA, FakeGraph, Reply, graph_error, page, template
from wamigrate.core.graph.client import (
    GraphClient,
    GraphPermissionError,
    GraphTokenError,
    GraphUnavailable,
    RetryPolicy,
)
from wamigrate.core.graph.facts import facts_from_json, fetch_live_facts
from wamigrate.core.readiness.checks import Context
from wamigrate.core.readiness.engine import evaluate
from wamigrate.core.readiness.profile import profile_from_dict
from wamigrate.core.readiness.report import build, render_html

NO_WAIT = RetryPolicy(attempts=3, backoff=0.0)


@pytest.fixture
def graph():
    with FakeGraph() as fake:
        yield fake


def client(graph, **options) -> GraphClient:
    return GraphClient(TOKEN, base_url=graph.url, retry=options.pop("retry", NO_WAIT), **options)


def test_success_reads_account_numbers_and_templates(graph):
    graph.standard([template("order_ready"), template("promo_may", "REJECTED", rejected_reason="PROMOTIONAL")])
    facts = fetch_live_facts(client(graph), WABA)
    assert facts.errors == {}
    assert (facts.account.name, facts.account.business_verification_status) == ("Loja Verde", "verified")
    [number] = facts.phone_numbers
    assert (number.display_phone_number, number.verified_name, number.name_status) == (
        "+55 11 98765-4321", "Loja Verde", "APPROVED")  # fmt: skip
    assert (number.platform_type, number.quality_rating, number.throughput) == ("CLOUD_API", "GREEN", "STANDARD")
    assert (number.messaging_limit, number.daily_limit, number.is_on_biz_app) == ("TIER_2K", 2000, False)
    assert [(t.name, t.status, t.quality, t.rejected_reason) for t in facts.templates] == [
        ("order_ready", "APPROVED", "GREEN", None), ("promo_may", "REJECTED", "GREEN", "PROMOTIONAL")]  # fmt: skip
    assert facts.number("+5511987654321") is number
    first = graph.requests[0]
    assert first["path"] == f"/v25.0/{WABA}" and first["query"]["fields"].startswith("id,name,business_verification")
    assert all(r["headers"]["Authorization"] == f"Bearer {TOKEN}" for r in graph.requests)
    assert all(TOKEN not in json.dumps(r["query"]) for r in graph.requests)  # never in a URL
    assert facts_from_json(json.loads(json.dumps(facts.to_json()))) == facts


def test_expired_token_stops_the_check_with_a_clear_message(graph):
    graph.reply(WABA, Reply(401, graph_error(190, "Error validating access token: Session has expired", 463)))
    with pytest.raises(GraphTokenError) as caught:
        fetch_live_facts(client(graph), WABA)
    assert "access token has expired" in str(caught.value) and "Session has expired" in str(caught.value)
    assert len(graph.requests) == 1  # no retry, and no further call with a dead token


def test_missing_permission_names_it_and_the_other_calls_still_run(graph):
    graph.standard()
    graph.reply(f"{WABA}/message_templates", Reply(403, graph_error(200, "Requires whatsapp_business_management")))
    facts = fetch_live_facts(client(graph), WABA)
    assert facts.templates is None and facts.phone_numbers is not None and facts.account is not None
    assert "whatsapp_business_management permission" in facts.errors["templates"]
    with pytest.raises(GraphPermissionError):
        client(graph).get(f"{WABA}/message_templates")


def test_rate_limit_then_success(graph):
    waits = []
    graph.standard()
    graph.reply(
        f"{WABA}/phone_numbers",
        Reply(429, graph_error(80008, "There have been too many calls to this WhatsApp Business account."),
              headers={"Retry-After": "7"}),
        Reply(400, graph_error(4, "Application request limit reached")),
        Reply(body=page([PHONE])),
    )  # fmt: skip
    facts = fetch_live_facts(client(graph, sleep=waits.append), WABA)
    assert facts.errors == {} and len(facts.phone_numbers) == 1
    assert [r["path"] for r in graph.requests].count(f"/v25.0/{WABA}/phone_numbers") == 3
    assert waits == [7.0, 0.0]  # Meta's Retry-After first, then the (test's zero) backoff


def test_templates_over_several_pages_follow_the_cursor_on_our_own_host(graph):
    graph.reply(WABA, Reply(body=ACCOUNT))
    graph.reply(f"{WABA}/phone_numbers", Reply(body=page([PHONE])))
    evil = "https://collector.invalid"  # a next link elsewhere must not receive the token
    graph.reply(f"{WABA}/message_templates", Reply(body=page([template(f"t{i}") for i in range(3)], "C1", evil)))
    graph.reply(f"{WABA}/message_templates?after=C1", Reply(body=page([template(f"t{i}") for i in range(3, 6)], "C2")))
    graph.reply(f"{WABA}/message_templates?after=C2", Reply(body=page([template("t6", "PAUSED")])))
    facts = fetch_live_facts(client(graph), WABA)
    assert [t.name for t in facts.templates] == [f"t{i}" for i in range(7)]
    calls = [r["query"] for r in graph.requests if r["path"].endswith("message_templates")]
    assert [c.get("after") for c in calls] == [None, "C1", "C2"] and all(c["limit"] == "100" for c in calls)


def test_one_call_failing_leaves_the_others_reported(graph):
    graph.standard()
    graph.reply(WABA, Reply(500, graph_error(2, "Service temporarily unavailable", kind="OAuthException")))
    facts = fetch_live_facts(client(graph), WABA)
    assert facts.account is None and "failing right now (HTTP 500)" in facts.errors["account"]
    assert facts.phone_numbers and facts.templates
    assert [r["path"] for r in graph.requests].count(f"/v25.0/{WABA}") == NO_WAIT.attempts


def test_timeout_is_reported_not_waited_for(graph):
    graph.standard()
    # The phone numbers never come while the check runs (the server answers only once the test
    # lets it); the timeout is long enough for the other calls on a loaded machine (a 0.3 s one
    # timed those out too when two test runs shared the machine).
    answer = threading.Event()
    graph.reply(f"{WABA}/phone_numbers", Reply(body=page([PHONE]), hold=answer))
    try:
        facts = fetch_live_facts(client(graph, timeout=3.0, retry=RetryPolicy(attempts=1, backoff=0.0)), WABA)
    finally:
        answer.set()
    assert "did not answer within 3 seconds" in facts.errors["phone_numbers"]
    assert facts.account is not None and facts.templates is not None


def test_bad_input_is_refused_before_any_call(graph):
    with pytest.raises(GraphTokenError):
        GraphClient("  ", base_url=graph.url)
    with pytest.raises(Exception, match="is a number"):
        fetch_live_facts(client(graph), "my-waba")
    assert graph.requests == []


def test_the_token_never_reaches_a_log_or_a_message(graph, caplog):
    caplog.set_level(logging.DEBUG)
    graph.standard()
    graph.reply(f"{WABA}/message_templates", Reply(500, {"error": {"message": "boom", "code": 1}}))
    live = client(graph)
    facts = fetch_live_facts(live, WABA)
    everything = " ".join(r.getMessage() for r in caplog.records) + json.dumps(facts.to_json()) + repr(live)
    assert caplog.records and TOKEN not in everything and "EAAJB" not in everything


# -- the rules and the report ---------------------------------------------------------------------


def live_facts(graph, phone=None, templates=None, account=None):
    graph.standard(templates)
    if phone:
        graph.reply(f"{WABA}/phone_numbers", Reply(body=page([{**PHONE, **phone}])))
    if account:
        graph.reply(WABA, Reply(body={**ACCOUNT, **account}))
    return fetch_live_facts(client(graph), WABA)


PROFILE = {
    "migration": {"route": "full"},
    "number": {"phone": "+55 11 98765 4321"},
    "business": {"display_name": "LOJA VERDE!!", "business_verification": "not_started"},
}


def findings(report):
    return {f["id"]: f for f in report["findings"]}


def test_live_facts_override_answers_and_add_live_findings(graph):
    facts = live_facts(
        graph,
        phone={"platform_type": "ON_PREMISE", "name_status": "DECLINED", "quality_rating": "RED",
               "whatsapp_business_manager_messaging_limit": "TIER_250"},
        templates=[template("order_ready"), template("promo", "REJECTED", rejected_reason="PROMOTIONAL"),
                   template("old_news", "PAUSED")],
    )  # fmt: skip
    report = build(evaluate(profile_from_dict(PROFILE), Context(live=facts, day_one_customers=600)))
    by_id = findings(report)
    # Meta's answers replace the user's: the business is verified, the name is "Loja Verde".
    assert by_id["BA-05"]["status"] == "pass" and by_id["BA-05"]["verified_live_at"] == facts.checked_at
    assert by_id["DN-09"]["status"] == "pass" and "'Loja Verde'" in by_id["DN-09"]["found"]
    assert by_id["PN-02"]["verified_live_at"] is None  # not something Meta answered
    assert by_id["LV-01"]["status"] == "fail" and "On-Premises" in by_id["LV-01"]["found"]
    assert by_id["LV-02"]["status"] == "fail" and "DECLINED" in by_id["LV-02"]["found"]
    assert (
        by_id["LV-03"]["found"] == "2 templates cannot be sent: promo (pt_BR): REJECTED, PROMOTIONAL; "
        "old_news (pt_BR): PAUSED."
    )
    assert by_id["LV-04"]["status"] == "fail"
    assert by_id["LV-05"]["found"] == "600 customers need a template on day one; the limit is 250 a day (TIER_250)."
    assert (
        by_id["LV-05"]["why"]
        == "Reaching them all takes 3 days at this limit, which all numbers of the portfolio share."
    )
    assert report["verdict"] == "Blocked"
    page_html = render_html({**report, "live": facts.to_json()})
    moment = facts.checked_at[:16].replace("T", " ") + " UTC"
    assert "Verified live" in page_html and f"verified live at {moment}" in page_html
    assert "TIER_250" in page_html and "promo" in page_html


def test_a_healthy_account_passes_every_live_rule(graph):
    facts = live_facts(graph)
    profile = profile_from_dict({**PROFILE, "business": {"display_name": "Loja Verde"}})
    by_id = findings(build(evaluate(profile, Context(live=facts, day_one_customers=1500))))
    assert [by_id[f"LV-0{i}"]["status"] for i in range(1, 7)] == ["pass"] * 6
    assert by_id["LV-06"]["found"] == "Meta says the account can send messages (AVAILABLE)."


def test_health_status_blocks_or_warns_and_a_pending_name_blocks_only_a_provider_move(graph):
    blocked = {"can_send_message": "BLOCKED", "entities": [{"entity_type": "PHONE_NUMBER", "id": "1",
               "can_send_message": "BLOCKED", "errors": [{"error_code": 141006, "error_description":
               "There is an error with the payment method.", "possible_solution": "Add a valid payment method."}]}]}  # fmt: skip
    facts = live_facts(graph, phone={"name_status": "PENDING_REVIEW"}, account={"health_status": blocked})
    assert facts.account.health == "BLOCKED"
    full = evaluate(profile_from_dict(PROFILE), Context(live=facts))
    by_id = {f.rule.id: f for f in full.findings}
    assert by_id["LV-06"].outcome.found == (
        "Meta says this account cannot send messages (BLOCKED). PHONE_NUMBER: There is an error with the payment "
        "method. (Add a valid payment method.)"
    )
    assert by_id["LV-06"].severity == "blocker" and full.verdict == "Blocked"
    assert (by_id["LV-02"].outcome.status, by_id["LV-02"].severity) == ("fail", "warning")
    move = evaluate(profile_from_dict({**PROFILE, "migration": {"route": "provider_move"}}), Context(live=facts))
    assert {f.rule.id: f.severity for f in move.findings}["LV-02"] == "blocker"
    limited = live_facts(graph, account={"health_status": {"can_send_message": "LIMITED"}})
    finding = next(
        f for f in evaluate(profile_from_dict(PROFILE), Context(live=limited)).findings if f.rule.id == "LV-06"
    )
    assert (finding.outcome.status, finding.severity) == ("fail", "warning")
    # A saved check reads back with its health status.
    assert facts_from_json(facts.to_json()).account.health_problems == facts.account.health_problems


def test_without_a_live_check_no_live_rule_runs():
    report = build(evaluate(profile_from_dict(PROFILE)))
    assert not any(f["id"].startswith("LV-") for f in report["findings"])
    assert all(f["verified_live_at"] is None for f in report["findings"])


def test_number_not_in_the_account_is_said_plainly(graph):
    facts = live_facts(graph, phone={"display_phone_number": "+1 555-555-5555"})
    by_id = findings(build(evaluate(profile_from_dict(PROFILE), Context(live=facts))))
    assert by_id["LV-01"]["status"] == "unknown" and "+1 555-555-5555" in by_id["LV-01"]["found"]


def test_command_line_report_with_a_live_check(graph, tmp_path):
    graph.standard([template("order_ready", "PAUSED")])
    (tmp_path / "token").write_text(TOKEN + "\n")
    profile = tmp_path / "profile.toml"
    profile.write_text('[migration]\nroute = "full"\n[number]\nphone = "+55 11 98765 4321"\n')
    out = tmp_path / "report.json"
    result = subprocess.run(
        [sys.executable, "-m", "wamigrate", "report", "--profile", str(profile), "--out", str(out),
         "--waba-id", WABA, "--token-file", str(tmp_path / "token"), "--graph-url", graph.url],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    report = json.loads(out.read_text())
    assert report["live"]["waba_id"] == WABA and report["live"]["templates"][0]["status"] == "PAUSED"
    assert findings(report)["LV-03"]["status"] == "fail"
    assert "Checked live with Meta" in result.stdout
    assert TOKEN not in out.read_text() + result.stdout + result.stderr


def test_command_line_says_what_went_wrong_with_the_token(graph, tmp_path):
    graph.reply(WABA, Reply(401, graph_error(190, "Invalid OAuth access token.")))
    (tmp_path / "token").write_text("EAAnot-a-valid-token-1234")
    profile = tmp_path / "profile.toml"
    profile.write_text('[migration]\nroute = "full"\n')
    result = subprocess.run(
        [sys.executable, "-m", "wamigrate", "report", "--profile", str(profile), "--out", str(tmp_path / "r.json"),
         "--waba-id", WABA, "--token-file", str(tmp_path / "token"), "--graph-url", graph.url],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode != 0 and "does not accept this access token" in result.stderr
    assert not (tmp_path / "r.json").exists()


def test_graph_errors_are_unavailable_errors_for_the_network(tmp_path):
    dead = GraphClient(TOKEN, base_url="http://127.0.0.1:9", retry=NO_WAIT, sleep=lambda s: None)
    with pytest.raises(GraphUnavailable, match="Could not reach Meta"):
        dead.get(WABA)
