"""English words with exact offsets, lowercased for matching."""

from __future__ import annotations

import re
from dataclasses import dataclass

# "120,000" "1.5" "twenty-five" "al-Zoubi" "U.S." "n't" "$" "%"
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[A-Za-z]\.(?:[A-Za-z]\.)+|[^\W\d_]+(?:['’-][^\W\d_]+)*|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Word:
    start: int
    end: int
    text: str

    @property
    def low(self) -> str:
        return self.text.lower().replace("’", "'")

    @property
    def capital(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()


def english_words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    return [Word(m.start(), m.end(), m.group())
            for m in _TOKEN.finditer(text, start, len(text) if end is None else end)]
