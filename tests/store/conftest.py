"""Stores for the tests: a real SQLite file always, and a real PostgreSQL database when one is
configured (RIWAYA_TEST_POSTGRES, set by .ci/run, which starts a server)."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import create_engine
from support import need

from riwaya.store import open_store
from riwaya.store.database import store_url
from riwaya.store.schema import metadata


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    """An empty store's address in each kind of database."""
    if request.param == "sqlite":
        return str(tmp_path / "riwaya.db")
    url = os.environ.get("RIWAYA_TEST_POSTGRES")
    need(bool(url), "no PostgreSQL server configured: run .ci/start-postgres and set "
                    "RIWAYA_TEST_POSTGRES to the URL it prints")
    engine = create_engine(store_url(url))
    with engine.begin() as connection:
        metadata.drop_all(connection)
    engine.dispose()
    return url


@pytest.fixture
def store(db_url):
    with open_store(db_url, embed_titles=None) as opened:
        yield opened
