import pytest

from riwaya.lang.ar import normalize_ar, parse_number_words
from riwaya.lang.ar.numbers import is_digits, read_decimal


def read(phrase: str):
    return parse_number_words(normalize_ar(phrase).split())


@pytest.mark.parametrize("phrase, value, used", [
    ("خمسة أيام", 5, 1),
    ("لخمسة جنود", 5, 1),
    ("مئة وعشرون ألفا", 120_000, 3),
    ("مائة وعشرون ألفاً من السكان", 120_000, 3),
    ("ثلاثة آلاف وخمسمائة مقاتل", 3_500, 3),
    ("خمسة وعشرين عاما", 25, 2),
    ("أحد عشر شخصا", 11, 2),
    ("إحدى عشرة طائرة", 11, 2),
    ("ثلاثة عشر جنديا", 13, 2),
    ("ثلاث مئة", 300, 2),
    ("مليون ونصف", 1_500_000, 2),
    ("ألفان", 2_000, 1),
    ("مئتا ألف", 200_000, 2),
    ("ثلاثة ملايين وخمسمائة ألف", 3_500_000, 4),
    ("ثلاثمائة وخمسة وستون يوما", 365, 3),
    ("الخمسة والعشرين ألف ريال", 25_000, 3),
    ("بالثلاثة والأربعين جنديا", 43, 2),
    ("ومليونا ريال", 2_000_000, 1),
    ("ألفا طالب", 2_000, 1),
    ("مليارا دولار", 2_000_000_000, 1),
    ("مليونا من الزوار", 1_000_000, 1),
    ("مليونا ونصف", 1_500_000, 2),
    ("عشرون مليونا ريال", 20_000_000, 2),
    ("مئة ألفا ريال", 100_000, 2),
    ("الأربعمائة والواحد والثلاثين", 431, 3),
    ("ثلاثة وأربعة أيام", 3, 1),
])
def test_reads_number_phrases(phrase, value, used):
    assert read(phrase) == (value, used)


@pytest.mark.parametrize("phrase", [
    "الاثنين الماضي", "الخامس من الشهر", "آلاف النازحين", "أحد الجنود", "الخمسة من المتهمين",
    "الاثنين والخميس", "الحادي عشر من الشهر", "الواحد والعشرين", "العشرين والثلاثين سنة",
])
def test_leaves_non_numbers_alone(phrase):
    assert read(phrase) is None


@pytest.mark.parametrize("word, digits", [
    ("2021", True), ("١٤٣٦", True), ("۱۴۰۰", True), ("10²", False), ("²", False), ("①", False),
    ("٣²", False), ("१२", False), ("", False), ("3.5", False),
])
def test_only_the_three_digit_sets_are_digits(word, digits):
    assert is_digits(word) is digits  # str.isdigit() is True for «10²», «①» and «१२»


@pytest.mark.parametrize("word, value", [
    ("12", 12.0), ("3.5", 3.5), ("٣.٥", 3.5), ("۱۲", 12.0), ("10²", None), ("①", None),
    ("1.2.3", None), ("مئة", None),
])
def test_read_decimal_reads_known_digits_and_refuses_the_rest(word, value):
    assert read_decimal(word) == value
