"""A loaded corpus kept on disk, so that an unchanged corpus reloads in a
fraction of a second instead of being parsed, validated and located again.

A snapshot is named by the content hash of every input file
(`loader.fingerprint`): any edit, addition or removal names a different
snapshot, so a stale one can never be served. Only the newest few are kept.

Snapshots are pickles. They are written by this program into its own cache
folder and read back only from there (the same trust as the code beside
them); pickling keeps every table exactly as loaded, dtypes, dates and list
cells included, which a columnar format would not without conversions.
"""

from __future__ import annotations

import os
import pickle
import shutil
import tempfile
from pathlib import Path

from tracker.loader import Corpus, fingerprint, load_corpus
from tracker import paths
from tracker.paths import FACTS, SEEDS

KEEP = 3
FORMAT = 1  # bump when Corpus or its tables change shape


def load(facts_dir: Path = FACTS, seeds_dir: Path = SEEDS, cache_dir: Path | None = None,
         key: str | None = None) -> Corpus:
    """The corpus in these folders: from its snapshot if one exists for
    exactly these files, else loaded and snapshotted. `key` is the folders'
    fingerprint when the caller already has it."""
    key = f"{FORMAT}-{key or fingerprint(facts_dir, seeds_dir)}"
    path = Path(cache_dir or paths.CACHE) / f"corpus-{key}.pickle"
    try:
        with path.open("rb") as stored:
            return pickle.load(stored)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
        pass  # none yet, or unreadable: load afresh and replace it
    loaded = load_corpus(facts_dir, seeds_dir)
    _store(path, loaded)
    return loaded


def _store(path: Path, corpus: Corpus) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written aside then renamed, so a reader never sees half a file.
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".partial")
        with os.fdopen(handle, "wb") as stored:
            pickle.dump(corpus, stored, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
        older = sorted(path.parent.glob("corpus-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in older[KEEP:]:
            stale.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only disk only costs the next start its speed


def clear(cache_dir: Path | None = None) -> None:
    shutil.rmtree(cache_dir or paths.CACHE, ignore_errors=True)
