"""The conflict tiers: the shipped table demotes the kinds the blind reads found mostly false,
and a pair is a conflict as soon as one of its clashes is of a trusted kind."""

from __future__ import annotations

import json
from importlib.resources import files

from riwaya.compare import tiers


def test_the_shipped_table_demotes_only_kinds_whose_reads_are_mostly_false():
    kinds = json.loads((files("riwaya.models") / tiers.MODEL_FILE).read_text(encoding="utf-8"))["kinds"]
    for kind, fitted in kinds.items():
        low, high = fitted["wilson_95"]
        assert (fitted["tier"] == "verify") == (high < 0.5), kind
    assert {"denial", "date"} <= tiers.doubtful_kinds()
    assert not {"number", "unit"} & tiers.doubtful_kinds()  # the convoy's two clashes stay conflicts


def test_one_trusted_clash_makes_a_conflict_and_only_doubtful_ones_are_to_verify(monkeypatch):
    monkeypatch.setattr(tiers, "doubtful_kinds", lambda: frozenset({"denial", "date"}))
    assert tiers.tier({"denial"}) == "verify"
    assert tiers.tier({"denial", "date"}) == "verify"
    assert tiers.tier({"denial", "number"}) == "conflict"
    assert tiers.tier({"place"}) == "conflict"


def test_without_the_table_every_clash_is_a_conflict(monkeypatch):
    monkeypatch.setattr(tiers, "MODEL_FILE", "no-such-table.json")
    missing = tiers.doubtful_kinds.__wrapped__()  # read again, past the cache
    assert missing == frozenset()
    monkeypatch.setattr(tiers, "doubtful_kinds", lambda: missing)
    assert tiers.tier({"denial"}) == "conflict"
