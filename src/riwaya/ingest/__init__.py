"""Inputs to Articles: text files, JSONL, HTML pages and RSS/Atom feeds, in any common
encoding, with outlet, date, dateline and language; bad inputs become InputErrors."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from functools import partial
from pathlib import Path

from ..errors import InputError
from ..model import Article
from ..settings import Settings
from .build import build_article, parse_date
from .files import (
    FEED_SUFFIXES,
    HTML_SUFFIXES,
    JSONL_SUFFIXES,
    jsonl_readers,
    read_feed_file,
    read_html_file,
    read_jsonl,
    read_text_file,
)

__all__ = ["build_article", "count_articles", "dated", "parse_date", "read_article", "read_articles",
           "read_jsonl", "source_files"]

READABLE_SUFFIXES = {".txt"} | HTML_SUFFIXES | FEED_SUFFIXES | JSONL_SUFFIXES
"""What a folder given to `riwaya ingest` is searched for."""


def read_article(path: str | Path, settings: Settings | None = None, **metadata) -> Article:
    """One article from a text or HTML file; InputError when it cannot be one."""
    path = Path(path)
    settings = settings or Settings()
    if path.suffix.lower() in HTML_SUFFIXES:
        return read_html_file(path, settings, **metadata)
    return read_text_file(path, settings, **metadata)


def read_articles(paths: Iterable[str | Path], settings: Settings | None = None,
                  deferred: bool = False) -> Iterator[Article | InputError]:
    """Articles from files of any kind, feeds and JSONL batches included; each bad input
    is yielded as an InputError in its place and reading goes on. With ``deferred`` a JSONL
    line comes as a call that reads it, for a worker process to make (see the store)."""
    settings = settings or Settings()
    for path in map(Path, paths):
        suffix = path.suffix.lower()
        try:
            if suffix in JSONL_SUFFIXES:
                yield from (jsonl_readers if deferred else read_jsonl)(path, settings)
            elif suffix in FEED_SUFFIXES:
                yield from read_feed_file(path, settings)
            else:
                yield read_article(path, settings)
        except InputError as error:
            yield error


def source_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """The given files, and the readable files inside the given folders, in name order."""
    for path in map(Path, paths):
        if _is(path, Path.is_dir):
            yield from sorted(p for p in path.rglob("*")
                              if p.suffix.lower() in READABLE_SUFFIXES and _is(p, Path.is_file))
        else:
            yield path


def _is(path: Path, kind) -> bool:
    """``kind(path)`` (Path.is_dir, Path.is_file), False for a name the system refuses (too
    long): its reader then says why."""
    try:
        return kind(path)
    except OSError:
        return False


def count_articles(paths: list[Path]) -> int | None:
    """How many articles the files hold (a JSONL line each), None when a feed makes it
    unknown before reading: for progress bars."""
    total = 0
    for path in paths:
        suffix = path.suffix.lower()
        if suffix in FEED_SUFFIXES:
            return None
        if suffix in JSONL_SUFFIXES:
            total += _count_lines(path)
        else:
            total += 1
    return total


def _count_lines(path: Path) -> int:
    """Non-blank lines, 1 for a file that cannot be read (its reader reports it)."""
    try:
        with path.open("rb") as lines:
            return sum(1 for line in lines if line.strip()) or 1
    except OSError:
        return 1


def dated(items: Iterable, published: date) -> Iterator:
    """The items, articles without a publication date of their own given ``published``;
    deferred readers (see ``read_articles``) give it when they are called."""
    for item in items:
        yield partial(_dated_read, item, published) if callable(item) else _dated_article(item, published)


def _dated_read(read, published: date):
    return _dated_article(read(), published)


def _dated_article(item, published: date):
    if isinstance(item, Article) and item.published is None:
        item.published = published
    return item
