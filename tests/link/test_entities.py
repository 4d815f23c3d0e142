"""Cross-document entity resolution on mentions placed by hand in sentences we wrote."""

from __future__ import annotations

from riwaya.analyze.entities import mention_from_tokens, name_keys
from riwaya.lang.ar.tokenize import tokenize
from riwaya.link import load_aliases, resolve_entities
from riwaya.model import Article, Mention


def article(id_: str, text: str, names: list[tuple[str, str]]) -> Article:
    """An article whose mentions are the given (surface, type) pairs, found in ``text``."""
    mentions, cursor = [], 0
    for surface, kind in names:
        start = text.index(surface, cursor)
        cursor = start + len(surface)
        mentions.append(Mention(start, cursor, kind, name_keys(surface.split())))
    return Article(text, id=id_, entities=mentions)


def resolved(*articles: Article) -> list[set[tuple[str, str]]]:
    return [{(a.id, a.span_text(m)) for a, m in e.mentions} for e in resolve_entities(list(articles))]


def test_transliteration_variants_merge_across_articles():
    a = article("a1", "قال الجنرال كيفن كوبسي إن كينو غابرئيل التقى دوغلاس ماكريغور.",
                [("كيفن كوبسي", "PER"), ("كينو غابرئيل", "PER"), ("دوغلاس ماكريغور", "PER")])
    b = article("a2", "وأكد كيفين كوبسي أن كينو كبريل ودوجلاس ماكجريجور حضرا، كما حضر كينو كبرئيل.",
                [("كيفين كوبسي", "PER"), ("كينو كبريل", "PER"), ("دوجلاس ماكجريجور", "PER"),
                 ("كينو كبرئيل", "PER")])
    groups = resolved(a, b)
    assert len(groups) == 3
    assert {("a1", "كينو غابرئيل"), ("a2", "كينو كبريل"), ("a2", "كينو كبرئيل")} in groups


def test_a_lone_surname_joins_the_one_full_name_it_ends():
    a = article("a1", "قال كيفن كوبسي إن القوات باقية. وأضاف كوبسي أن الدعم مستمر.",
                [("كيفن كوبسي", "PER"), ("كوبسي", "PER")])
    (entity,) = resolve_entities([a])
    assert entity.name == "كيفن كوبسي" and len(entity.mentions) == 2


def test_a_short_form_joins_the_one_full_name_it_shortens():
    """A name without its first name, without its father's name or without its organisation
    noun is the full name; a short form two full names share stays apart from both."""
    a = article("a1", "قال السفير أحمد بن حلي إن الهدنة صامدة، وأكد عبدالعزيز بن صالح الغفيلي ذلك. "
                      "وأصدرت منظمة هيومن رايتس ووتش تقريراً.",
                [("أحمد بن حلي", "PER"), ("عبدالعزيز بن صالح الغفيلي", "PER"),
                 ("منظمة هيومن رايتس ووتش", "ORG")])
    b = article("a2", "وقال بن حلي إن الأطراف ملتزمة، وأوضح عبدالعزيز الغفيلي أن العمل مستمر. "
                      "وقالت هيومن رايتس ووتش إن الأدلة واضحة.",
                [("بن حلي", "PER"), ("عبدالعزيز الغفيلي", "PER"), ("هيومن رايتس ووتش", "ORG")])
    groups = resolved(a, b)
    assert len(groups) == 3
    assert {("a1", "منظمة هيومن رايتس ووتش"), ("a2", "هيومن رايتس ووتش")} in groups
    c = article("a3", "التقى محمد بن سلمان وفهد بن سلمان، ثم قال بن سلمان إن ...",
                [("محمد بن سلمان", "PER"), ("فهد بن سلمان", "PER"), ("بن سلمان", "PER")])
    assert len(resolved(c)) == 3


def test_a_surname_joins_a_full_name_written_long_in_one_report_and_shorter_in_the_other():
    """«الغفيلي» shortens one person, not two names: «عبدالعزيز الغفيلي» is the same man as
    «عبدالعزيز بن صالح الغفيلي», whichever the reports name first."""
    a = article("a1", "وأوضح الغفيلي أن العمل مستمر. وقال عبدالعزيز الغفيلي إن الموسم ناجح.",
                [("الغفيلي", "PER"), ("عبدالعزيز الغفيلي", "PER")])
    b = article("a2", "وأكد عبدالعزيز بن صالح الغفيلي أن الموسم ناجح.",
                [("عبدالعزيز بن صالح الغفيلي", "PER")])
    assert len(resolved(a, b)) == 1


