"""Cross-checking the reports of one story: each article analysed, entities resolved across
them, claims aligned pair by pair and related, facts and a summary built, and the articles
scored for similarity."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from ..analyze import analyze
from ..link import load_aliases, resolve_entities
from ..model import Article, Report
from ..settings import Settings
from .align import align_claims
from .claim_view import claim_views
from .copies import copy_groups
from .facts import build_facts, summarize

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
    entities = resolve_entities(articles, load_aliases(settings.aliases_file))
    report = Report(articles, entities=entities)
    if len(articles) < 2:
        return report
    # Imported here: a single-article analysis never needs the models.
    from ..embed import load_encoder
    from ..embed.memo import MemoEncoder
    from ..relate import load_relation_model
    from .similarity import score_pairs

    encoder = MemoEncoder(encoder or load_encoder(settings.encoder))
    views = claim_views(articles, entities)
    vectors = _claim_vectors(encoder, views)
    report.alignments = align_claims(views, vectors, load_relation_model(encoder).probabilities)
    report.facts = build_facts(articles, report.alignments, copy_groups(articles))
    report.summary = summarize(report.facts)
    # The similarity model reads the same claim vectors: each claim is embedded once.
    claim_vectors = {article.id: found for article, found in zip(articles, vectors)}
    report.similarity = score_pairs(articles, encoder, claim_vectors, entities)
    return report


def _claim_vectors(encoder, views) -> list[np.ndarray]:
    """The e5 vectors of every claim, embedded in one batch and split by article."""
    texts = [view.text for article_views in views for view in article_views]
    vectors = encoder.embed_queries(texts) if texts else np.zeros((0, encoder.dimension), np.float32)
    bounds = np.cumsum([0] + [len(v) for v in views])
    return [vectors[start:end] for start, end in zip(bounds, bounds[1:])]
