"""The archival parts of PDF/A-2b that reportlab does not write: the XMP packet and the output intent.

What goes to the chart must stay readable for decades, so the PDF identifies itself as PDF/A-2b
(ISO 19005-2, level B: the look is preserved): an XMP metadata packet that repeats the document
information (title, author, subject, keywords, tools, dates) and adds the PDF/A identification and
the language, and an sRGB output intent with its ICC profile. Fonts are embedded by the document
set-up (DejaVu as the initial font, no base-14 font). No validator runs here; the README lists
what was not checked.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import (  # type: ignore[import-untyped]
    XMP,
    PDFArray,
    PDFCatalog,
    PDFDictionary,
    PDFName,
    PDFStream,
    PDFString,
)

from kiosk.logic.assets import asset_path

SRGB = "sRGB IEC61966-2.1"


class _ArchivalCatalog(PDFCatalog):  # type: ignore[misc]
    """reportlab's catalog writes only the keys it lists; PDF/A needs `OutputIntents` too."""

    __NoDefault__ = (*PDFCatalog.__NoDefault__, "OutputIntents")
    __Refs__ = __NoDefault__


@cache
def srgb_profile() -> bytes:
    return asset_path("color", "sRGB.icc").read_bytes()


def _alt(text: str) -> str:
    return f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(text)}</rdf:li></rdf:Alt>'


def xmp_packet(info: Any, when: datetime, language: str) -> str:
    """The XMP that PDF/A requires to agree with the document information dictionary."""
    stamp = when.isoformat(timespec="seconds")
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
<pdfaid:part>2</pdfaid:part>
<pdfaid:conformance>B</pdfaid:conformance>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:format>application/pdf</dc:format>
<dc:title>{_alt(info.title)}</dc:title>
<dc:creator><rdf:Seq><rdf:li>{escape(info.author)}</rdf:li></rdf:Seq></dc:creator>
<dc:description>{_alt(info.subject)}</dc:description>
<dc:language><rdf:Bag><rdf:li>{escape(language)}</rdf:li></rdf:Bag></dc:language>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<xmp:CreatorTool>{escape(info.creator)}</xmp:CreatorTool>
<xmp:CreateDate>{stamp}</xmp:CreateDate>
<xmp:ModifyDate>{stamp}</xmp:ModifyDate>
<xmp:MetadataDate>{stamp}</xmp:MetadataDate>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<pdf:Producer>{escape(info.producer)}</pdf:Producer>
<pdf:Keywords>{escape(info.keywords)}</pdf:Keywords>
<pdf:Trapped>{escape(info.trapped)}</pdf:Trapped>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


def make_archival(doc: Any, when: datetime, language: str) -> None:
    """Add the XMP packet and the sRGB output intent to a reportlab document about to be saved.

    `when` must be the date the document information carries (the canvas's date formatter)."""
    catalog = _ArchivalCatalog()
    catalog.__dict__.update(doc.Catalog.__dict__)
    doc.Catalog = doc._catalog = catalog
    catalog.Metadata = XMP(creator=lambda _doc: xmp_packet(doc.info, when, language).encode("utf-8"))
    profile = PDFStream(PDFDictionary({"N": 3}), srgb_profile())
    intent = PDFDictionary(
        {
            "Type": PDFName("OutputIntent"),
            "S": PDFName("GTS_PDFA1"),
            "OutputConditionIdentifier": PDFString(SRGB),
            "Info": PDFString(SRGB),
            "RegistryName": PDFString("http://www.color.org"),
            "DestOutputProfile": doc.Reference(profile),
        }
    )
    catalog.OutputIntents = PDFArray([intent])
