import errno
import hashlib
import os
import threading

import pytest

from tracker import files


def within_a_minute(call):
    """Run `call` in a thread, failing (not hanging the suite) if it blocks:
    a named pipe opened the ordinary way waits for a writer forever."""
    outcome = {}

    def run():
        try:
            outcome["value"] = call()
        except BaseException as error:  # handed back to the test
            outcome["error"] = error

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(60)
    assert not worker.is_alive(), "reading blocked"
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


@pytest.mark.parametrize("name", ["../x.txt", "a/b.txt", "a\\b.txt", "..", ".", "/etc/passwd", "a\0b", ""])
def test_a_name_with_a_folder_or_a_parent_is_not_plain(name):
    assert not files.is_plain_name(name)
    with pytest.raises(files.NotPlainName):
        files.in_folder("seeds", name)


@pytest.mark.parametrize("name", ["2025-04-19-bbc.txt", "a..b.txt", ".hidden", "Köln, 3 März.txt"])
def test_an_ordinary_name_is_plain(name):
    assert files.in_folder("seeds", name) == files.Path("seeds") / name


def test_a_regular_file_is_read_whole(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"x" * 70_000)
    assert files.read(tmp_path / "a.txt", 100_000) == b"x" * 70_000
    assert files.digest(tmp_path / "a.txt", 100_000) == hashlib.sha256(b"x" * 70_000).digest()


def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path):
    os.mkfifo(tmp_path / "pipe.yaml")
    for call in (files.read, files.digest):
        with pytest.raises(files.Unreadable) as refused:
            within_a_minute(lambda: call(tmp_path / "pipe.yaml", 1000))
        assert str(refused.value) == "is a named pipe (FIFO), not a regular file"


def test_a_directory_is_refused(tmp_path):
    (tmp_path / "x.yaml").mkdir()
    with pytest.raises(files.Unreadable) as refused:
        files.read(tmp_path / "x.yaml", 1000)
    assert str(refused.value) == "is a directory, not a regular file"


def test_a_link_out_of_its_folder_is_not_followed_even_to_a_missing_target(tmp_path):
    folder = tmp_path / "seeds"
    folder.mkdir()
    (tmp_path / "secret.txt").write_text("password")
    (folder / "there.txt").symlink_to(tmp_path / "secret.txt")
    (folder / "nowhere.txt").symlink_to(tmp_path / "missing.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    for name in ("there.txt", "nowhere.txt", "zero.txt"):
        with pytest.raises(files.LeadsOutside) as refused:
            files.read(folder / name, 1000)
        assert str(refused.value) == "is a link leading outside its folder"


def test_a_link_to_a_file_in_the_same_folder_is_followed(tmp_path):
    (tmp_path / "real.txt").write_bytes(b"text")
    (tmp_path / "alias.txt").symlink_to("real.txt")
    assert files.read(tmp_path / "alias.txt", 1000) == b"text"


def test_a_huge_file_is_refused_by_its_size_unread(tmp_path, monkeypatch):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(5_000_000_000)  # sparse: costs no disk
    reads = []
    monkeypatch.setattr(files.os, "read", lambda fd, n: reads.append(n) or os.read(fd, n))
    with pytest.raises(files.TooLarge) as refused:
        files.read(huge, 1_000_000)
    assert str(refused.value) == "is 5,000,000,000 bytes, over the 1,000,000-byte limit"
    assert reads == []


def test_a_file_longer_than_it_measured_is_cut_one_byte_past_the_limit(tmp_path, monkeypatch):
    # As a file still being written, or one whose size the system does not
    # know (/proc, a device behind a link): measured small, read long.
    (tmp_path / "growing.txt").write_bytes(b"x" * 5_000)
    real_fstat = os.fstat
    monkeypatch.setattr(files.os, "fstat", lambda fd: os.stat_result((*real_fstat(fd)[:6], 10, *real_fstat(fd)[7:])))
    for call in (files.read, files.digest):
        with pytest.raises(files.TooLarge) as refused:
            call(tmp_path / "growing.txt", 1_000)
        assert str(refused.value) == "is 1,001 bytes, over the 1,000-byte limit"


def test_a_file_removed_before_it_is_read_is_missing(tmp_path):
    with pytest.raises(files.Missing) as refused:
        files.read(tmp_path / "gone.yaml", 1000)
    assert str(refused.value) == "was not found"


def test_a_file_that_cannot_be_opened_says_so(tmp_path, monkeypatch):
    (tmp_path / "locked.yaml").write_text("x")
    real_open = os.open

    def denied(path, flags, *rest):
        if str(path).endswith("locked.yaml"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *rest)

    monkeypatch.setattr(files.os, "open", denied)
    with pytest.raises(files.Unreadable) as refused:
        files.read(tmp_path / "locked.yaml", 1000)
    assert str(refused.value) == "cannot be read (permission denied)"


def test_an_error_while_reading_is_refused_not_raised():
    # /proc/self/mem opens but fails to read at offset 0 (EIO).
    with pytest.raises(files.Unreadable) as refused:
        files.read("/proc/self/mem", 1000)
    assert str(refused.value) == "cannot be read (input/output error)"
