"""The paper pain map: views fit their box, y is flipped, and every view of the real geometry draws."""

from __future__ import annotations

import math
from io import BytesIO

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from kiosk.logic.geometry import body_map
from kiosk.logic.record import PainEntry
from kiosk.logic.regions import View, catalogue
from kiosk.logic.vocab import Side
from kiosk.report.bodymap_drawing import (
    BADGE_RADIUS,
    CAPTION_SPACE,
    VIEW_CAPTIONS,
    PainMapDrawing,
    place_numbers,
    place_views,
)
from kiosk.report.fonts import register_fonts


def test_views_stand_on_one_baseline_and_fit_side_by_side() -> None:
    views = [body_map().view(v) for v in (View.FRONT, View.BACK, View.SOLES)]
    front, back, soles = place_views(views, 300, 200)
    assert front.height == pytest.approx(back.height)
    assert front.height <= 200 - CAPTION_SPACE + 1e-6
    assert soles.height < front.height, "the soles close-up is drawn a little shorter"
    assert front.y == back.y == soles.y == CAPTION_SPACE
    assert front.x >= 0 and soles.x + soles.width <= 300 + 1e-6
    assert front.x + front.width < back.x and back.x + back.width < soles.x


def test_a_narrow_box_shrinks_every_view_together() -> None:
    views = [body_map().view(v) for v in (View.FRONT, View.BACK, View.SOLES)]
    wide, narrow = place_views(views, 300, 200), place_views(views, 150, 200)
    assert narrow[-1].x + narrow[-1].width <= 150 + 1e-6
    assert [n.scale / w.scale for n, w in zip(narrow, wide, strict=True)] == pytest.approx([0.5] * 3, rel=0.1)


def test_geometry_y_grows_down_but_pdf_y_grows_up() -> None:
    (placement,) = place_views([body_map().view(View.FRONT)], 100, 300)
    left, top, right, bottom = placement.box
    assert placement.point(left, bottom) == pytest.approx((placement.x, CAPTION_SPACE))
    assert placement.point(left, top)[1] == pytest.approx(CAPTION_SPACE + placement.height)
    assert placement.point(right, top)[0] == pytest.approx(placement.x + placement.width)


def test_every_marked_region_is_drawn_with_its_number_and_side_letters() -> None:
    register_fonts()
    pain = [PainEntry(r.id, s, (i % 11)) for i, r in enumerate(catalogue().regions) for s in r.sides]
    buffer = BytesIO()
    canvas = Canvas(buffer, invariant=1)
    drawing = PainMapDrawing(pain, 400, 300)
    drawing.wrapOn(canvas, 400, 300)
    drawing.drawOn(canvas, 50, 400)
    canvas.save()
    text = PdfReader(BytesIO(buffer.getvalue())).pages[0].extract_text()
    assert {"R", "L"} <= set(text.split())
    for caption in ("Front: facing the patient", "Back: from behind", "Soles: as from behind"):
        assert caption in " ".join(text.split()), caption
    shapes = sum(len(v.regions) for v in body_map().views)
    numbers = [w for w in text.split() if w.isdigit()]
    assert len(pain) <= len(numbers) < shapes, "each region numbered at least once, tiny views skipped"


def test_numbers_in_big_regions_stay_and_badges_step_outward_clear_of_each_other() -> None:
    big = ((50.0, 100.0), 7, False)
    toes = [((40.0, 20.0), 5, True), ((43.0, 20.0), 4, True), ((60.0, 20.0), 3, True)]
    marks = place_numbers([big, *toes], centre_x=50.0)
    assert marks[0].at == marks[0].anchor == (50.0, 100.0) and not marks[0].badge
    badges = {m.intensity: m for m in marks if m.badge}
    assert badges[5].at[0] < 40.0 and badges[4].at[0] < 43.0, "left of centre: pushed further left"
    assert badges[3].at[0] > 60.0
    assert math.dist(badges[5].at, badges[4].at) >= 2 * BADGE_RADIUS
    assert all(m.at[1] == m.anchor[1] for m in badges.values())


def test_each_caption_says_whose_left_is_where_as_the_geometry_draws_it() -> None:
    """Facing the patient their right is on the reader's left; from behind (back, soles) their left is."""
    facing = {View.FRONT: True, View.BACK: False, View.SOLES: False}
    for view, patient_right_on_reader_left in facing.items():
        labels = {label.side: label.x for label in body_map().view(view).labels}
        assert (labels[Side.RIGHT] < labels[Side.LEFT]) is patient_right_on_reader_left, view
        assert ("facing the patient" in VIEW_CAPTIONS[view]) is patient_right_on_reader_left, view
        assert ("from behind" in VIEW_CAPTIONS[view]) is not patient_right_on_reader_left, view
