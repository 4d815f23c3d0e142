"""Tokens with exact offsets: words (with their diacritics), numbers, punctuation."""

from __future__ import annotations

import re

from ...model import Token
from .numbers import DIGIT, DIGITS

_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
REVERSED_DECIMAL = re.compile(rf"({DIGIT}+)(?:ر|\.\u200f)({DIGIT}+)")
"""Wire copy's decimals typed for right-to-left display, fraction first: «5ر32» and «5.\u200f32»
(the dot followed by a right-to-left mark) are 32.5."""
# 3.5  ١٢٠  1,200  60،000 (the Arabic comma grouping thousands: three digits after it, no space);
# «و8» is و + 8. «²» and «①» are no digits: «10²» is 10 and the word «²».
TOKEN_PATTERN = re.compile(
    rf"(?P<number>{REVERSED_DECIMAL.pattern}(?!{DIGIT})|{DIGIT}+(?:[.,٫٬]{DIGIT}+|،{DIGIT}{{3}}(?!{DIGIT}))*)"
    rf"|(?P<word>(?:[^\W{DIGITS}]|[{_MARKS}])+)"
    r"|(?P<punct>[^\w\s])"
)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Split ``text[start:end]`` into tokens; each keeps its offsets into ``text``."""
    return [
        Token(m.start(), m.end(), m.group(), m.lastgroup)
        for m in TOKEN_PATTERN.finditer(text, start, len(text) if end is None else end)
    ]
