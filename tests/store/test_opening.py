"""Opening what --db names: a new or empty file becomes a store, a riwaya store opens, and
anything else (text, random bytes, another program's database, a damaged store) is refused by
name and left byte for byte as it was."""

from __future__ import annotations

import random
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect

from riwaya.errors import NotFound, StoreError
from riwaya.model import Article
from riwaya.store import open_store
from riwaya.store.database import store_url
from riwaya.store.schema import MAX_ID

MARKET = ("حريق يلتهم سوق الخضار في مدينة طرطوس ليلاً\n\n"
          "طرطوس - اندلع حريق كبير في سوق الخضار وسط مدينة طرطوس ليل الثلاثاء، وأتى على أكثر من "
          "ثلاثين محلاً قبل أن تسيطر عليه فرق الإطفاء بعد ثلاث ساعات، بحسب مصادر في الدفاع المدني.")
FERRY = ("Ferry service between Latakia and Cyprus resumes after ten years\n\n"
         "The first passenger ferry in a decade left Latakia port on Sunday with about 200 travellers "
         "on board, the port authority said, and a weekly crossing is planned through the summer.")


def make_store(path: Path, journal_mode: str = "wal") -> Path:
    """A riwaya store holding two articles, left in ``journal_mode`` as another tool might."""
    with open_store(str(path), embed_titles=None) as store:
        store.ingest([Article(text, title=text.split("\n\n")[0], outlet=outlet,
                              published=date(2024, 5, 7), language=language)
                      for text, outlet, language in ((MARKET, "الوحدة", "ar"), (FERRY, "Port News", "en"))])
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA journal_mode={journal_mode}")
    return path


def refusal(path: Path) -> StoreError:
    """The error opening ``path`` gives, after checking that the file was not touched."""
    before = path.read_bytes()
    with pytest.raises(StoreError) as caught:
        open_store(str(path), embed_titles=None)
    assert path.read_bytes() == before
    assert str(path) in str(caught.value)
    return caught.value


@pytest.mark.parametrize("content", [
    "ملاحظات الاجتماع: لا شيء بعد\n".encode(),
    random.Random(17).randbytes(6000),
    b"SQLite format 3\x00" + random.Random(18).randbytes(4080),
], ids=["text", "random-bytes", "sqlite-header-then-noise"])
def test_a_file_that_is_no_database_is_refused_by_name_and_left_alone(tmp_path, content):
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    error = refusal(path)
    assert error.code in ("E302", "E303")


def test_another_programs_database_is_named_and_never_altered(tmp_path):
    path = tmp_path / "app.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        connection.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
        connection.execute("INSERT INTO contacts (name) VALUES ('سلمى'), ('Omar')")
    connection.close()
    error = refusal(path)
    assert error.code == "E302" and "another program's tables" in str(error)


def test_a_database_with_another_programs_tables_gets_none_of_riwaya_s(db_url):
    engine = create_engine(store_url(db_url))
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER)")
    try:
        with pytest.raises(StoreError, match=r"\[E302\] not a riwaya store"):
            open_store(db_url, embed_titles=None)
        assert inspect(engine).get_table_names() == ["invoices"]
    finally:
        with engine.begin() as connection:
            connection.exec_driver_sql("DROP TABLE invoices")
        engine.dispose()


def test_the_largest_id_is_looked_up_like_any_other(store):
    with pytest.raises(NotFound, match=f"story {MAX_ID}"):
        store.story(MAX_ID)
    assert store.stories(offset=MAX_ID) == []


@pytest.mark.parametrize("journal_mode", ["wal", "delete"])
def test_a_store_cut_in_half_is_named_as_damaged_and_left_alone(tmp_path, journal_mode):
    path = make_store(tmp_path / "riwaya.db", journal_mode)
    with path.open("r+b") as file:
        file.truncate(path.stat().st_size // 2)
    assert refusal(path).code == "E303"


def test_a_store_damaged_inside_keeps_its_journal_mode(tmp_path):
    path = make_store(tmp_path / "riwaya.db", "delete")
    data = bytearray(path.read_bytes())
    data[-8192:] = random.Random(19).randbytes(8192)
    path.write_bytes(data)
    assert refusal(path).code == "E303"
    assert path.read_bytes()[18:20] == b"\x01\x01"  # still a rollback-journal file, not WAL


@pytest.mark.parametrize("content", [None, b""])
def test_a_missing_or_empty_file_becomes_a_store(tmp_path, content):
    path = tmp_path / "new" / "riwaya.db"
    if content is not None:
        path.parent.mkdir()
        path.write_bytes(content)
    make_store(path, "wal")
    with open_store(str(path), embed_titles=None) as store:
        assert len(store.stories()) == 2
