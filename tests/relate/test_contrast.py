"""Word-level contrasts between two statements, on sentences written for these tests."""

from __future__ import annotations

import numpy as np

from riwaya.analyze.words import statement, words
from riwaya.relate import LengthRoutedScorer
from riwaya.relate.contrast import (
    CONTRAST_NAMES,
    contrast_features,
    count_opposites,
    number_values,
    unmatched_words,
)


def statement_words(text: str):
    return list(statement(text).words)


def stems(words) -> list[str]:
    return [w.stem for w in words]


def contrasts(a: str, b: str) -> dict[str, float]:
    features, _, _ = contrast_features(statement(a), statement(b))
    return dict(zip(CONTRAST_NAMES, features.tolist()))


def test_a_reworded_paraphrase_leaves_only_the_new_word_unmatched():
    first = statement_words("يستبعد رئيس الوزراء استقالة حكومته")
    second = statement_words("استبعد رئيس الوزراء تقديم حكومته استقالتها")
    assert tuple(map(stems, unmatched_words(first, second))) == ([], ["تقديم"])


def test_a_swapped_word_stays_unmatched_on_both_sides():
    first = statement_words("افتتاح مستشفى جديد في حلب")
    second = statement_words("افتتاح مدرسة جديدة في حلب")
    assert tuple(map(stems, unmatched_words(first, second))) == (["مستشفي"], ["مدرسه"])


def test_numbers_are_read_from_digits_of_both_scripts_and_from_number_words():
    assert number_values(statement_words("مقتل خمسة أشخاص وإصابة ٣٥ في 2021")) == {5.0, 35.0, 2021.0}


def test_different_numbers_are_flagged():
    found = contrasts("مقتل خمسة أشخاص في حادث سير", "مقتل عشرين شخصا في حادث سير")
    assert found["numbers disjoint"] == found["numbers differ"] == 1.0
    assert contrasts("وصول 40 شاحنة مساعدات", "وصول أربعين شاحنة مساعدات")["numbers equal"] == 1.0


def test_opposites_are_found_in_their_inflected_forms():
    assert count_opposites(statement_words("الأسعار ترتفع"), statement_words("الأسعار تنخفض")) == 1
    assert contrasts("ارتفاع أسعار القمح", "تراجع أسعار القمح")["opposites unmatched"] == 1.0
    assert contrasts("ارتفاع أسعار القمح", "زيادة أسعار القمح")["opposites unmatched"] == 0.0


def test_every_rise_word_is_the_opposite_of_every_fall_word_but_not_of_another_rise_word():
    assert contrasts("الليرة تهوي إلى مستوى جديد", "قفزة لليرة إلى مستوى جديد")["opposites unmatched"] == 1.0
    assert contrasts("مكاسب للنفط", "قفزة للنفط")["opposites anywhere"] == 0.0


def test_a_place_swapped_for_another_is_a_name_on_both_sides():
    found = contrasts("وفد تجاري يزور بغداد الأسبوع المقبل", "وفد تجاري يزور القاهرة الأسبوع المقبل")
    assert found["names swapped"] == 1.0
    assert contrasts("وفد تجاري يزور بغداد", "وفد تجاري يصل إلى بغداد")["name on one side"] == 0.0


def test_a_negation_on_one_side_only():
    assert contrasts("الوزير يعلن استقالته", "الوزير لم يعلن استقالته")["negation on one side"] == 1.0
    assert contrasts("الوزير لم يعلن استقالته", "الوزير لم يعلن استقالته")["negation on one side"] == 0.0


class Constant:
    relations = ("agree", "conflict", "related", "unrelated")

    def __init__(self, row):
        self.row, self.seen = np.asarray(row, np.float32), []

    def probabilities(self, pairs):
        self.seen += pairs
        return np.tile(self.row, (len(pairs), 1))


def test_pairs_longer_than_headlines_go_to_the_long_model():
    short, long = Constant([1, 0, 0, 0]), Constant([0, 0, 1, 0])
    scorer = LengthRoutedScorer(short, long, max_words=6)
    headline = ("الجيش يعلن السيطرة على المدينة", "السيطرة على المدينة")
    sentence = ("أعلن الجيش في بيان صدر مساء اليوم أنه سيطر على المدينة بالكامل",
                "السيطرة على المدينة")
    probabilities = scorer.probabilities([sentence, headline])
    assert probabilities.argmax(axis=1).tolist() == [2, 0]
    assert short.seen == [headline] and long.seen == [sentence]


def test_number_values_skip_superscripts_and_circled_digits():
    assert number_values(words("10² ① ² 12 3.5 خمسه")) == {10.0, 12.0, 3.5, 5.0}
