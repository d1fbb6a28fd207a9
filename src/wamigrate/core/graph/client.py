"""A small read-only client for Meta's Graph API: GET with a bearer token, timeouts,
retries on rate limits and server errors, cursor pagination, and errors in plain words.

Followed: Graph API **v25.0** (the version in Meta's WhatsApp Business Management pages as
read on 2026-11-26: "Manage accounts" uses v25.0; the WhatsApp Business Account, Business
phone numbers and Message templates references, and the Graph API error-handling page).

The token travels only in the Authorization header, never in a URL (URLs end up in logs
and error messages), and is never part of a message or a log record. Pagination follows the
``after`` cursor against our own base URL rather than the ``paging.next`` link, so the
token is never sent to a host the response named.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import requests

from wamigrate.core.cancel import CancelToken
from wamigrate.core.errors import WamigrateError
from wamigrate.core.translatable import tr

API_VERSION = "v25.0"
GRAPH_URL = "https://graph.facebook.com"
DEFAULT_TIMEOUT = 20.0  # seconds for each read
CONNECT_TIMEOUT = 5.0  # no connection within this: almost always no internet at all
# Bounds for a server that never stops (it need not be Meta: a proxy, a captive portal, a
# hostile host): a whole live check ends within this, reads at most so many pages of one
# list, and no answer may be larger than this. Meta's real answers are a few kilobytes.
TOTAL_SECONDS = 120.0
MAX_PAGES = 100
MAX_BODY = 4 << 20
_TOKEN_RE = re.compile(r"[\x21-\x7e]{16,4096}")  # one line of visible ASCII, as Meta's tokens are
# A word of 20+ letters and digits mixed: a token, a trace id (not "whatsapp_business_management").
_LONG_WORD_RE = re.compile(r"(?=[A-Za-z_\-]*\d)(?=[\d_\-]*[A-Za-z])[A-Za-z0-9_\-]{20,}")
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f]+")
_log = logging.getLogger(__name__)

# Graph error codes (Meta "Graph API error handling"; WhatsApp "Error codes").
_TOKEN_CODES = {102, 190}  # session or access token invalid/expired
_PERMISSION_CODES = {10, 200, 210, 299}  # 200-299: a permission the token lacks
_THROTTLE_CODES = {4, 17, 32, 613, 80004, 80008, 130429}  # app, user, page, custom, WABA, throughput limits
_TRANSIENT_CODES = {1, 2}  # "unknown" and "service temporarily unavailable"


class GraphError(WamigrateError):
    """A call to Meta failed; the message says what happened and what to do."""

    def __init__(self, message: str, code: int | None = None, status: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.status = status


class GraphTokenError(GraphError):
    """The token is expired, revoked or not a token: no further call can succeed."""


class GraphPermissionError(GraphError):
    """The token works but lacks a permission (or has no access to this WABA)."""


class GraphRateLimited(GraphError):
    """Meta kept asking to slow down after every retry."""


class GraphUnavailable(GraphError):
    """No answer: network down, timed out, or Meta's side failing."""


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 4  # the first call and three retries
    backoff: float = 2.0  # seconds, doubled after each retry, when Meta does not say how long
    longest_wait: float = 60.0


