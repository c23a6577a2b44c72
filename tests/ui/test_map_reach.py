"""A fingertip can hit every place of the legs and feet: sizes and a tap simulation at 1280 x 800.

Measured on the real map widgets as `kiosk run` lays them out on a 10-inch 1280 x 800 tablet
(about 150 dpi), in the whole window. Each place of the leg and foot groups must be at least 9 mm
(53 px) across in its smallest direction in at least one view, and there a simulated fingertip
(taps scattered by 1.5 mm around the aim) must mark it at least 95 times in 100.
"""

from __future__ import annotations

import pytest

from kiosk.logic.flow import Step
from kiosk.logic.regions import Group, View, catalogue
from tests.ui.driving import go_to_map
from tests.ui.map_reach import hit_rate, limb_keys, mm_to_px, smallest_width

SMALLEST_MM = 9.0
HIT_RATE = 0.95


@pytest.fixture
def limb_reach(main_window) -> dict:
    """Per limb place: (smallest width in px, hit rate, view) in the view where it is largest."""
    go_to_map(main_window.patient)
    page = main_window.patient.page(Step.MAP)
    best: dict = {}
    for view, widget in page.maps.items():
        page.view_choice.button_for(view).click()
        for key in limb_keys(widget):
            size = smallest_width(widget, *key)
            if key not in best or size > best[key][0]:
                best[key] = (size, view)
    return {key: (size, hit_rate(page.maps[view], *key), view) for key, (size, view) in best.items()}


def test_every_leg_and_foot_place_is_a_fingertip_wide_and_hit_in_some_view(limb_reach) -> None:
    limbs = {
        (region.id, side)
        for group in (Group.LEG, Group.FOOT)
        for region in catalogue().in_group(group)
        for side in region.sides
    }
    assert set(limb_reach) == limbs
    small = {
        key: round(size) for key, (size, _rate, _view) in limb_reach.items() if size < mm_to_px(SMALLEST_MM)
    }
    assert small == {}, "narrower than 9 mm in every view"
    missed = {key: rate for key, (_size, rate, _view) in limb_reach.items() if rate < HIT_RATE}
    assert missed == {}, "a fingertip misses these too often"


def test_the_close_ups_carry_most_of_the_legs(limb_reach) -> None:
    close_ups = {View.LEGS_FRONT, View.LEGS_BACK}
    assert sum(view in close_ups for _size, _rate, view in limb_reach.values()) >= 30
