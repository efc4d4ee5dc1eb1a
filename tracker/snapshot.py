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

import json
import os
import pickle
import shutil
import tempfile
from pathlib import Path

from tracker.loader import Corpus, fingerprint, known_digests, load_corpus, remember_digests
from tracker import paths
from tracker.paths import FACTS, SEEDS

KEEP = 3
FORMAT = 1  # bump when Corpus or its tables change shape


def load(facts_dir: Path = FACTS, seeds_dir: Path = SEEDS, cache_dir: Path | None = None,
         key: str | None = None) -> Corpus:
    """The corpus in these folders: from its snapshot if one exists for
    exactly these files, else loaded and snapshotted. `key` is the folders'
    fingerprint when the caller already has it."""
    cache = Path(cache_dir or paths.CACHE)
    key = f"{FORMAT}-{key or _fingerprint(facts_dir, seeds_dir, cache)}"
    path = cache / f"corpus-{key}.pickle"
    try:
        with path.open("rb") as stored:
            return pickle.load(stored)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
        pass  # none yet, or unreadable: load afresh and replace it
    loaded = load_corpus(facts_dir, seeds_dir)
    _store(path, loaded)
    return loaded


def _fingerprint(facts_dir: Path, seeds_dir: Path, cache: Path) -> str:
    """The folders' fingerprint, hashing again only files whose size, time or
    inode differ from what an earlier process recorded: a fresh process
    checks 10,000 unchanged articles by listing them, not reading them."""
    manifest = cache / "digests.json"
    try:
        remember_digests(json.loads(manifest.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        pass  # none yet, or damaged: every file is read
    before = known_digests()
    key = fingerprint(facts_dir, seeds_dir)
    after = known_digests()
    if after != before:
        _write(manifest, json.dumps(after).encode())
    return key


def _write(path: Path, content: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".partial")
        with os.fdopen(handle, "wb") as stored:
            stored.write(content)
        os.replace(temporary, path)
    except OSError:
        pass


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
