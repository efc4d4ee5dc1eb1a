"""Rebuild data/boundaries/countries.geojson from Natural Earth.

Source: Natural Earth 1:50m admin-0 countries (public domain), as packaged in
the npm package world-atlas@2.0.2 (file countries-50m.json, TopoJSON, ids are
ISO 3166-1 numeric). Run `python -m tracker boundaries` to download it from
the npm registry, or pass `--source` a copy of countries-50m.json.

The app never downloads anything: it reads the small file this writes.
"""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
import urllib.request
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely

from tracker.countries import alpha3_from_numeric
from tracker.paths import BOUNDARIES

PACKAGE_URL = "https://registry.npmjs.org/world-atlas/-/world-atlas-2.0.2.tgz"
PACKAGE_SHA1 = "4bca4a578f3a413bd409c3f07f2054fe7375824f"

# Every European state, the coalition's wider neighbourhood, and the two
# outside powers the articles discuss (United States, Russia).
EUROPE = (
    "ALB AND AUT BLR BEL BIH BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN ISL IRL ITA LVA LIE LTU LUX "
    "MLT MDA MCO MNE NLD MKD NOR POL PRT ROU RUS SMR SRB SVK SVN ESP SWE CHE UKR GBR VAT"
).split()
NEIGHBOURS = ["TUR", "GEO", "ARM", "AZE", "GRL"]
OUTSIDE = ["USA"]
# Natural Earth shapes without an ISO numeric id.
UNCODED = {"Kosovo": "XKX", "N. Cyprus": "CYN"}

# Degrees. Europe keeps ~3 km detail so that Luxembourg and Malta stay
# recognisable; the vast far-away shapes can be much coarser.
TOLERANCE = 0.03
TOLERANCE_FAR = 0.2
FAR = {"RUS", "USA", "GRL"}
MIN_ISLAND_AREA = 0.1
EUROPE_FRAME = shapely.box(-25.0, 34.0, 45.0, 72.0)
MIN_FAR_AREA = 3.0
DECIMALS = 2


def download_source(directory: Path) -> Path:
    with urllib.request.urlopen(PACKAGE_URL, timeout=60) as response:  # noqa: S310 - fixed https URL
        payload = response.read()
    if hashlib.sha1(payload).hexdigest() != PACKAGE_SHA1:  # noqa: S324 - npm's published shasum
        raise RuntimeError("world-atlas package checksum does not match npm's published shasum")
    with tarfile.open(fileobj=io.BytesIO(payload)) as archive:
        member = archive.extractfile("package/countries-50m.json")
        assert member is not None
        target = directory / "countries-50m.json"
        target.write_bytes(member.read())
    return target


def build(source: Path, target: Path = BOUNDARIES) -> gpd.GeoDataFrame:
    world = gpd.read_file(source, layer="countries")
    codes = world["id"].map(lambda numeric: alpha3_from_numeric(numeric) if isinstance(numeric, str) else None)
    codes = codes.fillna(world["name"].map(UNCODED))
    world = world.assign(iso_a3=codes)
    wanted = set(EUROPE) | set(NEIGHBOURS) | set(OUTSIDE) | set(UNCODED.values())
    chosen = world[world["iso_a3"].isin(wanted)].copy()
    missing = wanted - set(chosen["iso_a3"])
    if missing:
        raise RuntimeError(f"Natural Earth source lacks {sorted(missing)}")
    _crimea_to_ukraine(chosen)
    chosen["geometry"] = [
        _simplify(_unwrap(geometry, code), code in FAR) for geometry, code in zip(chosen.geometry, chosen["iso_a3"])
    ]
    chosen["region"] = chosen["iso_a3"].map(
        lambda code: "europe" if code in EUROPE or code == "XKX" or code == "CYN" else
        ("outside" if code in OUTSIDE else "neighbour")
    )
    result = chosen[["iso_a3", "name", "region", "geometry"]].sort_values("iso_a3").reset_index(drop=True)
    result = result.set_crs("EPSG:4326", allow_override=True)
    collection = json.loads(result.to_json(drop_id=True))
    collection["source"] = (
        "Natural Earth 1:50m admin-0 countries (public domain), via world-atlas@2.0.2 countries-50m.json; "
        "Crimea drawn in Ukraine; "
        f"simplified to {TOLERANCE} deg ({TOLERANCE_FAR} deg for {', '.join(sorted(FAR))}), "
        f"rounded to {DECIMALS} decimals by `python -m tracker boundaries`"
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(collection, separators=(",", ":")), encoding="utf-8")
    return result


# Simferopol and Sevastopol: the Crimean peninsula, which Natural Earth's
# default (de facto) view draws as part of Russia.
CRIMEA = (shapely.Point(34.10, 44.95), shapely.Point(33.52, 44.60))


def _crimea_to_ukraine(chosen: gpd.GeoDataFrame) -> None:
    """Draw Crimea in Ukraine, as internationally recognised (UN General
    Assembly resolution 68/262) and as Natural Earth's own Ukrainian point of
    view does: Natural Earth 1:50m holds the peninsula as one separate polygon
    of Russia's shape, which moves whole to Ukraine's."""
    russia = chosen.index[chosen["iso_a3"] == "RUS"][0]
    ukraine = chosen.index[chosen["iso_a3"] == "UKR"][0]
    parts = list(getattr(chosen.at[russia, "geometry"], "geoms", [chosen.at[russia, "geometry"]]))
    crimea = [part for part in parts if any(part.contains(point) for point in CRIMEA)]
    if len(crimea) != 1 or not all(crimea[0].contains(point) for point in CRIMEA):
        raise RuntimeError("expected Natural Earth's Russia to hold Crimea as one polygon: check the source")
    chosen.at[russia, "geometry"] = shapely.MultiPolygon([part for part in parts if part is not crimea[0]])
    chosen.at[ukraine, "geometry"] = shapely.union_all([chosen.at[ukraine, "geometry"], crimea[0]])


def _unwrap(geometry, code: str):
    """Keep shapes that cross the antimeridian in one piece: Russia's far east
    continues past 180°E, the Aleutians past 180°W; a web map would otherwise
    draw a band across the world between the two halves."""
    if code == "RUS":
        return shapely.transform(geometry, lambda xy: np.where(xy[:, :1] < 0, xy + [360, 0], xy))
    if code == "USA":
        return shapely.transform(geometry, lambda xy: np.where(xy[:, :1] > 0, xy - [360, 0], xy))
    return geometry


def _simplify(geometry, far: bool):
    parts = list(getattr(geometry, "geoms", [geometry]))
    largest = max(parts, key=lambda part: part.area)
    # Far shapes keep only their large lands, specks would cost bytes, not
    # meaning; but what lies in Europe's frame (Kaliningrad) stays.
    keep = [part for part in parts if part is largest or part.area >= (
        MIN_FAR_AREA if far and not EUROPE_FRAME.contains(part.centroid) else MIN_ISLAND_AREA)]
    shape = shapely.MultiPolygon(keep) if len(keep) > 1 else keep[0]
    shape = shape.simplify(TOLERANCE_FAR if far else TOLERANCE)
    rounded = shapely.transform(shape, lambda coords: np.round(coords, DECIMALS))
    return shapely.make_valid(rounded)
