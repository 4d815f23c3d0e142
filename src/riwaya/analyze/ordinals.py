"""Ranks: «الجولة الثالثة»، «للمرة الحادية عشرة»، «الذكرى الخامسة والعشرين».

An ordinal names a position, not an amount, so it is a layer of its own (``Article.ordinals``):
the cross-check never compares it with the figures of ``quantities``, and the quantity finder
leaves its words alone («الحادي عشر» is no 10).
"""

from __future__ import annotations

import re

from ..lang.ar.normalize import normalize_with_offsets, word_set
from ..lang.ar.numbers import ORDINAL_FORMS, read_ordinal
from ..model import Ordinal, Span
from .overlaps import OverlapSweep

_WORD = re.compile(r"\w+")
_FOLLOWING = 2  # the longest ordinal is three words: «الواحد و العشرون»


def find_ordinals(text: str, skip: list[Span] = ()) -> list[Ordinal]:
    """Every ordinal in ``text``, left to right; one lying inside a ``skip`` span (a date:
    «كانون الأول»، «أول أمس») is the date's."""
    norm = normalize_with_offsets(text)
    if not ORDINAL_FORMS.keys() & word_set(norm.text):
        return []
    inside = OverlapSweep(skip)
    words = list(_WORD.finditer(norm.text))
    found: list[Ordinal] = []
    i = 0
    while i < len(words):
        read = read_ordinal(_run(norm.text, words, i)) if words[i].group() in ORDINAL_FORMS else None
        if read is None:
            i += 1
            continue
        rank, used = read
        start, end = norm.to_original(words[i].start(), words[i + used - 1].end())
        if not any(span.start <= start and end <= span.end for span in inside.overlapping(start, end)):
            found.append(Ordinal(start, end, rank))
        i += used
    return found


def _run(text: str, words: list[re.Match], i: int) -> list[str]:
    """Word i and the words right after it that only spaces separate from it."""
    run = [words[i].group()]
    for later in words[i + 1 : i + 1 + _FOLLOWING]:
        if text[words[i + len(run) - 1].end() : later.start()].strip():
            break
        run.append(later.group())
    return run
