"""Country shapes for the map, read with geopandas from the small file that
`python -m tracker boundaries` builds."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import geopandas as gpd

from tracker.paths import BOUNDARIES, display_path


class BoundariesUnavailable(RuntimeError):
    """The boundary file is missing or unreadable; the message says what to do."""


def read_boundaries(path: Path = BOUNDARIES) -> gpd.GeoDataFrame:
    try:
        shapes = gpd.read_file(path)
    except Exception as error:  # pyogrio raises several types for one cause: a bad file
        raise BoundariesUnavailable(
            f"cannot read country boundaries from {display_path(path)} ({type(error).__name__}): "
            "rebuild it with `python -m tracker boundaries`"
        ) from None
    needed = {"iso_a3", "name", "region", "geometry"}
    if not needed <= set(shapes.columns) or shapes.empty:
        raise BoundariesUnavailable(
            f"{display_path(path)} lacks the columns {sorted(needed)}: rebuild it with `python -m tracker boundaries`"
        )
    return shapes


def feature_collection(shapes: gpd.GeoDataFrame) -> dict[str, Any]:
    """GeoJSON for the browser, features identified by `iso_a3`."""
    collection = json.loads(shapes[["iso_a3", "name", "geometry"]].to_json(drop_id=True))
    for feature in collection["features"]:
        feature["id"] = feature["properties"]["iso_a3"]
    return collection
