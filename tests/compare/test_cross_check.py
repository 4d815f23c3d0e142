"""The cross-check on the shipped example story: every planted agreement, conflict and
single-source fact is found with a correct reason, and nothing else is called a conflict
(examples/hasakah-convoy/PLANTED.md lists what was planted)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from support import example_report

from riwaya import compare
from riwaya.analyze import analyze
from riwaya.analyze.words import word
from riwaya.compare.checks import denial_against_affirmation, different_places
from riwaya.compare.claim_view import ClaimView, claim_views
from riwaya.compare.copies import copy_groups
from riwaya.link import resolve_entities
from riwaya.model import Article
from riwaya.report.wording import word_reason


@pytest.fixture(scope="module")
def report():
    return example_report()


def claim_text(report, claim_id):
    return next(c["text"] for c in report["claims"] if c["id"] == claim_id)


def conflicts(report, *relations: str):
    """(articles, reason) of every conflicting alignment (or of other relations)."""
    return [(tuple(a["articles"]), reason) for a in report["alignments"]
            if a["relation"] in (relations or ("conflict",)) for reason in a["reasons"]]


def clashes(report):
    """(articles, reason) of every clash the checks found, a conflict or one to verify."""
    return conflicts(report, "conflict", "verify")


def credited(report):
    """(articles, reason) of every pair of claims whose words are credited to different sources."""
    return conflicts(report, "credited")


def reasons_between(first: str, second: str, published: date | None = None) -> list[str]:
    """The reasons the checks give between two reports with these texts (ids a1 and a2): of
    conflicts and of clashes to verify, and of the same words credited to different sources."""
    report = compare([Article(first, id="a1", published=published), Article(second, id="a2", published=published)])
    return [reason for a in report.to_dict()["alignments"] if a["relation"] in ("conflict", "verify", "credited")
            for reason in a["reasons"]]


def test_the_two_numbers_that_differ_are_conflicts_with_both_amounts_in_the_reason(report):
    found = conflicts(report)
    assert (("a1", "a3"), "الرقم مختلف: «نحو 50 آلية» في «رافد» مقابل «٣٥ آلية» في «الجسر»") in found
    assert (("a1", "a2"), "الرقم نفسه لمعدود مختلف: «نحو 50 آلية» في «رافد» مقابل «50 جندياً» في «الفرات اليوم»") in found


def test_the_denial_in_one_report_is_found_against_the_claim_in_the_other_to_verify(report):
    """A denial against an affirmation is shown apart, to verify: blind reads found that kind
    of clash mostly false (``models/conflict-tiers.md``)."""
    assert not [r for _, r in conflicts(report) if r.startswith("نفي مقابل تأكيد")]
    denials = [(articles, r) for articles, r in conflicts(report, "verify") if r.startswith("نفي مقابل تأكيد")]
    assert denials and {articles for articles, _ in denials} == {("a2", "a3")}
    pairs = [a["claims"] for a in report["alignments"] if any(r.startswith("نفي") for r in a["reasons"])]
    assert any("ستنسحب من نقطة تل الريحان" in claim_text(report, first)
               and "ونفى أن تكون قوات التحالف بصدد الانسحاب" in claim_text(report, second)
               for first, second in pairs)


def test_the_same_quote_credited_to_a_named_and_an_unnamed_source_is_credited_differently(report):
    """Not a conflict: the reports carry the same words and differ in who said them."""
    credited = [a for a in report["alignments"] if a["relation"] == "credited"]
    assert [tuple(a["articles"]) for a in credited] == [("a1", "a2")]
    (reason,) = credited[0]["reasons"]
    assert reason.startswith("القول نفسه منسوب")
    assert "ديرموت غالاغان» (مصدر مسمّى)" in reason  # with or without his rank
    assert "«مصادر خاصة» (مصدر غير مسمّى) في «الفرات اليوم»" in reason
    assert not [r for _, r in conflicts(report) if r.startswith("القول نفسه منسوب")]
    (fact,) = [f for f in report["facts"] if reason in f["reasons"]]
    assert fact["status"] == "corroborated"
    assert any(reason in line["text"] for line in report["summary"])


def test_nothing_unplanted_is_called_a_conflict_or_a_clash_to_verify(report):
    planted = {"conflict": {(("a1", "a3"), "الرقم مختلف:"), (("a1", "a2"), "الرقم نفسه لمعدود مختلف:")},
               "verify": {(("a2", "a3"), "نفي مقابل تأكيد:")}}
    for relation, expected in planted.items():
        found = conflicts(report, relation)
        assert {(articles, prefix) for articles, reason in found for _, prefix in expected
                if reason.startswith(prefix)} == expected
        assert all(any(reason.startswith(p) for _, p in expected) for _, reason in found)


def test_shared_facts_are_corroborated_by_all_three_reports(report):
    corroborated = [f for f in report["facts"] if f["status"] == "corroborated"]
    texts = [" ".join(claim_text(report, c) for c in f["claims"]) for f in corroborated]
    three = [t for f, t in zip(corroborated, texts) if f["independent_sources"] == 3]
    assert any(t.count("قاعدة الصفصاف") >= 3 for t in three)  # the base
    assert any(t.count("معبر السنابل") >= 3 for t in three)  # the crossing
    assert any("العقيد ديرموت غالاغان" in t and "العقيد ديرمت جالاجان" in t for t in texts)  # the spokesman


def test_what_one_report_alone_says_is_single_source(report):
    single = {f["text"]: f["articles"] for f in report["facts"] if f["status"] == "single-source"}
    def only(words):
        (articles,) = [a for text, a in single.items() if words in text]
        return articles
    assert only("1.5 مليون دولار") == ["a2"]
    assert only("عشرات الأهالي") == ["a3"]
    assert only("نحو 120 ألف نسمة") == ["a1"]


def test_conflicts_come_first_in_the_facts_and_the_summary(report):
    statuses = [f["status"] for f in report["facts"]]
    assert statuses == sorted(statuses, key=["conflicting", "corroborated", "single-source"].index)
    assert statuses.count("conflicting") == 1  # the convoy's size (the denial is to verify)
    assert report["summary"][0]["text"].startswith("تختلف التقارير")
    assert all(s["facts"] and s["articles"] for s in report["summary"])


def test_every_alignment_points_at_real_claims_of_two_different_articles(report):
    claims = {c["id"]: c for c in report["claims"]}
    for alignment in report["alignments"]:
        first, second = (claims[c] for c in alignment["claims"])
        assert first["article"] != second["article"]
        assert alignment["articles"] == [first["article"], second["article"]]
        assert 0 <= alignment["score"] <= 1
        assert (alignment["relation"] in ("conflict", "verify", "credited")) == bool(alignment["reasons"])


def test_a_light_rewrite_of_a_report_is_its_copy_and_counts_once():
    original = ("أعلنت وزارة الصحة اليوم تسجيل اثنتي عشرة إصابة جديدة في مدينة الواحة، وقالت إن الفرق "
                "الطبية تتابع حالة المصابين في المستشفى المركزي وتعمل على تتبع المخالطين في الأحياء الشرقية")
    reprint = original.replace("اليوم", "صباح اليوم").replace("وقالت", "وأضافت")
    other = "افتتح المجلس البلدي حديقة عامة جديدة في وسط المدينة بحضور عدد من الأهالي والمسؤولين المحليين"
    assert copy_groups([Article(original), Article(other), Article(reprint)]) == [0, 1, 0]


SAID = "«سنفتح الطريق الساحلي أمام الشاحنات والحافلات صباح الأحد المقبل بعد إغلاق دام شهرين»"


def quoted_by(speaker: str, article_id: str) -> Article:
    """A report naming ``speaker`` in its first sentence and quoting SAID in its second."""
    return Article(f"قال {speaker} في مؤتمر صحفي عقده في العاصمة إن أعمال الصيانة انتهت قبل "
                   f"موعدها.\n\nوأضاف: {SAID}.", id=article_id)


def test_words_quoted_sentences_after_their_speaker_is_named_are_credited_to_that_speaker():
    """«وأضاف: ...»: the speaker is named in an earlier claim than the quote."""
    report = compare([quoted_by("وزير النقل سامي فريد", "a1"),
                      quoted_by("مدير هيئة الطرق خالد منصور", "a2")]).to_dict()
    assert set(credited(report)) == {(("a1", "a2"), "القول نفسه منسوب إلى «وزير النقل سامي فريد» (مصدر "
                                                     "مسمّى) في التقرير a1 وإلى «مدير هيئة الطرق خالد "
                                                     "منصور» (مصدر مسمّى) في التقرير a2")}


@pytest.mark.parametrize("first, second, different", [
    ("الأمير عبد العزيز بن تركي", "الأمير عبد العزيز", False),
    ("مدير شرطة مكافحة الجريمة", "المتحدث باسم الشرطة", False),
    ("وزير الخارجية الأمريكي", "وزير الخارجية الروسي", True),
    ("رئيس مجلس إدارة الشركة", "سامي فريد", False),
    ("محمد العقيل", "مدير عام جمرك مطار الملك خالد الدولي", False),
    ("المتحدث صالح أبو ثنين", "المتحدث صالح أبوثنين", False),
    ("قائد شرطة السكك الحديدية", "الشرطة ومسؤولون آخرون", False),
    ("مصادر مطلعة", "وزير النقل سامي فريد", True),
    ("الحكومة الباكستانية", "المتحدث باسم الخارجية الباكستانية سامي فريد", False),
    ("وزير الداخلية", "وزير الخارجية", True),
    ("مصادر مطلعة", "وكالة رويترز", False),
    ("المتحدث الرسمي بالمؤسسة العامة", "المتحدث الرسمي بالمؤسسة فهد بن سالم العتيبي", False),
    ("مراسلنا في العاصمة", "وزير النقل سامي فريد", False),
])
def test_a_source_named_longer_or_shorter_is_the_same_source(first, second, different):
    report = compare([quoted_by(first, "a1"), quoted_by(second, "a2")]).to_dict()
    assert bool(credited(report)) == different


def test_a_place_or_day_is_a_conflict_only_when_neither_report_names_the_other():
    """One clinic opened in two cities by two reports is a conflict; a course that each report
    says runs in both cities, on two days, is not."""
    opened = "افتتحت وزارة الصحة مركزاً جديداً للقاحات في مدينة {} صباح أمس بحضور المحافظ."
    (reason,) = reasons_between(opened.format("حمص"), opened.format("حماة"))
    # the tagger may keep «مدينة» with either name
    assert re.fullmatch("مكان مختلف: (مدينة )?حمص في التقرير a1 مقابل (مدينة )?حماة في التقرير a2", reason)

    course = ("تنطلق الدورة التدريبية للمراقبين في مدينة {} يوم {} بمحاضرة عن السلامة المهنية. "
              "وتنطلق الدورة التدريبية للمراقبين في مدينة {} يوم {} بمحاضرة عن السلامة المهنية.")
    assert reasons_between(course.format("حمص", "الثلاثاء", "حماة", "الخميس"),
                           course.format("حماة", "الخميس", "حمص", "الثلاثاء"), date(2024, 5, 6)) == []


def test_the_same_number_of_people_named_two_ways_is_not_a_conflict():
    text = "قضت محكمة في العاصمة بسجن 153 {} مدى الحياة بعد إدانتهم بقطع الأشجار في الغابات الشمالية."
    report = compare([Article(text.format("صينياً"), id="a1"), Article(text.format("مواطناً"), id="a2")])
    assert conflicts(report.to_dict()) == []


def test_relative_days_are_compared_only_under_one_publication_date():
    """«اليوم» in a report a feed dated a day late is not a different day."""
    festival = "تقيم جمعية الثقافة والفنون {} حفلاً شعبياً للأطفال في ساحة المدينة بمناسبة العيد."
    late = compare([Article(festival.format("اليوم"), id="a1", published=date(2024, 4, 10)),
                    Article(festival.format("اليوم"), id="a2", published=date(2024, 4, 11))])
    assert clashes(late.to_dict()) == []
    same_day = compare([Article(festival.format("اليوم"), id="a1", published=date(2024, 4, 10)),
                        Article(festival.format("أول أمس"), id="a2", published=date(2024, 4, 10))])
    assert [reason for _, reason in clashes(same_day.to_dict())] == [
        "تاريخ مختلف: 2024-04-10 في التقرير a1 مقابل 2024-04-08 في التقرير a2"]
    evening = compare([Article(festival.format("مساء اليوم"), id="a1", published=date(2024, 4, 10)),
                       Article(festival.format("مساء أمس"), id="a2", published=date(2024, 4, 10))])
    assert clashes(evening.to_dict()) == []
    wednesday = date(2024, 4, 10)  # «اليوم الثلاثاء» under it was written a day before
    named = compare([Article(festival.format("اليوم"), id="a1", published=wednesday),
                     Article(festival.format("اليوم الثلاثاء"), id="a2", published=wednesday)])
    assert clashes(named.to_dict()) == []
    weekdays = compare([Article(festival.format("يوم السبت"), id="a1", published=wednesday),
                        Article(festival.format("يوم الأحد"), id="a2", published=date(2024, 4, 11))])
    assert [reason for _, reason in clashes(weekdays.to_dict())] == [
        "تاريخ مختلف: 2024-04-06 في التقرير a1 مقابل 2024-04-07 في التقرير a2"]


def test_figures_of_different_years_or_given_by_both_reports_are_not_conflicts():
    assert reasons_between("شارك المنتخب في الأولمبياد أول مرة عام 2006 بفريق ضم ثلاثة طلاب. وفي عام 2013 "
                           "ضم الفريق أربعة طلاب وحصد ميداليتين بمشاركة 73 دولة.",
                           "وفي عام 2013 ضم الفريق 4 طلاب وحصد ميداليتين بمشاركة 73 دولة. وكانت أول مشاركة "
                           "عام 2006 بفريق ضم 3 طلاب.") == []


def worded(reasons) -> list[str]:
    """The checks' reasons as a reader sees them."""
    return [word_reason(reason).text for reason in reasons]


