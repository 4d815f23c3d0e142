import pytest

from riwaya.lang.ar import normalize_ar, parse_number_words


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
])
def test_reads_number_phrases(phrase, value, used):
    assert read(phrase) == (value, used)


@pytest.mark.parametrize("phrase", ["الاثنين الماضي", "الخامس من الشهر", "آلاف النازحين", "أحد الجنود"])
def test_leaves_non_numbers_alone(phrase):
    assert read(phrase) is None
