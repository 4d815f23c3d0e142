from riwaya.analyze import split_sentences
from riwaya.analyze.sentences import MAX_SENTENCE


def sentences(text):
    return [s.text_in(text) for s in split_sentences(text)]


def test_splits_at_full_stops_and_question_marks_not_at_arabic_commas():
    text = "وصل الرتل إلى القاعدة، ثم توزع على النقاط. هل انسحبت القوات؟ لا."
    assert sentences(text) == ["وصل الرتل إلى القاعدة، ثم توزع على النقاط.", "هل انسحبت القوات؟", "لا."]


def test_decimal_numbers_and_abbreviations_do_not_end_a_sentence():
    text = "قال د. سامر الخطيب إن النسبة بلغت 3.5 في المئة. وأضاف أن U.S. forces stayed."
    assert sentences(text) == [
        "قال د. سامر الخطيب إن النسبة بلغت 3.5 في المئة.",
        "وأضاف أن U.S. forces stayed.",
    ]


def test_a_quotation_that_goes_on_is_not_cut_and_its_closing_mark_stays():
    text = "وقال: «لن ننسحب. سنبقى هنا.» ثم غادر القاعة. وانتهى الاجتماع."
    assert sentences(text) == ["وقال: «لن ننسحب. سنبقى هنا.» ثم غادر القاعة.", "وانتهى الاجتماع."]


def test_line_breaks_end_sentences_and_spans_are_trimmed():
    text = "  عنوان الخبر\n\nالحسكة - (رافد) - وصل الرتل.  "
    spans = split_sentences(text)
    assert [s.text_in(text) for s in spans] == ["عنوان الخبر", "الحسكة - (رافد) - وصل الرتل."]
    assert spans[0].start == 2


def test_a_missing_space_after_a_stop_still_splits_arabic():
    assert sentences("انتهى الاجتماع.وقال المتحدث إنه راض.") == ["انتهى الاجتماع.", "وقال المتحدث إنه راض."]


def test_the_two_dot_headline_separator_does_not_split():
    assert sentences("أمطار غزيرة تغمر الشوارع.. والبلدية تستنفر فرقها") == [
        "أمطار غزيرة تغمر الشوارع.. والبلدية تستنفر فرقها"]


def test_a_long_line_with_no_full_stop_is_cut_into_bounded_sentences_at_commas():
    clause = "وقال المتحدث إن الوفد وصل إلى المدينة بعد ظهر اليوم، "
    text = clause * 400  # 21 KB, one line, no full stop
    spans = split_sentences(text)
    assert len(spans) > 1 and all(s.end - s.start <= MAX_SENTENCE for s in spans)
    assert all(s.text_in(text).endswith("،") for s in spans[:-1])  # cut after a comma
    assert " ".join(s.text_in(text) for s in spans) == text.strip()


def test_a_long_english_run_without_punctuation_is_cut_at_spaces():
    text = "the convoy moved north along the river road " * 300
    spans = split_sentences(text)
    assert len(spans) > 1 and all(s.end - s.start <= MAX_SENTENCE for s in spans)
    assert " ".join(s.text_in(text) for s in spans).split() == text.split()


def test_a_quotation_that_never_closes_nearby_does_not_hold_the_sentence_open():
    text = "قال المتحدث «" + "لم يصل الوفد إلى المدينة. " * 400 + "» ثم غادر."
    assert max(s.end - s.start for s in split_sentences(text)) <= MAX_SENTENCE
    short = "قال: «وصلنا. ثم غادرنا» وانتهى."
    assert sentences(short) == [short]  # a quotation that closes soon still does