def placed_claim(article_id: str, place: int, name: str, words=("افتتح", "مستشفى", "اطفال"),
                 negated: bool = False) -> ClaimView:
    """A claim placed in one place, as the checks see it: by default about opening a hospital.
    The words are given as written without proclitics, so each is its own content word."""
    forms = {w.content: w for w in map(word, words)}
    words = frozenset(forms)
    return ClaimView(Article("", id=article_id), None, words, frozenset({place}), frozenset({place}),
                     (), (), (words,) if negated else (), {}, (name,), (), dict.fromkeys(words, 1.0),
                     article_entities=frozenset({place}), forms=forms)


def test_one_place_named_shorter_or_spelled_otherwise_is_not_a_different_place():
    """The resolver may leave «الشرقية» and «بالمنطقة الشرقية» apart, or «أبو عريش» and
    «أبوعريش», or «سانت بطرسبرغ» and «سان بطرسبورغ»; their words meet."""
    for first, second in (("بالمنطقة الشرقية", "الشرقية"), ("أبو عريش", "أبوعريش"),
                          ("سانت بطرسبرغ", "سان بطرسبورغ")):
        assert worded(different_places(placed_claim("a1", 1, first), placed_claim("a2", 2, second))) == []
    assert worded(different_places(placed_claim("a1", 1, "بالمنطقة الشرقية"), placed_claim("a2", 2, "الرياض"))) == [
        "مكان مختلف: بالمنطقة الشرقية في التقرير a1 مقابل الرياض في التقرير a2"]


