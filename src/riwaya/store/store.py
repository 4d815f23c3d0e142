"""The store: articles, their copy groups and stories in one database, filled by a stream
and read by `riwaya stories`, `story` and the web app."""

from __future__ import annotations

import gc
import json
import os
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache
from itertools import islice
from multiprocessing import get_context

import orjson
from sqlalchemy import Connection, bindparam, func, insert, or_, select, update

from .. import __version__
from ..errors import InputError, NotFound
from ..ingest.build import body_dateline
from ..model import Article
from . import schema
from .assign import assign
from .clusters import WINDOW_DAYS as STORY_DAYS
from .clusters import StoryIndex, StoryState
from .copies import WINDOW_DAYS as COPY_DAYS
from .copies import CopyIndex
from .database import open_engine
from .fingerprint import Fingerprint, fingerprint, minhash_from_bytes, signature_bytes

BATCH = 500
"""Articles written per transaction: an interrupted ingest loses at most one batch, which
the next run adds again."""
AHEAD = 2
"""Batches the workers prepare while this process writes one: they never wait for it."""
PARALLEL_FROM = 200
"""Streams known to be at least this long fingerprint their articles in worker processes."""


@cache
def _title_encoder():
    from ..embed import load_encoder

    return load_encoder()


def _embed_titles(texts: list[str]):
    """e5 passage vectors, the encoder loaded on first use: most streams never need it."""
    return _title_encoder().embed_passages(texts)


@dataclass(frozen=True)
class StoryInfo:
    id: int
    title: str
    size: int
    outlets: tuple[str, ...]
    first_published: date | None
    last_published: date | None


@dataclass
class IngestSummary:
    added: int = 0
    updated: int = 0
    duplicates: int = 0
    copies: int = 0
    """Added articles that repeat an earlier article's wire text."""
    stories_touched: set[int] = field(default_factory=set)
    bad: list[InputError] = field(default_factory=list)

    def __str__(self) -> str:
        return (f"{self.added} added ({self.copies} copies of earlier wire text), "
                f"{self.updated} updated, {self.duplicates} duplicates, "
                f"{len(self.stories_touched)} stories touched, {len(self.bad)} bad inputs skipped")