def test_a_surname_two_people_share_joins_the_one_named_last_before_it_every_time():
    text = ("ياسر حفني يعلن موعد البطولة\nقال البطل ياسر حفني إن البطولة ستقام في موعدها. وأضاف حفني "
            "أن الفريق جاهز. وتابع حفني أن الجمهور مدعو. وحضر الحفل ابنه شادي حفني.")
    a = article("a1", text, [("ياسر حفني", "PER"), ("ياسر حفني", "PER"), ("حفني", "PER"), ("حفني", "PER"),
                             ("شادي حفني", "PER")])
    assert {("a1", "ياسر حفني"), ("a1", "حفني")} in resolved(a)
    # once after each man, «حفني» is neither's
    text = "قال ياسر حفني إن البطولة قائمة. وأضاف حفني أنها خيرية. وقال شادي حفني إنه سيشارك. وأكد حفني ذلك."
    b = article("a1", text, [("ياسر حفني", "PER"), ("حفني", "PER"), ("شادي حفني", "PER"), ("حفني", "PER")])
    assert len(resolved(b)) == 3


def test_an_organisation_named_by_its_first_words_or_its_head_and_last_word_is_the_full_name():
    a = article("a1", "أعلنت وزارة الصحة السعودية تسجيل حالات جديدة، وأعلنت كلية الملك فهد الأمنية "
                      "نتائج القبول.",
                [("وزارة الصحة السعودية", "ORG"), ("كلية الملك فهد الأمنية", "ORG")])
    b = article("a2", "وقالت وزارة الصحة إن الحالات مستقرة، ودعت الكلية الأمنية المقبولين إلى المراجعة.",
                [("وزارة الصحة", "ORG"), ("الكلية الأمنية", "ORG")])
    groups = resolved(a, b)
    assert {("a1", "وزارة الصحة السعودية"), ("a2", "وزارة الصحة")} in groups
    assert {("a1", "كلية الملك فهد الأمنية"), ("a2", "الكلية الأمنية")} in groups
    # a short form two ministries share is neither's
    c = article("a3", "التقى وزير وزارة الخارجية السعودية نظيره من وزارة الخارجية الإيرانية، "
                      "وقالت وزارة الخارجية إن اللقاء مثمر.",
                [("وزارة الخارجية السعودية", "ORG"), ("وزارة الخارجية الإيرانية", "ORG"),
                 ("وزارة الخارجية", "ORG")])
    assert len(resolved(c)) == 3


def test_a_first_name_alone_is_the_one_person_it_begins():
    a = article("a1", "وقال المهندس مجدي الطماوي إن المياه عادت. ولفت مجدي إلى إصلاح الأعطال.",
                [("مجدي الطماوي", "PER"), ("مجدي", "PER")])
    assert len(resolved(a)) == 1
    b = article("a1", "والتقى مجدي الطماوي الدكتور مجدي يعقوب، وقال مجدي إن اللقاء مثمر.",
                [("مجدي الطماوي", "PER"), ("مجدي يعقوب", "PER"), ("مجدي", "PER")])
    assert len(resolved(b)) == 3


def test_acronyms_aliases_and_clitics_merge():
    a = article("a1", "أعلنت قوات سوريا الديمقراطية السيطرة على القرية بعد معارك مع داعش.",
                [("قوات سوريا الديمقراطية", "ORG"), ("داعش", "ORG")])
    b = article("a2", "وقال مصدر لقسد إن تنظيم الدولة الإسلامية انسحب، فيما نفى البنتاغون ذلك.",
                [("لقسد", "ORG"), ("تنظيم الدولة الإسلامية", "ORG"), ("البنتاغون", "ORG")])
    c = article("a3", "وأصدرت وزارة الدفاع الأمريكية بياناً.", [("وزارة الدفاع الأمريكية", "ORG")])
    entities = resolve_entities([a, b, c])
    names = {e.name: {(x.id, x.span_text(m)) for x, m in e.mentions} for e in entities}
    assert names["قوات سوريا الديمقراطية"] == {("a1", "قوات سوريا الديمقراطية"), ("a2", "لقسد")}
    assert names["تنظيم الدولة الإسلامية"] == {("a1", "داعش"), ("a2", "تنظيم الدولة الإسلامية")}
    assert names["وزارة الدفاع الأمريكية"] == {("a2", "البنتاغون"), ("a3", "وزارة الدفاع الأمريكية")}


