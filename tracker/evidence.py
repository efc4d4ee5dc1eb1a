"""Finding an evidence passage in its article.

Analysts copy passages from browsers and editors that swap curly and straight
quotes, dash kinds and line breaks; the match tolerates exactly those and
nothing else, and reports offsets into the article as it is on disk.
"""

from __future__ import annotations

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


def normalize(text: str) -> str:
    return _SPACE.sub(" ", text.translate(_EQUIVALENT)).strip()


class NormalizedText:
    """An article's text in matching form, with a map back to original offsets."""

    def __init__(self, text: str):
        self.text = text
        chars: list[str] = []
        origin: list[int] = []
        previous_space = True
        for index, char in enumerate(text.translate(_EQUIVALENT)):
            if char.isspace():
                if previous_space:
                    continue
                char = " "
            previous_space = char == " "
            chars.append(char)
            origin.append(index)
        self.normalized = "".join(chars)
        self.origin = origin

    def find_all(self, passage: str) -> list[tuple[int, int]]:
        """Every (start, end) of `passage` in the original text."""
        needle = normalize(passage)
        if not needle:
            return []
        spans = []
        at = self.normalized.find(needle)
        while at != -1:
            last = at + len(needle) - 1
            spans.append((self.origin[at], self.origin[last] + 1))
            at = self.normalized.find(needle, at + 1)
        return spans
