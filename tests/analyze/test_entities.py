"""Mentions in one article from the shipped model: a name found once is found wherever the
article repeats it, and titles stay out of names."""

from __future__ import annotations

from riwaya.analyze.entities import find_mentions, sentence_tokens
from riwaya.model import Span


def mentions(text: str, sentences: list[str]) -> list[tuple[str, str, str | None]]:
    spans, at = [], 0
    for sentence in sentences:
        start = text.index(sentence, at)
        spans.append(Span(start, start + len(sentence)))
        at = start + len(sentence)
    found = find_mentions(sentence_tokens(text, spans))
    return [(text[m.start:m.end], m.type, m.title) for m in found]


def test_a_surname_alone_in_a_later_sentence_is_the_same_person():
    first = "التقى الرئيس الأمريكي جو بايدن رئيس الوزراء العراقي مصطفى الكاظمي في واشنطن."
    second = "وأكد الكاظمي أن المحادثات كانت مثمرة."
    found = mentions(first + " " + second, [first, second])
    assert ("جو بايدن", "PER", "الرئيس الأمريكي") in found
    assert ("واشنطن", "LOC", None) in found
    assert ("الكاظمي", "PER", None) in found
