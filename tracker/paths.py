"""Where the project's files live, anchored on this file so that the app,
the command line and the tests agree whatever the working directory."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
FACTS = DATA / "facts"
SEEDS = ROOT / "seeds"
BOUNDARIES = DATA / "boundaries" / "countries.geojson"


def display_path(path: Path) -> str:
    """A path as an analyst would type it: relative to the project if inside it."""
    try:
        return Path(path).resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)