def test_words_that_precede_any_amount_do_not_make_two_numbers_count_one_thing():
    assert reasons_between("وتتواصل الأعمال في مشروع الأبراج السكنية، إذ بلغت نسبة الإنجاز فيها 50% مع "
                           "اكتمال الهياكل.",
                           "وتتواصل الأعمال في مشروع الأبراج السكنية، ويستهدف الاقتصاد بلوغ نسبة نمو 4.5% "
                           "هذا العام.") == []
    shelling = "قتل {} مدنيا في قصف على المدينة يوم الأحد."  # «على الأقل» would admit both
    assert reasons_between(shelling.format(43), shelling.format(57)) == [
        "الرقم مختلف: «43 مدنيا» في التقرير a1 مقابل «57 مدنيا» في التقرير a2"]


def test_one_count_is_not_contradicted_by_a_report_that_counts_several_events():
    """A roundup gives «3 غارات» on one town and «4 غارات» on another: neither is the other
    report's «تسع غارات» on the city."""
    city = ("وأعلن المرصد أن الطيران الحربي شن تسع غارات على عدد من أحياء المدينة، وسط استمرار "
            "الاشتباكات العنيفة بين الفصائل وقوات النظام.")
    towns = ("بينما نفذ الطيران الحربي 3 غارات على مناطق في بلدة الوادي الأخضر، دون أنباء عن خسائر "
             "بشرية. وسط تنفيذ الطيران الحربي أربع غارات على أماكن في منطقة التلال الحمر.")
    assert reasons_between(city, towns) == []
    one_count = ("ونفذ الطيران الحربي 3 غارات على أحياء المدينة وسط استمرار الاشتباكات العنيفة بين "
                 "الفصائل وقوات النظام.")
    assert reasons_between(city, one_count) == [
        "الرقم مختلف: «تسع غارات» في التقرير a1 مقابل «3 غارات» في التقرير a2"]