def test_an_acronym_in_brackets_joins_its_name_without_a_table():
    a = article("a1", "شكلت لجنة الإغاثة المحلية (لإم) فرقاً جديدة، وقالت لإم إنها بدأت العمل.",
                [("لجنة الإغاثة المحلية", "ORG"), ("لإم", "ORG")])
    assert len(resolve_entities([a], load_aliases())) == 1


def test_different_people_sharing_a_name_stay_apart():
    a = article("a1", "التقى مارك إسبر مع مارك ميلي، ثم تحدث مارك إلى الصحفيين، وعلق أسبر وميلر.",
                [("مارك إسبر", "PER"), ("مارك ميلي", "PER"), ("مارك", "PER"), ("أسبر", "PER"),
                 ("ميلر", "PER")])
    groups = resolved(a)
    assert {("a1", "مارك إسبر"), ("a1", "أسبر")} in groups
    assert {("a1", "مارك ميلي")} in groups and {("a1", "مارك")} in groups and {("a1", "ميلر")} in groups
    # Arabic given names one long vowel apart are two names: «محمد» is not «محمود»
    b = article("a2", "وأشاد محمد رمضان بالعمل، وقال محمود رمضان إنه سعيد.",
                [("محمد رمضان", "PER"), ("محمود رمضان", "PER")])
    assert len(resolved(b)) == 2


def test_a_title_is_kept_apart_from_the_name():
    text = "قال الجنرال كيفن كوبسي إن القوات باقية"
    tokens = tokenize(text)
    mention = mention_from_tokens(tokens, 1, 4, "PER")
    assert text[mention.start : mention.end] == "كيفن كوبسي" and mention.title == "الجنرال"
    text = "وصرح الرئيس الأمريكي جو بايدن"
    mention = mention_from_tokens(tokenize(text), 3, 5, "PER")
    assert text[mention.start : mention.end] == "جو بايدن" and mention.title == "الرئيس الأمريكي"


def test_keys_drop_the_article_and_offer_a_proclitic_free_form():
    assert name_keys(["بالعراق"]) == ("عراق",)
    assert name_keys(["وواشنطن"]) == ("وواشنطن", "واشنطن")
    assert name_keys(["لقسد"]) == ("لقسد", "قسد")
    assert name_keys(["الأمريكية"]) == ("امريكيه",)


def test_users_can_add_aliases_in_a_plain_file(tmp_path):
    extra = tmp_path / "aliases.tsv"
    extra.write_text("# ours\nمجلس الحي\tالمجلس المحلي لحي النور\tORG\n", encoding="utf-8")
    a = article("a1", "قرر مجلس الحي إغلاق السوق.", [("مجلس الحي", "ORG")])
    b = article("a2", "قرر المجلس المحلي لحي النور إغلاق السوق.", [("المجلس المحلي لحي النور", "ORG")])
    (entity,) = resolve_entities([a, b], load_aliases(extra))
    assert entity.name == "المجلس المحلي لحي النور"


def english(id_: str, text: str, names: list[tuple[str, str]]) -> Article:
    """An English article whose mentions are keyed as the English reader keys them."""
    from riwaya.analyze.en.entities import name_key

    mentions, cursor = [], 0
    for surface, kind in names:
        start = text.index(surface, cursor)
        cursor = start + len(surface)
        mentions.append(Mention(start, cursor, kind, (name_key(surface.split()),)))
    return Article(text, id=id_, entities=mentions, language="en")


