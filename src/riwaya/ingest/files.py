"""Reading one input file: plain text, HTML page, JSONL batch or RSS/Atom feed."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import BinaryIO

from .. import errors
from ..errors import InputError
from ..model import Article
from ..settings import Settings
from .build import build_article, parse_date
from .encoding import decode_bytes

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


def read_bytes(path: Path, settings: Settings) -> bytes:
    """The file's bytes, after the checks that need no decoding (missing, too large)."""
    source = str(path)
    with open_input(path) as file:
        size = os.fstat(file.fileno()).st_size
        if size > settings.max_input_bytes:
            raise errors.too_large(source, size, settings.max_input_bytes)
        return file.read()


@contextmanager
def open_input(path: Path) -> Iterator[BinaryIO]:
    """``path`` open for reading bytes; what the system refuses (no such file, a folder, a
    name too long, no permission) becomes an InputError naming it."""
    try:
        file = path.open("rb")
    except FileNotFoundError:
        raise errors.missing_file(str(path)) from None
    except IsADirectoryError:
        raise errors.InputError(str(path), "this is a folder, not a file", "E111") from None
    except OSError as error:
        raise errors.unreadable(str(path), error) from None
    with file:
        yield file


def read_text_file(path: Path, settings: Settings, **metadata) -> Article:
    """A plain-text article: first non-empty line the title, the rest the body."""
    text = decode_bytes(read_bytes(path, settings), str(path))
    return build_article(text, str(path), settings, title_in_text=True, path=str(path), **metadata)


def read_html_file(path: Path, settings: Settings, **metadata) -> Article:
    from .html import article_from_html

    html = decode_bytes(read_bytes(path, settings), str(path))
    return article_from_html(html, str(path), settings, path=str(path), **metadata)


def read_feed_file(path: Path, settings: Settings) -> Iterator[Article | InputError]:
    from .feeds import articles_from_feed

    data = read_bytes(path, settings)
    return articles_from_feed(data, str(path), settings)


def read_jsonl(path: Path, settings: Settings) -> Iterator[Article | InputError]:
    """One Article per line {"id", "text", "title"?, "outlet"?, "published"?, "url"?}; a bad
    line yields an InputError naming the line, and reading goes on."""
    return (read() for read in jsonl_readers(path, settings))


def jsonl_readers(path: Path, settings: Settings) -> Iterator[Callable[[], Article | InputError]]:
    """For each line of a JSONL batch, a call that reads its Article: made where the work is
    done, in a worker process when the store ingests in parallel."""
    for where, raw in _lines(path):
        yield partial(_line_article, raw, where, settings)


def json_records(path: Path, settings: Settings) -> Iterator[tuple[str, dict | InputError]]:
    """("FILE:LINE", the line's JSON object) per non-blank line, or the InputError saying why the
    line is not one; every JSONL reader (articles, statement pairs, article pairs) starts here."""
    for where, raw in _lines(path):
        try:
            yield where, _json_object(raw, where, settings)
        except InputError as error:
            yield where, error


def _lines(path: Path) -> Iterator[tuple[str, bytes]]:
    """Each non-blank line with its "FILE:LINE" label; a file with none is an error, so an
    empty batch is never passed over without a word."""
    source = str(path)
    found = False
    with open_input(path) as lines:
        for number, raw in enumerate(lines, 1):
            if raw.strip():
                found = True
                yield f"{source}:{number}", raw
    if not found:
        raise errors.no_records(source)


def _line_article(raw: bytes, where: str, settings: Settings) -> Article | InputError:
    try:
        record = _json_object(raw, where, settings)
    except InputError as error:
        return error
    return article_from_record(record, where, settings)


def _json_object(raw: bytes, source: str, settings: Settings) -> dict:
    if len(raw) > settings.max_input_bytes:
        raise errors.too_large(source, len(raw), settings.max_input_bytes)
    try:
        record = json.loads(decode_bytes(raw, source))
    except json.JSONDecodeError as error:
        raise errors.malformed_record(source, f"not JSON ({error.msg})") from None
    except RecursionError:
        raise errors.malformed_record(source, "JSON nested too deeply") from None
    except ValueError:  # the one other failure: an integer longer than Python converts
        raise errors.malformed_record(
            source, f"a number of more than {sys.get_int_max_str_digits():,} digits") from None
    if not isinstance(record, dict):
        raise errors.malformed_record(source, "a line must be a JSON object")
    return record


def article_from_record(record: dict, source: str, settings: Settings) -> Article | InputError:
    """The Article a JSON record describes, or the InputError saying why it is none."""
    try:
        text = record.get("text")
        if not isinstance(text, str):
            raise errors.malformed_record(source, 'no "text" string')
        article = build_article(
            text, source, settings, title=_optional_str(record, "title", source),
            outlet=_optional_str(record, "outlet", source), url=_optional_str(record, "url", source),
            published=parse_date(_optional_str(record, "published", source), source),
        )
        article.id = errors.printable(str(record.get("id") or ""))
        return article
    except InputError as error:
        return error


def _optional_str(record: dict, key: str, source: str) -> str | None:
    value = record.get(key)
    if value is not None and not isinstance(value, str):
        raise errors.malformed_record(source, f'"{key}" must be a string')
    return value