def test_a_round_amount_agrees_with_the_exact_figure_it_rounds():
    cost = "وأوضح مدير الفرع أن مشاريع شبكات المياه في المحافظة تبلغ قيمتها {} ريال."
    assert reasons_between(cost.format("82,999,316"), cost.format("83 مليون")) == []
    assert reasons_between(cost.format("82,999,316"), cost.format("86 مليون")) == [
        "الرقم مختلف: «82,999,316 ريال» في التقرير a1 مقابل «86 مليون ريال» في التقرير a2"]


def test_a_few_common_words_do_not_make_two_quotes_the_same_words():
    assert reasons_between("وتحدثت مصادر ميدانية عن «تقدم مقاتلي الفصائل وسيطرتهم على منطقة كانت تسيطر "
                           "عليها قوات النظام»",
                           "واستهدف التنظيم تمركزا عند أطراف الجبل، وأكد المرصد السوري لحقوق الإنسان "
                           "وجود «قتلى من قوات النظام»") == []


def test_a_day_ahead_of_publication_is_a_plan_not_a_different_day():
    """The tests were made today; the match the player may miss is on the 12th."""
    assert reasons_between("أكدت الفحوص الطبية التي أجريت اليوم للاعب سامي خالد وجود تمزق في أربطة المفصل "
                           "يحتاج معه إلى الراحة لمدة أسبوع.",
                           "أكدت الفحوص الطبية للاعب سامي خالد وجود تمزق في أربطة المفصل يحتاج معه إلى "
                           "الراحة لمدة أسبوع قبل مباراة 12 أغسطس الجاري.", date(2015, 8, 1)) == []


