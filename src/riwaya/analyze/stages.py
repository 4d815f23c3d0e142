"""The default per-article stages, wiring the pure detectors to the Article layers."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Article, Span
from .claims import find_claims
from .en import entities as english_entities
from .en import quantities as english_quantities
from .en import quotes as english_quotes
from .en import times as english_times
from .entities import find_mentions, sentence_tokens
from .fates import with_fates
from .ordinals import find_ordinals
from .pipeline import Stage
from .quantities import FATE_WORDS, find_quantities, word_forms
from .quotes import find_quotes
from .sentences import split_sentences
from .speakers import resolve_speakers
from .times import find_times


def _sentences(article: Article) -> None:
    article.sentences = split_sentences(article.text)


def _english(article: Article) -> bool:
    """English reports are read by the English readers (``analyze/en``); all else as Arabic."""
    return article.language == "en"


def _times(article: Article) -> None:
    reader = english_times.find_times if _english(article) else find_times
    article.times = reader(article.text, article.published, skip=_name_spans(article))


def _quantities(article: Article) -> None:
    """Ranks first («الحادي عشر»), then the amounts, which leave ranks, dates and names alone."""
    skip = list(article.times) + _name_spans(article)
    if _english(article):
        article.ordinals = []
        found = english_quantities.find_quantities(article.text, skip=skip)
        article.quantities = with_fates(
            article.text, found, article.sentences, english_quantities.word_forms,
            *english_quantities.FATE_WORDS)
        return
    article.ordinals = find_ordinals(article.text, skip=skip)
    found = find_quantities(article.text, skip=skip + list(article.ordinals))
    article.quantities = with_fates(article.text, found, article.sentences, word_forms, *FATE_WORDS)


def _entities(article: Article) -> None:
    article.tokens = sentence_tokens(article.text, article.sentences)
    if _english(article):
        article.entities = english_entities.find_mentions(article.text, article.sentences,
                                                          _title_end(article))
        return
    article.entities = find_mentions(article.tokens)


def _quotes(article: Article) -> None:
    if _english(article):
        quotes, article.sources = english_quotes.find_quotes(article.text, article.sentences,
                                                             article.entities)
        article.quotes = [_after_dateline(article, quote) for quote in quotes]
        return
    quotes, sources = find_quotes(article.text, article.sentences, article.entities,
                                  article.tokens or None, _title_end(article))  # tokens reused when made
    quotes, article.sources = resolve_speakers(article.text, quotes, sources, article.entities)
    article.quotes = [_after_dateline(article, quote) for quote in quotes]


def _title_end(article: Article) -> int:
    """Where the headline ends when the text starts with it, else 0."""
    title = article.title or ""
    return len(title) if title and article.text.startswith(title) else 0


def _claims(article: Article) -> None:
    tokens = article.tokens or sentence_tokens(article.text, article.sentences)
    claims = find_claims(article.text, article.sentences, tokens, article.quotes, _title_end(article),
                         article.read_as)
    dateline_end = article.dateline.end if article.dateline else 0
    # «بيروت 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس» on a line of its own states nothing
    article.claims = [_after_dateline(article, claim) for claim in claims if claim.end > dateline_end]


def _after_dateline(article: Article, span):
    """A statement that opens the report starts after its dateline («الفرات اليوم/ ...»)."""
    dateline = article.dateline
    if dateline is None or not span.start < dateline.end < span.end:
        return span
    start = dateline.end
    while start < span.end and article.text[start].isspace():
        start += 1
    return replace(span, start=start)


def _name_spans(article: Article) -> list[Span]:
    """The dateline and every mention of the outlet's name: «الفرات اليوم» names no day."""
    spans = [article.dateline] if article.dateline else []
    if article.outlet:
        spans += [Span(m.start(), m.end()) for m in re.finditer(re.escape(article.outlet), article.text)]
    return spans


SENTENCES = Stage("sentences", _sentences, provides=("sentences",))
TIMES = Stage("times", _times, provides=("times",))
QUANTITIES = Stage("quantities", _quantities, requires=("sentences", "times"),
                   provides=("quantities", "ordinals"))
ENTITIES = Stage("entities", _entities, requires=("sentences",), provides=("tokens", "entities"))
QUOTES = Stage("quotes", _quotes, requires=("sentences", "entities"), provides=("quotes", "sources"))
# Claims read quotes and tokens when those stages ran, and do without them when skipped.
CLAIMS = Stage("claims", _claims, requires=("sentences",), provides=("claims",))
DEFAULT_STAGES = (SENTENCES, TIMES, QUANTITIES, ENTITIES, QUOTES, CLAIMS)
