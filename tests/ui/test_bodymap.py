"""The touch body map: taps select exactly one region, drags select nothing, marks are painted."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor

from kiosk.logic import palette
from kiosk.logic.regions import View, catalogue
from kiosk.logic.vocab import Side
from kiosk.ui.bodymap import SELECTED_FILL, BodyMapWidget

TABLET = (720, 540)  # the map's share of a 10-inch 1280 x 800 screen
LEFT = Qt.MouseButton.LeftButton
TOES = ("big_toe", "toes", "little_toe")


@pytest.fixture
def make_map(qtbot):
    def make(view: View, size: tuple[int, int] = TABLET, **kwargs: object) -> tuple[BodyMapWidget, list]:
        widget = BodyMapWidget(view, **kwargs)
        qtbot.addWidget(widget)
        widget.resize(*size)
        widget.show()
        qtbot.waitExposed(widget)
        taps: list[tuple[str, str]] = []
        widget.region_tapped.connect(lambda region, side: taps.append((region, side)))
        return widget, taps

    return make


def keys(view: View) -> list[tuple[str, Side]]:
    return [(r.id, side) for r in catalogue().in_view(view) for side in r.sides]


def at(point: QPointF) -> QPoint:
    return QPoint(round(point.x()), round(point.y()))


def clear_point(widget: BodyMapWidget, region: str, side: Side, avoid: float) -> QPoint:
    """A pixel well inside the region, at least `avoid` pixels from its anchor (clear of the number)."""
    path = widget.shape_path(region, side)
    centre = widget.anchor_point(region, side)
    candidates = sorted(
        (math.hypot(dx, dy), dx, dy)
        for dx in range(-60, 61, 2)
        for dy in range(-60, 61, 2)
        if math.hypot(dx, dy) >= avoid
    )
    for _, dx, dy in candidates:
        point = QPointF(round(centre.x()) + dx, round(centre.y()) + dy)
        if path.contains(QRectF(point.x() - 4, point.y() - 4, 8, 8)):
            return at(point)
    raise AssertionError(f"no clear pixel in {region}")


def colour(widget: BodyMapWidget, point: QPoint) -> str:
    return QColor(widget.grab().toImage().pixelColor(point)).name()


@pytest.mark.parametrize("view", list(View))
def test_a_tap_on_each_region_selects_exactly_that_region(make_map, qtbot, view: View) -> None:
    widget, taps = make_map(view)
    for region, side in keys(view):
        taps.clear()
        point = widget.anchor_point(region, side)
        assert widget.region_at(point) == (region, side)
        qtbot.mouseClick(widget, LEFT, pos=at(point))
        assert taps == [(region, side.value)], (region, side)


@pytest.mark.parametrize("view", list(View))
def test_a_tap_beside_the_body_selects_nothing(make_map, qtbot, view: View) -> None:
    widget, taps = make_map(view)
    for point in (QPoint(4, widget.height() // 2), QPoint(widget.width() - 4, widget.height() - 4)):
        assert widget.region_at(QPointF(point)) is None
        qtbot.mouseClick(widget, LEFT, pos=point)
    assert taps == []


def test_a_drag_or_swipe_never_selects(make_map, qtbot) -> None:
    widget, taps = make_map(View.BACK)
    calf = at(widget.anchor_point("calf", Side.LEFT))
    thigh = at(widget.anchor_point("back_thigh", Side.LEFT))
    # from one region to another
    qtbot.mousePress(widget, LEFT, pos=calf)
    qtbot.mouseMove(widget, pos=thigh)
    qtbot.mouseRelease(widget, LEFT, pos=thigh)
    # out and back to where it started
    qtbot.mousePress(widget, LEFT, pos=calf)
    qtbot.mouseMove(widget, pos=calf + QPoint(0, 40))
    qtbot.mouseMove(widget, pos=calf)
    qtbot.mouseRelease(widget, LEFT, pos=calf)
    # a long slide that stays inside one big region
    back = at(widget.anchor_point("mid_back", Side.MIDLINE))
    qtbot.mousePress(widget, LEFT, pos=back - QPoint(20, 0))
    qtbot.mouseRelease(widget, LEFT, pos=back + QPoint(20, 0))
    assert widget.region_at(QPointF(back - QPoint(20, 0))) == ("mid_back", Side.MIDLINE)
    assert taps == []
    # a shaky but real tap still counts
    qtbot.mousePress(widget, LEFT, pos=calf)
    qtbot.mouseMove(widget, pos=calf + QPoint(2, 3))
    qtbot.mouseRelease(widget, LEFT, pos=calf + QPoint(2, 3))
    assert taps == [("calf", "left")]


def test_other_buttons_do_nothing(make_map, qtbot) -> None:
    widget, taps = make_map(View.FRONT)
    qtbot.mouseClick(widget, Qt.MouseButton.RightButton, pos=at(widget.anchor_point("chest", Side.MIDLINE)))
    assert taps == []


@pytest.mark.parametrize(
    ("view", "region", "intensity"),
    [
        (View.SOLES, "heel_bottom", 7),
        (View.BACK, "calf", 5),
        (View.BACK, "back_thigh", 4),
        (View.FRONT, "shin", 0),
    ],
)
def test_a_marked_region_is_filled_with_its_intensity_colour(
    make_map, view: View, region: str, intensity: int
) -> None:
    widget, _ = make_map(view)
    probe = clear_point(widget, region, Side.LEFT, avoid=14)
    other = clear_point(widget, region, Side.RIGHT, avoid=14)
    assert colour(widget, probe) == palette.BODY_FILL
    widget.set_marks({(region, Side.LEFT): intensity})
    assert colour(widget, probe) == palette.intensity_fill(intensity)
    assert colour(widget, other) == palette.BODY_FILL
    assert widget.marks() == {(region, Side.LEFT): intensity}
    widget.set_marks({})
    assert colour(widget, probe) == palette.BODY_FILL


def test_a_chosen_region_without_strength_gets_the_neutral_highlight(make_map) -> None:
    widget, _ = make_map(View.BACK)
    probe = clear_point(widget, "lower_back", Side.RIGHT, avoid=0)
    widget.set_marks({("lower_back", Side.RIGHT): None, ("chest", Side.MIDLINE): 3})
    assert colour(widget, probe) == SELECTED_FILL
    # regions of other views are ignored by this one
    assert widget.selected() == {("lower_back", Side.RIGHT)}


def test_the_intensity_number_is_drawn_at_the_anchor(make_map) -> None:
    widget, _ = make_map(View.SOLES)
    widget.set_marks({("heel_bottom", Side.LEFT): 9})
    image = widget.grab().toImage()
    centre = widget.anchor_point("heel_bottom", Side.LEFT)
    patch = {
        QColor(image.pixelColor(round(centre.x()) + dx, round(centre.y()) + dy)).name()
        for dx in range(-6, 7)
        for dy in range(-8, 9)
    }
    assert palette.text_on(9) in patch  # white digits on the dark fill


# which way is "just past the toe": beyond the tips (down in front, up on the soles); for the little toe
# also outwards, away from the other toes (x sign for the patient's right foot, mirrored for the left:
# the front shows that foot on the viewer's left, the soles on the viewer's right)
MISS = {
    View.FRONT: {"big_toe": (0.0, 1.0), "toes": (0.0, 1.0), "little_toe": (-0.7, 0.7)},
    View.SOLES: {"big_toe": (0.0, -1.0), "toes": (0.0, -1.0), "little_toe": (0.7, -0.7)},
}


@pytest.mark.parametrize("view", [View.FRONT, View.SOLES])
def test_toes_can_be_hit_a_few_pixels_outside_their_shape(make_map, qtbot, view: View) -> None:
    widget, taps = make_map(view)
    shapes = [widget.shape_path(region, side) for region, side in keys(view)]
    for side in (Side.RIGHT, Side.LEFT):
        for region in TOES:
            dx, dy = MISS[view][region]
            outwards = QPointF(dx if side is Side.RIGHT else -dx, dy)
            path = widget.shape_path(region, side)
            point = widget.anchor_point(region, side)
            while path.contains(point):
                point += outwards
            point += outwards * 5
            assert not any(shape.contains(point) for shape in shapes), (region, side)
            assert widget.region_at(point) == (region, side)
            taps.clear()
            qtbot.mouseClick(widget, LEFT, pos=at(point))
            assert taps == [(region, side.value)]


def test_touch_tolerance_is_what_makes_a_near_miss_count(make_map) -> None:
    widget, _ = make_map(View.SOLES, finger_radius=0.5)
    path = widget.shape_path("little_toe", Side.RIGHT)
    point = widget.anchor_point("little_toe", Side.RIGHT)
    while path.contains(point):
        point += QPointF(0, -1)
    assert widget.region_at(point + QPointF(0, -5)) is None


def test_finger_radius_is_about_half_a_fingertip(make_map) -> None:
    widget, _ = make_map(View.FRONT)
    assert 12 <= widget.finger_radius() <= 32
    assert make_map(View.FRONT, finger_radius=20.0)[0].finger_radius() == 20.0


@pytest.mark.parametrize(
    ("view", "first", "second"),
    [
        (View.FRONT, "little_toe", "toes"),
        (View.FRONT, "toes", "big_toe"),
        (View.FRONT, "knee", "shin"),
        (View.SOLES, "arch", "heel_bottom"),
    ],
)
def test_just_inside_a_border_means_that_region_not_its_neighbour(
    make_map, view: View, first: str, second: str
) -> None:
    widget, _ = make_map(view)
    for here, there in ((first, second), (second, first)):
        path = widget.shape_path(here, Side.LEFT)
        start = widget.anchor_point(here, Side.LEFT)
        step = widget.anchor_point(there, Side.LEFT) - start
        step /= math.hypot(step.x(), step.y()) * 4  # quarter-pixel steps towards the neighbour
        point = QPointF(start)
        while path.contains(point + step):
            point += step
        inside = point - step * 4  # one pixel back from the shared border
        assert widget.region_at(inside) == (here, Side.LEFT)


def test_layout_follows_the_size_and_keeps_the_aspect_ratio(make_map) -> None:
    widget, _ = make_map(View.FRONT, size=(400, 500))

    def span() -> tuple[QPointF, float]:
        head = widget.anchor_point("head", Side.MIDLINE)
        return head, widget.anchor_point("knee", Side.LEFT).y() - head.y()

    def aspect() -> float:
        box = widget.figure_box()
        return box.width() / box.height()

    small_head, small = span()
    small_box, small_aspect = widget.figure_box(), aspect()
    assert small_head.x() == pytest.approx(200, abs=1)
    widget.resize(800, 1000)
    large_head, large = span()
    assert large_head.x() == pytest.approx(400, abs=1)
    # the figure grows with the widget (the band of side labels above it keeps its height)
    assert large == pytest.approx(small * widget.figure_box().height() / small_box.height(), rel=0.01)
    assert widget.figure_box().height() > 1.9 * small_box.height()
    assert aspect() == pytest.approx(small_aspect, rel=0.01)
    widget.resize(1600, 1000)  # wider: the figure stays the same size, centred
    assert widget.anchor_point("head", Side.MIDLINE) == QPointF(large_head.x() + 400, large_head.y())


def test_painting_does_not_rebuild_the_paths(make_map, monkeypatch) -> None:
    widget, _ = make_map(View.BACK)
    widget.anchor_point("calf", Side.LEFT)
    calls: list[int] = []
    monkeypatch.setattr(widget, "_layout", lambda: calls.append(1))
    widget.repaint()
    widget.set_marks({("calf", Side.LEFT): 3})
    widget.repaint()
    assert calls == []


@pytest.mark.parametrize(
    ("view", "name"),
    [
        (View.FRONT, "Body diagram, front view"),
        (View.BACK, "Body diagram, back view"),
        (View.SOLES, "Body diagram, bottom of both feet"),
    ],
)
def test_accessible_name_and_size(make_map, view: View, name: str) -> None:
    widget, _ = make_map(view)
    assert widget.accessibleName() == name
    assert "right" in widget.accessibleDescription()
    hint = widget.minimumSizeHint()
    assert hint.height() >= 400 and hint.width() >= 250
