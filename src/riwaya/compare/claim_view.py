"""What the cross-check compares in a claim: its content words, the entities, places,
quantities and dates inside it, and what its negation covers."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field, replace

from ..analyze.words import Word, content_words, tokens, word
from ..model import Article, Claim, Entity, Quantity, Quote, Span, TimeExpression

SCENE_ROLES = frozenset({"direction", "place_noun"})
"""Directions and place nouns (شمال، ريف، نقطة): where something happens, not what."""
CONTEXT_WORDS = 3
"""How many words before a number say what it counts for («ضم الرتل ٣٥ آلية»)."""


@dataclass(frozen=True)
class ClaimView:
    article: Article
    claim: Claim
    words: frozenset[str]
    """Content words, folded and without proclitics; attribution words left out."""
    entities: frozenset[int]
    places: frozenset[int]
    quantities: tuple[tuple[Quantity, frozenset[str]], ...]
    """Each quantity with the stems of the words before it."""
    times: tuple[TimeExpression, ...]
    negated_words: tuple[frozenset[str], ...]
    """The content words of each negated stretch, place names left out (they set the scene)."""
    speaker_entities: dict
    """The speaker (Source) of each quote in the claim -> the entities named in it."""
    place_names: tuple[str, ...]
    quotes: tuple[tuple[Quote, frozenset[str]], ...]
    """Every quote in the claim with its content words."""
    weights: dict[str, float]
    """How telling each word of the comparison is (inverse claim frequency), shared by all."""
    entity_words: frozenset[str] = frozenset()
    """Content words inside names (قوات، الديمقراطية): who is involved, not what happened."""
    article_entities: frozenset[int] = frozenset()
    """The entities (places among them) named anywhere in the article."""
    privative_words: frozenset[str] = frozenset()
    """The words a «دون»، «بدون» or «بلا» covers: neither stated nor denied."""
    article_words: frozenset[str] = frozenset()
    """The content words of the whole article."""
    negated_verbs: tuple[str, ...] = ()
    """For each negated stretch, the verb or predicate a «لم/لن/لا/ليس» negates (folded), else ""."""
    glued_verbs: frozenset[str] = frozenset()
    """The verbs a «لا» is written onto («لاينسى»): denied, though no negated stretch says so."""
    article_negations: tuple[frozenset[str], ...] = ()
    """The negated stretches of every claim of the article."""
    forms: dict[str, Word] = field(default_factory=dict)
    """Each content word (a stem) -> the analysis of a word it comes from, shared by all:
    whatever a word's stem fixes (its core, radicals and roles) is read from it."""

    def weight(self, words: frozenset[str]) -> float:
        return sum(self.weights.get(w, 0.0) for w in words)

    @property
    def text(self) -> str:
        return self.article.span_text(self.claim)


def claim_views(articles: list[Article], entities: list[Entity]) -> list[list[ClaimView]]:
    """The claims of each article, ready to compare."""
    entity_of = {(article.id, mention.start): (n, entity.type, entity.name)
                 for n, entity in enumerate(entities) for article, mention in entity.mentions}
    weights: dict[str, float] = {}
    forms: dict[str, Word] = {}
    views = [[_view(article, claim, entity_of, weights, forms, named, words)
              for claim in article.claims]
             for article, named, words in zip(articles, (_named(a, entity_of) for a in articles),
                                              map(_article_words, articles))]
    views = [[replace(view, article_negations=negations) for view in article_views]
             for article_views in views
             for negations in [tuple(s for view in article_views for s in view.negated_words)]]
    frequency = Counter(w for article_views in views for view in article_views for w in view.words)
    total = sum(len(article_views) for article_views in views)
    weights.update({w: math.log((1 + total) / count) for w, count in frequency.items()})
    return views


def _named(article: Article, entity_of) -> frozenset[int]:
    """The resolved entities the article names anywhere."""
    resolved = (entity_of.get((article.id, mention.start)) for mention in article.entities)
    return frozenset(found[0] for found in resolved if found)


def _article_words(article: Article) -> frozenset[str]:
    return frozenset(content_words(article.text)) - {""}


