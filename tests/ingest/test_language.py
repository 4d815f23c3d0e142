import pytest

from riwaya.ingest.language import identify_language


@pytest.mark.parametrize("text, language", [
    ("أعلنت وزارة الصحة تسجيل إصابات جديدة في ثلاث محافظات خلال الأسبوع الماضي.", "ar"),
    ("قال محمد إنّ «الوضع مستقر» مضيفاً أن نحو ٢٠٠ أسرة عادت. وزار الوفد مدينة تورنتو.", "ar"),
    ("The ministry recorded new cases in three provinces over the past week.", "en"),
    ("وزارت بهداشت ایران از ثبت موارد جدید در سه استان خبر داد و گفت که وضعیت پایدار است.", "fa"),
    ("Gallia est omnis divisa in partes tres, quarum unam incolunt Belgae.", "la"),
    ("12345 !!! ---", "und"),
])
def test_identifies_the_language(text, language):
    assert identify_language(text) == language
