import time

from tracker import watch
from tracker.loader import fingerprint
from tracker.watch import WatchedCorpus


def _until_changed(watched: WatchedCorpus, old: str, seconds: float = 5.0) -> str:
    deadline = time.monotonic() + seconds
    while (now := watched.fingerprint()) == old and time.monotonic() < deadline:
        time.sleep(0.05)
    return now


def test_an_edit_changes_the_watched_fingerprint(corpus_folder, monkeypatch):
    corpus_folder.simple("alpha", stance="hesitant")
    watched = WatchedCorpus(corpus_folder.facts, corpus_folder.seeds)
    try:
        first = watched.fingerprint()
        assert first == fingerprint(corpus_folder.facts, corpus_folder.seeds)
        looks = []
        monkeypatch.setattr(watch, "fingerprint", lambda *folders: looks.append(folders) or fingerprint(*folders))
        assert watched.fingerprint() == first and not looks, "nothing changed, no file looked at"
        corpus_folder.simple("alpha", stance="committed")
        edited = _until_changed(watched, first)
        assert edited == fingerprint(corpus_folder.facts, corpus_folder.seeds) != first
        (corpus_folder.seeds / "alpha.txt").unlink()
        assert _until_changed(watched, edited) == fingerprint(corpus_folder.facts, corpus_folder.seeds)
    finally:
        watched.close()


def test_without_notifications_every_call_looks_again(corpus_folder, monkeypatch):
    corpus_folder.simple("alpha", stance="hesitant")
    monkeypatch.setattr(WatchedCorpus, "_watch", lambda self: None)
    watched = WatchedCorpus(corpus_folder.facts, corpus_folder.seeds)
    first = watched.fingerprint()
    corpus_folder.simple("alpha", stance="committed")
    assert watched.fingerprint() != first
