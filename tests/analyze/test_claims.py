"""Claims: sentences split into independent statements, with negation and hedging."""

from __future__ import annotations

from riwaya.analyze import analyze
from riwaya.ingest.dateline import find_dateline
from riwaya.model import Article


def claims_of(text: str, title: str | None = None) -> list:
    article = analyze(Article(text, title=title, language="ar"))
    return [(article.span_text(c), c) for c in article.claims]


def negated_text(text: str, claim) -> list[str]:
    """The negated stretches of a claim whose text is ``text``."""
    return [text[span.start - claim.start : span.end - claim.start] for span in claim.negations]


def test_independent_statements_after_a_comma_are_claims_of_their_own():
    text = ("نفت البلدية الأنباء عن إغلاق السوق القديم في وسط المدينة، وذلك بعد افتتاح السوق الجديد "
            "قرب محطة القطار، فيما طالب التجار بتعويضات عن خسائرهم خلال الأشهر الماضية.")
    texts = [t for t, _ in claims_of(text)]
    assert texts == ["نفت البلدية الأنباء عن إغلاق السوق القديم في وسط المدينة",
                     "وذلك بعد افتتاح السوق الجديد قرب محطة القطار",
                     "فيما طالب التجار بتعويضات عن خسائرهم خلال الأشهر الماضية"]


def test_a_denial_is_negated_and_the_event_after_it_is_not():
    text = ("نفت البلدية الأنباء عن إغلاق السوق القديم في وسط المدينة، وذلك بعد افتتاح السوق الجديد "
            "قرب محطة القطار.")
    (_, denial), (_, event) = claims_of(text)
    assert denial.negations and not event.negations


def test_hedged_statements_are_marked():
    text = "قال مسؤول في الميناء إن السفينة قد تصل إلى الرصيف مساء الخميس بعد تأخر دام يومين."
    [(_, claim)] = claims_of(text)
    assert claim.hedged and not claim.negations


def test_must_and_especially_after_a_conjunction_negate_nothing():
    for text in ("وتابع أن المنظمات بذلت جهودا كبيرة، فلا بد من حل سياسي ينهي الأزمة في البلاد.",
                 "وارتفعت الأسعار في المدن الكبرى، ولا سيما في العاصمة خلال الشهر الماضي.",
                 "وقال رئيس الشركة إننا لا نزال نعمل في سوق ناشئة تشهد نموا متواصلا."):
        assert all(not claim.negations for _, claim in claims_of(text))
    [(_, claim)] = claims_of("وقال الوزير إن الحكومة لن تتراجع عن القرار مهما كانت الضغوط.")
    assert claim.negations


def test_a_condition_an_alternative_or_a_one_word_negation_denies_nothing_further():
    for text in ("وهدد المواطن بالاعتصام أمام المستشفى في حال لم يتم نقل زوجته إلى الرياض.",
                 "وقال المدرب إن التهديد سيبقى قائما سواء رحل الحارس أم لا."):
        assert all(not claim.negations for _, claim in claims_of(text))
    [(text, claim)] = claims_of("وقالت الشركة إن المقارنة السنوية غير قابلة للتطبيق وينبغي مراجعة النتائج.")
    assert negated_text(text, claim) == ["غير قابلة"]
    [(_, claim)] = claims_of("وأكد المتحدث أن لا تراجع عن القرار مهما كانت الضغوط.")
    assert claim.negations


def test_an_emphatic_figure_of_speech_denies_nothing():
    for text in ("وقالت رئيسة اللجنة إن فرحة العيد لا تضاهيها فرحة في قلوب الأطفال.",
                 "وأكد المدير أنه لا شك في نجاح الموسم بعد الإقبال الكبير من الزوار."):
        assert all(not claim.negations for _, claim in claims_of(text))


def test_a_dateline_on_a_line_of_its_own_is_no_claim():
    text = "الدمام 3 ذو القعدة 1436 هـ الموافق 18 أغسطس 2015 م واس\nافتتح أمير المنطقة معرض الكتاب في مركز المعارض."
    article = analyze(Article(text, language="ar", dateline=find_dateline(text)))
    assert [article.span_text(c) for c in article.claims] == ["افتتح أمير المنطقة معرض الكتاب في مركز المعارض"]


def test_leaving_a_name_out_of_a_list_denies_only_that_name():
    text = ("وأحالت المحكمة أوراق عشرة متهمين إلى المفتي ليس من بينهم سامي الخالد شقيق زعيم الخلية بتهمة "
            "إدارة تنظيم مسلح.")
    [(claim_text, claim)] = claims_of(text)
    assert negated_text(claim_text, claim) == [
        "ليس من بينهم سامي الخالد شقيق"]
    [(claim_text, claim)] = claims_of("فيما خلت قائمة المحالين إلى المفتي من اسم سامي الخالد شقيق زعيم الخلية.")
    assert negated_text(claim_text, claim) == ["خلت قائمة المحالين إلى المفتي من اسم سامي الخالد شقيق زعيم الخلية"]