class Store:
    """One store (SQLite file or PostgreSQL database). The clustering state of recent
    stories is kept in memory and rebuilt from the database when the store is opened."""

    def __init__(self, db: str | None = None, embed_titles: Callable | None = _embed_titles) -> None:
        """``embed_titles`` turns titles into multilingual vectors, for articles in another
        language than the stories'; None turns that off."""
        self.engine = open_engine(db)
        self._embed_titles = embed_titles
        self._drop_reports_of_other_versions()
        self._load_state()

    def _drop_reports_of_other_versions(self) -> None:
        """Kept story reports made by another riwaya version are made again when asked for:
        a new version may read the same articles differently."""
        made_by = schema.meta.c.key == "reports_made_by"
        with self.engine.begin() as connection:
            if connection.execute(select(schema.meta.c.value).where(made_by)).scalar() == __version__:
                return
            connection.execute(schema.reports.delete())
            connection.execute(schema.meta.delete().where(made_by))
            connection.execute(insert(schema.meta).values(key="reports_made_by", value=__version__))

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_) -> None:
        self.close()

    # --- writing -------------------------------------------------------------------------

    def ingest(self, items: Iterable[Article | InputError | Callable[[], Article | InputError]],
               on_progress: Callable[[int], None] | None = None, expected: int | None = None
               ) -> IngestSummary:
        """Add articles, skipping ones already stored (same text or URL; a new text under a
        known URL updates it). Each batch is one transaction. An item may be a call that
        reads its article (``read_articles(..., deferred=True)``): the workers make it."""
        summary = IngestSummary()
        parallel = expected is not None and expected >= PARALLEL_FROM and _workers_can_start()
        # Spawned, not forked, workers share no database connection with this process, and
        # they exit when it dies, even by SIGKILL, instead of holding its transaction open.
        workers = (ProcessPoolExecutor(2, mp_context=get_context("spawn"), initializer=_start_worker,
                                       initargs=(os.getpid(),)) if parallel else _InProcess())
        with workers as pool, _survivors_frozen():
            pending: deque[tuple[int, Iterator]] = deque()
            for batch in _batches(items, BATCH):
                pending.append((len(batch), pool.map(_prepared, batch, chunksize=25)))
                if len(pending) > AHEAD:
                    self._write_batch(*pending.popleft(), summary, on_progress)
                    gc.freeze()
            while pending:
                self._write_batch(*pending.popleft(), summary, on_progress)
        return summary

    def recluster(self, on_progress: Callable[[int], None] | None = None) -> int:
        """Cluster every stored article again, oldest first, as if it arrived now, in one
        transaction; the number of stories found. Copy groups stay and keep one story."""
        table = schema.articles
        order = (table.c.published.is_(None), table.c.published, table.c.id)
        self.stories_index = StoryIndex(self._embed_titles)
        self.copies = CopyIndex()
        try:
            with self.engine.begin() as connection:
                old = connection.execute(select(schema.stories.c.id)).scalars().all()
                story_of_group: dict[str, int] = {}
                changes = _StoryChanges()
                new_stories = _NewStories()
                moves = []
                for row in connection.execute(select(table).order_by(*order)).all():
                    article = _article(row)
                    _, story_id = assign(article, fingerprint(article), self.copies, self.stories_index,
                                         new_stories, story_of_group.get(article.copy_group))
                    story_of_group.setdefault(article.copy_group, story_id)
                    changes.add(story_id, article, new=True)
                    moves.append({"article": row.id, "story": story_id})
                    if on_progress:
                        on_progress(1)
                ids = self._insert_stories(connection, new_stories, changes, self.copies.keys())
                for move in moves:
                    move["story"] = ids.get(move["story"], move["story"])
                if moves:
                    connection.execute(update(table).where(table.c.id == bindparam("article"))
                                       .values(story_id=bindparam("story")), moves)
                connection.execute(schema.reports.delete())
                for start in range(0, len(old), BATCH):
                    connection.execute(schema.stories.delete()
                                       .where(schema.stories.c.id.in_(old[start : start + BATCH])))
        finally:
            self._load_state()
        return len(changes.articles)

    def _write_batch(self, count: int, prepared: Iterator[tuple], summary: IngestSummary,
                     on_progress) -> None:
        prepared = list(prepared)
        summary.bad += [item for item, fp in prepared if fp is None]
        try:
            with self.engine.begin() as connection:
                self._write(connection, [a for a, fp in prepared if fp], [fp for _, fp in prepared if fp],
                            summary)
        except BaseException:
            self._load_state()  # the memory must not keep what the database rolled back
            raise
        if on_progress:
            on_progress(count)

    def _write(self, connection: Connection, articles: list[Article], prints: list[Fingerprint],
               summary: IngestSummary) -> None:
        known_hashes, known_urls = _known(connection, articles, prints)
        changes = _StoryChanges()
        new_stories = _NewStories()
        rows = []
        pending_urls: dict[str, dict] = {}  # URL -> its row not yet written, from this batch
        now = datetime.now()
        for article, fp in zip(articles, prints):
            if fp.content_hash in known_hashes:
                summary.duplicates += 1
                continue
            known_hashes.add(fp.content_hash)
            if article.url in pending_urls:  # a newer version of a page this batch brought
                row = pending_urls[article.url]
                row.update(_row(article, fp), copy_group=row["copy_group"] or row["content_hash"])
                changes.add(row["story_id"], article, new=False)
                summary.updated += 1
                continue
            if article.url and article.url in known_urls:
                story_id = self._update_article(connection, known_urls[article.url], article, fp)
                changes.add(story_id, article, new=False)
                summary.updated += 1
                continue
            group, story_id = assign(article, fp, self.copies, self.stories_index, new_stories)
            rows.append({**_row(article, fp), "ingested_at": now, "story_id": story_id,
                         "copy_group": group})
            if article.url:
                pending_urls[article.url] = rows[-1]
            changes.add(story_id, article, new=True)
            summary.added += 1
            summary.copies += group is not None
        ids = self._insert_stories(connection, new_stories, changes, [row["content_hash"] for row in rows])
        for row in rows:
            row["story_id"] = ids.get(row["story_id"], row["story_id"])
        if rows:
            connection.execute(insert(schema.articles), rows)
        self._update_stories(connection, changes, created=set(ids.values()))
        summary.stories_touched.update(changes.articles)

    def _insert_stories(self, connection: Connection, new_stories: _NewStories, changes: _StoryChanges,
                        copy_keys: Iterable[str]) -> dict[int, int]:
        """Write the stories a batch started, complete, in one statement and give them, wherever
        the batch's placeholder numbers went, the ids the database chose; placeholder -> id."""
        if not new_stories.titles:
            return {}
        placeholders = new_stories.placeholders()
        rows = [{"title": title, **self._story_fields(placeholder, changes)}
                for placeholder, title in zip(placeholders, new_stories.titles)]
        statement = insert(schema.stories).returning(schema.stories.c.id, sort_by_parameter_order=True)
        ids = dict(zip(placeholders, connection.execute(statement, rows).scalars()))
        self.stories_index.renumber(ids)
        self.copies.update_owners(copy_keys, lambda owner: (owner[0], ids.get(owner[1], owner[1])))
        changes.renumber(ids)
        return ids

    def _update_article(self, connection: Connection, article_id: int, article: Article,
                        fp: Fingerprint) -> int:
        """A new version of a stored page: its text changes, its story and copy group stay (the
        group of a first text is its old hash, which its copies name)."""
        table = schema.articles
        group = func.coalesce(table.c.copy_group, table.c.content_hash)
        connection.execute(update(table).where(table.c.id == article_id)
                           .values(**_row(article, fp), copy_group=group))
        return connection.execute(select(table.c.story_id).where(table.c.id == article_id)).scalar_one()

    def _update_stories(self, connection: Connection, changes: _StoryChanges, created: set[int]) -> None:
        """Fold a batch's articles into the rows of the stories it did not start (those were
        written complete) and bump their versions."""
        table = schema.stories
        ids = [story_id for story_id in changes.articles if story_id not in created]
        updates = []
        # the vectors come from memory; only a closed story's are read back from its row
        columns = [column for column in table.c if column.name not in ("head", "body")]
        for start in range(0, len(ids), BATCH):
            chunk = ids[start : start + BATCH]
            for row in connection.execute(select(*columns).where(table.c.id.in_(chunk))):
                updates.append({"story": row.id, **self._story_fields(row.id, changes, row)})
        open_ = [row for row in updates if "head" in row]
        for rows in (open_, [row for row in updates if "head" not in row]):
            if rows:
                connection.execute(update(table).where(table.c.id == bindparam("story"))
                                   .values({key: bindparam(key) for key in rows[0] if key != "story"}), rows)

    def _story_fields(self, story_id: int, changes: _StoryChanges, stored=None) -> dict:
        """A story's row fields with the batch's articles folded in; ``stored`` is its row as
        the database holds it, None for a story the batch starts. The term vectors come from
        memory: a story closed to new articles keeps those it has."""
        added = changes.articles.get(story_id, [])
        state = self.stories_index.stories.get(story_id)
        outlets = set(json.loads(stored.outlets)) if stored else set()
        languages = set(json.loads(stored.languages)) if stored else set()
        dates = [d for d in (stored.first_published, stored.last_published) if d] if stored else []
        dates += [a.published for a in added if a.published]
        fields = {
            "size": (stored.size if stored else 0) + changes.new[story_id],
            "outlets": _json_text(sorted(outlets | {a.outlet for a in added if a.outlet})),
            "languages": _json_text(sorted(languages | {a.language for a in added if a.language})),
            "first_published": min(dates, default=None),
            "last_published": max(dates, default=None),
            "updated_at": datetime.now(), "version": (stored.version if stored else 0) + 1,
        }
        if state or not stored:
            fields["head"] = _json_text(state.head if state else {})
            fields["body"] = _json_text(state.body if state else {})
        return fields

    def _load_state(self) -> None:
        """Rebuild the copy index and the open stories from what the database holds."""
        self.copies = CopyIndex()
        self.stories_index = StoryIndex(self._embed_titles)
        table = schema.articles
        with self.engine.connect() as connection:
            newest = connection.execute(select(func.max(table.c.published))).scalar()
            query = select(table.c.content_hash, table.c.minhash, table.c.shingles, table.c.copy_group,
                           table.c.story_id, table.c.published).order_by(table.c.id)
            stories = select(schema.stories)
            if newest is not None:
                query = query.where(or_(table.c.published.is_(None),
                                        table.c.published >= newest - timedelta(days=COPY_DAYS)))
                stories = stories.where(or_(
                    schema.stories.c.last_published.is_(None),
                    schema.stories.c.last_published >= newest - timedelta(days=STORY_DAYS)))
            for row in connection.execute(query):
                self.copies.add(row.content_hash, minhash_from_bytes(row.minhash), row.shingles,
                                (row.copy_group or row.content_hash, row.story_id), row.published)
            for row in connection.execute(stories):
                self.stories_index.add(_story_state(row))

    # --- reading -------------------------------------------------------------------------

    def stories(self, limit: int = 50, offset: int = 0, search: str | None = None) -> list[StoryInfo]:
        """Stories, newest news first; ``search`` keeps those whose title or an article's
        title contains it."""
        table = schema.stories
        query = select(table)
        if search:
            titles = select(schema.articles.c.story_id).where(schema.articles.c.title.contains(search))
            query = query.where(or_(table.c.title.contains(search), table.c.id.in_(titles)))
        query = query.order_by(table.c.last_published.is_(None), table.c.last_published.desc(),
                               table.c.updated_at.desc(), table.c.id.desc())
        with self.engine.connect() as connection:
            return [_story_info(row) for row in connection.execute(query.limit(limit).offset(offset))]

    def story(self, story_id: int) -> StoryInfo:
        with self.engine.connect() as connection:
            row = connection.execute(select(schema.stories).where(schema.stories.c.id == story_id)).first()
        if row is None:
            raise NotFound(f"story {story_id}: no such story in the store")
        return _story_info(row)

    def story_articles(self, story_id: int) -> list[Article]:
        """The story's articles, oldest first."""
        self.story(story_id)
        table = schema.articles
        query = (select(table).where(table.c.story_id == story_id)
                 .order_by(table.c.published.is_(None), table.c.published, table.c.id))
        with self.engine.connect() as connection:
            return [_article(row) for row in connection.execute(query)]

    def article(self, article_id: int) -> Article:
        with self.engine.connect() as connection:
            row = connection.execute(select(schema.articles)
                                     .where(schema.articles.c.id == article_id)).first()
        if row is None:
            raise NotFound(f"article {article_id}: no such article in the store")
        return _article(row)

    def story_report(self, story_id: int, compare: Callable[[list[Article]], dict] | None = None) -> dict:
        """The story's cross-check report (riwaya.report/1), kept in the store until the story
        changes: computing one takes seconds."""
        return json.loads(self.story_report_json(story_id, compare))

    def story_report_json(self, story_id: int, compare: Callable[[list[Article]], dict] | None = None) -> str:
        """``story_report`` as the JSON text the store keeps, for who serves it as it is."""
        with self.engine.connect() as connection:
            version = connection.execute(select(schema.stories.c.version)
                                         .where(schema.stories.c.id == story_id)).scalar()
            if version is None:
                raise NotFound(f"story {story_id}: no such story in the store")
            cached = connection.execute(select(schema.reports.c.body).where(
                schema.reports.c.story_id == story_id, schema.reports.c.version == version)).scalar()
        if cached is not None:
            return cached
        body = json.dumps((compare or _compare)(self.story_articles(story_id)), ensure_ascii=False)
        with self.engine.begin() as connection:
            connection.execute(schema.reports.delete().where(schema.reports.c.story_id == story_id))
            connection.execute(insert(schema.reports).values(story_id=story_id, version=version, body=body))
        return body


