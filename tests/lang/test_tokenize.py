from riwaya.lang.ar import tokenize


def test_tokens_keep_exact_offsets_and_diacritics():
    text = "وصلَ ٣٥ جنديًا، صباحَ السبت."
    tokens = tokenize(text)
    assert [t.text for t in tokens] == ["وصلَ", "٣٥", "جنديًا", "،", "صباحَ", "السبت", "."]
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert [t.kind for t in tokens[:4]] == ["word", "number", "word", "punct"]


def test_decimals_and_thousands_stay_one_number():
    tokens = tokenize("بلغت 1.5 مليون و3٫5 بالمئة و1,200 شخص")
    assert [t.text for t in tokens if t.kind == "number"] == ["1.5", "3٫5", "1,200"]


def test_a_conjunction_glued_to_digits_is_split_off():
    assert [t.text for t in tokenize("و8 ملايين")] == ["و", "8", "ملايين"]


def test_only_known_digits_make_numbers():
    tokens = tokenize("مساحة 10² و٣² و① و१२ متر")
    assert [(t.text, t.kind) for t in tokens] == [
        ("مساحة", "word"), ("10", "number"), ("²", "word"), ("و", "word"), ("٣", "number"),
        ("²", "word"), ("و①", "word"), ("و१२", "word"), ("متر", "word")]
