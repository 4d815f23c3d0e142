"""Cross-checking the reports of one story: each article analysed, then what links them
(entities so far; claim alignment and facts come with the cross-checking stages)."""

from __future__ import annotations

from collections.abc import Iterable

from ..analyze import analyze
from ..link import load_aliases, resolve_entities
from ..model import Article, Report
from ..settings import Settings

__all__ = ["compare", "cross_check"]


def compare(articles: Iterable[Article], settings: Settings | None = None) -> Report:
    """The report on ``articles``, which get the ids a1, a2, ... in the order given."""
    articles = list(articles)
    for number, article in enumerate(articles, 1):
        article.id = f"a{number}"
        analyze(article)
    return cross_check(articles, settings)


def cross_check(articles: list[Article], settings: Settings | None = None) -> Report:
    """The report on articles already analysed."""
    settings = settings or Settings()
    aliases = load_aliases(settings.aliases_file)
    return Report(articles, entities=resolve_entities(articles, aliases))