def open_store(db: str | None = None, **options) -> Store:
    """The store at ``db`` (a path, sqlite:///path or postgresql://...; None for the user's
    default file), created or migrated as needed."""
    return Store(db, **options)


def _compare(articles: list[Article]) -> dict:
    from ..crosscheck import compare

    return compare(articles).to_dict()


@contextmanager
def _survivors_frozen() -> Iterator[None]:
    """Within it, what survives a batch is frozen (``gc.freeze``) and the cyclic collector
    looks at new objects only. The copy and story indexes grow by hundreds of thousands of
    long-lived containers, and rescanning them took a fifth of the writer's time. Unfrozen
    at the end: the next full collection takes back any cycle frozen with them."""
    try:
        yield
    finally:
        gc.unfreeze()


def _json_text(value) -> str:
    """JSON as UTF-8 text, by orjson: every batch rewrites the vectors of the stories it
    touches, and the standard encoder took a tenth of the ingest's time doing so."""
    return orjson.dumps(value).decode()


def _known(connection: Connection, articles: list[Article], prints: list[Fingerprint]
           ) -> tuple[set[str], dict[str, int]]:
    table = schema.articles
    hashes = [fp.content_hash for fp in prints]
    urls = [article.url for article in articles if article.url]
    known_hashes = set(connection.execute(select(table.c.content_hash)
                                          .where(table.c.content_hash.in_(hashes))).scalars())
    known_urls = dict(connection.execute(select(table.c.url, table.c.id).where(table.c.url.in_(urls))).all()
                      ) if urls else {}
    return known_hashes, known_urls