def test_a_line_of_a_roundup_or_a_speaker_office_is_no_different_place():
    assert reasons_between("اندلعت اشتباكات بين قوات النظام والتنظيم في مطار الحمرا العسكري.",
                           "ودارت بعد منتصف الليل اشتباكات على أطراف حي الزيتون قرب مطار دير حافر شرق "
                           "حلب بين قوات النظام مدعمة بالمسلحين الموالين لها من جهة والكتائب المقاتلة "
                           "من جهة أخرى وسط قصف متبادل.") == []
    sand = ("وأوضح مدير عام إدارة العلاقات العامة والإعلام والمتحدث الرسمي بأمانة {} سامي بن عبدالله "
            "الفريد، أن البلدية أزالت الرمال المتراكمة عن الطرق الرئيسة.")
    assert reasons_between(sand.format("المنطقة الشرقية"), sand.format("منطقة الرياض")) == []


def test_a_denial_in_another_place_denies_nothing_said_here():
    """«دون أنباء عن خسائر» in one town against «أنباء عن خسائر» in another."""
    losses = ("انباء", "سقوط", "خساير", "بشريه", "صفوف")
    said = placed_claim("a1", 1, "الوادي الأخضر", losses)
    assert worded(denial_against_affirmation(said, placed_claim("a2", 2, "التلال الحمر", losses, negated=True))) == []
    assert worded(denial_against_affirmation(said, placed_claim("a2", 1, "الوادي الأخضر", losses, negated=True))) == [
        "نفي مقابل تأكيد: التقرير a2 ينفي ما يذكره التقرير a1"]


def test_without_states_nothing_and_denies_nothing():
    """«دون أنباء عن خسائر» agrees with «لم ترد أنباء عن خسائر»; «بدون طيار» is «بلا طيار»."""
    assert reasons_between("وقصف الطيران أطراف بلدة الوادي الأخضر صباح أمس، ولم ترد أنباء عن سقوط خسائر "
                           "بشرية.",
                           "وقصف الطيران أطراف بلدة الوادي الأخضر صباح أمس، دون أنباء عن سقوط خسائر "
                           "بشرية.") == []
    assert reasons_between("وقال الوزير إن طائرات أمريكية بدون طيار ستصل قريبا إلى القواعد الجوية في البلاد.",
                           "وقال الوزير إن طائرات أمريكية بلا طيار ستصل قريبا إلى القواعد الجوية في البلاد.") == []


def test_figures_of_other_companies_or_a_misread_grouping_are_not_conflicts():
    results = "ارتفعت أرباح شركة {} إلى {} مليون ريال بنهاية النصف الأول من العام بنسبة {}%."
    assert reasons_between(results.format("النخيل للإسمنت", "51.8", "15"),
                           results.format("الواحة القابضة", "377.7", "12")) == []
    assert reasons_between(results.format("النخيل للإسمنت", "51.8", "15"),
                           results.format("النخيل للإسمنت", "57.7", "15")) == [
        "الرقم مختلف: «51.8 مليون ريال» في التقرير a1 مقابل «57.7 مليون ريال» في التقرير a2"]
    sample = "وأجريت الدراسة على عينة مكونة من {} فردا من السياح في المنطقة."
    assert reasons_between(sample.format("1.277"), sample.format("1277")) == []


