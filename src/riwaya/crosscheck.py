"""Cross-checking the reports of one story, stage by stage: each article analysed
(``analyze/``), entities resolved across them (``link/``), claims aligned pair by pair, related
and merged into facts (``compare/``), the reasons and the summary worded for a reader
(``report/wording``), and the articles scored for similarity."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

import numpy as np

from .analyze import analyze
from .compare.align import align_claims
from .compare.claim_view import claim_views
from .compare.copies import copy_groups
from .compare.facts import build_facts
from .link import load_aliases, resolve_entities
from .link.across_scripts import find_latin_names_in_arabic
from .model import Article, Report
from .report.wording import summarize, word_reason
from .settings import Settings

__all__ = ["compare", "cross_check"]


def compare(articles: Iterable[Article], settings: Settings | None = None, encoder=None) -> Report:
    """The report on ``articles``, which get the ids a1, a2, ... in the order given."""
    articles = list(articles)
    for number, article in enumerate(articles, 1):
        article.id = f"a{number}"
        analyze(article)
    return cross_check(articles, settings, encoder)


def cross_check(articles: list[Article], settings: Settings | None = None, encoder=None) -> Report:
    """The report on articles already analysed. A single article gets its entities only;
    ``encoder`` (default: the shipped e5) embeds the claims of two or more."""
    settings = settings or Settings()
    languages = len({article.read_as for article in articles})
    if languages > 1:
        find_latin_names_in_arabic(articles)
    entities = resolve_entities(articles, load_aliases(settings.aliases_file))
    report = Report(articles, entities=entities)
    if len(articles) < 2:
        return report
    # Imported here: a single-article analysis never needs the models.
    from .compare.similarity import score_pairs
    from .embed import load_encoder
    from .embed.memo import MemoEncoder
    from .relate import load_relation_model

    encoder = MemoEncoder(encoder or load_encoder(settings.encoder))
    views = claim_views(articles, entities)
    vectors = _claim_vectors(encoder, views)
    alignments = align_claims(views, vectors, load_relation_model(encoder).probabilities,
                              _vectors_across_languages(views) if languages > 1 else None)
    report.alignments = [replace(x, reasons=tuple(map(word_reason, x.reasons))) for x in alignments]
    report.facts = build_facts(articles, report.alignments, copy_groups(articles))
    report.summary = summarize(report.facts)
    # The similarity model reads the same claim vectors: each claim is embedded once.
    claim_vectors = {article.id: found for article, found in zip(articles, vectors)}
    report.similarity = score_pairs(articles, encoder, claim_vectors, entities)
    return report


def _vectors_across_languages(views) -> list[np.ndarray]:
    """Claim vectors comparable across languages (``embed/across_languages``), for comparisons
    of articles in two languages or more."""
    from .embed.across_languages import embed_across_languages

    return _by_article(embed_across_languages(_claim_texts(views)), views)


def _claim_vectors(encoder, views) -> list[np.ndarray]:
    """The e5 vectors of every claim, embedded in one batch and split by article."""
    texts = _claim_texts(views)
    return _by_article(encoder.embed_queries(texts) if texts
                       else np.zeros((0, encoder.dimension), np.float32), views)


def _claim_texts(views) -> list[str]:
    return [view.text for article_views in views for view in article_views]


def _by_article(vectors: np.ndarray, views) -> list[np.ndarray]:
    """The rows of ``vectors`` (one per claim, in article order) split by article."""
    bounds = np.cumsum([0] + [len(v) for v in views])
    return [vectors[start:end] for start, end in zip(bounds, bounds[1:])]
