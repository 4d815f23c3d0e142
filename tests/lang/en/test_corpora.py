"""The rule corpora of lang/en: each ``<family>.tsv`` holds one English reader's examples (a
header line, then input and expected output, tab-separated), run by one parametrised test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from riwaya.analyze.en.entities import find_mentions
from riwaya.analyze.en.quantities import find_quantities
from riwaya.analyze.en.quotes import _source, find_quotes
from riwaya.analyze.en.times import find_times
from riwaya.analyze.en.words import english_words
from riwaya.model import Mention, Span

HERE = Path(__file__).parent


def corpus(family: str) -> list:
    lines = (HERE / f"{family}.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return [pytest.param(*line.split("\t"), id=f"{family}:{n}") for n, line in enumerate(lines, 2) if line]


def tagged(field: str) -> tuple[str, list[Mention]]:
    """«text|NAME|TYPE|NAME|TYPE»: the text and a mention over each named stretch."""
    text, *tags = field.split("|")
    mentions = [Mention(text.index(name), text.index(name) + len(name), kind, (name.lower(),))
                for name, kind in zip(tags[::2], tags[1::2])]
    return text, mentions


@pytest.mark.parametrize("sentence, expected", corpus("quantities"))
def test_quantities(sentence, expected):
    found = [f"{sentence[q.start:q.end]}={q.value:.15g}/{q.unit or '-'}/{q.bound or 'exact'}/{q.referent or '-'}"
             for q in find_quantities(sentence, find_times(sentence, date(2020, 11, 17)))]
    assert (" | ".join(found) or "-") == expected


@pytest.mark.parametrize("text, published, expected", corpus("dates"))
def test_dates(text, published, expected):
    day = None if published == "-" else date.fromisoformat(published)
    found = [f"{text[t.start:t.end]}={t.value or 'none'}/{t.granularity}" for t in find_times(text, day)]
    assert (" | ".join(found) or "-") == expected


@pytest.mark.parametrize("phrase, expected", corpus("source_kinds"))
def test_source_kinds(phrase, expected):
    text, mentions = tagged(phrase)
    source = _source(text, english_words(text), mentions, [])
    assert (source.kind if source else "-") == expected


@pytest.mark.parametrize("sentence, statement, speaker", corpus("quotes"))
def test_quotes(sentence, statement, speaker):
    text, mentions = tagged(sentence)
    quotes, _ = find_quotes(text, [Span(0, len(text))], mentions)
    quote = quotes[0] if quotes else None
    assert (text[quote.start:quote.end] if quote else "-") == statement
    assert (text[quote.speaker.start:quote.speaker.end] if quote and quote.speaker else "-") == speaker


def test_according_to_with_no_source_after_it_reports_nothing():
    """«according to ,» (a broken line from a feed) names no source: no quote, no error."""
    text = "SDF Mr. according to , speaking. The convoy of about 50 vehicles arrived in the town."
    quotes, _ = find_quotes(text, [Span(0, 34), Span(35, len(text))], [])
    assert [text[q.start:q.end] for q in quotes] == []


@pytest.mark.parametrize("sentence, expected", corpus("names"))
def test_names(sentence, expected):
    found = [f"{sentence[m.start:m.end]}={m.type}" for m in find_mentions(sentence, [Span(0, len(sentence))])]
    assert (" | ".join(found) or "-") == expected


def test_a_quotation_over_two_sentences_is_one_quote_with_the_speaker_after_it():
    text = 'Omar Haddad led the search. "The boat was overloaded. It had no chance," he said.'
    mentions = [Mention(0, 11, "PER", ("omar haddad",))]
    quotes, _ = find_quotes(text, [Span(0, 27), Span(28, len(text))], mentions)
    assert [(text[q.start:q.end], text[q.speaker.start:q.speaker.end]) for q in quotes] == [
        ("The boat was overloaded. It had no chance,", "he")]
