"""Country shapes for the map, read with geopandas from the small file that
`python -m tracker boundaries` builds."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np

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
    """GeoJSON for the browser, features identified by `iso_a3`, each ring of
    coordinates one numpy array.

    As nested lists, the map's points were 33,000 Python objects in every
    cached map figure: copied whenever Streamlit serialises the figure and
    scanned by every full garbage collection, which paused all sessions of a
    shared server for 100-160 ms. Arrays serialise to the same JSON."""
    collection = json.loads(shapes[["iso_a3", "name", "geometry"]].to_json(drop_id=True))
    for feature in collection["features"]:
        feature["id"] = feature["properties"]["iso_a3"]
        feature["geometry"]["coordinates"] = _rings_as_arrays(feature["geometry"]["coordinates"])
    return collection


def _rings_as_arrays(coordinates: list) -> list | np.ndarray:
    if isinstance(coordinates[0][0], (int, float)):  # a ring: [[lon, lat], ...]
        return np.asarray(coordinates, dtype=float)
    return [_rings_as_arrays(part) for part in coordinates]
