"""The document pass: names the model tagged once are tagged wherever they stand untagged."""

from __future__ import annotations

from riwaya.ner.document import propagate_names


def words(sentence: str) -> list[str]:
    return sentence.split()


def test_surname_alone_later_in_the_article_is_a_person():
    sentences = [words("وصل الجنرال كيفن كوبسي إلى بغداد أمس"), words("وقال كوبسي إن القوات باقية")]
    tags = [["O", "O", "B-PER", "I-PER", "O", "B-LOC", "O"], ["O"] * 5]
    assert propagate_names(sentences, tags)[1] == ["O", "B-PER", "O", "O", "O"]


def test_a_multiword_organisation_is_tagged_again_and_clitics_are_left_alone():
    sentences = [words("أعلنت قوات سوريا الديمقراطية السيطرة على القرية"),
                 words("وتقدمت قوات سوريا الديمقراطية نحو الرقة"),
                 words("وقال متحدث باسم وقوات سوريا الديمقراطية")]
    tags = [["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O"], ["O", "O", "O", "O", "O", "B-LOC"], ["O"] * 6]
    result = propagate_names(sentences, tags)
    assert result[1] == ["O", "B-ORG", "I-ORG", "I-ORG", "O", "B-LOC"]
    assert result[2] == ["O"] * 6  # «وقوات» is another word: not guessed


def test_a_ministry_named_again_by_its_field_alone_is_the_organisation():
    sentences = [words("أعلنت وزارة التعليم موعد القبول"), words("وأوضحت التعليم أن الطلب يبدأ غدا"),
                 words("وقال متحدث باسم قوات الحرس الوطني"), words("وأكد الحرس الوطني جاهزيته")]
    tags = [["O", "B-ORG", "I-ORG", "O", "O"], ["O"] * 6, ["O", "O", "O", "B-ORG", "I-ORG", "I-ORG"], ["O"] * 4]
    result = propagate_names(sentences, tags)
    assert result[1] == ["O", "B-ORG", "O", "O", "O", "O"]
    assert result[3] == ["O", "B-ORG", "I-ORG", "O"]


def test_short_names_and_tagged_stretches_stay_as_they_are():
    sentences = [words("التقى عمر البشير وفدا من جوبا"), words("وبعد عمر طويل عاد البشير إلى جوبا")]
    tags = [["O", "B-PER", "I-PER", "O", "O", "B-LOC"], ["O", "O", "O", "O", "B-ORG", "O", "O"]]
    result = propagate_names(sentences, tags)
    assert result[1] == ["O", "O", "O", "O", "B-ORG", "O", "B-LOC"]  # «عمر» is too short to trust


def test_the_commonest_type_wins():
    sentences = [words("فاز الاتحاد على الهلال"), words("وخسر الهلال أمس"), words("الهلال في الصدارة"),
                 words("جماهير الهلال غاضبة")]
    tags = [["O", "B-ORG", "O", "B-ORG"], ["O", "B-ORG", "O"], ["B-LOC", "O", "O"], ["O", "O", "O"]]
    assert propagate_names(sentences, tags)[3] == ["O", "B-ORG", "O"]


def test_a_span_longer_than_any_name_is_not_spread():
    run = words("the convoy moved north along the river road and the council said that it stayed")
    sentences = [run, run]
    tags = [["B-MISC"] + ["I-MISC"] * (len(run) - 1), ["O"] * len(run)]
    assert propagate_names(sentences, tags)[1] == ["O"] * len(run)  # 16 words: no name
