"""Articles from an RSS or Atom file: one per entry, its HTML content reduced to text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import feedparser
import lxml.html
from lxml_html_clean import Cleaner

from .. import errors
from ..errors import InputError
from ..model import Article
from ..settings import Settings
from .build import build_article


def articles_from_feed(data: bytes, source: str, settings: Settings) -> Iterator[Article | InputError]:
    """Every entry with text; entries that fail yield an InputError and the rest go on."""
    feed = feedparser.parse(_CHARACTER_REFERENCE.sub(_valid_reference, data))
    if not feed.entries:
        if feed.bozo:
            raise errors.malformed_record(source, f"not an RSS or Atom feed ({feed.bozo_exception})")
        raise errors.empty_feed(source)
    outlet = feed.feed.get("title")
    for number, entry in enumerate(feed.entries, 1):
        entry_source = f"{source}#{number}"
        try:
            yield build_article(
                _entry_text(entry), entry_source, settings, title=entry.get("title"),
                outlet=outlet, url=entry.get("link"), published=_entry_date(entry),
            )
        except InputError as error:
            yield error


_CHARACTER_REFERENCE = re.compile(rb"&#(?:[xX]0*([0-9a-fA-F]{1,8})|0*([0-9]{1,10}));")


def _valid_reference(match: re.Match) -> bytes:
    """A character reference, or U+FFFD's for one that names no character (a lone surrogate
    «&#xD800;», a number past U+10FFFF): feedparser fails on those, and so the whole feed."""
    hexadecimal, decimal = match.groups()
    code = int(hexadecimal, 16) if hexadecimal else int(decimal)
    return match.group() if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else b"&#xFFFD;"


def _entry_text(entry) -> str:
    html = entry.content[0].value if entry.get("content") else entry.get("summary", "")
    return html_fragment_to_text(html) if "<" in html else html


_CLEANER = Cleaner(scripts=True, javascript=True, style=True, comments=True)
_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr")


def html_fragment_to_text(html: str) -> str:
    """The text of an entry's HTML, one line per paragraph, scripts and styles dropped."""
    root = _CLEANER.clean_html(lxml.html.fragment_fromstring(html, create_parent="div"))
    for element in root.iter("br", *_BLOCKS):
        element.tail = "\n" + (element.tail or "")
    return "\n".join(line.strip() for line in root.text_content().splitlines() if line.strip())


def _entry_date(entry) -> date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return date(*parsed[:3]) if parsed else None
