"""The learned speaker ranker: its file matches the features the quote stage computes, and it
picks the speaker in sentences written for these tests."""

from __future__ import annotations

import importlib

from riwaya.analyze.quotes import RULE_NAMES, find_quotes
from riwaya.analyze.sentences import split_sentences
from riwaya.analyze.speaker_ranker import Candidate, candidate_features, load_ranker
from riwaya.model import Mention, Source

quotes = importlib.import_module("riwaya.analyze.quotes")


def speakers(text: str, names: list[str]) -> list[str]:
    mentions = [Mention(text.index(n), text.index(n) + len(n), "PER", ()) for n in names]
    found, _ = find_quotes(text, split_sentences(text), mentions)
    return [q.speaker.text_in(text) if q.speaker else "-" for q in found]


def test_the_shipped_ranker_knows_every_feature_the_quote_stage_computes():
    ranker = load_ranker()
    assert ranker is not None
    row = candidate_features(Candidate(Source(0, 5, "named"), ("subject_after",)), RULE_NAMES, (6, 9),
                             [], 1, False, False)
    assert set(row) <= set(ranker.names) and len(ranker.coef) == len(ranker.names)


def test_the_ranker_keeps_a_named_speaker_and_carries_him_to_a_continuation():
    text = ("قال وزير الصحة سامر الخطيب إن المستشفى الجديد سيفتح أبوابه الشهر المقبل. "
            "وأضاف أن العمل جار على تجهيز الأقسام.")
    first, second = speakers(text, ["سامر الخطيب"])
    assert first == second and first.endswith("سامر الخطيب")  # with or without his office


def test_without_the_model_file_the_first_rule_decides(monkeypatch):
    text = "وقالت الوزارة في بيان إن المدارس ستغلق أسبوعاً."
    with_ranker = speakers(text, [])
    monkeypatch.setattr(quotes, "load_ranker", lambda: None)
    assert speakers(text, []) == with_ranker == ["الوزارة"]


def test_a_continuing_cue_and_a_comma_open_a_statement_of_the_last_speaker():
    text = "قال الوزير فهد السالم إن المستشفى اكتمل. وأضاف، الطرق ستفتح الشهر المقبل."
    assert speakers(text, ["فهد السالم"]) == ["الوزير فهد السالم"] * 2
