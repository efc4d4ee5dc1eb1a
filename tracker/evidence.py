"""Finding an evidence passage in its article.

Analysts copy passages from browsers and editors that swap curly and straight
quotes, dash kinds and line breaks; the match tolerates exactly those and
nothing else, and reports offsets into the article as it is on disk. A
passage matches whole words only: "committed" inside "uncommitted" is no
evidence of a commitment.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re

_EQUIVALENT = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2015": "-", "\u2212": "-",
    "\u00a0": " ",
}
# A regular expression finds the few such characters ten times faster than
# str.translate walks every character of an article.
_SWAPPABLE = re.compile("[" + "".join(_EQUIVALENT) + "]")
_SPACE = re.compile(r"\s+")
_RUN = re.compile(r"\S+")
_WORD = re.compile(r"\w+")
_HYPHENS = {"-", "\u2010", "\u2011"}


def _swapped(text: str) -> str:
    return _SWAPPABLE.sub(lambda match: _EQUIVALENT[match.group()], text)


def normalize(text: str) -> str:
    return _SPACE.sub(" ", _swapped(text)).strip()


class TooCommon(ValueError):
    """The passages looked for in one article matched in more places than
    are checked (NormalizedText.MOST_PLACES_CHECKED)."""

    def __init__(self, most: int):
        super().__init__(f"the evidence passages match the article in over {most:,} places, more than are "
                         "checked: quote longer, more distinctive passages")


def _is_word(character: str) -> bool:
    # What `\w` matches in a regular expression: letters, digits, underscore.
    return character.isalnum() or character == "_"


class NormalizedText:
    """An article's text in matching form, with a map back to original offsets.

    The normalized text is the article's runs of non-space characters joined
    by single spaces. The start of every run is kept in both texts, so an
    offset maps back by a binary search over the runs, without a
    per-character map (which cost a millisecond an article, and thousands of
    articles notice) nor a scan from the start per offset (quadratic in a
    long article with many facts).

    A passage matches on the article's word boundaries only: "committed to
    sending troops" is not found in "uncommitted to sending troops"."""

    # Past this many passages an article's words are indexed: scanning the
    # text is faster for the few facts of an ordinary article, the index for
    # the thousands of a long one.
    _SCANS_BEFORE_INDEX = 64
    # A first word this common (such as "the") is looked for by scanning: its
    # every occurrence checked one by one would cost more.
    _MOST_CANDIDATES = 32

    # Every place a passage's words start that must be checked by hand costs
    # the server; an article and facts file built to match everywhere
    # ("the the the…" with thousands of facts quoting "the") would keep it
    # busy for minutes. Past this many places in one article, searching stops.
    MOST_PLACES_CHECKED = 200_000

    def __init__(self, text: str):
        self.text = text
        self._places_left = self.MOST_PLACES_CHECKED
        self._found: dict[tuple[str, int | None], list[tuple[int, int]]] = {}
        swapped = _swapped(text)
        runs = swapped.split()
        self.normalized = " ".join(runs)
        self._original_starts = [match.start() for match in _RUN.finditer(swapped)]
        # Run i starts after the i runs before it and their i joining spaces.
        self._normalized_starts = list(map(operator.add, itertools.accumulate(map(len, runs), initial=0),
                                           range(len(runs))))
        self._searches = 0
        self._words: dict[str, list[int]] | None = None

    def _original(self, offset: int) -> int:
        run = bisect.bisect_right(self._normalized_starts, offset) - 1
        # Past the run's end is the space joining it to the next: the first
        # blank of the original gap.
        return self._original_starts[run] + offset - self._normalized_starts[run]

    def find_all(self, passage: str, most: int | None = None) -> list[tuple[int, int]]:
        """Every (start, end) of `passage` in the original text, on word
        boundaries: where the passage begins (ends) with a letter, digit or
        underscore, the article's character before (after) it is none. With
        `most`, only the first `most` (to tell one place from several).

        Raises TooCommon once this article's places to check are used up."""
        needle = normalize(passage)
        if not needle:
            return []
        key = (needle, most)
        if key not in self._found:
            self._found[key] = [(self._original(at), self._original(at + len(needle) - 1) + 1)
                                for at in self._starts(needle, most)]
        return self._found[key]

    def _checked(self, places: int) -> None:
        self._places_left -= places
        if self._places_left < 0:
            raise TooCommon(self.MOST_PLACES_CHECKED)

    def _starts(self, needle: str, most: int | None) -> list[int]:
        self._searches += 1
        if self._words is None and self._searches > self._SCANS_BEFORE_INDEX:
            self._words = {}
            for word in _WORD.finditer(self.normalized):
                self._words.setdefault(word.group(), []).append(word.start())
        first = _WORD.search(needle)
        if self._words is not None and first is not None:
            # The passage's first word is bounded on both sides (by its own
            # characters or by the boundaries a match needs), so it is one
            # of the article's words, at the same distance from the start.
            candidates = self._words.get(first.group(), [])
            if len(candidates) <= self._MOST_CANDIDATES:
                self._checked(len(candidates))
                found = [at for at in (word - first.start() for word in candidates)
                         if at >= 0 and self.normalized.startswith(needle, at) and self._bounded(needle, at)]
                return found[:most]
        starts = []
        at = self.normalized.find(needle)
        while at != -1:
            self._checked(1)
            if self._bounded(needle, at):
                starts.append(at)
                if most is not None and len(starts) >= most:
                    break
            at = self.normalized.find(needle, at + 1)
        return starts

    def _bounded(self, needle: str, at: int) -> bool:
        """Whether `needle` at `at` neither begins nor ends inside a word; a
        hyphenated word is one word ("non-committed"), but a dash between
        two words is a boundary."""
        end = at + len(needle)
        text = self.normalized
        if at > 0 and _is_word(needle[0]):
            if _is_word(text[at - 1]) or (at > 1 and _is_word(text[at - 2]) and self._hyphen(at - 1)):
                return False
        if end < len(text) and _is_word(needle[-1]):
            if _is_word(text[end]) or (end + 1 < len(text) and _is_word(text[end + 1]) and self._hyphen(end)):
                return False
        return True

    def _hyphen(self, offset: int) -> bool:
        # Normalizing made every dash "-": the article's own character says
        # whether it joins a word (a hyphen) or separates two (a dash).
        return self.normalized[offset] == "-" and self.text[self._original(offset)] in _HYPHENS