def test_a_report_that_names_the_source_further_down_does_not_credit_another():
    """An unnamed official in the lede is named further down the same report."""
    lede = ("أعلن مسؤول محلي أن أكثر من 300 مدرسة دمرت جزئيا أو كليا في محافظة الوادي الأخضر. وقال سامي "
            "الخالد المتحدث باسم مجلس المحافظة إن «أكثر من 300 مدرسة دمرت جزئيا أو كليا» في المحافظة.")
    named = "وقال سامي الخالد المتحدث باسم مجلس المحافظة إن «أكثر من 300 مدرسة دمرت جزئيا أو كليا» في المحافظة."
    assert reasons_between(lede, named) == []
    assert reasons_between(lede.split(". ")[0] + ".", named) != []


def test_a_noun_and_its_broken_plural_count_one_thing():
    blast = "وأدى التفجير في مقر القوة إلى استشهاد {} وثلاثة عمال وإصابة سبعة آخرين."
    assert reasons_between(blast.format("12 رجل أمن"), blast.format("عشرة من رجال الأمن")) == [
        "الرقم مختلف: «12 رجل» في التقرير a1 مقابل «عشرة من رجال» في التقرير a2"]


def test_a_denial_needs_the_verb_it_negates_and_not_the_speakers_own_terms():
    strikes = ("وقال الجيش إن طائرات التحالف الذي تقوده الولايات المتحدة نفذت 12 غارة على مواقع التنظيم "
               "قرب المدينة.")
    assert reasons_between(strikes, "ولم تطلق قوات النظام النار على طائرات التحالف الذي تقوده الولايات "
                                    "المتحدة فوق مواقع التنظيم قرب المدينة.") == []
    assert reasons_between("وأكدت مصادر محلية أن قوات التحالف انسحبت من القاعدة الجوية قرب المدينة.",
                           "ولم تنسحب قوات التحالف من القاعدة الجوية قرب المدينة، كما أكد قائد ميداني.") == [
        "نفي مقابل تأكيد: التقرير a2 ينفي ما يذكره التقرير a1"]
    assert reasons_between("وقال مسؤولون اشترطوا عدم نشر أسمائهم إن الحكومة ستفتح المعبر الحدودي أمام "
                           "الشاحنات الأسبوع المقبل.",
                           "وأعلنت الحكومة أنها ستفتح المعبر الحدودي أمام الشاحنات الأسبوع المقبل.") == []


def test_an_amount_given_twice_in_a_claim_is_one_reason():
    assert reasons_between("وأسفر الانفجار عن 15 قتيلا، وقالت الشرطة إن 15 قتيلا سقطوا في السوق المركزي.",
                           "وأسفر الانفجار عن 20 قتيلا سقطوا في السوق المركزي بحسب الشرطة.") == [
        "الرقم مختلف: «15 قتيلا» في التقرير a1 مقابل «20 قتيلا» في التقرير a2"]


def last_claims(first: str, second: str) -> tuple[ClaimView, ClaimView]:
    """The last claim of each of two reports, as the checks see them, aligned or not."""
    articles = [analyze(Article(first, id="a1")), analyze(Article(second, id="a2"))]
    views = claim_views(articles, resolve_entities(articles))
    return views[0][-1], views[1][-1]


def test_a_decision_not_taken_denies_the_plan():
    assert worded(denial_against_affirmation(*last_claims(
        "ومن بين الإجراءات التي تعتزم الوكالة تنفيذها تأجيل بدء العام الدراسي في 300 مدرسة.",
        "وقالت المتحدثة: لم يتم حتى الآن اتخاذ قرار بتأجيل بدء العام الدراسي في 300 مدرسة."))) == [
        "نفي مقابل تأكيد: التقرير a2 ينفي ما يذكره التقرير a1"]


def test_a_modal_denies_the_deed_it_governs_and_copies_carry_their_own_denials():
    assert worded(denial_against_affirmation(*last_claims(
        "وتمكنت دوريات أمن الطرق من إنقاذ حياة مواطن علقت سرعة سيارته عند 220 كيلومترا.",
        "ولم تتمكن دوريات أمن الطرق من تجاوز سيارة المواطن التي علقت سرعتها عند 220 كيلومترا."))) == []
    release = ("ويستهدف الصندوق القرى النائية ولا تتوفر فيها خدمات الاتصالات المطلوبة. "
               "ويقوم الصندوق بتوفير خدمات الاتصالات المطلوبة للقرى النائية.")
    assert worded(denial_against_affirmation(*last_claims(release, release.split(". ")[0] + "."))) == []
    tweet = "وكتب اللاعب في تغريدة أن حسابه تعرض للاختراق وأن من فعل هذا الفعل {} أن هناك رقيبا عتيدا يحاسبه."
    assert worded(denial_against_affirmation(*last_claims(tweet.format("لاينسى"), tweet.format("لا ينسى")))) == []


