import dataclasses
import datetime as dt
import hashlib
import json
import os
import pickle
import random
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pandas as pd
import pytest

from tracker import files, loader, snapshot

ROOT = Path(__file__).resolve().parent.parent


def _same(left, right) -> None:
    for name, table in left.tables().items():
        pd.testing.assert_frame_equal(table, right.tables()[name])
    assert left.problems == right.problems


def test_an_unchanged_corpus_comes_back_from_its_snapshot_exactly(seed_folder, tmp_path, monkeypatch):
    seed_folder.facts_file("bad.yaml", "article: [")
    first = snapshot.load(seed_folder.facts, seed_folder.seeds, tmp_path)
    monkeypatch.setattr(snapshot, "load_corpus", lambda *args: (_ for _ in ()).throw(AssertionError("parsed again")))
    again = snapshot.load(seed_folder.facts, seed_folder.seeds, tmp_path)
    _same(first, again)
    assert again.problems, "problems are kept too"


def test_any_edit_is_loaded_afresh_never_from_a_stale_snapshot(corpus_folder, tmp_path):
    corpus_folder.simple("alpha", stance="hesitant")
    before = snapshot.load(corpus_folder.facts, corpus_folder.seeds, tmp_path)
    corpus_folder.simple("alpha", stance="committed")
    after = snapshot.load(corpus_folder.facts, corpus_folder.seeds, tmp_path)
    assert list(before.stances["stance"]) == ["hesitant"] and list(after.stances["stance"]) == ["committed"]
    corpus_folder.simple("beta", published=dt.date(2025, 5, 11))
    assert len(snapshot.load(corpus_folder.facts, corpus_folder.seeds, tmp_path).articles) == 2


def test_a_damaged_snapshot_is_replaced_not_trusted(corpus_folder, tmp_path):
    corpus_folder.simple("alpha")
    snapshot.load(corpus_folder.facts, corpus_folder.seeds, tmp_path)
    for stored in tmp_path.glob("corpus-*.pickle"):
        stored.write_bytes(pickle.dumps("half a file")[:5])
    _same(snapshot.load(corpus_folder.facts, corpus_folder.seeds, tmp_path),
          loader.load_corpus(corpus_folder.facts, corpus_folder.seeds))


def test_only_the_newest_snapshots_are_kept(corpus_folder, tmp_path):
    for number in range(snapshot.KEEP + 2):
        corpus_folder.simple(f"a{number}")
        snapshot.load(corpus_folder.facts, corpus_folder.seeds, tmp_path)
    assert len(list(tmp_path.glob("corpus-*.pickle"))) == snapshot.KEEP


def test_the_fingerprint_sees_an_edit_that_keeps_the_size(corpus_folder):
    corpus_folder.simple("alpha", stance="hesitant")
    before = loader.fingerprint(corpus_folder.facts, corpus_folder.seeds)
    article = corpus_folder.seeds / "alpha.txt"
    article.write_text(article.read_text().replace("Paris", "Parma"))
    assert loader.fingerprint(corpus_folder.facts, corpus_folder.seeds) != before


def test_a_new_process_trusts_remembered_digests_only_for_untouched_files(corpus_folder, tmp_path, monkeypatch):
    corpus_folder.simple("alpha", stance="hesitant")
    snapshot.load(corpus_folder.facts, corpus_folder.seeds, tmp_path)
    assert (tmp_path / "digests.json").exists()
    monkeypatch.setattr(loader, "_DIGESTS", {})  # as in a new process
    corpus_folder.simple("alpha", stance="committed")
    assert list(snapshot.load(corpus_folder.facts, corpus_folder.seeds, tmp_path).stances["stance"]) == ["committed"]
    monkeypatch.setattr(loader, "_DIGESTS", {})
    (tmp_path / "digests.json").write_text("{not json")
    assert list(snapshot.load(corpus_folder.facts, corpus_folder.seeds, tmp_path).stances["stance"]) == ["committed"]


# -- damage: a snapshot or manifest that cannot be trusted is loaded afresh and rewritten --

