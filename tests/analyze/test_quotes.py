"""Quotes, speakers and sources on sentences we wrote."""

from __future__ import annotations

import pytest

from riwaya.analyze.quotes import find_quotes
from riwaya.analyze.sentences import split_sentences
from riwaya.analyze.speakers import resolve_speakers
from riwaya.model import Mention


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


@pytest.mark.parametrize("text, expected", [
    ("وأكدت مصادر ميدانية مقتل ثلاثة مسلحين في الاشتباك.",
     ("مقتل ثلاثة مسلحين في الاشتباك", "مصادر ميدانية", "anonymous", False, False)),
    ("ونفت الوزارة قطعياً هذه الأنباء.", ("هذه الأنباء", "الوزارة", "named", False, True)),
    ("وأفاد سكان بسقوط قذائف على الحي الشرقي.",
     ("سقوط قذائف على الحي الشرقي", "سكان", "anonymous", False, False)),
    ("وأعلن الجيش في بيان عن استعادة السيطرة على التلة.",
     ("استعادة السيطرة على التلة", "الجيش", "named", False, False)),
])
def test_a_cue_without_complementiser_takes_a_noun_object(text, expected):
    assert quotes(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("وبحسب المصادر فإن الطريق أغلق لساعات.", ("الطريق أغلق لساعات", "المصادر", "anonymous", False, False)),
    ("وكما ذكرت الصحيفة، فإن المفاوضات ستستأنف الأسبوع المقبل.",
     ("المفاوضات ستستأنف الأسبوع المقبل", "الصحيفة", "named", False, False)),
    ("تضاعف عدد الزوار هذا العام، على ما أعلنت هيئة السياحة.",
     ("تضاعف عدد الزوار هذا العام", "هيئة السياحة", "named", False, False)),
])
def test_a_fronted_or_trailing_attribution_gives_the_clause(text, expected):
    assert quotes(text) == [expected]


def test_a_relative_clause_speaks_for_its_antecedent():
    text = "ونشرت الهيئة الدراسة التي تشير إلى أن الطلب ضعيف."
    assert quotes(text)[0][:3] == ("الطلب ضعيف", "الدراسة", "document")


def test_the_name_in_apposition_is_the_speaker():
    text = "وقال رئيس الهيئة، سالم الحربي، إن المشروع سينجز قريباً."
    mentions = [Mention(text.index("سالم"), text.index("سالم") + len("سالم الحربي"), "PER", ("سالم الحربي",))]
    found, _ = find_quotes(text, split_sentences(text), mentions)
    assert text[found[0].speaker.start:found[0].speaker.end] == "سالم الحربي"


def test_a_cue_with_an_object_pronoun_and_two_dots_between_statements():
    text = "ووصفها الوزير بأنها «خطوة شجاعة».. وأوضح المدير أن العمل مستمر."
    assert [(q[0], q[1]) for q in quotes(text)] == [("خطوة شجاعة", "الوزير"), ("العمل مستمر", "المدير")]


@pytest.mark.parametrize("text, kind", [
    ("ونصت المادة (12) على أن يبقى المجلس منعقداً.", "document"),
    ("وقال أحد السكان إن المياه انقطعت.", "anonymous"),
    ("وقال متحدث إن الوفد وصل.", "anonymous"),
    ("وقال المتحدث إن الوفد وصل.", "named"),
    ("وقال المراسل إن الاشتباكات توقفت.", "outlet"),
])
def test_the_kind_of_a_source_follows_its_head_noun_and_article(text, kind):
    assert quotes(text)[0][2] == kind


@pytest.mark.parametrize("text, speaker", [
    ("وكانت البلدية أعلنت إغلاق الجسر للصيانة.", "البلدية"),
    ("المرصد يكشف ارتفاع عدد النازحين", "المرصد"),
])
def test_the_speaker_of_a_subject_before_its_verb(text, speaker):
    assert quotes(text)[0][1] == speaker


def test_a_verb_telling_of_a_fronted_source_is_not_the_cue():
    text = "وبحسب مصادر محلية تحدثت إلى «الرائد»، عبرت القافلة الحدود فجرا قبل أن تتجه إلى المدينة."
    assert quotes(text) == [("عبرت القافلة الحدود فجرا قبل أن تتجه إلى المدينة", "مصادر محلية", "anonymous",
                             False, False)]


def test_a_trailing_attribution_after_two_dots_takes_only_its_own_clause():
    text = "افتتح الجسر أمس.. وارتفعت حركة المرور في المدينة، بحسب الشرطة."
    assert quotes(text)[0][:2] == ("وارتفعت حركة المرور في المدينة", "الشرطة")


def test_a_person_the_journalist_names_before_a_bare_cue_is_its_speaker():
    text = "وعبّر مدير الفريق سامي العلي عن سعادته بالفوز وقال: «الجميع قدموا مباراة كبيرة»."
    start = text.index("سامي")
    mentions = [Mention(start, start + len("سامي العلي"), "PER", ("سامي العلي",))]
    found, _ = find_quotes(text, split_sentences(text), mentions)
    assert text[found[0].speaker.start:found[0].speaker.end] == "سامي العلي"


