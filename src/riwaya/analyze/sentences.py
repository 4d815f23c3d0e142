"""Sentence boundaries for Arabic and English news text.

A sentence ends at . ! ? ؟ … or a line break, never at «،». A full stop between digits
(3.5), the two dots that join headline parts, after an abbreviation (د. ، U.S.) or inside a
quotation that goes on does not end it;
a closing quote or bracket right after the stop stays with the sentence it closes.
"""

from __future__ import annotations

import re

from ..lang.ar.lexicon import ABBREVIATIONS
from ..model import Span

TERMINATORS = re.compile(r"[.!?؟…]+|\n")
CLOSERS = "»”\"')]’"
OPENING_QUOTES = {"«": "»", "“": "”"}
_WORD_BEFORE = re.compile(r"([\w.]+)$")


def split_sentences(text: str) -> list[Span]:
    """The sentences of ``text`` as spans, trimmed of surrounding white space."""
    spans = []
    start = 0
    for match in TERMINATORS.finditer(text):
        end = match.end()
        if match.group() != "\n":
            if not _ends_sentence(text, match.start(), end, start):
                continue
            while end < len(text) and text[end] in CLOSERS:
                end += 1
        _add_trimmed(spans, text, start, end)
        start = end
    _add_trimmed(spans, text, start, len(text))
    return spans


def _ends_sentence(text: str, stop: int, after: int, sentence_start: int) -> bool:
    mark = text[stop:after]
    following = text[after : after + 1]
    if mark == "..":
        return False  # the headline separator: «تعزيزات تصل الحسكة.. ومصادر تتحدث عن انسحاب»
    if mark == ".":
        if stop > 0 and text[stop - 1].isdigit() and following.isdigit():
            return False  # 3.5
        word = _WORD_BEFORE.search(text[max(sentence_start, stop - 12) : stop])
        if word and word.group(1) in ABBREVIATIONS:
            return False
    if following and not following.isspace() and following not in CLOSERS:
        return following.isalpha() and not following.isascii()  # «انتهى.وقال» still splits
    return not _inside_open_quote(text, sentence_start, stop)


def _inside_open_quote(text: str, start: int, stop: int) -> bool:
    """True when a quotation opened before ``stop`` closes later in the same paragraph."""
    line_end = text.find("\n", stop)
    line_end = len(text) if line_end < 0 else line_end
    for opener, closer in OPENING_QUOTES.items():
        depth = text.count(opener, start, stop) - text.count(closer, start, stop)
        if depth > 0 and closer in text[stop:line_end]:
            return True
    return False


def _add_trimmed(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append(Span(start, end))
