"""Where the project's files live, anchored on this file so that the app,
the command line and the tests agree whatever the working directory."""

import os
from functools import lru_cache
from pathlib import Path

from tracker.characters import escaped

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
# Another corpus (a colleague's folder, a test's generated one) can be
# shown by pointing these variables at it.
FACTS = Path(os.environ.get("TRACKER_FACTS_DIR") or DATA / "facts")
SEEDS = Path(os.environ.get("TRACKER_SEEDS_DIR") or ROOT / "seeds")
BOUNDARIES = DATA / "boundaries" / "countries.geojson"
# Snapshots of loaded corpora (tracker/snapshot.py): safe to delete any time.
CACHE = Path(os.environ.get("TRACKER_CACHE_DIR") or ROOT / ".cache")


def display_path(path: Path) -> str:
    """A path as an analyst would type it: relative to the project if inside it."""
    path = Path(path)
    folder = _display_folder(path.parent)
    name = escaped(path.name)
    return name if folder == "." else f"{escaped(folder)}/{name}"


@lru_cache(maxsize=64)
def _display_folder(folder: Path) -> str:
    # Resolved once per folder, not per file: resolving costs system calls,
    # and a corpus has thousands of files in two folders.
    try:
        return folder.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return folder.as_posix()
