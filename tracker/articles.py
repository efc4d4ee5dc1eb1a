"""Reading an article file: a header line, the headline, then the body.

The header is ` date YYYY-MM-DD ID`. Offsets of evidence are into the file's
text exactly as read here (UTF-8, a leading byte-order mark dropped).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from tracker.characters import refuse_in_article

_HEADER = re.compile(r"^\s*date\s+(?P<date>\d{4}-\d{2}-\d{2})\s+(?P<id>\S+)\s*$")


@dataclass(frozen=True)
class ArticleText:
    text: str
    published: dt.date | None
    source_id: str | None
    headline: str


def read_article(path: Path) -> ArticleText:
    """Raise ValueError with an analyst's message when the file is unusable."""
    if not path.is_file():
        raise ValueError(f"article file {path.name!r} not found in seeds/: check `article.file`")
    return parse_article(path.read_bytes(), path.name)


def parse_article(raw: bytes, name: str) -> ArticleText:
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
