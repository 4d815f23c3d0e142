"""From what a user types after --db to a migrated SQLAlchemy engine."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from ..errors import UnusableStore, damaged_store, newer_store, not_a_store
from .schema import MIGRATIONS, migrate, stored_version


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
    """An engine on a store that is ready to use: created if new, migrated if old. Nothing
    is written before the database is known to be empty or a riwaya store no newer than this
    code: another program's file, or a damaged one, is left as it was."""
    name = db or str(default_path())
    url = store_url(db)
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise UnusableStore(name, "not a database path or URL (use a file path, sqlite:///path "
                                  "or postgresql://user@host/db)") from None
    sqlite = parsed.get_backend_name() == "sqlite"
    if sqlite and parsed.database:
        try:
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise UnusableStore(name, f"cannot open the store ({error.strerror})") from None
    try:
        engine = create_engine(parsed)
    except NoSuchModuleError:
        raise UnusableStore(name, "not a database path or URL riwaya can use (use a file "
                                  "path, sqlite:///path or postgresql://user@host/db)") from None
    except ImportError as error:
        raise UnusableStore(name, f"the database driver is not installed ({error}); "
                                  "pip install 'riwaya[postgresql]'") from None
    if sqlite:
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "handle_error", lambda context: _name_sqlite_damage(context, name))
    try:
        with engine.begin() as connection:
            version = stored_version(connection)
            if version is None:
                raise not_a_store(name, "it holds another program's tables")
            if version > len(MIGRATIONS):
                raise newer_store(name, version, len(MIGRATIONS))
            switch_to_wal = sqlite and _ready_for_wal(connection, name)
            migrate(connection, version)
        if switch_to_wal:
            with engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA journal_mode=WAL")
    except DBAPIError as error:  # no server there, refused, a file SQLite cannot open
        raise UnusableStore(name, f"cannot open the store ({error.orig})") from None
    return engine


def _ready_for_wal(connection: Connection, name: str) -> bool:
    """Whether the file still has to be switched to WAL, which lets readers (the web app)
    work while an ingest writes. The switch rewrites the file's header, so a file in another
    journal mode (a store copied or changed by another tool) is checked whole first."""
    if connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal":
        return False
    problem = connection.exec_driver_sql("PRAGMA quick_check(1)").scalar()
    if problem != "ok":
        raise damaged_store(name, problem.splitlines()[-1])
    return True


def _name_sqlite_damage(context: ExceptionContext, name: str) -> None:
    """SQLite's errors for a file that is no database, or a damaged one, as riwaya's own."""
    error = getattr(context.original_exception, "sqlite_errorname", "")
    if error == "SQLITE_NOTADB":
        raise not_a_store(name, "the file is not a SQLite database")
    if error.startswith("SQLITE_CORRUPT"):
        raise damaged_store(name, str(context.original_exception))


def _sqlite_pragmas(connection, _record) -> None:
    """With WAL, NORMAL sync keeps every commit through a killed process; only a power cut
    may undo the last ones. Neither pragma writes to the file."""
    cursor = connection.cursor()
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()
