"""The PDF that goes to the chart is an archive copy: what of PDF/A-2b can be checked without a
validator (every font embedded, the XMP identification agreeing with the document information,
the language, an sRGB output intent)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from io import BytesIO
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from kiosk.logic.screening import assess
from kiosk.report.pdf import ReportSettings, build_pdf
from tests.report.helpers import record

NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
}


@pytest.fixture(scope="module")
def pdf() -> PdfReader:
    intake = record("v05")  # the urgent case: flag box, map, every page part
    return PdfReader(
        BytesIO(build_pdf(intake, assess(intake), ReportSettings(clinic_name="Pies & Piernas <Norte>")))
    )


def _fonts(resources: Any) -> list[DictionaryObject]:
    found = [f.get_object() for f in resources.get("/Font", {}).values()]
    for xobject in resources.get("/XObject", {}).values():
        inner = xobject.get_object().get("/Resources")
        if inner is not None:
            found += _fonts(inner.get_object())
    return found


def test_every_font_on_every_page_is_embedded(pdf: PdfReader) -> None:
    fonts = [font for page in pdf.pages for font in _fonts(page["/Resources"])]
    assert fonts
    for font in fonts:
        descriptor = font["/FontDescriptor"].get_object()
        assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor), font["/BaseFont"]
    assert {str(font["/BaseFont"]).split("+")[-1] for font in fonts} == {"DejaVuSans", "DejaVuSans-Bold"}


def _xmp(pdf: PdfReader) -> ET.Element:
    stream = pdf.trailer["/Root"]["/Metadata"].get_object()
    assert "/Filter" not in stream  # PDF/A readers must find the packet without decoding
    return ET.fromstring(stream.get_data())


def _text(xmp: ET.Element, path: str) -> str:
    found = xmp.find(f".//{path}", NS)
    assert found is not None, path
    return "".join(found.itertext()).strip()


def test_the_xmp_packet_says_pdf_a_2b_and_agrees_with_the_document_information(pdf: PdfReader) -> None:
    xmp = _xmp(pdf)
    info = pdf.metadata
    assert info is not None
    assert (_text(xmp, "pdfaid:part"), _text(xmp, "pdfaid:conformance")) == ("2", "B")
    assert _text(xmp, "dc:title") == info.title == "Intake summary"
    assert _text(xmp, "dc:creator") == info.author == "Pies & Piernas <Norte>"
    assert _text(xmp, "dc:description") == info.subject
    assert _text(xmp, "dc:language") == pdf.trailer["/Root"]["/Lang"] == "en"
    assert _text(xmp, "pdf:Producer") == info.producer
    assert _text(xmp, "pdf:Keywords") == info["/Keywords"]
    assert _text(xmp, "xmp:CreatorTool") == info.creator
    # D:20261120100000-05'00' in the information dictionary, the same moment in ISO form in XMP
    assert info["/CreationDate"] == info["/ModDate"] == "D:20261120100000-05'00'"
    assert _text(xmp, "xmp:CreateDate") == _text(xmp, "xmp:ModifyDate") == "2026-11-20T10:00:00-05:00"


def test_an_srgb_output_intent_with_its_icc_profile(pdf: PdfReader) -> None:
    (intent,) = [i.get_object() for i in pdf.trailer["/Root"]["/OutputIntents"]]
    assert intent["/Type"] == "/OutputIntent"
    assert intent["/S"] == "/GTS_PDFA1"
    assert intent["/OutputConditionIdentifier"] == "sRGB IEC61966-2.1"
    profile = intent["/DestOutputProfile"].get_object()
    assert profile["/N"] == 3
    icc = profile.get_data()
    assert (icc[36:40], icc[16:20], icc[12:16]) == (b"acsp", b"RGB ", b"mntr")
    assert int.from_bytes(icc[0:4], "big") == len(icc)
    assert icc[8:10] <= b"\x04\x20"  # PDF 1.7 (and so PDF/A-2) knows ICC profiles up to 4.2


def test_the_archive_parts_keep_the_pdf_byte_identical() -> None:
    intake = record("v03")
    assert build_pdf(intake, assess(intake), ReportSettings()) == build_pdf(
        intake, assess(intake), ReportSettings()
    )
