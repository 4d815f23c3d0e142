"""Quotes, speakers and sources on sentences we wrote."""

from __future__ import annotations

import pytest

from riwaya.analyze.quotes import find_quotes
from riwaya.analyze.sentences import split_sentences


def quotes(text: str):
    found, _ = find_quotes(text, split_sentences(text), [])
    return [(text[q.start : q.end], text[q.speaker.start : q.speaker.end] if q.speaker else None,
             q.speaker.kind if q.speaker else None, q.direct, q.negated) for q in found]


@pytest.mark.parametrize("text, expected", [
    ("وقال وزير الصحة إن المستشفى سيفتتح الشهر المقبل.",
     ("المستشفى سيفتتح الشهر المقبل", "وزير الصحة", "named", False, False)),
    ("وأكدت المتحدثة باسم البلدية في تصريح لـ«الجسر» أن أعمال الصيانة انتهت.",
     ("أعمال الصيانة انتهت", "المتحدثة باسم البلدية", "named", False, False)),
    ("وقال الوزير: «لن نتراجع عن القرار».", ("لن نتراجع عن القرار", "الوزير", "named", True, False)),
    ("وقال الوزير: إن الحكومة ستواصل الإصلاحات.", ("الحكومة ستواصل الإصلاحات", "الوزير", "named", True, False)),
    ("«لن ننسحب من المدينة»، قال قائد الكتيبة للصحفيين.",
     ("لن ننسحب من المدينة", "قائد الكتيبة", "named", True, False)),
    ("ونفت الشركة أن تكون قد رفعت الأسعار.", ("تكون قد رفعت الأسعار", "الشركة", "named", False, True)),
    ("وأفادت مصادر مطلعة بأن الاجتماع تأجل.", ("الاجتماع تأجل", "مصادر مطلعة", "anonymous", False, False)),
    ("وأكد شهود عيان أن الانفجار وقع قرب السوق.", ("الانفجار وقع قرب السوق", "شهود عيان", "anonymous", False, False)),
    ("وذكر تقرير صادر عن المنظمة أن الأوضاع تتدهور.", ("الأوضاع تتدهور", "تقرير صادر", "document", False, False)),
    ("وعلمت «الجسر» من مصادرها أن الاجتماع تأجل.", ("الاجتماع تأجل", "وعلمت «الجسر» من مصادرها", "outlet", False, False)),
    ("ارتفع عدد المصابين إلى 12 شخصاً، بحسب مصادر طبية.",
     ("ارتفع عدد المصابين إلى 12 شخصاً", "مصادر طبية", "anonymous", False, False)),
    ("وذكرت الصحيفة، وفقاً لمصادر حكومية، أن الاتفاق سيوقع قريباً.",
     ("الاتفاق سيوقع قريباً", "لمصادر حكومية", "anonymous", False, False)),
])
def test_a_cue_gives_the_quote_its_speaker_and_source_kind(text, expected):
    assert quotes(text) == [expected]


def test_continuation_cues_keep_the_last_speaker_and_a_denial_is_marked():
    text = ("قال رئيس البلدية إن المياه ستعود غداً، مضيفاً أن الفرق تعمل ليلاً. "
            "وتابع أن الأضرار محدودة. ونفى أن يكون هناك نقص في الوقود، نافياً وجود أي تأخير.")
    found = quotes(text)
    assert [q[0] for q in found] == ["المياه ستعود غداً", "الفرق تعمل ليلاً", "الأضرار محدودة",
                                     "يكون هناك نقص في الوقود", "وجود أي تأخير"]
    assert {q[1] for q in found} == {"رئيس البلدية"}
    assert [q[4] for q in found] == [False, False, False, True, True]


def test_the_sources_named_before_are_the_ones_that_speak_again():
    text = "وأفادت مصادر محلية بأن الرتل وصل. وأضافت المصادر أن الطريق أغلق."
    assert [q[1] for q in quotes(text)] == ["مصادر محلية", "مصادر محلية"]


def test_a_name_in_quotation_marks_is_not_a_quote():
    assert quotes("وصل الوفد إلى مقر «الأمم المتحدة» صباحاً.") == []
    assert quotes("وقال المدير لـ«الجسر» إن العمل مستمر.")[0][:2] == ("العمل مستمر", "المدير")