# What an analyst sees of the seed article plus `alpha`: both titles, and
# the seed facts' 12 stances plus alpha's one.
TITLES = ["EU’s top diplomat says ‘coalition of the willing’ divided on Ukraine", "Headline of alpha"]
STANCES = 13


@pytest.fixture
def two_articles(seed_folder):
    seed_folder.simple("alpha")
    return seed_folder


def _seen(corpus) -> tuple[list[str], int]:
    return sorted(corpus.articles["title"]), len(corpus.stances)


def _parsed_again(*args):
    raise AssertionError("parsed again: the snapshot was not rewritten")


def _framed(payload: bytes) -> bytes:
    """`payload` behind a header that vouches for it, as the snapshot writes one."""
    return snapshot.HEADER.pack(snapshot.MAGIC, snapshot.FORMAT, snapshot._runtime(), len(payload),
                                hashlib.sha256(payload).digest()) + payload


def _without_titles(folder) -> bytes:
    loaded = loader.load_corpus(folder.facts, folder.seeds)
    return _framed(pickle.dumps(dataclasses.replace(loaded, articles=loaded.articles.drop(columns="title"))))


DAMAGE = {
    "truncated to half": lambda good, folder: good[: len(good) // 2],
    "its last byte cut off": lambda good, folder: good[:-1],
    "empty": lambda good, folder: b"",
    "random bytes": lambda good, folder: random.Random(16).randbytes(len(good)),
    "a pickle of a list": lambda good, folder: pickle.dumps(["not", "a", "corpus"]),
    "a checksummed list": lambda good, folder: _framed(pickle.dumps(["not", "a", "corpus"])),
    "a checksummed pickle naming a module that is gone": lambda good, folder: _framed(b"cno_such_module\nThing\n."),
    "checksummed tables from before a column existed": lambda good, folder: _without_titles(folder),
}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_a_damaged_snapshot_is_loaded_afresh_and_rewritten(two_articles, tmp_path, monkeypatch, damage):
    cache = tmp_path / "cache"
    snapshot.load(two_articles.facts, two_articles.seeds, cache)
    [stored] = cache.glob("corpus-*.pickle")
    stored.write_bytes(damage(stored.read_bytes(), two_articles))
    assert _seen(snapshot.load(two_articles.facts, two_articles.seeds, cache)) == (TITLES, STANCES)
    monkeypatch.setattr(snapshot, "load_corpus", _parsed_again)
    assert _seen(snapshot.load(two_articles.facts, two_articles.seeds, cache)) == (TITLES, STANCES)


# Each start in a fresh interpreter, because without the header's check a
# flipped byte in pyarrow's buffers kills the process (SIGSEGV), which no
# except clause can catch.
FLIPPING = """
import json, pathlib, sys
from tracker import snapshot
facts, seeds, cache, stored = map(pathlib.Path, sys.argv[1:5])
good, seen, load_corpus = stored.read_bytes(), [], snapshot.load_corpus

def parsed_again(*args):
    raise AssertionError("parsed again: the snapshot was not rewritten")

for flips in json.loads(sys.argv[5]):
    damaged = bytearray(good)
    for offset, mask in flips:
        damaged[offset] ^= mask
    stored.write_bytes(damaged)
    snapshot.load_corpus = load_corpus
    first = snapshot.load(facts, seeds, cache)
    snapshot.load_corpus = parsed_again
    again = snapshot.load(facts, seeds, cache)
    seen.append([[sorted(corpus.articles["title"]), len(corpus.stances)] for corpus in (first, again)])
print(json.dumps(seen))
"""


def test_flipped_bytes_anywhere_in_a_snapshot_never_crash_a_start_and_it_is_rewritten(two_articles, tmp_path):
    cache = tmp_path / "cache"
    snapshot.load(two_articles.facts, two_articles.seeds, cache)
    [stored] = cache.glob("corpus-*.pickle")
    size = stored.stat().st_size
    rng = random.Random(16)
    variants = [
        [(0, 0x01), (17, 0x10), (55, 0x80)],  # the header: marker, format, length
        [(size // 2 - 1, 0x04), (size // 2, 0x20), (size // 2 + 1, 0x01)],  # the middle
        [(size - 3, 0x02), (size - 2, 0x40), (size - 1, 0x08)],  # the end
        *([(rng.randrange(size), 1 << rng.randrange(8)) for _ in range(3)] for _ in range(40)),
    ]
    started = subprocess.run(
        [sys.executable, "-c", FLIPPING, str(two_articles.facts), str(two_articles.seeds), str(cache), str(stored),
         json.dumps(variants)], cwd=ROOT, capture_output=True, text=True)
    assert started.returncode == 0, started.stderr[-2000:]
    assert json.loads(started.stdout) == [[[TITLES, STANCES], [TITLES, STANCES]]] * len(variants)


def test_a_snapshot_written_with_other_library_versions_is_loaded_afresh(two_articles, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    snapshot.load(two_articles.facts, two_articles.seeds, cache)
    [stored] = cache.glob("corpus-*.pickle")
    content = bytearray(stored.read_bytes())
    # The runtime field, as pandas 2.2 on Python 3.10 would have written it.
    content[18:50] = hashlib.sha256(b"python (3, 10, 0) pandas 2.2.0 numpy 1.26.0 pyarrow 15.0.0").digest()
    stored.write_bytes(content)
    loads = []
    monkeypatch.setattr(snapshot, "load_corpus", lambda *args: loads.append(args) or loader.load_corpus(*args))
    assert _seen(snapshot.load(two_articles.facts, two_articles.seeds, cache)) == (TITLES, STANCES)
    assert len(loads) == 1, "parsed afresh, not unpickled"



def test_a_snapshot_written_by_other_tracker_code_is_loaded_afresh(two_articles, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    snapshot.load(two_articles.facts, two_articles.seeds, cache)
    # The same files read by a release whose date reading differs by one line.
    release = tmp_path / "release"
    shutil.copytree(snapshot.CODE, release, ignore=shutil.ignore_patterns("__pycache__"))
    (release / "dates.py").write_text((release / "dates.py").read_text() + "\n# changed\n")
    monkeypatch.setattr(snapshot, "CODE", release)
    snapshot._runtime.cache_clear()
    loads = []
    monkeypatch.setattr(snapshot, "load_corpus", lambda *args: loads.append(args) or loader.load_corpus(*args))
    try:
        assert _seen(snapshot.load(two_articles.facts, two_articles.seeds, cache)) == (TITLES, STANCES)
    finally:
        snapshot._runtime.cache_clear()
    assert len(loads) == 1, "parsed afresh, not unpickled"

MANIFESTS = {
    "a list": b"[]",
    "a number for an entry": b'{"x": 1}',
    "an entry of the wrong types": b'{"x": ["a", 1, 2, "zz"]}',
    "not JSON": b"{not json",
    "nested deeper than Python recurses": b"[" * 100_000,
}


@pytest.mark.parametrize("damage", MANIFESTS.values(), ids=MANIFESTS.keys())
def test_a_damaged_manifest_is_ignored_and_rewritten(two_articles, tmp_path, monkeypatch, damage):
    cache = tmp_path / "cache"
    manifest = cache / "digests.json"
    snapshot.load(two_articles.facts, two_articles.seeds, cache)
    files = [*two_articles.facts.iterdir(), *two_articles.seeds.iterdir()]

    def rewritten() -> None:
        entries = json.loads(manifest.read_text(encoding="utf-8"))
        assert "x" not in entries
        for file in files:
            size, _, _, digest = entries[str(file)]
            assert (size, digest) == (len(file.read_bytes()), hashlib.sha256(file.read_bytes()).hexdigest())

    manifest.write_bytes(damage)  # in the running server, which knows its files' digests already
    assert _seen(snapshot.load(two_articles.facts, two_articles.seeds, cache)) == (TITLES, STANCES)
    rewritten()
    manifest.write_bytes(damage)
    monkeypatch.setattr(loader, "_DIGESTS", {})  # as in a new process
    monkeypatch.setattr(snapshot, "load_corpus", _parsed_again)
    assert _seen(snapshot.load(two_articles.facts, two_articles.seeds, cache)) == (TITLES, STANCES)
    rewritten()


def test_a_new_process_reads_none_of_the_unchanged_files_its_manifest_lists(two_articles, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    snapshot.load(two_articles.facts, two_articles.seeds, cache)
    monkeypatch.setattr(loader, "_DIGESTS", {})  # as in a new process
    monkeypatch.setattr(files, "digest", lambda *args: pytest.fail(f"{args[0]} hashed again, though listed"))
    monkeypatch.setattr(snapshot, "load_corpus", _parsed_again)
    assert _seen(snapshot.load(two_articles.facts, two_articles.seeds, cache)) == (TITLES, STANCES)


@pytest.mark.parametrize("name", ["snapshot", "manifest"])
def test_a_fifo_in_the_cache_folder_does_not_hang_the_start(two_articles, tmp_path, name):
    cache = tmp_path / "cache"
    snapshot.load(two_articles.facts, two_articles.seeds, cache)
    [path] = cache.glob("corpus-*.pickle") if name == "snapshot" else [cache / "digests.json"]
    path.unlink()
    os.mkfifo(path)
    loaded = []
    start = threading.Thread(target=lambda: loaded.append(snapshot.load(two_articles.facts, two_articles.seeds, cache)),
                             daemon=True)
    start.start()
    start.join(timeout=60)
    hung = start.is_alive()
    if hung:  # let the blocked open return, so that the test run can end
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
        start.join()
    assert not hung and _seen(loaded[0]) == (TITLES, STANCES)


def test_a_file_edited_while_it_is_loaded_is_never_snapshotted_as_its_earlier_content(corpus_folder, tmp_path,
                                                                                      monkeypatch):
    cache = tmp_path / "cache"
    corpus_folder.simple("alpha", stance="hesitant")

    def saved_meanwhile(*args):
        # A colleague saves the file after it was hashed, before it is read.
        corpus_folder.simple("alpha", stance="committed")
        return loader.load_corpus(*args)

    monkeypatch.setattr(snapshot, "load_corpus", saved_meanwhile)
    assert list(snapshot.load(corpus_folder.facts, corpus_folder.seeds, cache).stances["stance"]) == ["committed"]
    monkeypatch.setattr(snapshot, "load_corpus", loader.load_corpus)
    corpus_folder.simple("alpha", stance="hesitant")  # and puts it back (an undo, a git checkout)
    monkeypatch.setattr(loader, "_DIGESTS", {})  # a later start, in a new process
    assert list(snapshot.load(corpus_folder.facts, corpus_folder.seeds, cache).stances["stance"]) == ["hesitant"]


@pytest.mark.parametrize("failure", [OSError(28, "No space left on device"),
                                     pickle.PicklingError("a cell of no picklable type")],
                         ids=["a full disk", "a table that will not pickle"])
def test_a_snapshot_that_cannot_be_written_leaves_no_file_behind_and_the_load_is_served(two_articles, tmp_path,
                                                                                          monkeypatch, failure):
    cache = tmp_path / "cache"

    def failing(self, chunk):
        raise failure

    monkeypatch.setattr(snapshot._Hashing, "write", failing)
    assert _seen(snapshot.load(two_articles.facts, two_articles.seeds, cache)) == (TITLES, STANCES)
    assert sorted(path.name for path in cache.iterdir()) == ["digests.json"]


def test_half_written_files_of_a_killed_process_are_removed_but_not_a_write_in_progress(two_articles, tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir()
    abandoned, in_progress = cache / "tmpkilled.partial", cache / "tmpwriting.partial"
    abandoned.write_bytes(b"half a snapshot")
    in_progress.write_bytes(b"half a snapshot")
    two_hours_ago = time.time() - 2 * 3600
    os.utime(abandoned, (two_hours_ago, two_hours_ago))
    snapshot.load(two_articles.facts, two_articles.seeds, cache)
    assert not abandoned.exists() and in_progress.exists()
