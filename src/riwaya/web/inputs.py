"""Articles posted to the server, as JSON records, form fields or uploaded files, made into
Articles by the same rules as files on disk (ingest.build_article); nothing here touches the
file system, an uploaded file's name is only a label."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from riwaya import errors
from riwaya.ingest import build_article, parse_date
from riwaya.ingest.encoding import decode_bytes
from riwaya.ingest.files import HTML_SUFFIXES
from riwaya.model import Article
from riwaya.settings import Settings

MIN_COMPARED, MAX_COMPARED = 2, 10
MAX_INGESTED = 1000
"""Articles one ingest request may carry; larger batches go through `riwaya ingest`."""


class ArticleIn(BaseModel):
    """One article, as a JSONL line of `riwaya analyze --jsonl`: its text, the rest optional."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(description="The article's text, title and dateline included if it has them.")
    title: str | None = None
    outlet: str | None = None
    published: str | None = Field(None, description="YYYY-MM-DD or an ISO timestamp; relative dates "
                                                    "(«السبت الماضي») are resolved against it.")
    url: str | None = None


class CompareIn(BaseModel):
    """Two to ten reports of one story to cross-check."""

    model_config = ConfigDict(extra="forbid")
    articles: list[ArticleIn] = Field(min_length=MIN_COMPARED, max_length=MAX_COMPARED)


class IngestIn(BaseModel):
    """Articles to add to the store."""

    model_config = ConfigDict(extra="forbid")
    articles: list[ArticleIn] = Field(min_length=1, max_length=MAX_INGESTED)


def article_from_json(item: ArticleIn, source: str, settings: Settings) -> Article:
    """An Article from a posted record; InputError naming ``source`` when it cannot be one."""
    check_size(_utf8(item.text), source, settings)
    return build_article(item.text, source, settings, title=item.title, outlet=item.outlet,
                         url=item.url, published=parse_date(item.published, source))


def article_from_form(text: str, source: str, settings: Settings, *, title: str = "",
                      outlet: str = "", published: str = "") -> Article:
    """An Article from pasted text: without a title field, its first line is the title, as in
    a text file."""
    check_size(_utf8(text), source, settings)
    metadata = {"outlet": outlet.strip() or None, "published": parse_date(published.strip(), source)}
    if title.strip():
        return build_article(text, source, settings, title=title.strip(), **metadata)
    return build_article(text, source, settings, title_in_text=True, **metadata)


def article_from_upload(name: str, data: bytes, settings: Settings, published: str = "") -> Article:
    """An Article from an uploaded file's bytes: an HTML page by its suffix, else plain text
    with its title on the first line."""
    check_size(data, name, settings)
    text = decode_bytes(data, name)
    metadata = {"published": parse_date(published.strip(), name)}
    if any(name.lower().endswith(suffix) for suffix in HTML_SUFFIXES):
        from riwaya.ingest.html import article_from_html

        return article_from_html(text, name, settings, **metadata)
    return build_article(text, name, settings, title_in_text=True, **metadata)


def _utf8(text: str) -> bytes:
    """The bytes a posted text takes; a lone surrogate (JSON's "\\ud800") is counted, and
    build_article later replaces it."""
    return text.encode("utf-8", "surrogatepass")


def check_size(data: bytes, source: str, settings: Settings) -> None:
    """Refuse an article larger than the settings allow, as a file of that size is refused."""
    if len(data) > settings.max_input_bytes:
        raise errors.too_large(source, len(data), settings.max_input_bytes)
