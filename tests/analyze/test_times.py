from datetime import date

import pytest

from riwaya.analyze import find_times

TUESDAY = date(2020, 11, 17)


def resolve(text, published=TUESDAY):
    return [(t.text_in(text), t.value, t.granularity) for t in find_times(text, published)]


@pytest.mark.parametrize("text, expression, value", [
    ("وقع الانفجار يوم السبت الماضي قرب السوق", "يوم السبت الماضي", date(2020, 11, 14)),
    ("وصل الرتل صباح الثلاثاء إلى القاعدة", "صباح الثلاثاء", date(2020, 11, 17)),
    ("عقد الاجتماع السبت في دمشق", "السبت", date(2020, 11, 14)),
    ("جرى ذلك مساء أمس في الحي", "مساء أمس", date(2020, 11, 16)),
    ("نفت القيادة أمس الاثنين الأنباء", "أمس الاثنين", date(2020, 11, 16)),
    ("حدث ذلك أول أمس على الطريق", "أول أمس", date(2020, 11, 15)),
    ("وصلت القافلة منذ ثلاثة أيام", "منذ ثلاثة أيام", date(2020, 11, 14)),
    ("غادر الوفد قبل يومين", "قبل يومين", date(2020, 11, 15)),
    ("تعقد الجولة الخميس المقبل", "الخميس المقبل", date(2020, 11, 19)),
    ("أعلن ذلك في 9 تشرين الثاني/نوفمبر", "9 تشرين الثاني/نوفمبر", date(2020, 11, 9)),
    ("وقع الحادث في 17 نوفمبر 2019", "17 نوفمبر 2019", date(2019, 11, 17)),
    ("انتهت الصيانة في 28 أيلول الماضي", "28 أيلول الماضي", date(2020, 9, 28)),
    ("تبدأ الدراسة في 20 تشرين الثاني المقبل", "20 تشرين الثاني المقبل", date(2020, 11, 20)),
    ("صدر القرار في 2 ربيع الآخر 1442 هـ", "2 ربيع الآخر 1442 هـ", date(2020, 11, 17)),
    ("نشر البيان في 3/10/2020 مساء", "3/10/2020", date(2020, 10, 3)),
    ("نشر البيان بتاريخ 2020-10-03", "2020-10-03", date(2020, 10, 3)),
])
def test_resolves_day_expressions(text, expression, value):
    assert resolve(text) == [(expression, value, "day")]


@pytest.mark.parametrize("text, expression, value, granularity", [
    ("ارتفعت الأسعار الأسبوع الماضي", "الأسبوع الماضي", date(2020, 11, 9), "week"),
    ("تراجعت الصادرات الشهر الماضي", "الشهر الماضي", date(2020, 10, 1), "month"),
    ("بدأ المشروع نهاية العام الفائت", "نهاية العام الفائت", date(2019, 12, 1), "month"),
    ("وقعت الاتفاقية في أكتوبر الماضي", "أكتوبر الماضي", date(2020, 10, 1), "month"),
    ("تأسست الشركة عام 2015 في جدة", "عام 2015", date(2015, 1, 1), "year"),
])
def test_resolves_periods_to_their_first_day(text, expression, value, granularity):
    assert resolve(text) == [(expression, value, granularity)]


def test_the_same_weekday_with_past_means_the_week_before():
    saturday = date(2020, 11, 14)
    assert resolve("يوم السبت الماضي", saturday)[0][1] == date(2020, 11, 7)
    assert resolve("يوم السبت", saturday)[0][1] == saturday


def test_a_named_weekday_outweighs_a_late_publication_date():
    tuesday = date(2015, 7, 21)  # a feed dated the page two days after it was written
    assert resolve("أعلن مصدر عسكري، اليوم الأحد، أن القوات تقدمت", tuesday)[0][1] == date(2015, 7, 19)
    assert resolve("تبدأ المحادثات غدا الاثنين في العاصمة", tuesday)[0][1] == date(2015, 7, 20)
    assert resolve("وقع الهجوم أمس الاثنين قرب الحدود", tuesday)[0][1] == date(2015, 7, 20)


def test_a_weekday_in_brackets_names_the_day_before_it():
    tuesday = date(2015, 8, 11)
    assert resolve("ويفتتح المدير الورشة صباح غد (الأربعاء) في مقر الاتحاد", tuesday) == [
        ("صباح غد (الأربعاء)", date(2015, 8, 12), "day")]
    assert resolve("ويتطلع الشباب إلى غد أفضل في المدينة", tuesday) == []


def test_a_numeric_date_with_a_hijri_year_is_converted():
    assert resolve("حادث إطلاق النار على دورية الأمن بتاريخ 19/6/1436 شرق المدينة")[0][1] == date(2015, 4, 8)


def test_unresolvable_expressions_keep_their_text_and_no_value():
    assert resolve("وصلوا منذ أيام إلى المدينة") == [("منذ أيام", None, "day")]
    assert resolve("وصل الرتل يوم السبت الماضي", published=None) == [("يوم السبت الماضي", None, "day")]


def test_relative_to_another_event_is_not_a_date():
    assert resolve("وصل قبل يومين من الانتخابات") == []
    assert resolve("وفي اليوم التالي عاد الهدوء") == []


def test_an_absolute_date_without_a_year_takes_the_nearest_year():
    assert resolve("في 28 ديسمبر", date(2021, 1, 5))[0][1] == date(2020, 12, 28)


def test_a_month_named_in_both_calendars_keeps_its_year():
    [found] = find_times("وتوفيت المغنية في 11 فبراير شباط 2012 بحسب السلطات", date(2015, 7, 28))
    assert found.value == date(2012, 2, 11)


def test_a_weekday_after_a_future_verb_is_the_coming_one():
    published = date(2015, 8, 4)  # a Tuesday
    [ahead] = find_times("أعلنت المنظمة أنها ستعقد جولة جديدة من المحادثات يوم الاثنين في جنيف", published)
    [past] = find_times("وعقدت المنظمة جولة جديدة من المحادثات يوم الاثنين في جنيف", published)
    assert (ahead.value, past.value) == (date(2015, 8, 10), date(2015, 8, 3))


def test_a_circled_or_superscript_count_is_no_number_of_days():
    assert resolve("وصلت القافلة منذ ① أيام وغادرت قبل 3² سنوات") == []
