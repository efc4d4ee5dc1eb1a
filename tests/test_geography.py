import pytest

from tracker import geography
from tracker.boundaries import EUROPE
from tracker.paths import BOUNDARIES


@pytest.fixture(scope="module")
def shapes():
    return geography.read_boundaries()


def test_every_european_state_and_the_outside_powers_are_drawn(shapes):
    codes = set(shapes["iso_a3"])
    assert set(EUROPE) <= codes
    assert {"MLT", "CYP", "LUX", "USA", "RUS", "UKR", "XKX"} <= codes
    assert shapes.geometry.is_valid.all() and not shapes.geometry.is_empty.any()


def test_boundary_file_is_small_and_names_its_source():
    assert BOUNDARIES.stat().st_size < 150_000
    assert "Natural Earth" in BOUNDARIES.read_text(encoding="utf-8")[-400:]


def test_features_are_identified_by_alpha3(shapes):
    collection = geography.feature_collection(shapes)
    ids = [feature["id"] for feature in collection["features"]]
    assert len(ids) == len(set(ids)) == len(shapes)
    assert "FRA" in ids


def test_the_browser_receives_exactly_the_boundary_files_shapes(shapes):
    # The rings are held as arrays on the server; the JSON must not change.
    import json

    import plotly.io

    sent = json.loads(plotly.io.to_json(geography.feature_collection(shapes), validate=False))
    read = json.loads(shapes[["iso_a3", "name", "geometry"]].to_json(drop_id=True))
    assert [f["geometry"] for f in sent["features"]] == [f["geometry"] for f in read["features"]]


@pytest.mark.parametrize("content", [None, b"{not json", b'{"type": "FeatureCollection", "features": []}'])
def test_missing_or_corrupt_boundaries_say_how_to_rebuild(tmp_path, content):
    path = tmp_path / "countries.geojson"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(geography.BoundariesUnavailable, match="python -m tracker boundaries"):
        geography.read_boundaries(path)


def test_the_build_script_reproduces_the_committed_file(tmp_path):
    """Rebuilds from Natural Earth (world-atlas@2.0.2 from the npm registry, or
    $WORLD_ATLAS_50M if set) and compares with the file in data/."""
    import os
    from pathlib import Path

    from tracker.boundaries import build, download_source

    source = Path(os.environ["WORLD_ATLAS_50M"]) if os.environ.get("WORLD_ATLAS_50M") else download_source(tmp_path)
    target = tmp_path / "countries.geojson"
    build(source, target)
    assert target.read_bytes() == BOUNDARIES.read_bytes()


@pytest.mark.parametrize("city, longitude, latitude", [
    ("Simferopol", 34.10, 44.95), ("Sevastopol", 33.52, 44.60), ("Kerch", 36.47, 45.36), ("Yalta", 34.16, 44.50)])
def test_crimea_is_drawn_in_ukraine(shapes, city, longitude, latitude):
    import shapely

    containing = shapes[shapes.contains(shapely.Point(longitude, latitude))]
    assert list(containing["iso_a3"]) == ["UKR"], city


def test_russia_keeps_its_own_land(shapes):
    import shapely

    moscow, kaliningrad = shapely.Point(37.62, 55.75), shapely.Point(20.51, 54.71)
    assert list(shapes[shapes.contains(moscow)]["iso_a3"]) == ["RUS"]
    assert list(shapes[shapes.contains(kaliningrad)]["iso_a3"]) == ["RUS"]
