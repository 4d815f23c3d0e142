"""Per-article analysis: sentences, tokens, dates and quantities (entities, quotes and claims
join in later stages)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

from ..errors import PipelineError
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
def default_pipeline(skip: frozenset[str] = frozenset()) -> Pipeline:
    """The shipped stages, less those named in ``skip`` (PipelineError if others need them)."""
    unknown = skip - {stage.name for stage in DEFAULT_STAGES}
    if unknown:
        raise PipelineError(f"no stage named {sorted(unknown)}; the stages are "
                            f"{[stage.name for stage in DEFAULT_STAGES]}")
    return Pipeline(stage for stage in DEFAULT_STAGES if stage.name not in skip)


def analyze(article: Article, skip: frozenset[str] = frozenset()) -> Article:
    """Fill the layers of ``article`` with the default pipeline (less ``skip``)."""
    return default_pipeline(skip)(article)


def analyze_many(articles: Iterable[Article], skip: frozenset[str] = frozenset()) -> Iterator[Article]:
    return default_pipeline(skip).analyze_many(articles)
