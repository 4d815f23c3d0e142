from riwaya.lang.ar import clitic_splits, normalize_ar, strip_clitics


def test_strips_definite_prefixes():
    assert strip_clitics("والعراق") == "عراق"
    assert strip_clitics("بالحسكة") == "حسكة"
    assert strip_clitics("للتحالف") == "تحالف"
    assert strip_clitics("الجيش") == "جيش"


def test_strips_one_letter_prefixes_when_a_stem_remains():
    assert strip_clitics("وواشنطن") == "واشنطن"
    assert strip_clitics("لقسد") == "قسد"
    assert strip_clitics("فقال") == "قال"


def test_keeps_short_words_whole():
    assert strip_clitics("بل") == "بل"
    assert strip_clitics("وصل") == "وصل"


def test_splits_offer_every_reading_for_a_lexicon_to_choose():
    splits = clitic_splits(normalize_ar("ولخمسة"))
    assert ("ول", "خمسه") in splits
    assert splits[-1] == ("", "ولخمسه")
