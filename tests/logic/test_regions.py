"""The region catalogue takes its words from `REGION_LABELS`, the one source the screen translates."""

from __future__ import annotations

import copy

import pytest

from kiosk.logic import regions
from kiosk.logic.assets import load_json_asset
from kiosk.logic.vocab import Side


@pytest.mark.parametrize("change", ["a new region", "a region dropped"])
def test_a_catalogue_and_words_that_name_different_regions_are_refused(
    change: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = copy.deepcopy(load_json_asset("regions.json"))
    if change == "a new region":
        data["regions"].append(data["regions"][-1] | {"id": "fifth_toe"})
    else:
        data["regions"] = [row for row in data["regions"] if row["id"] != "calf"]
    monkeypatch.setattr(regions, "load_json_asset", lambda _name: data)
    with pytest.raises(ValueError, match="fifth_toe" if change == "a new region" else "calf"):
        regions.catalogue.__wrapped__()


def test_the_printed_words_of_a_region_are_those_on_screen() -> None:
    heel = regions.catalogue()["heel_bottom"]
    assert heel.label == regions.REGION_LABELS["heel_bottom"] == "Bottom of heel"
    assert regions.describe("heel_bottom", Side.LEFT) == "Left bottom of heel"
