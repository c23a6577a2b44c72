"""POSTs one transaction Bundle to the clinic's FHIR server and says what became of it (`urllib`).

Three outcomes, because staff and the outbox act differently on each: `sent` (2xx with a
transaction-response whose every entry succeeded), `retry` (no answer, a timeout, 5xx, 408, 429, or
an answer that is not a transaction-response, e.g. a proxy's page) and `refused` (any other 4xx:
the same Bundle would meet the same answer; the OperationOutcome's words are kept for staff).
Never raises for what the network or the server does. Qt-free and blocking: run it off the GUI thread.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any, Literal

Outcome = Literal["sent", "retry", "refused"]
TIMEOUT_SECONDS = 30.0
FHIR_JSON = "application/fhir+json"
TRANSIENT = frozenset({408, 425, 429})
"""4xx statuses that mean "not now" rather than "not this"."""


@dataclass(frozen=True)
class SendResult:
    outcome: Outcome
    status: int | None
    """The HTTP status; None when no answer came."""
    reason: str
    """For staff and the outbox: our words, plus the server's own for a refusal."""
    seconds: float


def _outcome_text(body: bytes) -> str:
    """The OperationOutcome's issues in the server's words, or "" when the body is not one."""
    try:
        data: Any = json.loads(body)
    except ValueError:
        return ""
    if not isinstance(data, dict) or data.get("resourceType") != "OperationOutcome":
        return ""
    words = []
    for issue in data.get("issue", []):
        if isinstance(issue, dict):
            text = issue.get("diagnostics") or (issue.get("details") or {}).get("text") or issue.get("code")
            if text:
                words.append(f"{issue.get('severity', 'error')}: {text}")
    return "; ".join(words)


def _accepted(body: bytes) -> str | None:
    """None when the answer is a transaction-response whose every entry is 2xx, else what is wrong."""
    try:
        data: Any = json.loads(body)
    except ValueError:
        return "the answer is not FHIR JSON"
    if (
        not isinstance(data, dict)
        or data.get("resourceType") != "Bundle"
        or data.get("type") != "transaction-response"
    ):
        return "the answer is not a transaction-response Bundle"
    statuses = [str(((e or {}).get("response") or {}).get("status", "")) for e in data.get("entry", [])]
    bad = [s for s in statuses if not s.startswith("2")]
    return f"entries not stored ({', '.join(bad)})" if bad else None


def post_bundle(
    base_url: str, body: bytes, token: str | None, timeout: float = TIMEOUT_SECONDS
) -> SendResult:
    """One POST of a transaction Bundle to the server's base URL."""
    # urllib.request brings http.client, ssl and email: loaded at the first send, not at start-up.
    import urllib.error  # noqa: PLC0415
    import urllib.request  # noqa: PLC0415

    headers = {"Content-Type": f"{FHIR_JSON}; charset=utf-8", "Accept": FHIR_JSON}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(base_url.rstrip("/"), data=body, headers=headers, method="POST")
    started = time.monotonic()

    def result(outcome: Outcome, status: int | None, reason: str) -> SendResult:
        return SendResult(outcome, status, reason, time.monotonic() - started)

    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            status, reply = answer.status, answer.read()
    except urllib.error.HTTPError as error:
        status, reply = error.code, error.read()
    except TimeoutError:
        return result("retry", None, f"no answer from the server within {timeout:g} s")
    except urllib.error.URLError as error:
        cause = error.reason
        if isinstance(cause, TimeoutError):
            return result("retry", None, f"no answer from the server within {timeout:g} s")
        return result("retry", None, f"cannot reach the server ({type(cause).__name__})")
    except OSError as error:  # a connection reset mid-answer, and the like
        return result("retry", None, f"the connection failed ({type(error).__name__})")
    if 200 <= status < 300:
        problem = _accepted(reply)
        return result("sent", status, "") if problem is None else result("retry", status, problem)
    if status >= 500 or status in TRANSIENT:
        return result("retry", status, f"the server could not take it now (HTTP {status})")
    words = _outcome_text(reply) or "no OperationOutcome in the answer"
    return result("refused", status, f"HTTP {status}: {words}")
