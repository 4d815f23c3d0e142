import pytest

from riwaya.analyze import find_quantities
from riwaya.model import Span


def only(text):
    found = find_quantities(text)
    assert len(found) == 1, [q.text_in(text) for q in found]
    q = found[0]
    return q.text_in(text), q.value, q.unit, q.approx, q.bound


@pytest.mark.parametrize("text, expected", [
    ("دخل نحو 50 آلية إلى البلدة", ("نحو 50 آلية", 50, "آلية", True, "about")),
    ("ضم الرتل 50 جندياً من القوات", ("50 جندياً", 50, "جندياً", False, None)),
    ("يقطن البلدة 120 ألفًا، بينهم نازحون", ("120 ألفًا", 120_000, None, False, None)),
    ("تبلغ الكلفة 8 ملايين ليرة", ("8 ملايين ليرة", 8_000_000, "ليرة", False, None)),
    ("رُصد 1.5 مليون دولار للطريق", ("1.5 مليون دولار", 1_500_000, "دولار", False, None)),
    ("وصل ٣٥ جنديًا", ("٣٥ جنديًا", 35, "جنديًا", False, None)),
    ("ارتفعت النسبة إلى ٣٫٥ في المئة", ("٣٫٥ في المئة", 3.5, "%", False, None)),
    ("استمر الحصار خمسة أيام متتالية", ("خمسة أيام", 5, "أيام", False, None)),
    ("دعا لخمسة اجتماعات", ("خمسة اجتماعات", 5, "اجتماعات", False, None)),
    ("نزح مئة وعشرون ألفا من السكان", ("مئة وعشرون ألفا من السكان", 120_000, "السكان", False, None)),
    ("انتشر قرابة ثلاثة آلاف وخمسمائة مقاتل", ("قرابة ثلاثة آلاف وخمسمائة مقاتل", 3_500, "مقاتل", True, "about")),
    ("وصل بضعة آلاف من المتطوعين", ("بضعة آلاف من المتطوعين", 3_000, "المتطوعين", True, "at-least")),
    ("قتل أكثر من 200 مدني", ("أكثر من 200 مدني", 200, "مدني", True, "at-least")),
    ("تجمع عشرات الأهالي عند المدخل", ("عشرات الأهالي", 20, "الأهالي", True, "at-least")),
    ("أصيب ما يقارب 40 شخصا", ("ما يقارب 40 شخصا", 40, "شخصا", True, "about")),
    ("نزح حوالي 1,200 شخص", ("حوالي 1,200 شخص", 1_200, "شخص", True, "about")),
    ("أصيب أقل من عشرة أشخاص", ("أقل من عشرة أشخاص", 10, "أشخاص", True, "at-most")),
    ("وصلت بنحو 30 شاحنة", ("نحو 30 شاحنة", 30, "شاحنة", True, "about")),
    # wire copy's decimals typed fraction first for right-to-left display
    ("انتقل اللاعب مقابل 5ر32 مليون جنيه", ("5ر32 مليون جنيه", 32_500_000, "جنيه", False, None)),
    ("ارتفع السعر إلى 38.\u200f57 دولار للبرميل", ("38.\u200f57 دولار", 57.38, "دولار", False, None)),
    ("بمبلغ قدره 116 مليونا و800 ألف يورو", ("116 مليونا و800 ألف يورو", 116_800_000, "يورو", False, None)),
])
def test_finds_the_amount_its_approximation_and_its_counted_noun(text, expected):
    assert only(text) == expected


def test_unit_key_folds_case_endings_and_the_article():
    (a,) = find_quantities("وصل 50 جندياً")
    (b,) = find_quantities("وصل 40 جندي")
    (c,) = find_quantities("قتل 3 من الجنود")
    assert a.unit_key == b.unit_key == "جندي"
    assert c.unit_key == "جنود"


def test_labels_and_lone_one_are_not_quantities():
    assert find_quantities("صدر القرار 2254 عن مجلس الأمن") == []
    assert find_quantities("وصلوا في آن واحد") == []


def test_ordinals_are_ranks_not_amounts():
    assert find_quantities("وقعت شركة الحادي عشر القابضة عقدا مع شركة أمريكية") == []
    assert find_quantities("افتتحت الدورة الحادية عشرة للمعرض في يومها الخامس والعشرين") == []
    assert only("احتفلت المدرسة بعيدها الثالث عشر بحضور ثلاثة عشر ضيفا") == (
        "ثلاثة عشر ضيفا", 13, "ضيفا", False, None)


def test_skipped_spans_such_as_dates_are_left_out():
    text = "وصل الرتل في 9 نوفمبر ومعه 12 شاحنة"
    date_span = Span(text.index("9"), text.index("نوفمبر") + len("نوفمبر"))
    found = find_quantities(text, skip=[date_span])
    assert [q.text_in(text) for q in found] == ["12 شاحنة"]