class GraphClient:
    """``token`` stays in this object; ``base_url`` points tests at a local fake server."""

    def __init__(
        self,
        token: str,
        base_url: str = GRAPH_URL,
        version: str = API_VERSION,
        timeout: float = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        total_seconds: float = TOTAL_SECONDS,
    ) -> None:
        token = check_token(token)
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {token}"
        self._session.headers["Accept"] = "application/json"
        self._session.headers["Accept-Encoding"] = "identity"  # no compressed answer to inflate past MAX_BODY
        self._token = token
        self._base = f"{base_url.rstrip('/')}/{version}"
        self._timeout = timeout
        self._retry = retry or RetryPolicy()
        self._sleep = sleep
        self._total = total_seconds
        self._deadline = time.monotonic() + total_seconds

    def close(self) -> None:
        self._session.close()

    def __repr__(self) -> str:  # never show the token
        return f"GraphClient({self._base!r})"

    # -- calls ------------------------------------------------------------------------------

    def get(self, path: str, params: dict | None = None, cancel: CancelToken | None = None) -> dict:
        """One GET, retried on rate limits and server errors; the decoded JSON object."""
        url = f"{self._base}/{path.lstrip('/')}"
        wait = self._retry.backoff
        for attempt in range(1, self._retry.attempts + 1):
            if cancel is not None:
                cancel.raise_if_cancelled()
            self._check_deadline()
            try:
                response = self._session.get(
                    url, params=params, timeout=(min(CONNECT_TIMEOUT, self._timeout), self._timeout), stream=True
                )
                try:
                    raw = self._read_body(response, cancel)
                finally:
                    response.close()
            except requests.ConnectTimeout as error:
                # Before requests.Timeout, its base: no connection at all within CONNECT_TIMEOUT
                # is almost always no internet, and waiting longer would not help.
                raise GraphUnavailable(
                    tr(
                        "No internet connection: Meta could not be reached within {0} seconds. Check the "
                        "connection and try again."
                    ).format(f"{min(CONNECT_TIMEOUT, self._timeout):g}")
                ) from error
            except requests.Timeout as error:
                raise GraphUnavailable(
                    tr("Meta did not answer within {0} seconds. Check the connection and try again.").format(
                        f"{self._timeout:g}"
                    )
                ) from error
            except requests.ConnectionError as error:
                # Refused or unresolvable: tried once more after a short pause (a network coming
                # back), not four times with growing waits.
                if attempt >= min(2, self._retry.attempts):
                    raise GraphUnavailable(
                        tr("Could not reach Meta ({0}). Check the internet connection and try again.").format(
                            self._base.split("//")[-1].split("/")[0]
                        )
                    ) from error
                self._pause(min(wait, 1.0), None)
                continue
            body = _json(raw)
            if body is None and response.ok:
                raise GraphUnavailable(
                    tr(
                        "The answer did not come from Meta: a web page came back instead (a Wi-Fi sign-in page, a "
                        "proxy or a firewall?). Connect to the internet directly and try again."
                    )
                )
            body = body or {}
            error = body.get("error")
            if response.ok and not error:
                return body
            code = error.get("code") if isinstance(error, dict) else None
            retryable = response.status_code == 429 or response.status_code >= 500 or code in _THROTTLE_CODES
            retryable = retryable or code in _TRANSIENT_CODES
            _log.info("Graph GET %s: HTTP %s, error code %s (attempt %s)", path, response.status_code, code, attempt)
            if retryable and attempt < self._retry.attempts:
                self._pause(wait, response.headers.get("Retry-After"))
                wait *= 2
                continue
            raise _error_for(response.status_code, error if isinstance(error, dict) else {}, self._token)
        raise AssertionError("the loop returns or raises")

    def _check_deadline(self) -> None:
        if time.monotonic() > self._deadline:
            raise GraphUnavailable(
                tr("Meta's answers took too long (more than {0} seconds in all); the check stopped.").format(
                    f"{self._total:g}"
                )
            )

    def _read_body(self, response: requests.Response, cancel: CancelToken | None) -> bytes:
        """The whole answer, at most MAX_BODY bytes, checking the deadline between reads (the
        read timeout alone lets a server that sends one byte every few seconds run forever)."""
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > MAX_BODY:
            raise _too_large()
        body = bytearray()
        while True:
            self._check_deadline()
            if cancel is not None:
                cancel.raise_if_cancelled()
            chunk = response.raw.read1(65536)  # returns after one read from the socket
            if not chunk:
                return bytes(body)
            body += chunk
            if len(body) > MAX_BODY:
                raise _too_large()

    def pages(
        self, path: str, params: dict | None = None, cancel: CancelToken | None = None, limit: int = 100
    ) -> Iterator[dict]:
        """Every item of a list edge, page after page (``data`` and ``paging.cursors.after``)."""
        query = dict(params or {}, limit=limit)
        seen: set[str] = set()
        for _ in range(MAX_PAGES):
            body = self.get(path, query, cancel)
            items = body.get("data") or []
            if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
                raise GraphUnavailable(tr("Meta's answer was not a list as expected; the check stopped."))
            yield from items
            paging = body.get("paging") if isinstance(body.get("paging"), dict) else {}
            cursors = paging.get("cursors") if isinstance(paging.get("cursors"), dict) else {}
            after = cursors.get("after")
            if not paging.get("next") or not isinstance(after, str) or not after:
                return
            if after in seen:  # the same page again: it would never end
                raise GraphUnavailable(tr("Meta's answer repeated the same page; the check stopped."))
            seen.add(after)
            query = dict(query, after=after)
        raise GraphUnavailable(
            tr("Meta's answer went on for more than {0} pages; the check stopped.").format(MAX_PAGES)
        )

    def _pause(self, wait: float, retry_after: str | None) -> None:
        seconds = wait
        if retry_after is not None:
            with contextlib.suppress(ValueError):
                seconds = float(retry_after)
        remaining = self._deadline - time.monotonic()
        self._sleep(max(0.0, min(seconds, self._retry.longest_wait, remaining)))


