"""Issue 17: characters that str.isdigit() accepts but int() and float() refuse («²», «①»)
are no numbers, and a report that carries them is compared like any other."""

from __future__ import annotations

from datetime import date

from riwaya import compare
from riwaya.model import Article

PUBLISHED = date(2021, 3, 6)
FIRST = ("حريق يلتهم 10² متر من مستودع للوقود\n"
         "قال مسؤول في الدفاع المدني إن الحريق أتى على مساحة 10² متر وأصاب ٣² عمال، "
         "وإن ① شاحنة احترقت بالكامل منذ ① أيام في المنطقة الصناعية.")
SECOND = ("النيران تلتهم ① مستودعا للوقود على مساحة 10² متر\n"
          "أفاد شهود بأن النيران امتدت على 10² متر وأن ٣² عمال أصيبوا، فيما احترقت ② شاحنة "
          "في المنطقة الصناعية قبل 3² سنوات. Officials said 10² meters burned.")


def test_reports_with_superscript_and_circled_digits_are_compared():
    report = compare([Article(FIRST, id="a1", published=PUBLISHED),
                      Article(SECOND, id="a2", published=PUBLISHED)]).to_dict()
    amounts = {(q["article"], q["text"], q["value"]) for q in report["quantities"]}
    assert {("a1", "10²", 10), ("a1", "٣²", 3), ("a2", "10²", 10)} <= amounts
    assert not any("①" in q["text"] or "②" in q["text"] for q in report["quantities"])
    assert report["claims"] and report["alignments"]