def test_a_negation_stops_at_a_new_statement_and_a_condition_or_cause_denies_nothing():
    [(text, claim)] = claims_of("وأضاف أنه لا يمكن اختبار مدى سلامة هذه المواد على الأمد الطويل وأشار إلى أنه "
                                "يتعين التعامل معها بحذر.")
    assert negated_text(text, claim) == [
        "لا يمكن اختبار مدى سلامة هذه المواد على الأمد الطويل"]
    for text in ("وقال الرئيس إن الصين ستضع قواعد التجارة إن لم نضعها نحن.",
                 "وتعذر إجراء الانتخابات في النادي بسبب عدم الموافقة على تعديل النظام الأساسي.",
                 "وتعذر إجراء الانتخابات في النادي لعدم الموافقة على تعديل النظام الأساسي.",
                 "ومن شأن عدم الالتزام بالقوانين الدولية إيقاف النشاط الرياضي في البلاد."):
        assert all(not claim.negations for _, claim in claims_of(text))


def test_a_bound_a_prohibition_and_not_only_deny_nothing():
    for text in ("وأكد المدون أن سعر الساعة لا يقل عن 300 ألف دولار وفق الفاتورة التي نشرها.",
                 "وقالت الهيئة إن نسبة الزيادة لا تتجاوز خمسة في المئة من قيمة العقد.",
                 "واستشهد الخطيب بقوله تعالى: «ولا تبخسوا الناس أشياءهم» في حديثه عن الغش التجاري.",
                 "وأوضح الوزير أن الاتفاق ليس فقط اقتصاديا بل يفتح الباب أمام تعاون سياسي واسع.",
                 "وسمي القمر الأزرق بهذا الاسم وليس لأن القمر سيظهر أزرق اللون في السماء.",
                 "وسمي القمر الأزرق بهذا الاسم وليس لأنه سيظهر أزرق اللون في السماء."):
        assert all(not claim.negations for _, claim in claims_of(text)), text


def test_an_alternative_set_aside_is_denied_alone():
    [(text, claim)] = claims_of("وأعلن المصرف أن الأرصدة المجمدة تبلغ 18 مليار دولار فقط وليس 60 مليار دولار "
                                "كما تقدر الحكومة الأجنبية.")
    assert negated_text(text, claim) == ["وليس 60"]
    [(text, claim)] = claims_of("وقال المدرب إن الفريق خسر بسبب الإرهاق وليس 3 لاعبين غابوا عن المباراة.")
    assert negated_text(text, claim) == ["وليس 3"]


def test_not_until_restricts_and_a_pronoun_clause_ends_a_denial():
    for text in ("وتتمنى أن لا يأتي المخيم المقبل إلا وقد أجادت إعداد القهوة العربية لضيوفها.",
                 "ولم يحضر الاجتماع الطارئ للمجلس إلا ثلاثة من الأعضاء."):
        assert all(not claim.negations for _, claim in claims_of(text)), text
    [(text, claim)] = claims_of("وتتهم العاصمة الأولى النظام بشن الهجمات والعاصمة الثانية التي تنفي وجود أدلة "
                                "وهو ما يفتح الطريق أمام فرض عقوبات.")
    assert negated_text(text, claim) == ["تنفي وجود أدلة"]
    [(text, claim)] = claims_of("ولم يستثمر المهاجمون الفرص الكثيرة إلا أن سوء الحظ لازم الفريق فخسر بهدفين "
                                "مقابل لا شيء.")
    assert negated_text(text, claim) == ["ولم يستثمر المهاجمون الفرص الكثيرة"]


def test_not_to_and_ruling_out_deny_while_not_knowing_and_not_so_much_do_not():
    [(text, claim)] = claims_of("وقال اللاعب في بيان إنه قرر ألا يجدد عقده مع النادي.")
    assert negated_text(text, claim) == ["ألا يجدد عقده مع النادي"]
    [(text, claim)] = claims_of("وأكد الوزير متانة العلاقات، مستبعدا وجود أي خلافات بين البلدين.")
    assert negated_text(text, claim) == ["مستبعدا وجود أي خلافات بين البلدين"]
    for text in ("ومن شروط الترشح: ألا يكون المرشح محكوما عليه في جريمة مخلة بالشرف.",
                 "وقال المدرب إنه سيستدعي اللاعب لكني لا أدري إن كان سيأتي إلى المعسكر.",
                 "وقال الكاتب إن التكريم ليس له شخصيا بقدر ما هو للشبكة التي يشرف عليها."):
        assert all(not claim.negations for _, claim in claims_of(text)), text
