"""Reading an article file: a header line, the headline, then the body.

The header is ` date YYYY-MM-DD ID`. Offsets of evidence are into the file's
text exactly as read here (UTF-8, a leading byte-order mark dropped).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from tracker import files
from tracker.characters import refuse_in_article

# The one limit on an article's size, on disk and uploaded: a page shows and
# searches the whole text, so it must stay small enough for every viewer.
MAX_ARTICLE_BYTES = 200_000

_HEADER = re.compile(r"^\s*date\s+(?P<date>\d{4}-\d{2}-\d{2})\s+(?P<id>\S+)\s*$")


@dataclass(frozen=True)
class ArticleText:
    text: str
    published: dt.date | None
    source_id: str | None
    headline: str


def read_article(path: Path) -> ArticleText:
    """The article at `path` (a regular file of at most MAX_ARTICLE_BYTES);
    raise ValueError with an analyst's message when the file is unusable."""
    path = Path(path)
    try:
        raw = files.read(path, MAX_ARTICLE_BYTES)
    except files.Unreadable as error:
        raise ValueError(_unreadable_message(path.name, error)) from None
    return parse_article(raw, path.name)


def read_seed(seeds_dir: Path, name: str) -> ArticleText:
    """The article a facts file names in `article.file`: a plain file name in
    the seeds folder, never a path leading anywhere else."""
    try:
        path = files.in_folder(seeds_dir, name)
    except files.NotPlainName as error:
        raise ValueError(_unreadable_message(name, error)) from None
    return read_article(path)


def _unreadable_message(name: str, error: files.Unreadable) -> str:
    shown = _shown(name)
    if isinstance(error, files.NotPlainName):
        # The same words whatever exists at that path: no folder is probed.
        return (f"article file {shown} is not a plain file name: write the name of a file in seeds/ alone, "
                "without a folder (/ or \\), `..` or a leading /")
    if isinstance(error, files.Missing):
        return f"article file {shown} not found in seeds/: check `article.file`"
    if isinstance(error, files.LeadsOutside):
        return f"article file {shown} in seeds/ is a link leading outside seeds/: put the article itself in seeds/"
    if isinstance(error, files.TooLarge):
        return _too_large_message(shown, error.size)
    return f"article file {shown} {error}: replace it with the article's text file"


def _too_large_message(shown: str, size: int) -> str:
    return (f"article file {shown} is {size:,} bytes, over the {MAX_ARTICLE_BYTES:,}-byte limit for an article: "
            "keep only the article's own text")


def _shown(name: str) -> str:
    # A name is echoed so the author sees which, but never at any length.
    return repr(name) if len(name) <= 80 else repr(name[:80]) + "…"


def parse_article(raw: bytes, name: str) -> ArticleText:
    if len(raw) > MAX_ARTICLE_BYTES:
        raise ValueError(_too_large_message(_shown(name), len(raw)))
    if not raw.strip():
        raise ValueError(f"article file {name!r} is empty")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValueError(f"article file {name!r} is not UTF-8 text (byte {error.start}): save it as UTF-8") from None
    refuse_in_article(text, name)
    if "\x00" in text:
        raise ValueError(f"article file {name!r} looks binary: it must be plain text")
    text = text.replace("\r\n", "\n")
    lines = text.split("\n")
    header = _HEADER.match(lines[0])
    if header is None:
        return ArticleText(text, None, None, lines[0].strip())
    published = dt.date.fromisoformat(header["date"])
    headline = lines[1].strip() if len(lines) > 1 else ""
    return ArticleText(text, published, header["id"], headline)
