"""Characters refused in articles and facts: bidirectional controls,
zero-width and other invisible format characters.

They are Unicode's category Cf ("format"): invisible, yet they change how the
text around them is shown. A right-to-left override (U+202E) makes
"tuo delur sah niapS" display as "Spain has ruled out"; an unclosed one
mirrors the labels that follow it on the page; a zero-width space splits a
word that looks whole, so evidence copied from the screen no longer matches.
The whole category is refused, not a list of the known offenders, so that a
character Unicode adds later is refused too; it holds nothing an English or
European news text needs (its soft hyphen, U+00AD, only hints where a word may
break, and the text reads the same without it).

A byte-order mark at the very start of a file is not text: decoding drops it
(`utf-8-sig`) before anything here looks.
"""

from __future__ import annotations

import unicodedata
from typing import NamedTuple

# The `regex` package (dateparser's own dependency) knows Unicode categories
# with `\p{...}`, kept current with Unicode; the standard `re` does not.
import regex

_REFUSED = regex.compile(r"\p{Cf}")
_WHY = "can make the text display differently from what is stored"


class Found(NamedTuple):
    """The first refused character of a text, and how many there are."""

    index: int  # 0-based offset of the first one
    character: str
    count: int


def find(text: str) -> Found | None:
    """The first refused character of `text`, or None if there is none."""
    if text.isascii():  # no refused character is ASCII; most texts are, and CPython knows at once
        return None
    first = _REFUSED.search(text)
    if first is None:
        return None
    return Found(first.start(), first.group(), sum(1 for _ in _REFUSED.finditer(text, first.start())))


def describe(character: str) -> str:
    """`U+202E RIGHT-TO-LEFT OVERRIDE`: the character named, never shown, so
    that a message about it cannot itself display differently."""
    name = unicodedata.name(character, "")
    return f"U+{ord(character):04X}" + (f" {name}" if name else "")


def refuse_in_value(value: str) -> str:
    """A facts file's text field: returned unchanged, or ValueError naming
    the first refused character and where it is in the value."""
    found = find(value)
    if found is None:
        return value
    more = f" (and {found.count - 1} more)" if found.count > 1 else ""
    raise ValueError(f"{describe(found.character)} at character {found.index + 1}{more}: {_remove(found.count)}")


def refuse_in_article(text: str, name: str) -> None:
    """An article's decoded text: ValueError naming the line and column of
    the first refused character and how many there are."""
    found = find(text)
    if found is None:
        return
    line = text.count("\n", 0, found.index) + 1
    column = found.index - (text.rfind("\n", 0, found.index) + 1) + 1
    count = (f"{found.count} invisible or direction-changing characters, the first"
             if found.count > 1 else "an invisible or direction-changing character,")
    raise ValueError(f"article file {name!r} contains {count} {describe(found.character)} at line {line}, "
                     f"column {column}: {_remove(found.count)}")


def _remove(count: int) -> str:
    return f"remove {'them; they' if count > 1 else 'it; it'} {_WHY}"


def escaped(name: str) -> str:
    """A name from the outside (a file's, an upload's) fit to show: each
    invisible or control character written as its escape (`\\u202e`), the
    rest unchanged. Names are not refused, since a file must still be
    named in the problem that refuses it."""
    if name.isprintable():
        return name
    return "".join(character if character.isprintable() else ascii(character)[1:-1] for character in name)