def test_a_person_named_as_company_is_not_the_speaker():
    """«وشدد في مؤتمر عقده مع نظيره فلان»: the minister named before speaks, not his guest."""
    text = ("وقال الوزير سالم الخالدي إن المحادثات كانت مثمرة. وشدد في مؤتمر صحفي عقده أمس مع نظيره "
            "العماني خالد الهنائي، على أن الحل السياسي هو الطريق الوحيد.")
    mentions = [Mention(text.index(name), text.index(name) + len(name), "PER", (name,))
                for name in ("سالم الخالدي", "خالد الهنائي")]
    found, _ = find_quotes(text, split_sentences(text), mentions)
    assert [text[q.speaker.start:q.speaker.end] for q in found] == ["الوزير سالم الخالدي"] * 2


def test_a_statement_ends_where_a_new_clause_brings_its_own_cue():
    text = "وأكد المحافظ حصيلة الضحايا، فيما أشار ضابط إلى أن البحث مستمر."
    assert [q[:3] for q in quotes(text)] == [("حصيلة الضحايا", "المحافظ", "named"),
                                             ("البحث مستمر", "ضابط", "anonymous")]


def test_a_comma_after_the_cue_keeps_the_last_speaker_and_between_is_no_cue():
    text = "قال الوزير إن الخطة جاهزة. وأوضح، أن التمويل مؤمن. وجرى اللقاء بين الوزير والسفير."
    assert [q[:2] for q in quotes(text)] == [("الخطة جاهزة", "الوزير"), ("التمويل مؤمن", "الوزير")]


def test_a_was_clause_inside_a_statement_does_not_name_the_next_speaker():
    text = ("قالت الطبيبة إن الحالة مستقرة. وأضافت أن الخطوة الأولى كانت بإبلاغ الجيران، "
            "فيما قالت إن الفحوص ستعاد غداً.")
    assert [q[1] for q in quotes(text)] == ["الطبيبة"] * 3


def test_a_statement_ends_at_a_closing_mark_it_never_opened():
    """Copy that dropped the opening «: the next speaker's statement is not part of this one."""
    text = ("وقال وزير الاقتصاد إن الشراكة ستعزز قدرة الشركتين في السوق المحلية» من جهة أخرى قال "
            "رئيس المجلس «إننا راضون عن نتائج العام الماضي».")
    assert [q[:2] for q in quotes(text)] == [("الشراكة ستعزز قدرة الشركتين في السوق المحلية", "وزير الاقتصاد"),
                                             ("إننا راضون عن نتائج العام الماضي", "رئيس المجلس")]


def test_what_someone_wrote_is_a_quote_but_books_are_not():
    text = "وكتب المدرب على حسابه في موقع تويتر «إذا غاب المهاجم طويلا فسنحتاج إلى بديل». وقرأ الطلاب كتب التاريخ."
    assert [q[:2] for q in quotes(text)] == [("إذا غاب المهاجم طويلا فسنحتاج إلى بديل", "المدرب")]


def test_a_plural_verb_is_not_the_words_of_the_one_person_named_before():
    text = ("واستخدم الزائر سامي العلي عصا التصوير داخل القطار، ثم منعت الحديقة الأداة وقالوا إنها تشكل خطرا "
            "على الركاب.")
    start = text.index("سامي")
    mentions = [Mention(start, start + len("سامي العلي"), "PER", ("سامي العلي",))]
    found, _ = find_quotes(text, split_sentences(text), mentions)
    assert [(text[q.start:q.end], q.speaker) for q in found] == [("تشكل خطرا على الركاب", None)]


def test_the_man_a_mosque_is_named_after_is_not_the_speaker():
    text = ("وقال المفتي في خطبته إن الصدق أساس التعامل. وبين في خطبة الجمعة بجامع الإمام سعد بن خالد "
            "بالمدينة، أن الإسلام حرم الغش في البيع.")
    mentions = [Mention(text.index(name), text.index(name) + len(name), "PER", (name,))
                for name in ("سعد بن خالد",)]
    found, _ = find_quotes(text, split_sentences(text), mentions)
    assert [text[q.speaker.start:q.speaker.end] for q in found] == ["المفتي", "المفتي"]


def test_the_subject_of_the_clause_speaks_not_the_person_it_names_after():
    text = ("وعلق المدرب سامي العلي على تجاهل نظيره خالد الفهد له وقال: «انتظرته بعد المباراة». "
            "وقد عبر رئيس البعثة ماجد الحربي عن سعادته وقال: «الفريق قدم الكثير».")
    mentions = [Mention(text.index(name), text.index(name) + len(name), "PER", (name,))
                for name in ("سامي العلي", "خالد الفهد", "ماجد الحربي")]
    found, _ = find_quotes(text, split_sentences(text), mentions)
    assert [text[q.speaker.start:q.speaker.end] for q in found] == ["سامي العلي", "ماجد الحربي"]


