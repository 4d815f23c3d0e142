import pytest

from riwaya.ingest.build import title_line
from riwaya.ingest.dateline import find_dateline


@pytest.mark.parametrize("text, expected", [
    ("بغداد - (أ ف ب) - أعلنت الحكومة العراقية", ("بغداد - (أ ف ب) -", "بغداد", "أ ف ب")),
    ("شفق نيوز/ أفاد مصدر أمني", ("شفق نيوز/", None, "شفق نيوز")),
    ("الحسكة - الجسر: نفت القيادة", ("الحسكة - الجسر:", "الحسكة", "الجسر")),
    ("دمشق - قال مسؤول حكومي", ("دمشق -", "دمشق", None)),
    ("QAMISHLI, Syria (Rafed) - A convoy arrived", ("QAMISHLI, Syria (Rafed) -", "QAMISHLI, Syria", "Rafed")),
    ("HASAKAH (Al-Jisr) - The SDF denied", ("HASAKAH (Al-Jisr) -", "HASAKAH", "Al-Jisr")),
    ("Al-Furat Today - New reinforcements arrived", ("Al-Furat Today -", "Al-Furat Today", None)),
    ("المدينة المنورة 3 ذو القعدة 1436 هـ الموافق 18 أغسطس 2015 م واس\nأكد",
     ("المدينة المنورة 3 ذو القعدة 1436 هـ الموافق 18 أغسطس 2015 م واس", "المدينة المنورة", "واس")),
])
def test_recognises_the_opening_dateline(text, expected):
    dateline = find_dateline(text)
    assert (dateline.text_in(text), dateline.place, dateline.outlet) == expected


def test_an_ordinary_opening_sentence_is_no_dateline():
    assert find_dateline("أعلنت وزارة الصحة، اليوم الثلاثاء، تسجيل إصابات جديدة") is None
    assert find_dateline("أعلنت وزارة الصحة 25 شوال 1436 هـ أن المراكز تفتح أبوابها") is None


@pytest.mark.parametrize("text, title", [
    # a body sentence under a dateline is no title: the lede's first words stand for it
    ("بغداد - (أ ف ب) - قال مسؤولون عراقيون إن رتلاً عسكرياً من خمسين آلية دخل محافظة الأنبار فجر "
     "السبت قادماً من الحدود.\nوأضاف المسؤولون أن الرتل توقف قرب الرمادي.",
     "قال مسؤولون عراقيون إن رتلاً عسكرياً من خمسين آلية دخل محافظة الأنبار فجر السبت …"),
    ("شفق نيوز/ أعلنت وزارة الصحة، اليوم الأحد، تسجيل إصابات جديدة.\nوقالت الوزارة إن الحالات في بغداد.",
     "أعلنت وزارة الصحة، اليوم الأحد، تسجيل إصابات جديدة"),
    # a headline, even one shaped like a dateline, stays the title
    ("رتل عسكري يدخل الأنبار\nبغداد - (أ ف ب) - قال مسؤولون عراقيون إن رتلاً دخل المحافظة.",
     "رتل عسكري يدخل الأنبار"),
    ("الحسكة - الجسر: رتل أمريكي جديد\nدخل رتل أمريكي الحسكة.", "الحسكة - الجسر: رتل أمريكي جديد"),
])
def test_a_first_line_that_opens_the_body_under_a_dateline_is_not_the_title(text, title):
    assert title_line(text) == title
