"""The store's tables (SQLAlchemy Core, the same on SQLite and PostgreSQL) and their
versioned migrations: each step runs once, in order, inside one transaction."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import (
    Column,
    Connection,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    inspect,
    select,
)

MAX_ID = 2**31 - 1
"""The largest id (and offset) every store takes: ids are INTEGER columns, 32 bits wide in
PostgreSQL (64 in SQLite); a larger one could only ever be a request for nothing."""

metadata = MetaData()

meta = Table(
    "meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

stories = Table(
    "stories", metadata,
    Column("id", Integer, primary_key=True),
    Column("title", Text, nullable=False),
    Column("size", Integer, nullable=False),
    Column("outlets", Text, nullable=False, doc="JSON list of the outlets that reported it"),
    Column("first_published", Date),
    Column("last_published", Date),
    Column("updated_at", DateTime, nullable=False),
    Column("version", Integer, nullable=False, doc="bumped whenever its articles change"),
    Column("head", Text, nullable=False, doc="JSON term weights of its articles' heads, summed"),
    Column("body", Text, nullable=False, doc="JSON term weights of its articles' texts, summed"),
    Column("languages", Text, nullable=False, doc="JSON list of its articles' languages"),
)
Index("stories_last_published", stories.c.last_published)

articles = Table(
    "articles", metadata,
    Column("id", Integer, primary_key=True),
    Column("url", Text, unique=True),
    Column("content_hash", String(40), nullable=False, unique=True),
    Column("title", Text),
    Column("outlet", Text),
    Column("published", Date),
    Column("language", String(8)),
    Column("text", Text, nullable=False),
    Column("source", Text, doc="the file or JSONL line it was read from"),
    Column("ingested_at", DateTime, nullable=False),
    Column("story_id", Integer, ForeignKey("stories.id"), nullable=False),
    Column("copy_group", String(40), doc="content hash of the first text of its wire copy, if a copy"),
    Column("minhash", LargeBinary, nullable=False),
    Column("shingles", Integer, nullable=False),
)
Index("articles_story", articles.c.story_id)
Index("articles_published", articles.c.published)

reports = Table(
    "reports", metadata,
    Column("story_id", Integer, ForeignKey("stories.id"), primary_key=True),
    Column("version", Integer, nullable=False, doc="the story version it was computed for"),
    Column("body", Text, nullable=False, doc="the riwaya.report/1 JSON"),
)


def _create_v1(connection: Connection) -> None:
    metadata.create_all(connection)


MIGRATIONS: list[Callable[[Connection], None]] = [_create_v1]
"""Step n brings the schema from version n to n + 1; append, never edit a released step."""


def stored_version(connection: Connection) -> int | None:
    """The schema version of the database on ``connection``, found by reading only: 0 for
    an empty one (or one whose creation was cut short), None for another program's."""
    tables = set(inspect(connection).get_table_names())
    if "meta" in tables:
        row = connection.execute(select(meta.c.value).where(meta.c.key == "schema_version")).first()
        if row is not None:
            return int(row.value) if row.value.isdigit() else None
    return 0 if tables <= set(metadata.tables) else None


def migrate(connection: Connection, version: int) -> None:
    """Run the steps a store at schema ``version`` (no newer than this code's) has not seen."""
    for step in MIGRATIONS[version:]:
        step(connection)
    if version == 0:
        connection.execute(meta.insert().values(key="schema_version", value=str(len(MIGRATIONS))))
    elif version != len(MIGRATIONS):
        connection.execute(meta.update().where(meta.c.key == "schema_version")
                           .values(value=str(len(MIGRATIONS))))
