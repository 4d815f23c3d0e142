"""From decoded text and metadata to a checked Article: the rules every reader shares."""

from __future__ import annotations

import re
from datetime import date, datetime

from .. import errors
from ..lang.ar.lexicon import SENTENCE_END_MARKS
from ..model import Article, Dateline
from ..settings import Settings
from .dateline import find_dateline
from .language import identify_language


def build_article(text: str, source: str, settings: Settings, *, title: str | None = None,
                  title_in_text: bool = False, **metadata) -> Article:
    """An Article for ``text``; InputError when it holds nothing riwaya can read.

    With ``title_in_text`` the first non-empty line is the title (plain-text files), unless it
    is the body's first sentence (``title_line``).
    """
    text = accepted_text(text.replace("\r\n", "\n").replace("\r", "\n").strip())
    if not _LETTER_OR_DIGIT.search(text):
        raise errors.empty_input(source)
    language = identify_language(text, settings.language_sample_chars)
    if language not in settings.languages:
        raise errors.unsupported_language(source, language)
    if title_in_text:
        title = title_line(text)
    title = accepted_text(title) if title else title
    metadata = {key: accepted_text(value) if isinstance(value, str) else value
                for key, value in metadata.items()}
    dateline = body_dateline(text, title)
    outlet = metadata.pop("outlet", None) or (dateline.outlet if dateline else None)
    return Article(text, title=title, outlet=outlet, language=language, dateline=dateline,
                   **metadata)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_LETTER_OR_DIGIT = re.compile("[^\\W_\u0640]")
"""What makes a text more than blanks, punctuation and tatweel «ـ» (a letter to Python)."""


def accepted_text(text: str) -> str:
    """``text`` as riwaya takes it in: each lone surrogate (a bad escape in JSON or a feed,
    an undecodable file name) becomes U+FFFD, one code point for one, so offsets hold."""
    return _LONE_SURROGATE.sub("\ufffd", text)


LEDE_TITLE_WORDS = 14
"""Words of the lede that stand for the title of a report that has no title line."""
_SENTENCE_END = re.compile(f"[{re.escape(SENTENCE_END_MARKS)}]" + r"(?=\s|$)")
WHOLE_SENTENCE_WORDS = 20
"""A first line this long after a dateline is a sentence of the body, with or without its stop."""


def title_line(text: str) -> str:
    """The first line as the title, unless it opens with a dateline and holds a whole sentence
    («بغداد - (أ ف ب) - قال مسؤولون ...»): that is the body, and the lede's first words stand
    for the title, shown and clustered on but never read as a headline (it is not where the
    text starts)."""
    end = text.find("\n")
    line = text if end < 0 else text[:end].strip()
    dateline = find_dateline(line)
    if dateline is None:
        return line
    lede = line[dateline.end :].strip(" -–—:/")
    stop = _SENTENCE_END.search(lede)
    if stop is None and len(lede.split()) < WHOLE_SENTENCE_WORDS:
        return line
    words = (lede[: stop.start()] if stop else lede).split()
    return " ".join(words[:LEDE_TITLE_WORDS]) + (" …" if len(words) > LEDE_TITLE_WORDS else "")


def body_dateline(text: str, title: str | None) -> Dateline | None:
    """The dateline opening the body, after the title when the text starts with it."""
    body_start = _skip_space(text, len(title)) if title and text.startswith(title) else 0
    return find_dateline(text, body_start)


def parse_date(value: str | None, source: str) -> date | None:
    """A date from "YYYY-MM-DD" or a whole ISO timestamp; InputError for anything else (an
    hour 25, a date followed by other text)."""
    if not value:
        return None
    text = str(value).strip()
    try:
        return date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text).date()
    except ValueError:
        raise errors.bad_date(source, str(value)) from None


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i
