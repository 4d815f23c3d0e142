"""Character spans: code-point offsets into an article's exact text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


@dataclass(frozen=True, slots=True)
class Span:
    """[start, end) in the article text. Annotations subclass it and add what they found."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def text_in(self, text: str) -> str:
        """The piece of ``text`` this span covers."""
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


class Token(NamedTuple):
    """A word, number or punctuation mark with its offsets; a tuple, because an article
    has thousands and they are made on the hot path."""

    start: int
    end: int
    text: str
    kind: str  # "word", "number" or "punct"

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end
