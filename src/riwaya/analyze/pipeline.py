"""Stages are named callables Article -> None that declare the layers they read and fill;
a Pipeline checks at build time that each stage's needs come before it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from ..errors import PipelineError
from ..model import Article

# What an ingested Article already has before any stage runs.
INGESTED = frozenset({"text", "title", "outlet", "published", "dateline", "language"})


@dataclass(frozen=True)
class Stage:
    """One analysis step: fills ``provides`` on an Article, reading ``requires``."""

    name: str
    run: Callable[[Article], None]
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ()


class Pipeline:
    """Stages in order, checked when built: ``Pipeline([tokens, sentences])(article)``."""

    def __init__(self, stages: Iterable[Stage]):
        self.stages = list(stages)
        available = set(INGESTED)
        for stage in self.stages:
            missing = sorted(set(stage.requires) - available)
            if missing:
                raise PipelineError(
                    f"stage '{stage.name}' needs {missing}, which no earlier stage provides; "
                    f"put a stage providing them before it"
                )
            available.update(stage.provides)
        self.provides = frozenset(available)

    def __call__(self, article: Article) -> Article:
        for stage in self.stages:
            stage.run(article)
        return article

    def analyze_many(self, articles: Iterable[Article]) -> Iterator[Article]:
        """Analyse a stream lazily, one article at a time."""
        for article in articles:
            yield self(article)
