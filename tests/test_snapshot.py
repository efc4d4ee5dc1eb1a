import datetime as dt
import pickle

import pandas as pd

from tracker import loader, snapshot


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
