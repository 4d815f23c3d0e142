"""From what a user types after --db to a migrated SQLAlchemy engine."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError

from ..errors import StoreError
from .schema import migrate


def default_path() -> Path:
    """The user's store when no --db is given: $XDG_DATA_HOME/riwaya/riwaya.db."""
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "riwaya" / "riwaya.db"


def store_url(db: str | None) -> str:
    """A SQLAlchemy URL for a file path, a sqlite:/// URL or a postgresql:// URL."""
    if not db:
        db = str(default_path())
    if "://" not in db:
        return f"sqlite:///{Path(db).expanduser().resolve()}"
    if db.startswith(("postgresql://", "postgres://")):
        # pg8000 (BSD) is the driver riwaya installs; name another one in the URL to use it.
        return "postgresql+pg8000://" + db.split("://", 1)[1]
    return db


def open_engine(db: str | None) -> Engine:
    """An engine on a store that is ready to use: created if new, migrated if old."""
    url = store_url(db)
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(f"{db}: not a database path or URL (use a file path, sqlite:///path "
                         "or postgresql://user@host/db)") from None
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        try:
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(f"{db}: cannot open the store ({error.strerror})") from None
    try:
        engine = create_engine(parsed)
    except NoSuchModuleError:
        raise StoreError(f"{db}: not a database path or URL riwaya can use (use a file path, "
                         "sqlite:///path or postgresql://user@host/db)") from None
    except ImportError as error:
        raise StoreError(f"{db}: the database driver is not installed ({error}); "
                         "pip install 'riwaya[postgresql]'") from None
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        with engine.begin() as connection:
            migrate(connection)
    except OperationalError as error:
        raise StoreError(f"{db}: cannot open the store ({error.orig})") from None
    return engine


def _sqlite_pragmas(connection, _record) -> None:
    """WAL lets readers (the web app) work while an ingest writes. With WAL, NORMAL sync
    keeps every commit through a killed process; only a power cut may undo the last ones."""
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()
