"""One intake to the FHIR server: the Bundle's size, and the worker's time to build it (PDF included)
and POST it to an endpoint on 127.0.0.1 that answers at once, against the PDF build alone.

The patient never waits for it (a worker thread sends after the thank-you page); the figure says how
long an intake is on its way and what a server's own work adds to. A real server's processing (a
transaction of a dozen conditional creates) comes on top.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from bench.figures import Figure
from bench.records import FULL_RECORD, ROOT, full_record
from kiosk.fhir_client import post_bundle
from kiosk.fhir_export import intake_bundle_json
from kiosk.logic.config import Settings
from kiosk.logic.screening import assess
from kiosk.report.pdf import build_pdf
from kiosk.submission import report_settings


class _Answer(BaseHTTPRequestHandler):
    """Reads the Bundle and answers a transaction-response with one 201 per entry."""

    def do_POST(self) -> None:
        data = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        entries = [{"response": {"status": "201 Created"}} for _ in data["entry"]]
        body = json.dumps(
            {"resourceType": "Bundle", "type": "transaction-response", "entry": entries}
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/fhir+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        del format, args


def measure(repetitions: int = 15) -> list[Figure]:
    record = full_record()
    assessment = assess(record)
    settings = Settings(clinic_name="Riverside Spine & Orthopaedics")
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Answer)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/fhir"
    try:
        body = intake_bundle_json(record, assessment, settings).encode("utf-8")  # untimed: caches filled
        send_ms: list[float] = []
        pdf_ms: list[float] = []
        for _ in range(repetitions):
            start = time.perf_counter()
            built = intake_bundle_json(record, assessment, settings).encode("utf-8")
            result = post_bundle(url, built, None)
            send_ms.append((time.perf_counter() - start) * 1000)
            assert result.outcome == "sent", result
            start = time.perf_counter()
            build_pdf(record, assessment, report_settings(settings))
            pdf_ms.append((time.perf_counter() - start) * 1000)
    finally:
        server.shutdown()
        server.server_close()
    return [
        Figure(
            key="fhir_send",
            title="FHIR Bundle built and sent (local endpoint)",
            unit="ms",
            samples=send_ms,
            baseline=pdf_ms,
            baseline_title="the PDF build alone (the Bundle carries it)",
            judged="none",
            with_p95=True,
            details={
                "record": str(FULL_RECORD.relative_to(ROOT)),
                "bundle_bytes": len(body),
                "entries": len(json.loads(body)["entry"]),
            },
        )
    ]