def test_the_antecedent_before_a_comma_speaks_and_fa_inna_opens_the_statement():
    text = "وانتظر الوفد ثلاث ساعات قبل أن يستقبله الرئيس سامي العلي، الذي صرح بأن العلاقات ممتازة."
    start = text.index("سامي")
    mentions = [Mention(start, start + len("سامي العلي"), "PER", ("سامي العلي",))]
    found, _ = find_quotes(text, split_sentences(text), mentions)
    assert [text[q.speaker.start:q.speaker.end] for q in found] == ["سامي العلي"]
    text = "وبحسب الدبلوماسي نفسه، فإن خالد الفهد سيحاول الإجابة على كل الأسئلة."
    start = text.index("خالد")
    mentions = [Mention(start, start + len("خالد الفهد"), "PER", ("خالد الفهد",))]
    found, _ = find_quotes(text, split_sentences(text), mentions)
    assert [text[q.speaker.start:q.speaker.end] for q in found] == ["الدبلوماسي نفسه"]


def test_it_is_worth_noting_is_the_journalist_speaking():
    assert [q[:2] for q in quotes("وقال المدير إن العمل مستمر. ويُذكر أن المهرجان يستمر عشرة أيام.")] == [
        ("العمل مستمر", "المدير")]


def test_a_participle_continues_the_speaker_not_a_person_listed_or_addressed():
    text = ("وقال مدير المهرجان إن الفعاليات تبدأ مساء الخميس. كما يستضيف المهرجان منشدين من الخليج، "
            "من أبرزهم المنشد سامي العلي، مبيناً أن الحفل يقام في الحديقة العامة. وحذر المحاضر خالد الفهد "
            "الحكام، مؤكدا لهم أن التركيز يجلب النجاح.")
    mentions = [Mention(text.index(name), text.index(name) + len(name), "PER", (name,))
                for name in ("سامي العلي", "خالد الفهد")]
    found, _ = find_quotes(text, split_sentences(text), mentions)
    assert [text[q.speaker.start:q.speaker.end] for q in found] == ["مدير المهرجان", "مدير المهرجان",
                                                                    "خالد الفهد"]


def test_however_before_the_subject_is_not_part_of_the_speaker():
    assert [q[:2] for q in quotes("إلا أن الوزير اعتبر أن التصريحات مقلقة للغاية.")] == [
        ("التصريحات مقلقة للغاية", "الوزير")]


def test_an_office_in_the_headline_stands_for_the_person_named_after_it():
    """A headline speaks before anyone is named: «محافظ الخليج:» is the governor the text names."""
    text = "محافظ الخليج: الطرق تفتح الشهر المقبل\nزار المحافظ فهد العتيبي موقع المشروع اليوم."
    name = "فهد العتيبي"
    mentions = [Mention(text.index(name), text.index(name) + len(name), "PER", ())]
    found, sources = find_quotes(text, split_sentences(text), mentions, title_end=text.index("\n"))
    found, _ = resolve_speakers(text, found, sources, mentions)
    headline = found[0]
    assert (headline.speaker_rule, headline.speaker.text_in(text)) == ("headline", "محافظ الخليج")
    assert headline.speaker.refers_to.text_in(text) == name


def test_a_participle_continues_the_organisation_that_is_its_clauses_subject():
    """«أدانت منظمة ...، مشيرة إلى أن»: the body right after the verb speaks, not a body named
    later in the clause."""
    text = "أدانت منظمة العفو الدولية قصف الأحياء في المدينة بعد بيان وزارة الدفاع، مشيرة إلى أن القصف جريمة حرب."
    names = ["منظمة العفو الدولية", "وزارة الدفاع"]
    mentions = [Mention(text.index(n), text.index(n) + len(n), "ORG", ()) for n in names]
    found, _ = find_quotes(text, split_sentences(text), mentions)
    assert [(q.text_in(text), q.speaker.text_in(text)) for q in found] == [
        ("القصف جريمة حرب", "منظمة العفو الدولية")]


def test_a_person_unnamed_holders_stand_with_is_their_affiliation_not_the_speaker():
    """«عدد من مؤيدي فلان» and «مصادر مقربة من فلان» stay unnamed; «أحد السكان» named after
    the head without «من» would be the speaker's own name."""
    for text, name in (("وقال عدد من مؤيدي سامر الحربي إن الحادث مدبر.", "سامر الحربي"),
                       ("وأكدت مصادر مقربة من الوزير فهد السالم أن الاستقالة جاهزة.", "فهد السالم")):
        mentions = [Mention(text.index(name), text.index(name) + len(name), "PER", ())]
        found, _ = find_quotes(text, split_sentences(text), mentions)
        assert [q.speaker.kind for q in found] == ["anonymous"]
