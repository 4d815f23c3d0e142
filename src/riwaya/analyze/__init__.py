"""Per-article analysis: sentences, tokens, dates and quantities (entities, quotes and claims
join in later stages)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

from ..model import Article
from .pipeline import Pipeline, Stage
from .quantities import find_quantities
from .sentences import split_sentences
from .stages import DEFAULT_STAGES
from .times import find_times

__all__ = [
    "Pipeline",
    "Stage",
    "analyze",
    "analyze_many",
    "default_pipeline",
    "find_quantities",
    "find_times",
    "split_sentences",
]


@cache
def default_pipeline() -> Pipeline:
    return Pipeline(DEFAULT_STAGES)


def analyze(article: Article) -> Article:
    """Fill every layer of ``article`` with the default pipeline."""
    return default_pipeline()(article)


def analyze_many(articles: Iterable[Article]) -> Iterator[Article]:
    return default_pipeline().analyze_many(articles)