def check_token(token: str) -> str:
    """The token without surrounding spaces (and a byte-order mark), or GraphTokenError. The
    message never repeats the token: it may be most of a real one with a typo."""
    token = (token or "").strip().lstrip("\ufeff").strip()
    if not token:
        raise GraphTokenError(tr("Enter an access token for the WhatsApp Business Account."))
    if not _TOKEN_RE.fullmatch(token):
        raise GraphTokenError(
            tr(
                "That is not an access token: a token is one line of letters and digits, without spaces (it "
                "usually starts with EAA). Check that the token file holds only the token."
            )
        )
    return token


def _too_large() -> GraphUnavailable:
    return GraphUnavailable(
        tr("The answer was far larger than any answer from Meta (over {0} MB); the check stopped.").format(
            MAX_BODY >> 20
        )
    )


def _json(raw: bytes) -> dict | None:
    """The JSON object of an answer, or None when it is not one (a web page, garbage)."""
    try:
        body = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None
    return body if isinstance(body, dict) else None


def redact(text: str, token: str = "") -> str:
    """Server text fit to show and to put in a report: one line, at most 160 characters, no
    control characters, no token and no long identifier-like words (a token, a trace id)."""
    if token:
        text = text.replace(token, "…")
    text = _CONTROL_RE.sub(" ", text)
    text = _LONG_WORD_RE.sub("…", text)
    text = " ".join(text.split())
    return text if len(text) <= 160 else text[:159] + "…"


def _error_for(status: int, error: dict, token: str = "") -> GraphError:
    code, subcode = error.get("code"), error.get("error_subcode")
    code = code if type(code) is int else None
    subcode = subcode if type(subcode) is int else None
    said = redact(str(error.get("message") or ""), token)
    detail = tr(" Meta said: {0}").format(said) if said else ""
    if code in _TOKEN_CODES or status == 401:
        if subcode == 463:
            text = tr(
                "The access token has expired. Make a new one in Meta Business Suite (System users) and try again."
            )
        elif subcode == 460:
            text = tr("The access token stopped working because the password of its user changed. Make a new one.")
        else:
            text = tr("Meta does not accept this access token (revoked or mistyped). Make a new one and try again.")
        return GraphTokenError(text + detail, code, status)
    if code in _PERMISSION_CODES or (isinstance(code, int) and 200 <= code <= 299) or status == 403:
        return GraphPermissionError(
            tr(
                "The access token may not read this WhatsApp Business Account: it needs the "
                "whatsapp_business_management permission and access to the account."
            )
            + detail,
            code,
            status,
        )
    if code in _THROTTLE_CODES or status == 429:
        return GraphRateLimited(tr("Meta is limiting calls right now. Wait a few minutes and try again."), code, status)
    if code == 100:
        known = tr("Meta does not know this account or field: check the WhatsApp Business Account ID.")
        return GraphError(known + detail, code, status)
    if status >= 500 or code in _TRANSIENT_CODES:
        return GraphUnavailable(tr("Meta's service is failing right now (HTTP {0}). Try again later.").format(status)
                                + detail, code, status)  # fmt: skip
    return GraphError(tr("Meta refused the request (HTTP {0}).").format(status) + detail, code, status)
