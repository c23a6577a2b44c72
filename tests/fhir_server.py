"""A small FHIR endpoint on 127.0.0.1 for the outbox tests (no real server installs here).

It takes transaction Bundles at its base URL, validates every entry with the `fhirclient` R4 models
and our code lists, honours conditional create (`ifNoneExist` on an identifier) and answers with a
`transaction-response`. Its `mode` plays the faults a clinic's server shows: `reject` (400 with an
OperationOutcome), `error` (500), `hang` (no answer until released), `store_then_error` and
`store_then_hang` (it keeps the Bundle, then its answer is lost), and `stop()`/`start()` refuse
connections on the same port while it is down.
"""

from __future__ import annotations

import json
import threading
import uuid
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from fhirclient.models.fhirabstractbase import FHIRValidationError

from tests.fhir_checks import foreign_codes, parse


class FhirEndpoint:
    def __init__(self) -> None:
        self.mode = "ok"
        self.stored: dict[tuple[str, str], dict[str, Any]] = {}
        """(resource type, identifier system|value) -> resource as stored, with its server id."""
        self.posts = 0
        self.authorizations: list[str | None] = []
        self.received = threading.Event()
        """Set once a Bundle has been read in full (the kill -9 test waits on it)."""
        self.release = threading.Event()
        """Ends a `hang`."""
        self.kept = threading.Event()
        """Set once a Bundle's resources are stored (in `store_then_*` modes before the lost answer)."""
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self.port = 0
        self.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/fhir"

    def start(self) -> None:
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                endpoint._handle(self)

            def log_message(self, format: str, *args: Any) -> None:
                del format, args

        server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        server.daemon_threads = True
        self.port = server.server_address[1]
        self._server = server
        threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()

    def stop(self) -> None:
        """Down: the port refuses connections until `start()`."""
        assert self._server is not None
        self._server.shutdown()
        self._server.server_close()
        self._server = None

    def close(self) -> None:
        self.release.set()
        if self._server is not None:
            self.stop()

    def count(self, kind: str) -> int:
        return sum(1 for (k, _) in self.stored if k == kind)

    # -- handling -----------------------------------------------------------------------------

    def _handle(self, request: BaseHTTPRequestHandler) -> None:
        body = request.rfile.read(int(request.headers["Content-Length"]))
        with self._lock:
            self.posts += 1
            self.authorizations.append(request.headers.get("Authorization"))
            mode = self.mode
        self.received.set()
        if mode == "hang":
            self.release.wait(30)
            return
        if mode == "error":
            self._answer(
                request,
                500,
                {"resourceType": "OperationOutcome", "issue": [{"severity": "fatal", "code": "exception"}]},
            )
            return
        if mode == "reject":
            self._answer(request, 400, _outcome("Patient.birthDate: a rule of this server refuses it"))
            return
        try:
            data = json.loads(body)
            answer = self._transaction(data)
        except (ValueError, KeyError, AssertionError, FHIRValidationError) as error:
            self._answer(request, 400, _outcome(f"invalid Bundle: {type(error).__name__}: {error}"))
            return
        if mode == "store_then_hang":
            self.release.wait(30)
            return
        if mode == "store_then_error":
            self._answer(
                request,
                503,
                {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "transient"}]},
            )
            return
        self._answer(request, 200, answer)

    def _transaction(self, data: dict[str, Any]) -> dict[str, Any]:
        """All entries valid, or nothing stored (a transaction); conditional create on identifiers."""
        assert data.get("resourceType") == "Bundle" and data.get("type") == "transaction", "not a transaction"
        parse(data)
        assert foreign_codes(data) == [], f"codes not on our lists: {foreign_codes(data)}"
        plans = []
        for entry in data["entry"]:
            resource, request = entry["resource"], entry["request"]
            parse(resource)
            assert request["method"] == "POST" and request["url"] == resource["resourceType"]
            condition = request["ifNoneExist"]
            assert condition.startswith("identifier=")
            ident = resource["identifier"]
            ident = ident if isinstance(ident, dict) else ident[0]
            assert condition == f"identifier={ident['system']}|{ident['value']}", (
                "ifNoneExist names another identifier"
            )
            plans.append((resource["resourceType"], condition.removeprefix("identifier="), resource))
        responses = []
        with self._lock:
            for kind, key, resource in plans:
                known = self.stored.get((kind, key))
                if known is None:
                    known = dict(resource, id=str(uuid.uuid4()))
                    self.stored[(kind, key)] = known
                    status = "201 Created"
                else:
                    status = "200 OK"
                responses.append(
                    {"response": {"status": status, "location": f"{kind}/{known['id']}/_history/1"}}
                )
        self.kept.set()
        return {"resourceType": "Bundle", "type": "transaction-response", "entry": responses}

    @staticmethod
    def _answer(request: BaseHTTPRequestHandler, status: int, data: dict[str, Any]) -> None:
        payload = json.dumps(data).encode("utf-8")
        request.send_response(status)
        request.send_header("Content-Type", "application/fhir+json")
        request.send_header("Content-Length", str(len(payload)))
        request.end_headers()
        request.wfile.write(payload)


def _outcome(text: str) -> dict[str, Any]:
    return {
        "resourceType": "OperationOutcome",
        "issue": [{"severity": "error", "code": "invalid", "diagnostics": text}],
    }


def resource_counts(endpoint: FhirEndpoint) -> Counter[str]:
    return Counter(kind for kind, _ in endpoint.stored)
