"""Sentence boundaries for Arabic and English news text.

A sentence ends at . ! ? ؟ … or a line break, never at «،». A full stop between digits
(3.5), the two dots that join headline parts, after an abbreviation (د. ، U.S.) or inside a
quotation that goes on does not end it;
a closing quote or bracket right after the stop stays with the sentence it closes.
A sentence longer than ``MAX_SENTENCE`` characters (a page with no full stop) is cut at its
last comma, else at a space.
"""

from __future__ import annotations

import re

from ..lang.ar.lexicon import ABBREVIATIONS as ARABIC_ABBREVIATIONS
from ..lang.ar.numbers import is_digits
from ..lang.en.lexicon import ABBREVIATIONS as ENGLISH_ABBREVIATIONS
from ..model import Span

ABBREVIATIONS = ARABIC_ABBREVIATIONS | ENGLISH_ABBREVIATIONS
TERMINATORS = re.compile(r"[.!?؟…]+|\n")
CLOSERS = "»”\"')]’"
OPENING_QUOTES = {"«": "»", "“": "”"}
_WORD_BEFORE = re.compile(r"([\w.]+)$")
CLAUSE_MARKS = "،,؛;"
MAX_SENTENCE = 3000
"""The most characters in one sentence: the stages after work sentence by sentence (NER,
negation scopes), some of them in time that grows faster than the sentence. Of 75,000
SaudiNewsNet sentences three are longer; a 1 MB line with no full stop would be one."""


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
        if stop > 0 and is_digits(text[stop - 1]) and is_digits(following):
            return False  # 3.5
        word = _WORD_BEFORE.search(text[max(sentence_start, stop - 12) : stop])
        if word and word.group(1) in ABBREVIATIONS:
            return False
    if following and not following.isspace() and following not in CLOSERS:
        return following.isalpha() and not following.isascii()  # «انتهى.وقال» still splits
    return stop - sentence_start >= MAX_SENTENCE or not _inside_open_quote(text, sentence_start, stop)


def _inside_open_quote(text: str, start: int, stop: int) -> bool:
    """True when a quotation opened before ``stop`` closes later in the same paragraph."""
    line_end = text.find("\n", stop, stop + MAX_SENTENCE)
    line_end = min(len(text), stop + MAX_SENTENCE) if line_end < 0 else line_end
    for opener, closer in OPENING_QUOTES.items():
        depth = text.count(opener, start, stop) - text.count(closer, start, stop)
        if depth > 0 and text.find(closer, stop, line_end) >= 0:
            return True
    return False


def _add_trimmed(spans: list[Span], text: str, start: int, end: int) -> None:
    start, end = _trim(text, start, end)
    while end - start > MAX_SENTENCE:
        cut = _cut(text, start)
        spans.append(Span(*_trim(text, start, cut)))
        start = _trim(text, cut, end)[0]
    if start < end:
        spans.append(Span(start, end))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _cut(text: str, start: int) -> int:
    """Where an overlong sentence starting at ``start`` (not a space) is cut: after the last comma
    or semicolon in the second half of ``MAX_SENTENCE``, else at the last space, else there."""
    half, limit = start + MAX_SENTENCE // 2, start + MAX_SENTENCE
    comma = max(text.rfind(mark, half, limit) for mark in CLAUSE_MARKS)
    if comma >= 0:
        return comma + 1
    space = text.rfind(" ", half, limit)
    return space if space >= 0 else limit
