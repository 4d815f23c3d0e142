"""Counts of people told dead or wounded are counts of the dead or of the wounded, in Arabic and
English (``analyze/fates``), so two reports' tolls compare: sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from riwaya import compare
from riwaya.analyze import analyze
from riwaya.lang.ar.units import listed_family
from riwaya.model import Article

DEAD, WOUNDED = listed_family("قتيل"), listed_family("جريح")


def referents(text: str, language: str) -> dict[str, str | None]:
    article = analyze(Article(text, language=language))
    return {text[q.start:q.end]: q.referent for q in article.quantities}


@pytest.mark.parametrize("text, language, amount", [
    ("وأوضحت الوزارة أن ثلاثة من المصابين توفوا في المستشفى.", "ar", "ثلاثة من المصابين"),
    ("وأكد الدفاع المدني مقتل 5 أشخاص في الحريق.", "ar", "5 أشخاص"),
    ("أودى القصف بحياة 12 مدنياً في السوق.", "ar", "12 مدنياً"),
    ("Five people have died in the outbreak, the director said.", "en", "Five people"),
    ("The storm killed 14 passengers on the ferry.", "en", "14 passengers"),
])
def test_a_count_of_people_told_dead_counts_the_dead(text, language, amount):
    found = referents(text, language)
    assert any(span.startswith(amount) and referent == DEAD for span, referent in found.items()), found


@pytest.mark.parametrize("text, language, amount", [
    ("وقتل 4 جنود في الهجوم.", "ar", "4 جنود"),
    ("وتوفي المريض بعد ثلاث ساعات من وصوله.", "ar", "ثلاث ساعات"),
    ("The blast killed three soldiers and wounded 12 people.", "en", "12 people"),
    ("He died three hours after the crash.", "en", "three hours"),
])
def test_soldiers_hours_and_the_wounded_keep_their_own_referent(text, language, amount):
    assert referents(text, language)[amount] != DEAD


def test_an_arabic_and_an_english_death_toll_that_differ_conflict():
    day = date(2024, 8, 20)
    arabic = Article("الكوليرا في بلدة تل حمرين\nأعلنت الوزارة تسجيل 27 إصابة بالكوليرا في البلدة. "
                     "وأوضحت الوزارة أن ثلاثة من المصابين توفوا.", id="a1", published=day)
    english = Article("Cholera in Tal Hamrin\nFive people have died in a cholera outbreak in the town of "
                      "Tal Hamrin, a hospital director said. The ministry confirmed 27 cases.",
                      id="a2", published=day, language="en")
    alignments = compare([arabic, english]).to_dict()["alignments"]
    tolls = [a for a in alignments if a["relation"] == "conflict"]
    assert len(tolls) == 1 and "ثلاثة" in tolls[0]["reasons"][0] and "Five" in tolls[0]["reasons"][0]


@pytest.mark.parametrize("text, language, amount, fate", [
    ("وأسفر الانفجار عن مقتل 3 أشخاص وإصابة 5 آخرين.", "ar", "3 أشخاص", DEAD),
    ("وأسفر الانفجار عن مقتل 3 أشخاص وإصابة 5 آخرين.", "ar", "5 آخرين", WOUNDED),
    ("وأصيب سبعة مواطنين بجروح طفيفة في الحادث.", "ar", "سبعة مواطنين", WOUNDED),
    ("Police said 12 people were injured in the stampede.", "en", "12 people", WOUNDED),
])
def test_the_nearest_word_of_a_fate_tells_the_dead_from_the_wounded(text, language, amount, fate):
    found = referents(text, language)
    assert any(span.startswith(amount) and referent == fate for span, referent in found.items()), found


@pytest.mark.parametrize("wounded, dead, language", [
    ("أعلنت الشرطة أن خمسة أشخاص أصيبوا في انفجار عبوة ناسفة بسوق الخضار وسط المدينة صباح الاثنين.",
     "قال مصدر أمني إن انفجار العبوة الناسفة في سوق الخضار صباح الاثنين أسفر عن مقتل خمسة أشخاص.", "ar"),
    ("Police said five people were injured when a bomb exploded in the vegetable market on Monday morning.",
     "A security source said the bomb blast in the vegetable market on Monday morning killed five people.", "en"),
])
def test_the_same_people_told_wounded_in_one_report_and_dead_in_the_other_conflict(wounded, dead, language):
    alignments = compare([Article(wounded, id="a1", language=language),
                          Article(dead, id="a2", language=language)]).to_dict()["alignments"]
    reasons = [reason for a in alignments if a["relation"] == "conflict" for reason in a["reasons"]]
    assert len(reasons) == 1 and "(جرحى)" in reasons[0] and "(قتلى)" in reasons[0], reasons
