"""Ingests in their own process: one killed with SIGKILL midway, then run again, stores every
article exactly once; one from a script read on standard input works without workers."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time

from sqlalchemy import func, select

from riwaya.store import open_store, schema

ARTICLES = 2500
LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def synthetic_article(rng: random.Random, number: int) -> dict:
    """An article of made-up Arabic words: distinct texts, so none is a copy of another."""
    words = ["".join(rng.choice(LETTERS) for _ in range(rng.randint(3, 7))) for _ in range(90)]
    return {"id": str(number), "title": " ".join(words[:8]), "text": " ".join(words),
            "outlet": rng.choice(["الأولى", "الثانية", "الثالثة"]), "published": "2024-05-01"}


def stored(db_url: str) -> tuple[int, int, int]:
    """Articles, distinct texts and the sum of story sizes in the store."""
    with open_store(db_url, embed_titles=None) as store, store.engine.connect() as connection:
        articles = schema.articles
        return (connection.execute(select(func.count()).select_from(articles)).scalar_one(),
                connection.execute(select(func.count(articles.c.content_hash.distinct()))).scalar_one(),
                connection.execute(select(func.sum(schema.stories.c.size))).scalar() or 0)


def write_feed(path, articles: int) -> None:
    rng = random.Random(7)
    path.write_text("".join(json.dumps(synthetic_article(rng, k), ensure_ascii=False) + "\n"
                            for k in range(articles)), encoding="utf-8")


def test_ingest_killed_midway_then_resumed_stores_each_article_once(tmp_path, db_url):
    feed = tmp_path / "stream.jsonl"
    write_feed(feed, ARTICLES)
    command = [sys.executable, "-m", "riwaya", "ingest", str(feed), "--db", db_url]
    open_store(db_url, embed_titles=None).close()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while stored(db_url)[0] == 0 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    interrupted = stored(db_url)[0]
    assert 0 < interrupted < ARTICLES, "the ingest was not caught midway"

    resumed = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    assert f"{ARTICLES - interrupted} added" in resumed.stderr
    assert f"{interrupted} duplicates" in resumed.stderr
    assert stored(db_url) == (ARTICLES, ARTICLES, ARTICLES)


def test_a_long_ingest_from_a_script_on_standard_input_stores_everything(tmp_path, db_url):
    """Worker processes cannot re-import such a script: the ingest must not break on it."""
    feed = tmp_path / "stream.jsonl"
    write_feed(feed, 400)
    script = (
        "from riwaya.ingest import read_articles\n"
        "from riwaya.store import open_store\n"
        f"with open_store({db_url!r}, embed_titles=None) as store:\n"
        f"    print(store.ingest(read_articles([{str(feed)!r}], deferred=True), expected=400))\n"
    )
    run = subprocess.run([sys.executable, "-"], input=script, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("400 added")
    assert stored(db_url) == (400, 400, 400)
