"""eval/duckling.py reads Duckling's Arabic corpora from ../shared/datasets and scores riwaya on
them: the parser finds every example (counts taken with grep on the corpus files, one example
string a line) and the scores are counts within range."""

from __future__ import annotations

import importlib.util
import sys
from datetime import datetime
from pathlib import Path

import pytest
from support import need

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ROOT.parent / "shared" / "datasets" / "duckling_ar"
# (examples with an expected value, examples that must give nothing) per corpus file
COUNTS = {
    "Numeral": (163, 0), "Numeral_EG": (161, 0), "Ordinal": (30, 0), "AmountOfMoney": (64, 0),
    "Quantity": (26, 3), "Duration": (14, 0), "Time": (177, 3),
}


@pytest.fixture(scope="module")
def duckling():
    need(CORPORA.is_dir(), f"Duckling's Arabic corpora are not at {CORPORA}")
    spec = importlib.util.spec_from_file_location("duckling", ROOT / "eval" / "duckling.py")
    scorer = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = scorer  # its dataclasses look their module up there
    spec.loader.exec_module(scorer)
    return scorer


@pytest.mark.parametrize("corpus", COUNTS)
def test_the_parser_finds_every_example(duckling, corpus):
    examples = duckling.read_corpus(corpus)
    negatives = [e for e in examples if e.kind == "nothing"]
    assert (len(examples) - len(negatives), len(negatives)) == COUNTS[corpus]
    assert all(example.text.strip() for example in examples)


def test_expected_values_are_read_whole(duckling):
    """Every expected value has the shape its constructor takes, down to the dates."""
    kinds = {e.kind for e in duckling.read_corpus("Time")}
    assert kinds == {"datetime", "datetimeInterval", "datetimeHoliday", "datetimeIntervalHoliday", "nothing"}
    for example in duckling.read_corpus("Time"):
        if example.kind != "nothing":
            start, end, grain = duckling.expected_period(example)
            assert start < end and grain in ("Second", "Minute", "Hour", "Day", "Week", "Month", "Year")
    money = duckling.read_corpus("AmountOfMoney")
    assert {e.kind for e in money} == {"simple", "between", "under", "above"}
    assert all(isinstance(e.args[1], (int, float, tuple)) for e in money)
    assert [e.args[0] for e in duckling.read_corpus("Numeral")].count(-1200000) == 5


def test_scores_are_counts_in_range(duckling):
    figures = duckling.score()
    assert figures["total"]["n"] == sum(sum(pair) for pair in COUNTS.values())
    for corpus in COUNTS:
        assert figures[corpus]["all"]["n"] == sum(COUNTS[corpus])
        for row in figures[corpus].values():
            assert 0 <= row["right_claimed"] <= min(row["right"], row["claimed"])
            assert row["claimed"] <= row["n"] and row["right"] <= row["n"]
            assert row["convention"] <= row["claimed"] - row["right_claimed"]
            assert row.get("value", 0) <= row["n"]
    assert figures["Duration"]["all"]["claimed"] == 0  # riwaya does not claim durations
    assert figures["Time"]["clock time"]["claimed"] == 0


def test_the_reference_time_is_read_from_duckling_s_test_types(duckling):
    assert duckling.reference_time() == datetime(2013, 2, 12, 4, 30)
