"""Mentions in one article from the shipped model: a name found once is found wherever the
article repeats it, and titles stay out of names."""

from __future__ import annotations

from riwaya.analyze.entities import find_mentions, post_edit, sentence_tokens
from riwaya.lang.ar.tokenize import tokenize
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


def test_a_person_a_road_or_a_hospital_is_named_after_is_the_road_or_the_hospital():
    """«طريق الملك فهد» is a place and «مستشفى الملك فيصل» an institution, from the noun on;
    after «المستشفى» with its article the name is the director's own."""
    text = ("وافتتح الأمير المشروع على طريق الملك فهد قرب مستشفى الملك فيصل، وزار مدرسة عاصم بن أبي "
            "النجود. وقال مدير المستشفى محمد العلي إن العمل انتهى.")
    tokens = tokenize(text)
    def person(name):  # the model's PER span over the name, as it tags it
        start = text.index(name)
        return next(i for i, t in enumerate(tokens) if t.start == start), \
            next(i for i, t in enumerate(tokens) if t.end == start + len(name)) + 1, "PER"
    spans = [person(n) for n in ("فهد", "الملك فيصل", "عاصم بن أبي النجود", "محمد العلي")]
    found = [(" ".join(t.text for t in tokens[a:b]), kind) for a, b, kind in post_edit(tokens, spans)]
    assert found == [("طريق الملك فهد", "LOC"), ("مستشفى الملك فيصل", "ORG"),
                     ("مدرسة عاصم بن أبي النجود", "ORG"), ("محمد العلي", "PER")]