def _row(article: Article, fp: Fingerprint) -> dict:
    return {"url": article.url, "content_hash": fp.content_hash, "title": article.title,
            "outlet": article.outlet, "published": article.published, "language": article.language,
            "text": article.text, "source": article.path, "minhash": signature_bytes(fp.minhash),
            "shingles": fp.shingles}


def _article(row) -> Article:
    return Article(row.text, id=str(row.id), title=row.title, outlet=row.outlet,
                   published=row.published, url=row.url, language=row.language, path=row.source,
                   dateline=body_dateline(row.text, row.title),
                   copy_group=row.copy_group or row.content_hash)


def _story_info(row) -> StoryInfo:
    return StoryInfo(row.id, row.title, row.size, tuple(json.loads(row.outlets)),
                     row.first_published, row.last_published)


def _story_state(row) -> StoryState:
    return StoryState(row.id, row.title, json.loads(row.head), json.loads(row.body), row.size,
                      row.last_published, set(json.loads(row.languages)))


def _batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


class _StoryChanges:
    """The articles a batch brings to each story, and how many of them are new."""

    def __init__(self) -> None:
        self.articles: dict[int, list[Article]] = {}
        self.new: Counter[int] = Counter()

    def add(self, story_id: int, article: Article, new: bool) -> None:
        self.articles.setdefault(story_id, []).append(article)
        self.new[story_id] += new

    def renumber(self, ids: dict[int, int]) -> None:
        self.articles = {ids.get(story, story): added for story, added in self.articles.items()}
        self.new = Counter({ids.get(story, story): count for story, count in self.new.items()})