def test_one_source_under_two_spellings_or_two_forms_of_one_title():
    assert reasons_between("وبحسب دبلوماسي أميركي فإن الوزير سيحاول الإجابة على كل الأسئلة التي تشغل نظراءه.",
                           "وحسب دبلوماسي أمريكي، فإن «الوزير سيحاول الإجابة على كل الأسئلة التي تشغل "
                           "نظراءه».") == []
    assert reasons_between("وأوضح المتحدث باسم صحة المحافظة أن مريضا اعتدى على طبيب بسكين داخل قسم الطوارئ.",
                           "وأوضح المتحدث الرسمي لصحة المحافظة أن مريضا اعتدى على طبيب بسكين داخل قسم "
                           "الطوارئ.") == []


def test_one_speaker_spelled_two_ways_or_relayed_by_another_is_no_conflict():
    bridges = "تهدم جزء كبير من جسرين رئيسيين في ريف المحافظة جراء استهدافهما بغارات جوية بعد منتصف الليل"
    assert reasons_between(f"وقال مدير المرصد رامي عبد الرحمن: «{bridges}».",
                           f"وقال عبدالرحمن: «{bridges}».") == []
    talks = ("شدد الرئيس المصري عبد الفتاح السيسي خلال اللقاء على ضرورة حل الأزمة اليمنية سياسيا لأن إطالة "
             "الصراع ستؤدي إلى تدمير البنية التحتية بالكامل")
    assert reasons_between(f"بدوره، {talks}، «وقد اتفق الجانبان على ذلك»، حسبما أضاف وزير الخارجية اليمني "
                           "رياض ياسين.", f"و{talks}.") == []


def test_naming_the_other_speaker_outside_the_quote_still_credits_the_words_to_another():
    said = "«هنا نقاط قد تبدو متشابهة، ولكن تصميمنا مختلف بشكل كلي، وضعت كل طاقتي في هذا العمل»"
    assert reasons_between("وصرح البلجيكي أوليفييه ديبي في مؤتمر صحفي إنه سيسعى لمنع استخدام شعار الياباني "
                           f"كنجيرو سانو، وأضاف: {said}.", f"وقال الياباني كنجيرو سانو في مؤتمر صحفي: {said}.") == [
        "القول نفسه منسوب إلى «البلجيكي أوليفييه ديبي» (مصدر مسمّى) في التقرير a1 وإلى «الياباني كنجيرو سانو» "
        "(مصدر مسمّى) في التقرير a2"]


def test_about_a_round_million_admits_a_million_and_two_hundred_thousand():
    assert reasons_between("وعرضت الشركة مكنسة كهربائية من الذهب يبلغ ثمنها مليونا ومائتي ألف دولار.",
                           "وعرضت الشركة مكنسة كهربائية من الذهب يبلغ ثمنها نحو مليون دولار.") == []


def test_a_round_figure_cut_down_and_figures_both_reports_give_are_no_conflict():
    assert reasons_between("وأحبط جمرك المطار محاولة سيدتين تهريب 22790 حبة من الحبوب المخدرة داخل ملابسهما.",
                           "وأحبط جمرك المطار محاولة سيدتين تهريب 22 ألف حبة من الحبوب المخدرة داخل ملابسهما.") == []
    assert reasons_between("وضبط الجمرك مع السيدة الأولى عدد (12.200) حبة من حبوب الزاناكس الممنوعة داخل ملابسها.",
                           "وضبط الجمرك مع السيدة الأخرى عدد 10590 حبة من حبوب الزاناكس الممنوعة داخل ملابسها. "
                           "وكان مع الأولى 12200 حبة.") == []


def test_not_enough_denies_sufficiency_not_what_the_other_report_states():
    assert worded(denial_against_affirmation(*last_claims(
        "وأكد رئيس الوزراء أن الخيار العسكري يبقى مطروحا لمنع إيران من الحصول على أسلحة نووية.",
        "ويعتبر رئيس الوزراء الاتفاق ليس كافيا لمنع إيران من الحصول على أسلحة نووية."))) == []