def test_one_name_in_arabic_and_latin_letters_is_one_entity():
    a = article("a1", "قال الجنرال كيفن كوبسي إن رتلاً وصل إلى خربة الريم قرب بلدة المعيزيلة.",
                [("كيفن كوبسي", "PER"), ("خربة الريم", "LOC"), ("بلدة المعيزيلة", "LOC")])
    b = english("a2", "Gen. Kevin Copsey said a convoy reached Khirbet al-Reem near al-Muaizila.",
                [("Kevin Copsey", "PER"), ("Khirbet al-Reem", "LOC"), ("al-Muaizila", "LOC")])
    groups = resolved(a, b)
    assert {("a1", "كيفن كوبسي"), ("a2", "Kevin Copsey")} in groups
    assert {("a1", "خربة الريم"), ("a2", "Khirbet al-Reem")} in groups
    assert {("a1", "بلدة المعيزيلة"), ("a2", "al-Muaizila")} in groups


def test_an_institution_is_matched_by_its_words_in_any_order():
    a = article("a1", "أعلنت وزارة الصحة العامة أن مستشفى السلام الحكومي استقبل المصابين.",
                [("وزارة الصحة العامة", "ORG"), ("مستشفى السلام الحكومي", "ORG")])
    b = english("a2", "The Public Health Ministry said al-Salam Government Hospital took the sick.",
                [("Public Health Ministry", "ORG"), ("al-Salam Government Hospital", "ORG")])
    groups = resolved(a, b)
    assert {("a1", "وزارة الصحة العامة"), ("a2", "Public Health Ministry")} in groups
    assert {("a1", "مستشفى السلام الحكومي"), ("a2", "al-Salam Government Hospital")} in groups


def test_a_latin_name_that_meets_two_arabic_people_joins_neither():
    a = article("a1", "التقى حسن زيدان بحسين زيدان في المدينة.", [("حسن زيدان", "PER"), ("حسين زيدان", "PER")])
    b = english("a2", "Hassan Zidan met his cousin in the city.", [("Hassan Zidan", "PER")])
    groups = resolved(a, b)
    assert {("a2", "Hassan Zidan")} in groups
    assert len(groups) == 3


def test_a_name_of_the_english_report_is_found_spelled_in_the_arabic_one():
    """The Arabic recogniser missed «عبد الحق الوزاني»; the English report's "Abdelhak Ouazzani"
    finds it, and the two are one entity. A name spelled two ways that both fit is left alone."""
    from riwaya.link.across_scripts import find_latin_names_in_arabic

    a = Article("وقال رئيس المجلس المحلي عبد الحق الوزاني إن السكان مصدومون.", id="a1", entities=[])
    b = english("a2", "\"People are in shock,\" said Abdelhak Ouazzani, head of the council.",
                [("Abdelhak Ouazzani", "PER")])
    find_latin_names_in_arabic([a, b])
    assert [a.span_text(m) for m in a.entities] == ["عبد الحق الوزاني"]
    assert {("a1", "عبد الحق الوزاني"), ("a2", "Abdelhak Ouazzani")} in resolved(a, b)


def test_an_english_company_called_by_its_first_word_is_the_full_name():
    """"Corvino" is "Corvino Energia" named shorter; "Ministry" alone names no one ministry."""
    b = english("a2", "Corvino Energia signed the deal. Corvino will invest $2 billion, the Oil Ministry "
                "and the Ministry of Finance said. Ministry officials declined to comment.",
                [("Corvino Energia", "ORG"), ("Corvino", "ORG"), ("Oil Ministry", "ORG"),
                 ("Ministry of Finance", "ORG"), ("Ministry", "ORG")])
    groups = resolved(b)
    assert {("a2", "Corvino Energia"), ("a2", "Corvino")} in groups
    assert {("a2", "Ministry")} in groups


def test_a_person_the_arabic_recogniser_ran_on_from_another_name_is_split_off():
    """«جامعة بغداد سرمد الحسناوي» was read as one organisation; the English report's "Sarmad
    al-Hasnawi" takes his name back, and the university keeps the words before it."""
    from riwaya.link.across_scripts import find_latin_names_in_arabic

    a = article("a1", "وقال أستاذ الاقتصاد في جامعة بغداد سرمد الحسناوي إن الأسعار سترتفع.",
                [("جامعة بغداد سرمد الحسناوي", "ORG")])
    b = english("a2", "Prices will rise, said Sarmad al-Hasnawi of the University of Baghdad.",
                [("Sarmad al-Hasnawi", "PER"), ("University of Baghdad", "ORG")])
    find_latin_names_in_arabic([a, b])
    assert [(a.span_text(m), m.type) for m in a.entities] == [("جامعة بغداد", "ORG"), ("سرمد الحسناوي", "PER")]
    assert {("a1", "سرمد الحسناوي"), ("a2", "Sarmad al-Hasnawi")} in resolved(a, b)


