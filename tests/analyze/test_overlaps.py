"""The sweep that pairs each stretch with the spans over it, and the stages that use it: each
claim and each window around a number looks only at the spans near it, never at all of them
(issue 17: a single 400 KB line spent 30 s matching every claim with every quote)."""

from __future__ import annotations

from datetime import date

import pytest

from riwaya.analyze import analyze, claims, find_quantities, find_times, quantities
from riwaya.analyze.overlaps import OverlapSweep
from riwaya.model import Article, Span


def test_the_sweep_returns_the_spans_over_each_stretch_in_order():
    sweep = OverlapSweep([Span(20, 25), Span(0, 5), Span(3, 9)])
    assert sweep.overlapping(0, 30) == [Span(0, 5), Span(3, 9), Span(20, 25)]
    assert sweep.overlapping(4, 6) == [Span(0, 5), Span(3, 9)]  # a stretch inside the last
    assert sweep.overlapping(9, 20) == []
    assert sweep.overlapping(24, 40) == [Span(20, 25)]
    with pytest.raises(ValueError):
        sweep.overlapping(10, 12)


def recording(monkeypatch, module, name: str, argument: int) -> list[int]:
    """Wrap ``module.name`` so that the length of its argument number ``argument`` is kept."""
    sizes, original = [], getattr(module, name)

    def wrapper(*args):
        sizes.append(len(args[argument]))
        return original(*args)

    monkeypatch.setattr(module, name, wrapper)
    return sizes


def test_each_claim_is_matched_with_the_quotes_near_it_only(monkeypatch):
    text = " ".join(f"وقال المتحدث باسم المجلس إن الوفد رقم {n} وصل إلى المدينة صباحا." for n in range(40))
    sizes = recording(monkeypatch, claims, "_main_quote", 1)
    article = analyze(Article(text, id="a1", language="ar"))
    assert len(article.quotes) >= 40 and len(sizes) >= 40
    assert max(sizes) <= 2
    assert all(claim.quote is not None for claim in article.claims)


def test_each_number_window_is_checked_against_the_dates_near_it_only(monkeypatch):
    filler = "وتابع السكان ما جرى من نوافذ البيوت المطلة على الساحة الكبيرة وسط المدينة القديمة."
    text = " ".join(f"وصل 50 جنديا يوم 5 مارس 2020 إلى القاعدة. {filler}" for _ in range(40))
    skip = find_times(text, date(2020, 3, 10))
    sizes = recording(monkeypatch, quantities, "_blocked_tokens", 1)
    found = find_quantities(text, skip=skip)
    assert len(skip) == 40 and [q.value for q in found] == [50] * 40
    assert max(sizes) <= 2
