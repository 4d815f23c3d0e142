"""An article from an HTML page: trafilatura finds the main text and the metadata."""

from __future__ import annotations

import trafilatura

from .. import errors
from ..model import Article
from ..settings import Settings
from .build import build_article, parse_date


def article_from_html(html: str, source: str, settings: Settings, **metadata) -> Article:
    """The page's main text with its title, site name, date and address."""
    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False
    )
    if document is None or not (document.text or "").strip():
        raise errors.no_article(source)
    return build_article(
        document.text, source, settings, title=document.title,
        outlet=metadata.pop("outlet", None) or document.sitename,
        url=metadata.pop("url", None) or document.url,
        published=metadata.pop("published", None) or parse_date(document.date, source),
        **metadata,
    )