@pytest.mark.parametrize("number, value", [
    ("37.960.200", 37_960_200), ("1,234.5", 1234.5), ("3,5", 3.5), ("1,200", 1200), ("٣٫٥", 3.5),
    ("14.529.050", 14_529_050), ("82.999.316.4", 82_999_316.4), ("1.250.75", 1250.75),
])
def test_reads_grouped_and_decimal_digits(number, value):
    (q,) = find_quantities(f"بلغ المبلغ {number} ريال")
    assert q.value == value


def reading(text):
    """(value, unit_key, bound) of the one quantity in ``text``."""
    found = find_quantities(text)
    assert len(found) == 1, [q.text_in(text) for q in found]
    return found[0].value, found[0].unit_key, found[0].bound


def test_definite_number_words_joined_by_wal_are_one_amount():
    text = "صادرت الشرطة ما يزيد على الخمسة والعشرين ألف ريال من المتهمين"
    assert reading(text) == (25_000, "ريال", "at-least")
    assert only("وزع المتطوعون الثلاثة والأربعين صندوقا") == (
        "الثلاثة والأربعين صندوقا", 43, "صندوقا", False, None)
    assert find_quantities("عاد الوفد يوم الاثنين الخامس من الشهر") == []
    assert find_quantities("أفرجت الشرطة عن الخمسة بعد التحقيق") == []
    assert find_quantities("يتوقع أن تمتد الأزمة بين العشرين والثلاثين سنة") == []
    assert find_quantities("دخلت البلاد القرن الواحد والعشرين") == []


def test_a_scale_in_the_dual_construct_counts_two():
    assert reading("وخصصت اللجنة مليونا ريال للفائزين") == (2_000_000, "ريال", None)
    assert reading("تبلغ كلفة الجسر مليارا دولار") == (2_000_000_000, "دولار", None)
    assert reading("وصل عدد الزوار مليونا خلال الموسم") == (1_000_000, None, None)
    assert reading("بلغت الميزانية 120 مليونا ريال") == (120_000_000, "ريال", None)


def test_a_number_before_adad_counts_the_noun_after_it():
    assert reading("ارتفع إلى 16 عدد الغارات على المدينة") == (16, "غارات", None)
    assert only("وصل إلى 5 عدد القتلى") == ("5 عدد القتلى", 5, "القتلى", False, None)


def test_dots_grouping_thousands_end_in_a_decimal_group():
    assert reading("بلغت أرباح الشركة 82.999.316.4 ريال") == (82_999_316.4, "ريال", None)


def test_two_numbers_of_one_order_joined_by_wa_are_a_range():
    text = "تستغرق الرحلة بين ثلاثة وأربعة أيام"
    assert [(q.value, q.unit_key) for q in find_quantities(text)] == [(3, None), (4, "ايام")]


def test_a_verb_of_exceeding_bounds_the_amount_after_it():
    assert reading("ضبطت الشرطة مبالغ مالية تزيد على 25 ألف ريال") == (25_000, "ريال", "at-least")
    assert reading("وقال إن الزيادة لا تتجاوز 10 ريالات") == (10, "ريالات", "at-most")


def test_a_bracketed_number_keeps_its_scale_and_noun():
    assert reading("وبلغ عدد المسجلين أكثر من (35) ألف طالب وطالبة") == (35_000, "طالب", "at-least")
    assert reading("وضبطت الدوريات ( 8 ) رشاشات على الحدود") == (8, "رشاشات", None)


def test_a_word_ending_in_a_hundred_is_no_number():
    assert find_quantities("أحبطت الشرطة تهريب كمية كبيرة وكميات أخرى من الحبوب") == []


def test_years_by_their_era_mark_are_no_amounts():
    text = ("ومنح الاتحاد لقب الموسم 1435 - 1436 هـ للفريق الثاني، وأقر نظام الموسم 1436-1437ه "
            "ونظام 36-1437ه، وأنشئ الملعب عام 1999م على مساحة 400 م مربع.")
    assert [(text[q.start:q.end], q.value) for q in find_quantities(text)] == [("400 م", 400.0)]


def test_a_dot_before_three_zeros_groups_thousands():
    assert [q.value for q in find_quantities("قرى يتراوح عدد سكانها بين 100 إلى 5.000 نسمة بسرعة 1.5 ميغابت")] == [
        100.0, 5000.0, 1.5]


def test_a_definite_hundred_before_a_scale_is_one_amount_but_monday_is_not_two():
    assert [q.value for q in find_quantities("إن المائة ألف سلة التي دشنت وزعت كلها")] == [100000.0]
    assert [q.value for q in find_quantities("وتكرر ذلك يوم الاثنين ألف مرة")] == [1000.0]
