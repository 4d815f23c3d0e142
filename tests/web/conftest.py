"""A real server for the web tests: uvicorn on a free loopback port, over a SQLite store filled
with the example story, its report computed once for the whole session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest
from support import EXAMPLE_PUBLISHED, EXAMPLE_STORY
from web.articles import MARKET, TOLL_HOSTILE
from web.serving import SMALL_LIMIT, TOKEN, serving

from riwaya.ingest import read_articles
from riwaya.settings import Settings
from riwaya.store import open_store
from riwaya.web import create_app


@pytest.fixture(scope="session")
def example_db(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("store") / "riwaya.db"


@pytest.fixture(scope="session")
def example_store(example_db):
    """A store holding the three example reports, dated as the README's command dates them."""
    store = open_store(str(example_db))
    articles = list(read_articles(sorted(EXAMPLE_STORY.glob("*.txt"))))
    for article in articles:
        article.published = EXAMPLE_PUBLISHED
    store.ingest(articles)
    yield store
    store.close()


@pytest.fixture(scope="session")
def base_url(example_store) -> Iterator[str]:
    with serving(create_app(example_store, Settings())) as url:
        yield url


@pytest.fixture(scope="session")
def client(base_url) -> Iterator[httpx2.Client]:
    with httpx2.Client(base_url=base_url, timeout=120) as client:
        yield client


@pytest.fixture(scope="session")
def story_id(example_store, client) -> int:
    """The example story's id, its report computed (the first request takes seconds)."""
    (story,) = example_store.stories()
    client.get(f"/api/stories/{story.id}/report").raise_for_status()
    return story.id


@pytest.fixture(scope="session")
def hostile_report(client) -> dict:
    """The report on the two made-up market-blast articles, one with hostile markup."""
    response = client.post("/api/compare", json={"articles": [MARKET, TOLL_HOSTILE]})
    response.raise_for_status()
    return response.json()


@pytest.fixture(scope="module")
def writer_url(tmp_path_factory) -> Iterator[str]:
    """A server over an empty store that takes writes only with TOKEN, bodies up to SMALL_LIMIT."""
    store = open_store(str(tmp_path_factory.mktemp("writable") / "riwaya.db"))
    settings = Settings(api_token=TOKEN, max_request_bytes=SMALL_LIMIT)
    with serving(create_app(store, settings)) as url:
        yield url
    store.close()
