"""Finding an evidence passage in its article.

Analysts copy passages from browsers and editors that swap curly and straight
quotes, dash kinds and line breaks; the match tolerates exactly those and
nothing else, and reports offsets into the article as it is on disk.
"""

from __future__ import annotations

import bisect
import re

_EQUIVALENT = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
        "\u2015": "-", "\u2212": "-",
        "\u00a0": " ",
    }
)
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\S+")


def normalize(text: str) -> str:
    return _SPACE.sub(" ", text.translate(_EQUIVALENT)).strip()


class NormalizedText:
    """An article's text in matching form, with a map back to original offsets.

    The normalized text is the article's runs of non-space characters joined
    by single spaces; each run remembers where it starts in both texts, so an
    offset maps back by bisection (a per-character map cost a millisecond an
    article, which thousands of articles notice)."""

    def __init__(self, text: str):
        self.text = text
        runs = [(match.start(), match.group()) for match in _WORD.finditer(text.translate(_EQUIVALENT))]
        self.normalized = " ".join(run for _, run in runs)
        self._original_starts = [start for start, _ in runs]
        self._lengths = [len(run) for _, run in runs]
        self._normalized_starts = []
        at = 0
        for length in self._lengths:
            self._normalized_starts.append(at)
            at += length + 1

    def _original(self, offset: int) -> int:
        run = bisect.bisect_right(self._normalized_starts, offset) - 1
        inside = offset - self._normalized_starts[run]
        # Past the run's end is the space joining it to the next: the first
        # blank of the original gap.
        return self._original_starts[run] + min(inside, self._lengths[run])

    def find_all(self, passage: str) -> list[tuple[int, int]]:
        """Every (start, end) of `passage` in the original text."""
        needle = normalize(passage)
        if not needle:
            return []
        spans = []
        at = self.normalized.find(needle)
        while at != -1:
            last = at + len(needle) - 1
            spans.append((self._original(at), self._original(last) + 1))
            at = self.normalized.find(needle, at + 1)
        return spans
