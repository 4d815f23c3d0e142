import pytest

from riwaya.ingest.dateline import find_dateline


@pytest.mark.parametrize("text, expected", [
    ("بغداد - (أ ف ب) - أعلنت الحكومة العراقية", ("بغداد - (أ ف ب) -", "بغداد", "أ ف ب")),
    ("شفق نيوز/ أفاد مصدر أمني", ("شفق نيوز/", None, "شفق نيوز")),
    ("الحسكة - الجسر: نفت القيادة", ("الحسكة - الجسر:", "الحسكة", "الجسر")),
    ("دمشق - قال مسؤول حكومي", ("دمشق -", "دمشق", None)),
    ("المدينة المنورة 3 ذو القعدة 1436 هـ الموافق 18 أغسطس 2015 م واس\nأكد",
     ("المدينة المنورة 3 ذو القعدة 1436 هـ الموافق 18 أغسطس 2015 م واس", "المدينة المنورة", "واس")),
])
def test_recognises_the_opening_dateline(text, expected):
    dateline = find_dateline(text)
    assert (dateline.text_in(text), dateline.place, dateline.outlet) == expected


def test_an_ordinary_opening_sentence_is_no_dateline():
    assert find_dateline("أعلنت وزارة الصحة، اليوم الثلاثاء، تسجيل إصابات جديدة") is None
    assert find_dateline("أعلنت وزارة الصحة 25 شوال 1436 هـ أن المراكز تفتح أبوابها") is None
