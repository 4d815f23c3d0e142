"""A range («ما بين 40 و50 قتيلاً») is one quantity from its lower to its upper end: a figure
inside it, or a range that overlaps it, is no different number; a rank is never an amount."""

from __future__ import annotations

from riwaya.analyze import analyze
from riwaya.compare.checks import _compatible, different_numbers
from riwaya.compare.claim_view import claim_views
from riwaya.link import resolve_entities
from riwaya.model import Article, Quantity


def _range(low: float, high: float, bound: str | None = None) -> Quantity:
    return Quantity(0, 1, low, "قتيلا", approx=bound is not None, bound=bound, max_value=high)


def test_a_figure_inside_a_range_is_compatible_and_one_outside_is_not():
    assert _compatible(_range(40, 50), Quantity(0, 1, 45, "قتيلا"))
    assert _compatible(Quantity(0, 1, 50, "قتيلا"), _range(40, 50))
    assert not _compatible(_range(40, 50), Quantity(0, 1, 70, "قتيلا"))
    assert not _compatible(Quantity(0, 1, 12, "قتيلا"), _range(40, 50))


def test_overlapping_ranges_and_bounds_are_compatible():
    assert _compatible(_range(40, 50), _range(45, 60))
    assert not _compatible(_range(40, 50), _range(60, 70))
    assert _compatible(_range(40, 50), Quantity(0, 1, 48, "قتيلا", approx=True, bound="at-least"))


def _last_claims(first: str, second: str):
    articles = [analyze(Article(first, id="a1")), analyze(Article(second, id="a2"))]
    views = claim_views(articles, resolve_entities(articles))
    return views[0][-1], views[1][-1]


def test_a_toll_inside_the_other_reports_range_is_no_conflict():
    first = "وقالت مصادر طبية إن ما بين 40 و50 مدنياً قتلوا في القصف الذي استهدف سوق المدينة."
    assert different_numbers(*_last_claims(first, "وقالت مصادر طبية إن 45 مدنياً قتلوا في القصف الذي استهدف سوق المدينة.")) == []
    assert different_numbers(*_last_claims(first, "وقالت مصادر طبية إن 90 مدنياً قتلوا في القصف الذي استهدف سوق المدينة."))


def test_a_round_is_no_amount_set_against_a_count_of_rounds():
    first = "وانطلقت الجولة الثالثة من المفاوضات بين الوفدين في جنيف صباح اليوم."
    claims = _last_claims(first, "وانطلقت 3 جولات من المفاوضات بين الوفدين في جنيف حتى اليوم.")
    assert [q for q, _ in claims[0].quantities] == []
    assert different_numbers(*claims) == []
