"""Hostile and broken inputs at the edge: each becomes an Article riwaya can carry through
every stage, or one InputError naming it; never another exception."""

from __future__ import annotations

import json
import os

import pytest

from riwaya.errors import InputError
from riwaya.ingest import build_article, parse_date, read_articles, source_files
from riwaya.ingest.files import read_jsonl
from riwaya.settings import Settings

REPORT = "قال المتحدث باسم الدفاع المدني إن ثلاثة أشخاص أصيبوا في حريق اندلع مساء الأحد في سوق المدينة."


def test_lone_surrogates_become_replacement_characters_in_place():
    article = build_article("حريق\ud800 في السوق\n" + REPORT, "x", Settings(), title_in_text=True,
                            outlet="قناة \udcff", url="https://example.org/\ud801")
    assert article.text.startswith("حريق\ufffd في السوق\n")
    assert len(article.text) == len("حريق\ud800 في السوق\n" + REPORT)  # offsets hold
    assert (article.title, article.outlet, article.url) == (
        "حريق\ufffd في السوق", "قناة \ufffd", "https://example.org/\ufffd")
    json.dumps(article.text).encode("utf-8")  # the JSON writer takes it


def test_a_jsonl_line_with_a_surrogate_escape_is_read(write):
    line = json.dumps({"id": "s\ud800", "title": "عنوان \ud800", "text": REPORT + " \ud800"})
    [article] = read_jsonl(write("batch.jsonl", line), Settings())
    assert article.id == "s\\ud800" and article.title == "عنوان \ufffd"
    assert article.text.endswith("\ufffd")


@pytest.mark.parametrize("line, reason", [
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ('{"id": "n", "text": "' + REPORT + '", "count": ' + "7" * 5000 + "}", "more than 4,300 digits"),
])
def test_json_that_python_cannot_load_is_a_malformed_record(write, line, reason):
    path = write("batch.jsonl", line + "\n" + json.dumps({"id": "ok", "text": REPORT}))
    bad, good = read_jsonl(path, Settings())
    assert isinstance(bad, InputError) and bad.code == "E108" and reason in str(bad)
    assert str(bad).startswith(f"{path}:1: ")
    assert good.id == "ok"


def test_a_feed_item_with_a_surrogate_reference_does_not_stop_the_feed(write):
    feed = write("news.rss", f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>أخبار الساحل</title>
<item><title>حريق &#xD800; في السوق</title><description>{REPORT} &#55296; &#x110000;</description></item>
<item><title>السوق يفتح</title><description>{REPORT}</description></item>
</channel></rss>""")
    first, second = read_articles([feed], Settings())
    assert first.title == "حريق \ufffd في السوق" and first.text.endswith("\ufffd \ufffd")
    assert second.title == "السوق يفتح"


def test_a_file_name_too_long_is_refused_by_name(tmp_path):
    path = tmp_path / ("خبر" * 100 + ".txt")
    [error] = read_articles([path], Settings())
    assert isinstance(error, InputError) and error.code == "E111"
    assert "name too long" in str(error).lower()
    assert list(source_files([path])) == [path]  # listing it does not fail either


def test_a_file_name_that_is_not_utf8_is_read_and_named_printably(tmp_path):
    name = os.fsdecode(b"report-\xff.txt")
    (tmp_path / name).write_text("حريق في السوق\n" + REPORT, encoding="utf-8")
    [article] = read_articles(source_files([tmp_path]), Settings())
    assert article.path.endswith("report-\ufffd.txt")
    assert str(InputError(name, "x")).startswith("report-\\xff.txt")


def test_an_empty_jsonl_file_is_reported(write):
    [error] = read_articles([write("empty.jsonl", "\n  \n")], Settings())
    assert isinstance(error, InputError) and error.code == "E112"


@pytest.mark.parametrize("text", ["ـــــــــ", "ـ ـ ـ\nـــ", "... ـــ !!"])
def test_a_text_of_tatweel_and_punctuation_is_empty(text):
    with pytest.raises(InputError) as caught:
        build_article(text, "t.txt", Settings())
    assert caught.value.code == "E102"


@pytest.mark.parametrize("value", ["2021-03-14T25:00", "2021-03-14junk", "2021-03-14 and more",
                                   "2021-02-30", "14/03/2021"])
def test_a_publication_date_must_be_a_whole_valid_date(value):
    with pytest.raises(InputError) as caught:
        parse_date(value, "x.jsonl:3")
    assert caught.value.code == "E110" and value in str(caught.value)


@pytest.mark.parametrize("value", ["2021-03-14", "2021-03-14T09:30", "2021-03-14T09:30:00+03:00",
                                   "2021-03-14T09:30:00Z", " 2021-03-14 "])
def test_a_publication_date_may_be_a_date_or_a_timestamp(value):
    assert parse_date(value, "x").isoformat() == "2021-03-14"


def test_a_publication_date_that_is_not_a_string_is_a_malformed_record(write):
    [error] = read_jsonl(write("batch.jsonl", json.dumps({"text": REPORT, "published": 20210314})), Settings())
    assert isinstance(error, InputError) and error.code == "E108" and '"published" must be a string' in str(error)
