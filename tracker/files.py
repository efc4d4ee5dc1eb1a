"""A file from a folder we do not trust.

Facts files and the articles they name arrive in colleagues' pull requests:
a name may point anywhere, and an entry may be a directory, a named pipe, a
device, or a link out of its folder. Each is refused with a reason, before
anything is read; nothing here blocks, follows a link out of its folder, or
reads more than the caller's limit plus one byte.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from pathlib import Path

_CHUNK = 1 << 16
# Non-blocking, so that opening a named pipe returns at once instead of
# waiting for a writer; no controlling terminal from a device; not inherited.
_OPEN_FLAGS = os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


class Unreadable(ValueError):
    """Why a file was left unread, as the rest of a sentence that begins with
    the file's name ("is a directory, not a regular file")."""


class NotPlainName(Unreadable):
    """A name with a folder in it, `..`, an absolute path or a NUL: refused
    by its form alone, before the file system is asked anything, so that the
    answer never tells whether such a path exists."""

    def __init__(self) -> None:
        super().__init__("is not a plain file name")


class LeadsOutside(Unreadable):
    def __init__(self) -> None:
        super().__init__("is a link leading outside its folder")


class Missing(Unreadable):
    def __init__(self) -> None:
        super().__init__("was not found")


class TooLarge(Unreadable):
    def __init__(self, size: int, limit: int):
        super().__init__(f"is {size:,} bytes, over the {limit:,}-byte limit")
        self.size, self.limit = size, limit


def is_plain_name(name: str) -> bool:
    """A file's name alone: no folder separator of any system, no `.` or
    `..`, not absolute, no NUL."""
    return (bool(name) and name not in (".", "..") and not any(c in name for c in "/\\\0")
            and not os.path.isabs(name))


def in_folder(folder: Path, name: str) -> Path:
    """`folder/name` for a plain name; raise NotPlainName otherwise."""
    if not is_plain_name(name):
        raise NotPlainName()
    return Path(folder) / name


def read(path: Path, limit: int) -> bytes:
    """The bytes of `path`, a regular file in its folder of at most `limit`
    bytes (a link is followed only to a file inside the same folder); raise
    Unreadable otherwise."""
    # Asked for whole: a file read at its measured size comes back as one
    # chunk, which join returns without copying it.
    return b"".join(_chunks(path, limit, whole=True))


def digest(path: Path, limit: int) -> bytes:
    """The SHA-256 of what `read` would return; raise Unreadable where
    `read` would."""
    hashed = hashlib.sha256()
    for chunk in _chunks(path, limit):
        hashed.update(chunk)
    return hashed.digest()


def _chunks(path: Path, limit: int, whole: bool = False):
    fd = _open(path)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise Unreadable(f"is {kind_of(info.st_mode)}, not a regular file")
        if info.st_size > limit:
            raise TooLarge(info.st_size, limit)
        # The measured size plus one usually reaches the end in one call;
        # the count stops a file longer than it measured one byte past the
        # limit (one still being written, or a size the system does not know).
        total, want = 0, info.st_size + 1 if whole else min(info.st_size + 1, _CHUNK)
        while chunk := os.read(fd, want):
            total += len(chunk)
            if total > limit:
                raise TooLarge(total, limit)
            yield chunk
            want = min(_CHUNK, limit + 1 - total)
    except OSError as error:
        raise _unreadable(error) from None
    finally:
        os.close(fd)


def leads_outside(path: Path) -> bool:
    """Whether `path`, a link in its folder, resolves to somewhere outside
    that folder (whether or not its target exists)."""
    folder = os.path.realpath(Path(path).parent)
    return os.path.commonpath([folder, os.path.realpath(path)]) != folder


def kind_of(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def _open(path: Path) -> int:
    try:
        return os.open(path, _OPEN_FLAGS | _NOFOLLOW)
    except OSError as error:
        if error.errno != errno.ELOOP:
            raise _unreadable(error) from None
    # A link: followed only when it stays in its folder, and the resolved
    # path opened without following again so it cannot be swapped for one.
    if leads_outside(Path(path)):
        raise LeadsOutside()
    try:
        return os.open(os.path.realpath(path), _OPEN_FLAGS | _NOFOLLOW)
    except OSError as error:
        raise _unreadable(error) from None


def _unreadable(error: OSError) -> Unreadable:
    if error.errno == errno.ENOENT:
        return Missing()
    if error.errno in (errno.EACCES, errno.EPERM):
        return Unreadable("cannot be read (permission denied)")
    if error.errno == errno.ELOOP:
        return LeadsOutside()
    reason = error.strerror or type(error).__name__
    return Unreadable(f"cannot be read ({reason[:1].lower()}{reason[1:]})")
