"""From decoded text and metadata to a checked Article: the rules every reader shares."""

from __future__ import annotations

from datetime import date

from .. import errors
from ..model import Article, Dateline
from ..settings import Settings
from .dateline import find_dateline
from .language import identify_language


def build_article(text: str, source: str, settings: Settings, *, title: str | None = None,
                  title_in_text: bool = False, **metadata) -> Article:
    """An Article for ``text``; InputError when it holds nothing riwaya can read.

    With ``title_in_text`` the first non-empty line is the title (plain-text files).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        raise errors.empty_input(source)
    language = identify_language(text, settings.language_sample_chars)
    if language not in settings.languages:
        raise errors.unsupported_language(source, language)
    if title_in_text:
        title_end = text.find("\n")
        title = text if title_end < 0 else text[:title_end].strip()
    dateline = body_dateline(text, title)
    outlet = metadata.pop("outlet", None) or (dateline.outlet if dateline else None)
    return Article(text, title=title, outlet=outlet, language=language, dateline=dateline,
                   **metadata)


def body_dateline(text: str, title: str | None) -> Dateline | None:
    """The dateline opening the body, after the title when the text starts with it."""
    body_start = _skip_space(text, len(title)) if title and text.startswith(title) else 0
    return find_dateline(text, body_start)


def parse_date(value: str | None, source: str) -> date | None:
    """A date from "YYYY-MM-DD" or an ISO timestamp; InputError for anything else."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise errors.bad_date(source, str(value)) from None


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i
