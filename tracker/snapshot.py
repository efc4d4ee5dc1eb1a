"""A loaded corpus kept on disk, so that an unchanged corpus reloads in a
fraction of a second instead of being parsed, validated and located again.

A snapshot is named by the content hash of every input file
(`loader.fingerprint`): any edit, addition or removal names a different
snapshot, so a stale one can never be served. The folders are hashed again
after loading and the corpus is stored only if they hash as before, so that
a file saved while it was being read never leaves its new content under its
old content's name. Only the newest few are kept.

Snapshots are pickles. They are written by this program into its own cache
folder and read back only from there (the same trust as the code beside
them); pickling keeps every table exactly as loaded, dtypes, dates and list
cells included, which a columnar format would not without conversions.

A damaged pickle can kill the interpreter rather than raise (a segmentation
fault in pandas' Arrow strings), so each snapshot carries a header, checked
before anything is unpickled: a marker, the format, the versions of the
libraries that wrote it, the payload's length and its SHA-256. A snapshot
that fails any check, or fails to unpickle, is loaded afresh and rewritten.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import re
import shutil
import struct
import sys
import tempfile
import time
from collections.abc import Callable
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import BinaryIO

import pandas as pd

from tracker import files, paths
from tracker.errors import Problem
from tracker.loader import Corpus, fingerprint, known_digests, load_corpus, remember_digests
from tracker.paths import FACTS, SEEDS
from tracker.schema import COLUMNS

KEEP = 3
CODE = Path(__file__).parent  # the package whose code reads the files into tables
ABANDONED_AFTER = 3600  # seconds: a .partial file older than this was left by a killed process
FORMAT = 2  # bump when Corpus, its tables or this file's layout change shape

MAGIC = b"tracker snapshot"
# Marker, format, libraries' versions (hashed), payload length, payload SHA-256.
HEADER = struct.Struct(">16sH32sQ32s")
# The manifest of a corpus of 10,000 articles is about 3 MB; anything past
# this is not one this program wrote.
MANIFEST_LIMIT = 64 * 1024 * 1024
# Far above any corpus this program loads (10,000 articles: about 52 MB).
SNAPSHOT_LIMIT = 4 * 1024**3
_HEX_DIGEST = re.compile(r"[0-9a-f]{64}")


def load(facts_dir: Path = FACTS, seeds_dir: Path = SEEDS, cache_dir: Path | None = None,
         key: str | None = None) -> Corpus:
    """The corpus in these folders: from its snapshot if one exists for
    exactly these files, else loaded and snapshotted. `key` is the folders'
    fingerprint when the caller already has it."""
    cache_folder = Path(cache_dir or paths.CACHE)
    before = key or _fingerprint(facts_dir, seeds_dir, cache_folder)
    path = cache_folder / f"corpus-{FORMAT}-{before}.pickle"
    stored = _read(path)
    if stored is not None:
        return stored
    loaded = load_corpus(facts_dir, seeds_dir)
    # Hashed again after reading, because a file edited between the first
    # hash and its reading was loaded as its new content: stored under the
    # old content's name, it would be served whenever the file is put back.
    if _fingerprint(facts_dir, seeds_dir, cache_folder) == before:
        _store(path, loaded)
    return loaded


def _fingerprint(facts_dir: Path, seeds_dir: Path, cache_folder: Path) -> str:
    """The folders' fingerprint, hashing again only files whose size, time or
    inode differ from what an earlier process recorded: a fresh process
    checks 10,000 unchanged articles by listing them, not reading them."""
    manifest = cache_folder / "digests.json"
    entries, damaged = _manifest_entries(manifest)
    remember_digests(entries)
    before = known_digests()
    key = fingerprint(facts_dir, seeds_dir)
    after = known_digests()
    if damaged or after != before:
        _write(manifest, lambda stored: stored.write(json.dumps(after).encode()))
    return key


def _manifest_entries(manifest: Path) -> tuple[dict[str, list], bool]:
    """The well-formed entries of the manifest (path → [size, mtime, inode,
    SHA-256 in hex]), and whether anything in it had to be left out. A
    missing manifest is not damaged: it is simply not written yet."""
    raw = _read_bytes(manifest, MANIFEST_LIMIT)
    if raw is None:
        return {}, manifest.exists()
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):  # not JSON (ValueError covers bad UTF-8 too)
        return {}, True
    if not isinstance(data, dict):
        return {}, True
    entries = {path: entry for path, entry in data.items() if _is_manifest_entry(entry)}
    return entries, len(entries) != len(data)


def _is_manifest_entry(entry: object) -> bool:
    if not (isinstance(entry, list) and len(entry) == 4):
        return False
    *signature, digest = entry
    # bool is an int to Python, but never a size, time or inode.
    return (all(isinstance(number, int) and not isinstance(number, bool) for number in signature)
            and isinstance(digest, str) and _HEX_DIGEST.fullmatch(digest) is not None)


@cache
def _runtime() -> bytes:
    """What a pickle of pandas tables depends on besides its own bytes: a
    snapshot from another version of these is loaded afresh, not trusted to
    unpickle into the same tables (or at all)."""
    def version(package: str) -> str:
        try:
            return metadata.version(package)
        except metadata.PackageNotFoundError:
            return "absent"

    versions = f"python {sys.version_info[:3]} " + " ".join(
        f"{package} {version(package)}" for package in ("pandas", "numpy", "pyarrow"))
    runtime = hashlib.sha256(versions.encode())
    # The tracker's own code too: a new release may read the same files into
    # other rows (a date resolved differently) with tables of the same shape.
    for module in sorted(CODE.glob("*.py")):
        runtime.update(module.name.encode() + b"\0" + module.read_bytes())
    return runtime.digest()


def _read(path: Path) -> Corpus | None:
    """The corpus stored at `path` if its header vouches for every byte and
    it unpickles into a corpus of today's tables; None otherwise."""
    # Read whole, so that the bytes unpickled are the bytes checked, even if
    # something rewrites the file in place meanwhile.
    content = _read_bytes(path, SNAPSHOT_LIMIT)
    if content is None or len(content) < HEADER.size:
        return None
    magic, version, runtime, length, digest = HEADER.unpack_from(content)
    payload = memoryview(content)[HEADER.size:]
    if (magic != MAGIC or version != FORMAT or runtime != _runtime() or length != len(payload)
            or hashlib.sha256(payload).digest() != digest):
        return None
    try:
        stored = pickle.loads(payload)
    except Exception:  # intact bytes that no longer unpickle here (a class moved or renamed): load afresh
        return None
    return stored if _is_corpus(stored) else None