def test_a_short_place_name_and_a_full_name_of_few_consonants_meet_across_scripts():
    a = article("a1", "قالت النائبة سهى الطائي إن المركب غرق قبالة المهدية.",
                [("سهى الطائي", "PER"), ("المهدية", "LOC")])
    b = english("a2", "Lawmaker Suha al-Taie said the boat sank off Mahdia.",
                [("Suha al-Taie", "PER"), ("Mahdia", "LOC")])
    groups = resolved(a, b)
    assert {("a1", "سهى الطائي"), ("a2", "Suha al-Taie")} in groups
    assert {("a1", "المهدية"), ("a2", "Mahdia")} in groups


def test_a_latin_place_name_is_the_city_not_the_region_named_after_it():
    """The Arabic report names the city («مدينة» before the name the tagger found) and the
    province; a bare place name alone beside a province is the province (the next test)."""
    a = article("a1", "وقع الانفجار في مدينة الزرقاء، وهو الثالث في محافظة الزرقاء هذا العام.",
                [("الزرقاء", "LOC"), ("محافظة الزرقاء", "LOC")])
    b = english("a2", "The blast in Zarqa was the third this year.", [("Zarqa", "LOC")])
    groups = resolved(a, b)
    assert {("a1", "الزرقاء"), ("a2", "Zarqa")} in groups
    assert {("a1", "محافظة الزرقاء")} in groups


def test_a_nationality_and_its_body_meet_their_arabic_name():
    a = article("a1", "وقال الجيش اللبناني إن الطريق أعيد فتحه.", [("الجيش اللبناني", "ORG")])
    b = english("a2", "The Lebanese army said the road had reopened.", [("Lebanese army", "ORG")])
    assert {("a1", "الجيش اللبناني"), ("a2", "Lebanese army")} in resolved(a, b)


def test_a_place_named_with_its_kind_is_the_bare_name_unless_two_kinds_are_named():
    """«منطقة الباحة» and «الباحة» are one place; «محافظة درعا» and «مدينة درعا» are two, and
    a bare «درعا» after «مدينة» stays with the city."""
    a = article("a1", "هطلت أمطار غزيرة على منطقة الباحة أمس، وأعلنت مملكة البحرين تضامنها.",
                [("منطقة الباحة", "LOC"), ("مملكة البحرين", "LOC")])
    b = article("a2", "وقال الدفاع المدني في الباحة إن السيول لم تسبب أضراراً في البحرين.",
                [("الباحة", "LOC"), ("البحرين", "LOC")])
    groups = resolved(a, b)
    assert {("a1", "منطقة الباحة"), ("a2", "الباحة")} in groups
    assert {("a1", "مملكة البحرين"), ("a2", "البحرين")} in groups
    c = article("a3", "قصفت الطائرات محافظة درعا، وطال القصف مدينة درعا نفسها.",
                [("محافظة درعا", "LOC"), ("درعا", "LOC")])
    assert resolved(c) == [{("a3", "محافظة درعا")}, {("a3", "درعا")}]


def test_a_state_named_by_its_kind_and_adjective_is_the_country():
    """«الجمهورية اليمنية» is «اليمن» and «المملكة الأردنية الهاشمية» «الأردن»; a regime's
    adjective («الهاشمية») names no country."""
    a = article("a1", "أدانت الجمهورية اليمنية الهجوم، ورحبت المملكة الأردنية الهاشمية بالهدنة.",
                [("الجمهورية اليمنية", "LOC"), ("المملكة الأردنية الهاشمية", "LOC")])
    b = article("a2", "وقال مسؤول في اليمن إن الأردن تابع الموقف.", [("اليمن", "LOC"), ("الأردن", "LOC")])
    groups = resolved(a, b)
    assert {("a1", "الجمهورية اليمنية"), ("a2", "اليمن")} in groups
    assert {("a1", "المملكة الأردنية الهاشمية"), ("a2", "الأردن")} in groups