def test_a_day_inside_a_range_of_days_is_not_a_different_date():
    """«من 12 إلى 14 أيار» names each of its days: «13 أيار» falls inside, «20 أيار» does not."""
    fair = "يقام معرض الكتاب الدولي في قاعة المعارض الكبرى بالمدينة {} بمشاركة مئتي دار نشر عربية."
    published = date(2024, 5, 2)
    inside = compare([Article(fair.format("من 12 إلى 14 أيار"), id="a1", published=published),
                      Article(fair.format("في 13 أيار"), id="a2", published=published)])
    assert clashes(inside.to_dict()) == []
    outside = compare([Article(fair.format("من 12 إلى 14 أيار"), id="a1", published=published),
                       Article(fair.format("في 20 أيار"), id="a2", published=published)])
    assert [reason for _, reason in clashes(outside.to_dict())] == [
        "تاريخ مختلف: 2024-05-12 في التقرير a1 مقابل 2024-05-20 في التقرير a2"]


CONVOY_A = ("تعزيزات عسكرية تدخل ريف دير الزور الشرقي\n\n"
            "دير الزور - (وكالة الشرق) - دخلت تعزيزات عسكرية جديدة إلى ريف دير الزور الشرقي فجر الخميس، "
            "قادمة من الحدود العراقية عبر معبر الوليد.\n"
            "وذكرت مصادر صحفية دولية أن القافلة حملت قرابة 50 مدرعة وناقلة جند، وتوجهت إلى حقل العمر "
            "النفطي حيث تتمركز القوات الأمريكية.\n"
            "وقال مسؤول محلي في بلدة الشحيل إن الطريق أغلق أمام المدنيين ساعتين خلال مرور القافلة.")
CONVOY_B = ("قافلة أمريكية تصل حقل العمر\n\n"
            "الشرق نيوز/ وصلت قافلة عسكرية أمريكية إلى حقل العمر النفطي شرقي دير الزور يوم الخميس بعد "
            "عبورها الحدود من العراق.\n"
            "وأفادت مصادر خاصة بأن المدرعات تحركت برفقة نحو 50 عسكرياً من القوات الأمريكية، وسط تحليق "
            "للطيران المروحي.\n"
            "وأضافت المصادر أن القافلة نقلت معدات لوجستية وذخائر إلى القاعدة.")


def test_one_number_given_to_the_vehicles_in_one_report_and_the_soldiers_in_another_is_a_conflict():
    """Issue 23's pattern in other words than the example story's: «القافلة حملت قرابة 50 مدرعة»
    (international press sources) against «المدرعات تحركت برفقة نحو 50 عسكرياً» (special
    sources). The words before the numbers share nothing; the second names the first's vehicles."""
    articles = [Article(text, title=text.split("\n\n")[0], published=date(2024, 3, 8)) for text in (CONVOY_A, CONVOY_B)]
    report = compare(articles).to_dict()
    reasons = [reason for a in report["alignments"] if a["relation"] == "conflict" for reason in a["reasons"]]
    assert any("قرابة 50 مدرعة" in reason and "نحو 50 عسكرياً" in reason for reason in reasons)


def test_one_telling_figure_anchors_claims_in_two_languages_whatever_noun_counts_it():
    from riwaya.compare.across import shared_anchor

    articles = [analyze(Article("وتمكنت الوحدات من إنقاذ 17 مهاجراً من البحر.", id="a1")),
                analyze(Article("Coast guard units rescued 17 people from the sea.", id="a2", language="en")),
                analyze(Article("Coast guard units rescued three people from the sea.", id="a3", language="en"))]
    views = claim_views(articles, resolve_entities(articles))
    assert shared_anchor(views[0][-1], views[1][-1])
    assert not shared_anchor(views[0][-1], views[2][-1])


def test_one_sum_in_dollars_spelled_two_ways_is_no_conflict():
    assert reasons_between("وقال البيان إن التزام الولايات المتحدة بتقديم 1.3 مليار دولار أميركي هذا العام مهم.",
                           "وقال البيان إن التزام الولايات المتحدة بتقديم 1.3 بليون دولار أمريكي هذا العام مهم.") == []


def test_a_place_one_report_names_and_the_other_writes_is_no_other_place():
    """«مشعر منى» is «منى»; and a list of names one report's recogniser read as places and the
    other's did not is one list, not two places."""
    assert reasons_between(
        "وتم في الاجتماع التأكد من استكمال كافة التجهيزات في مستشفيات مشعر منى ومشعر عرفات.",
        "وتم في الاجتماع التأكد من استكمال كافة التجهيزات في أربعة مستشفيات في منى.") == []


def test_one_number_for_two_things_clashes_only_where_one_report_names_the_other_thing():
    crash = "وأسفر سقوط الطائرة الصغيرة فوق الحي السكني مساء الأحد عن {}."
    assert reasons_between(crash.format("مقتل أربعة أشخاص على الأقل"),
                           crash.format("احتراق أربعة منازل على الأقل")) == []