def _is_corpus(stored: object) -> bool:
    # A snapshot written before a table gained or lost a column, where
    # FORMAT was not bumped, is loaded afresh rather than shown.
    return (isinstance(stored, Corpus)
            and all(isinstance(table, pd.DataFrame) and list(table.columns) == COLUMNS[name]
                    for name, table in stored.tables().items())
            and isinstance(stored.problems, list)
            and all(isinstance(problem, Problem) for problem in stored.problems))


def _read_bytes(path: Path, limit: int) -> bytes | None:
    """The whole of a regular file of at most `limit` bytes, or None; read
    as every untrusted file is (a FIFO left in the cache folder would
    otherwise hang the start)."""
    try:
        return files.read(path, limit)
    except files.Unreadable:
        return None


def _write(path: Path, fill: Callable[[BinaryIO], None]) -> bool:
    """Write aside then rename, so that a reader never sees half a file. A
    snapshot only saves time: a read-only or full disk, or a table that
    will not pickle, costs the next start its speed, never this load."""
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".partial")
        with os.fdopen(handle, "wb") as stored:
            fill(stored)
        os.replace(temporary, path)
        return True
    except Exception:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
        return False


class _Hashing:
    """A file to pickle into that hashes and counts what passes through, so
    that the payload is streamed to disk rather than built in memory first."""

    def __init__(self, stored: BinaryIO):
        self.stored, self.sha256, self.length = stored, hashlib.sha256(), 0

    def write(self, chunk) -> int:
        self.sha256.update(chunk)
        self.length += memoryview(chunk).nbytes
        return self.stored.write(chunk)


def _store(path: Path, corpus: Corpus) -> None:
    def fill(stored: BinaryIO) -> None:
        stored.write(bytes(HEADER.size))  # a placeholder until the payload's length and hash are known
        payload = _Hashing(stored)
        pickle.dump(corpus, payload, protocol=pickle.HIGHEST_PROTOCOL)
        stored.seek(0)
        stored.write(HEADER.pack(MAGIC, FORMAT, _runtime(), payload.length, payload.sha256.digest()))

    if not _write(path, fill):
        return
    try:
        older = sorted(path.parent.glob("corpus-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in older[KEEP:]:
            stale.unlink(missing_ok=True)
        # Half-written files of a process killed while writing (out of memory,
        # say), each as large as a snapshot; another's write in progress is younger.
        for partial in path.parent.glob("*.partial"):
            if time.time() - partial.stat().st_mtime > ABANDONED_AFTER:
                partial.unlink(missing_ok=True)
    except OSError:
        pass  # another process pruning the same folder


def clear(cache_dir: Path | None = None) -> None:
    shutil.rmtree(cache_dir or paths.CACHE, ignore_errors=True)
