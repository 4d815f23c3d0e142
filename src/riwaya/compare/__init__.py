"""Cross-checking the reports of one story. So far: analyse each and gather them in one
Report; entity resolution, claim alignment and facts fill the report's other lists later."""

from __future__ import annotations

from collections.abc import Iterable

from ..analyze import analyze
from ..model import Article, Report

__all__ = ["compare"]


def compare(articles: Iterable[Article]) -> Report:
    """The report on ``articles``, which get the ids a1, a2, ... in the order given."""
    articles = list(articles)
    for number, article in enumerate(articles, 1):
        article.id = f"a{number}"
        analyze(article)
    return Report(articles)
