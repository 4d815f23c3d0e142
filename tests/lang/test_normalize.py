from riwaya.lang.ar import normalize_ar, normalize_with_offsets
from riwaya.lang.ar.normalize import strip_diacritics


def test_folds_hamza_forms_alef_maqsura_and_ta_marbuta():
    assert normalize_ar("أعلن إبراهيم آل مصطفى في المدينة") == "اعلن ابراهيم ال مصطفي في المدينه"


def test_removes_diacritics_and_tatweel():
    assert normalize_ar("قَالَ المُتَحَدِّثُ إنّ الجـــيش وصل") == "قال المتحدث ان الجيش وصل"


def test_folds_arabic_indic_and_persian_digits_and_punctuation():
    assert normalize_ar("وصل ١٢٠ جنديًا و۳۵ آلية؟ نعم، ٣٫٥٪") == "وصل 120 جنديا و35 اليه? نعم, 3.5%"


def test_offsets_map_every_normalised_character_back():
    text = "قالَ الجـنديُّ: «وصلنا ١٢ آليةً»"
    norm = normalize_with_offsets(text)
    assert len(norm.offsets) == len(norm.text)
    for i, ch in enumerate(norm.text):
        assert normalize_ar(text[norm.offsets[i]]) == ch


def test_a_normalised_match_maps_back_to_the_exact_original_span():
    text = "أكّدَ المُتحدّث أنّ ١٢ آليةً وصلت"
    norm = normalize_with_offsets(text)
    start = norm.text.index("12 اليه")
    original = norm.to_original(start, start + len("12 اليه"))
    assert text[original[0] : original[1]] == "١٢ آليةً"


def test_stored_text_is_never_changed():
    text = "الجُنْدِيّ"
    normalize_with_offsets(text)
    assert text == "الجُنْدِيّ"
    assert strip_diacritics(text) == "الجندي"
