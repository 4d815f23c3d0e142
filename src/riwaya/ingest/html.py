"""An article from an HTML page: trafilatura finds the main text and the metadata."""

from __future__ import annotations

import trafilatura

from .. import errors
from ..model import Article
from ..settings import Settings
from .build import build_article, parse_date

# Below this, what trafilatura kept is a menu or a caption, not an article.
MIN_ARTICLE_LETTERS = 40


def article_from_html(html: str, source: str, settings: Settings, **metadata) -> Article:
    """The page's main text with its title, site name, date and address."""
    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False
    )
    text = document.text if document else ""
    if sum(ch.isalpha() for ch in text or "") < MIN_ARTICLE_LETTERS:
        raise errors.no_article(source)
    return build_article(
        text, source, settings, title=document.title,
        outlet=metadata.pop("outlet", None) or document.sitename,
        url=metadata.pop("url", None) or document.url,
        published=metadata.pop("published", None) or parse_date(document.date, source),
        **metadata,
    )