def _view(article: Article, claim: Claim, entity_of, weights, forms, article_entities,
          article_words) -> ClaimView:
    # Who speaks and when are compared on their own; the words are what is claimed.
    said_by = _attribution_spans(article, claim)
    attribution = said_by + [t for t in article.times if claim.start <= t.start < claim.end]
    all_tokens = tokens(article.text, claim.start, claim.end)
    analysed = [(t, word(t.text)) for t in all_tokens
                if t.kind in ("word", "number") and not any(t.overlaps(s) for s in attribution)]
    forms.update((w.content, w) for _, w in analysed if w.content and w.content not in forms)
    folded = [(t, w.content) for t, w in analysed]
    words = frozenset(w for _, w in folded if w)
    inside = [m for m in article.entities if claim.start <= m.start and m.end <= claim.end]
    # «المتحدث باسم أمانة المنطقة الشرقية» says where the speaker works, not where it happened
    scene = [m for m in inside if not any(m.overlaps(s) for s in said_by)]
    places = [m for m in scene if m.type == "LOC"]
    quotes = tuple((q, frozenset(w for t, w in folded if w and q.start <= t.start < q.end))
                   for q in article.quotes if q.start < claim.end and claim.start < q.end)
    # «مسؤولون اشترطوا عدم نشر أسمائهم» describes the speakers; it denies nothing claimed
    negations = [span for span in claim.denials
                 if not any(q.speaker and q.speaker.start <= span.start < q.speaker.end for q, _ in quotes)]
    forms.update((w.content, w) for w in (word(article.span_text(n.head_span)) for n in negations
                                           if n.head_span and n.kind != "glued") if w.content not in forms)
    negated = tuple(frozenset(w for t, w in folded if w and span.start < t.start and t.end <= span.end
                              and "direction" not in forms[w].roles
                              and not any(t.overlaps(m) for m in places))
                    for span in negations)
    found = [(m, entity_of[(article.id, m.start)]) for m in inside if (article.id, m.start) in entity_of]
    place_names = {n: name for m, (n, kind, name) in found if kind == "LOC" and m in scene}
    quantities = tuple((q, _context(analysed, q)) for q in article.quantities
                       if claim.start <= q.start and q.end <= claim.end)
    times = tuple(t for t in article.times if claim.start <= t.start and t.end <= claim.end)
    # a speaker may be named sentences before the words («وأضاف: ...»), outside the claim
    speakers = {q.speaker: frozenset(entity_of[(article.id, m.start)][0] for m in article.entities
                                     if q.speaker.start <= m.start < q.speaker.end
                                     and (article.id, m.start) in entity_of)
                for q, _ in quotes if q.speaker}
    return ClaimView(article, claim, words, frozenset(n for _, (n, _, _) in found),
                     frozenset(place_names), quantities, times, negated, speakers,
                     tuple(place_names.values()), quotes, weights,
                     frozenset(w for t, w in folded if w and any(t.overlaps(m) for m in inside)),
                     article_entities, _privative_words(claim, all_tokens), article_words,
                     tuple(negation.head for negation in negations), _glued_verbs(claim, attribution),
                     forms=forms)


def _glued_verbs(claim: Claim, attribution: list[Span]) -> frozenset[str]:
    """The verbs a «لا» is written onto in the claim, outside who speaks and when."""
    return frozenset(n.head for n in claim.negations if n.kind == "glued" and claim.start <= n.start
                     and not any(n.overlaps(s) for s in attribution))


def _privative_words(claim: Claim, tokens) -> frozenset[str]:
    """The words a «دون»، «بدون»، «بلا» of the claim covers."""
    privatives = [n for n in claim.negations if n.kind == "privative" and claim.start <= n.start]
    return frozenset(word(t.text).content for t in tokens if t.kind != "punct"
                     and any(n.cue.end <= t.start and t.end <= n.end for n in privatives)) - {""}


def _attribution_spans(article: Article, claim: Claim) -> list[Span]:
    """The cue and speaker of every quote in the claim, with the speaker's title between them
    («وأوضح المتحدث باسم أمانة المنطقة الشرقية محمد ...»): who speaks is not what is claimed."""
    spans = []
    for quote in article.quotes:
        if quote.end <= claim.start or quote.start >= claim.end:
            continue
        spans += [s for s in (quote.cue, quote.speaker) if s is not None]
        if quote.cue is not None and quote.speaker is not None and quote.cue.end <= quote.speaker.start:
            spans.append(Span(quote.cue.end, quote.speaker.start))
    return spans


def _context(analysed: list[tuple], quantity: Quantity) -> frozenset[str]:
    """The verb stems of the content words before the quantity, less those before any amount."""
    before = [w for t, w in analysed if t.end <= quantity.start and w.content]
    return frozenset(w.verb for w in before[-CONTEXT_WORDS:] if "measure" not in w.roles)
