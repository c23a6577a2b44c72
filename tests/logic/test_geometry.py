"""The pain-map geometry: complete against the catalogue, mirrored exactly, no overlaps, sane anchors.

Shapes are checked by flattening their Béziers and scan-converting them row by row, in pure Python.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import pytest

from kiosk.logic.geometry import (
    BodyMap,
    PathData,
    RegionShape,
    ViewGeometry,
    anchor,
    body_map,
    edge_distance,
    mirror,
)
from kiosk.logic.regions import View, catalogue
from kiosk.logic.vocab import Side

Ring = list[tuple[float, float]]
Spans = dict[int, list[tuple[float, float]]]
ROW = 1.0  # scan-line spacing in geometry units


def flatten(path: PathData, steps: int = 10) -> list[Ring]:
    rings: list[Ring] = []
    ring: Ring = []
    for command, values in path:
        if command == "M":
            ring = [(values[0], values[1])]
        elif command == "L":
            ring.append((values[0], values[1]))
        elif command == "C":
            x0, y0 = ring[-1]
            x1, y1, x2, y2, x3, y3 = values
            for k in range(1, steps + 1):
                t = k / steps
                u = 1 - t
                ring.append(
                    (
                        u**3 * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t**3 * x3,
                        u**3 * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t**3 * y3,
                    )
                )
        elif command == "Z":
            rings.append(ring)
            ring = []
    return rings


def scan(rings: Iterable[Ring]) -> Spans:
    """Even-odd scan conversion: for each row, the x intervals inside the shape."""
    crossings: dict[int, list[float]] = {}
    for ring in rings:
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
            if y0 == y1:
                continue
            low, high = min(y0, y1), max(y0, y1)
            for row in range(math.ceil(low / ROW - 0.5), math.ceil(high / ROW - 0.5)):
                y = (row + 0.5) * ROW
                crossings.setdefault(row, []).append(x0 + (x1 - x0) * (y - y0) / (y1 - y0))
    spans: Spans = {}
    for row, xs in crossings.items():
        xs.sort()
        spans[row] = [(xs[i], xs[i + 1]) for i in range(0, len(xs) - 1, 2)]
    return spans


def area(spans: Spans) -> float:
    return sum(b - a for row in spans.values() for a, b in row) * ROW


def common(first: Spans, second: Spans) -> float:
    total = 0.0
    for row, mine in first.items():
        for a, b in mine:
            for c, d in second.get(row, ()):
                total += max(0.0, min(b, d) - max(a, c))
    return total * ROW


def inside(point: tuple[float, float], rings: list[Ring]) -> bool:
    x, y = point
    result = False
    for ring in rings:
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (y1 > y) != (y0 > y) and x < x0 + (x1 - x0) * (y - y0) / (y1 - y0):
                result = not result
    return result


def border_distance(point: tuple[float, float], rings: list[Ring]) -> float:
    x, y = point
    best = math.inf
    for ring in rings:
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
            dx, dy = x1 - x0, y1 - y0
            t = max(0.0, min(1.0, ((x - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy or 1)))
            best = min(best, math.hypot(x0 + t * dx - x, y0 + t * dy - y))
    return best


@pytest.fixture(scope="module")
def bodymap() -> BodyMap:
    return body_map()


@pytest.fixture(scope="module")
def rasters(bodymap: BodyMap) -> dict[View, dict[tuple[str, Side], Spans]]:
    return {
        geometry.view: {(s.region, s.side): scan(flatten(s.path)) for s in geometry.regions}
        for geometry in bodymap.views
    }


VIEWS = list(View)


def test_views_come_in_order_and_are_cached(bodymap: BodyMap) -> None:
    assert [v.view for v in bodymap.views] == [
        View.FRONT, View.BACK, View.SOLES, View.LEGS_FRONT, View.LEGS_BACK,
    ]  # fmt: skip
    assert body_map() is bodymap
    assert bodymap.view(View.SOLES) is bodymap.views[2]


@pytest.mark.parametrize("view", VIEWS)
def test_every_catalogue_region_is_drawn_on_each_side(bodymap: BodyMap, view: View) -> None:
    expected = {(r.id, side) for r in catalogue().in_view(view) for side in r.sides}
    drawn = [(s.region, s.side) for s in bodymap.view(view).regions]
    assert len(drawn) == len(set(drawn)), "a region drawn twice"
    assert set(drawn) == expected
    for region, side in expected:
        shape = bodymap.view(view).shape(region, side)
        assert shape is not None and shape.region == region and shape.side is side
    assert bodymap.view(view).shape("heel_bottom" if view is not View.SOLES else "head", Side.LEFT) is None


def _all_paths(geometry: ViewGeometry) -> list[PathData]:
    return [*geometry.outline, *(s.path for s in geometry.regions)]


@pytest.mark.parametrize("view", VIEWS)
def test_paths_are_closed_and_inside_the_box(bodymap: BodyMap, view: View) -> None:
    geometry = bodymap.view(view)
    assert geometry.outline
    for path in _all_paths(geometry):
        assert path[0][0] == "M"
        assert path[-1] == ("Z", ())
        assert sum(1 for command, _ in path if command == "M") == 1
        for command, values in path:
            assert command in "MLCZ"
            assert len(values) == {"M": 2, "L": 2, "C": 6, "Z": 0}[command]
            xs, ys = values[0::2], values[1::2]
            assert all(0 <= x <= geometry.width for x in xs)
            assert all(0 <= y <= geometry.height for y in ys)


@pytest.mark.parametrize("view", VIEWS)
def test_left_instance_is_the_exact_mirror_of_the_right(bodymap: BodyMap, view: View) -> None:
    geometry = bodymap.view(view)
    paired = 0
    for shape in geometry.regions:
        if shape.side is Side.RIGHT:
            left = geometry.shape(shape.region, Side.LEFT)
            assert left is not None
            assert left.path == mirror(shape.path, geometry.width)
            paired += 1
    assert paired > 0


def test_mirror_flips_x_about_the_centre_and_is_its_own_inverse() -> None:
    path: PathData = (
        ("M", (10.0, 5.0)),
        ("L", (30.0, 6.0)),
        ("C", (1.0, 2.0, 3.0, 4.0, 5.0, 6.0)),
        ("Z", ()),
    )
    assert mirror(path, 100) == (
        ("M", (90.0, 5.0)),
        ("L", (70.0, 6.0)),
        ("C", (99.0, 2.0, 97.0, 4.0, 95.0, 6.0)),
        ("Z", ()),
    )
    assert mirror(mirror(path, 100), 100) == path


@pytest.mark.parametrize("view", [View.FRONT, View.BACK])
def test_midline_shapes_and_the_outline_are_symmetric(bodymap: BodyMap, view: View) -> None:
    geometry = bodymap.view(view)
    shapes = [s.path for s in geometry.regions if s.side is Side.MIDLINE] + list(geometry.outline)
    assert len(shapes) >= 3
    for path in shapes:
        mine, mirrored = scan(flatten(path)), scan(flatten(mirror(path, geometry.width)))
        assert common(mine, mirrored) == pytest.approx(area(mine), rel=1e-3)


@pytest.mark.parametrize(
    ("view", "right_on_viewers_left"),
    [
        (View.FRONT, True),
        (View.BACK, False),
        (View.SOLES, False),  # as in the back view: as if looking at your own soles from behind
        (View.LEGS_FRONT, True),
        (View.LEGS_BACK, False),
    ],
)
def test_sides_are_where_the_patient_expects_them(
    bodymap: BodyMap, view: View, right_on_viewers_left: bool
) -> None:
    geometry = bodymap.view(view)
    centre = geometry.width / 2
    for shape in geometry.regions:
        x, _ = anchor(shape.path)
        if shape.side is Side.MIDLINE:
            assert x == pytest.approx(centre, abs=geometry.width * 0.02)
        else:
            on_left = x < centre
            assert on_left == ((shape.side is Side.RIGHT) == right_on_viewers_left), shape
    labels = {label.side: label for label in geometry.labels}
    assert set(labels) == {Side.LEFT, Side.RIGHT}
    assert (labels[Side.RIGHT].x < centre) == right_on_viewers_left
    assert labels[Side.LEFT].x == pytest.approx(geometry.width - labels[Side.RIGHT].x)


def test_soles_big_toes_point_inwards_and_toes_are_above_the_heel(bodymap: BodyMap) -> None:
    soles = bodymap.view(View.SOLES)

    def at(region: str, side: Side = Side.RIGHT) -> tuple[float, float]:
        shape = soles.shape(region, side)
        assert shape is not None
        return anchor(shape.path)

    # the right foot is on the viewer's right, so its big toe (inner side) is towards the middle
    assert soles.width / 2 < at("big_toe")[0] < at("toes")[0] < at("little_toe")[0]
    assert at("outer_foot")[0] > at("arch")[0]
    assert at("big_toe")[1] < at("ball_of_foot")[1] < at("arch")[1] < at("heel_bottom")[1]
    label = next(label for label in soles.labels if label.side is Side.RIGHT)
    assert abs(label.x - at("heel_bottom")[0]) < 40 and label.y > at("heel_bottom")[1]


@pytest.mark.parametrize("view", VIEWS)
def test_no_two_regions_overlap(bodymap: BodyMap, rasters: dict, view: View) -> None:
    shapes = rasters[view]
    keys = sorted(shapes)
    for i, first in enumerate(keys):
        for second in keys[i + 1 :]:
            shared = common(shapes[first], shapes[second])
            assert shared < 1.0, f"{first} and {second} overlap by {shared:.1f} square units"


@pytest.mark.parametrize("view", VIEWS)
def test_regions_tile_the_body(bodymap: BodyMap, rasters: dict, view: View) -> None:
    geometry = bodymap.view(view)
    body = scan([ring for path in geometry.outline for ring in flatten(path)])
    covered = 0.0
    for key, spans in rasters[view].items():
        own = area(spans)
        assert own > 40, f"{key} is too small to tap"
        inside_body = common(spans, body)
        assert inside_body > 0.995 * own, f"{key} sticks out of the body"
        covered += inside_body
    assert covered > 0.985 * area(body)


@pytest.mark.parametrize("view", VIEWS)
def test_anchors_lie_well_inside_their_own_shape(bodymap: BodyMap, view: View) -> None:
    geometry = bodymap.view(view)
    flat = {(s.region, s.side): flatten(s.path) for s in geometry.regions}
    for shape in geometry.regions:
        point = anchor(shape.path)
        rings = flat[(shape.region, shape.side)]
        assert inside(point, rings), shape.region
        assert border_distance(point, rings) > 3.0, shape.region
        others = [
            key for key, other in flat.items() if key != (shape.region, shape.side) and inside(point, other)
        ]
        assert others == []


def test_anchor_finds_the_thick_part_of_a_shape() -> None:
    # an L: a tall bar 0..20 x 0..100 and a foot 0..100 x 80..100; the deepest point is in the corner
    path: PathData = (
        ("M", (0.0, 0.0)),
        ("L", (20.0, 0.0)),
        ("L", (20.0, 80.0)),
        ("L", (100.0, 80.0)),
        ("L", (100.0, 100.0)),
        ("L", (0.0, 100.0)),
        ("Z", ()),
    )
    x, y = anchor(path)
    assert inside((x, y), flatten(path))
    assert border_distance((x, y), flatten(path)) > 9.5
    square: PathData = (
        ("M", (0.0, 0.0)),
        ("L", (40.0, 0.0)),
        ("L", (40.0, 40.0)),
        ("L", (0.0, 40.0)),
        ("Z", ()),
    )
    assert anchor(square) == pytest.approx((20.0, 20.0), abs=0.5)


def test_edge_distance_is_to_the_nearest_edge_of_any_ring_inside_or_out() -> None:
    square = ((0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0))  # the last corner joins the first
    far = ((30.0, 0.0), (40.0, 0.0), (40.0, 10.0), (30.0, 10.0))
    assert edge_distance(5, 5, (square,)) == 5  # inside: to the nearest side
    assert edge_distance(-3, 5, (square,)) == 3  # the closing edge counts
    assert edge_distance(13, 14, (square,)) == 5  # past a corner: to the corner
    assert edge_distance(10, 7, (square,)) == 0
    assert edge_distance(26, 5, (square, far)) == 4  # the nearer of two rings
    assert edge_distance(1, 1, (((1.0, 1.0), (1.0, 1.0)),)) == 0  # a degenerate edge


def test_region_shape_lookup_returns_none_for_unknown() -> None:
    geometry = body_map().view(View.FRONT)
    assert geometry.shape("no_such_region", Side.RIGHT) is None
    assert isinstance(geometry.shape("head", Side.MIDLINE), RegionShape)
    assert geometry.shape("head", Side.LEFT) is None


@pytest.mark.parametrize("text", ["", "L 1 2 Z", "M 1 Z", "M 1 2 C 1 2 3 Z", "M 1 2 Q 3 4 Z", "M 1 2 L x 3"])
def test_malformed_paths_are_refused(text: str) -> None:
    from kiosk.logic.geometry import _parse_path

    with pytest.raises(ValueError):
        _parse_path(text)


def test_a_stored_left_instance_is_refused() -> None:
    from kiosk.logic.geometry import _parse_body_map

    view = {"view": "front", "width": 10, "height": 10, "outline": [], "labels": {}}
    bad = {"views": [{**view, "regions": [{"id": "hand", "side": "left", "path": "M 1 1 L 2 2 L 1 2 Z"}]}]}
    with pytest.raises(ValueError, match="right instance only"):
        _parse_body_map(bad)
    with pytest.raises(ValueError, match="malformed"):
        _parse_body_map({"views": [{"view": "front"}]})
