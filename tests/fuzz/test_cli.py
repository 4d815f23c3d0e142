"""The `riwaya` command on hostile inputs, run in this process as `riwaya.cli.main`: exit status
0 or 2, stderr lines of riwaya's own, a bad input's line naming it, never a traceback; the good
articles of a batch analysed or stored whatever sits beside them."""

from __future__ import annotations

from fuzz.harness import run_analyze, run_compare, run_ingest, run_settings, run_store, workspace
from fuzz.strategies import (
    AnalyzeCase,
    analyze_cases,
    bounded,
    compare_cases,
    good_structured_file,
    ingest_cases,
    settings_cases,
    store_cases,
)
from hypothesis import given
from hypothesis import strategies as st


@bounded(40)
@given(analyze_cases(full=None))
def test_analyze_keeps_the_contract(case):
    with workspace() as folder:
        outcome = run_analyze(case, folder)
    assert outcome.clean, str(outcome)


@bounded(12)
@given(analyze_cases(full=True, max_files=2, reach=True))
def test_analyze_with_every_stage_survives_hostile_text_inside_arabic(case):
    with workspace() as folder:
        outcome = run_analyze(case, folder)
    assert outcome.clean, str(outcome)


@bounded(12)
@given(st.lists(st.integers(0, 10**6), min_size=1, max_size=2, unique=True).flatmap(
    lambda tokens: st.tuples(*[good_structured_file(f"s{t}") for t in tokens])))
def test_analyze_reads_a_feed_a_page_or_a_batch_given_as_a_file_as_what_it_is(files):
    case = AnalyzeCase(files, None, ("quotes", "entities"), None, None)
    with workspace() as folder:
        outcome = run_analyze(case, folder)
    assert outcome.kind == "ok", str(outcome)


@bounded(8)
@given(compare_cases())
def test_compare_keeps_the_contract(case):
    with workspace() as folder:
        outcome = run_compare(case, folder)
    assert outcome.clean, str(outcome)


@bounded(8)
@given(compare_cases(reach=True))
def test_compare_survives_hostile_text_inside_arabic(case):
    with workspace() as folder:
        outcome = run_compare(case, folder)
    assert outcome.clean, str(outcome)


@bounded(12)
@given(ingest_cases())
def test_ingest_stores_every_good_article_and_names_every_bad_input(case):
    with workspace() as folder:
        outcome = run_ingest(case, folder)
    assert outcome.clean, str(outcome)


@bounded(40)
@given(store_cases())
def test_a_hostile_store_or_id_is_refused_and_another_programs_file_left_alone(case):
    with workspace() as folder:
        outcome = run_store(case, folder)
    assert outcome.clean, str(outcome)


@bounded(30)
@given(settings_cases())
def test_a_bad_settings_file_is_refused_naming_it(case):
    with workspace() as folder:
        outcome = run_settings(case, folder)
    assert outcome.clean, str(outcome)
