"""The quantity detector's sentence examples are in tests/lang/ar/quantities.tsv; these check
the rest: the matching key of a unit and the spans a caller asks to leave out."""

from riwaya.analyze import find_quantities
from riwaya.model import Span


def test_unit_key_folds_case_endings_and_the_article():
    (a,) = find_quantities("وصل 50 جندياً")
    (b,) = find_quantities("وصل 40 جندي")
    (c,) = find_quantities("قتل 3 من الجنود")
    assert a.unit_key == b.unit_key == "جندي"
    assert c.unit_key == "جنود"


def test_skipped_spans_such_as_dates_are_left_out():
    text = "وصل الرتل في 9 نوفمبر ومعه 12 شاحنة"
    date_span = Span(text.index("9"), text.index("نوفمبر") + len("نوفمبر"))
    found = find_quantities(text, skip=[date_span])
    assert [q.text_in(text) for q in found] == ["12 شاحنة"]
