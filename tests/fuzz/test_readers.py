"""Readers and build_article on hostile inputs: an Article (with no lone surrogate, in Arabic or
English, with a letter in it) or an InputError naming the input; never another exception."""

from __future__ import annotations

from fuzz.harness import judge_article, judge_error, run_build, run_reader, workspace
from fuzz.strategies import (
    BAD_DATES,
    GOOD_DATES,
    FileSpec,
    ReaderCase,
    any_characters,
    bounded,
    build_cases,
    foreign_text_bytes,
    jsonl_batch,
    reader_cases,
    tatweel_only,
)
from hypothesis import given
from hypothesis import strategies as st

from riwaya.errors import InputError
from riwaya.ingest import build_article, parse_date
from riwaya.settings import Settings


@bounded(300)
@given(build_cases())
def test_build_article_gives_an_article_or_an_input_error(case):
    outcome = run_build(case)
    assert outcome.clean, str(outcome)


@bounded(250)
@given(reader_cases())
def test_a_file_read_gives_articles_or_errors_naming_it(case):
    with workspace() as folder:
        outcome = run_reader(case, folder)
    assert outcome.clean, str(outcome)


@bounded(60)
@given(jsonl_batch(1, 6))
def test_a_jsonl_batch_names_each_bad_line_and_reads_the_rest(batch):
    data, expects, markers = batch
    spec = FileSpec("batch", b"batch.jsonl", data, None, expects=tuple(expects), kind="jsonl",
                    markers=tuple(markers))
    with workspace() as folder:
        outcome = run_reader(ReaderCase(spec, batch=True), folder)
    assert outcome.clean, str(outcome)


@bounded(45)
@given(foreign_text_bytes(), st.sampled_from([".txt", ".jsonl"]))
def test_russian_greek_hebrew_chinese_japanese_are_refused_in_any_encoding(foreign, suffix):
    language, encoding, data = foreign
    if suffix == ".jsonl":  # the bytes of the text inside a JSON string, as a batch carries them
        data = b'{"id": "x", "text": "' + data.replace(b"\\", b"\\\\").replace(b'"', b'\\"').replace(b"\n", b"\\n") + b'"}'
    spec = FileSpec("foreign", f"foreign{suffix}".encode(), data, "refuse", expects=("refuse",), kind=suffix[1:])
    with workspace() as folder:
        outcome = run_reader(ReaderCase(spec, batch=True), folder)
    assert outcome.clean, f"{language} in {encoding}: {outcome}"


@bounded(30)
@given(tatweel_only())
def test_a_text_of_only_tatweel_is_refused_as_empty(text):
    try:
        article = build_article(text, "tatweel", Settings())
    except InputError as error:
        assert error.code == "E102", str(error)
        return
    raise AssertionError(f"read as an article: {article.text!r} ({article.language})")


@bounded(120)
@given(st.one_of(st.sampled_from(BAD_DATES + GOOD_DATES), st.text(any_characters, max_size=30),
                 st.from_regex(r"\A\d{4}-\d{2}-\d{2}.{0,12}\Z")))
def test_a_publication_date_is_read_whole_or_refused(value):
    from fuzz.harness import _valid_iso

    try:
        found = parse_date(value, "when")
    except InputError as error:
        assert "when" in str(error)
        assert value in BAD_DATES or not _valid_iso(value) or value not in GOOD_DATES, (value, str(error))
        return
    except Exception as error:  # noqa: BLE001
        raise AssertionError(f"parse_date({value!r}) raised {type(error).__name__}: {error}") from error
    assert value not in BAD_DATES, f"{value!r} accepted as {found}"
    if value:
        assert _valid_iso(value), f"{value!r} accepted as {found}"


@bounded(60)
@given(st.text(any_characters, max_size=60), st.one_of(st.none(), st.text(any_characters, max_size=20)),
       st.booleans())
def test_any_text_and_title_make_an_article_or_an_input_error(text, title, title_in_text):
    settings = Settings()
    try:
        article = build_article(text, "anything", settings, title=title, title_in_text=title_in_text)
    except InputError as error:
        assert judge_error(error, "anything", None, "build_article") is None
        return
    problem = judge_article(article, settings.languages, None, "build_article")
    assert problem is None, problem