class _NewStories:
    """Numbers the stories a batch starts -1, -2, ... (``assign``'s ``new_story_id``) until
    one insert gives them the ids the database chooses: one statement, not one per story."""

    def __init__(self) -> None:
        self.titles: list[str] = []

    def __call__(self, title: str) -> int:
        self.titles.append(title)
        return -len(self.titles)

    def placeholders(self) -> list[int]:
        """The numbers given so far, in the order of ``titles``."""
        return [-number for number in range(1, len(self.titles) + 1)]


def _workers_can_start() -> bool:
    """Spawned workers import the main script again; a script read from standard input
    (``python -``) cannot be, and such an ingest works in this process instead."""
    path = getattr(sys.modules["__main__"], "__file__", None)
    return path is None or os.path.isfile(path)


def _prepared(item) -> tuple[Article | InputError, Fingerprint | None]:
    """In a worker: the item read (if it is a reader) and fingerprinted."""
    article = item() if callable(item) else item
    return article, None if isinstance(article, InputError) else fingerprint(article)


def _start_worker(parent: int) -> None:
    """In a worker: yield the CPU to the ingest that started it, and end once it is gone.
    The ingest's own process writes and clusters one article after another, so it sets the
    pace; the workers use what it leaves (with two cores, the other one)."""
    os.nice(10)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()


class _InProcess(Executor):
    """An executor that runs in the calling process: small ingests need no workers."""

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        return map(fn, *iterables)
