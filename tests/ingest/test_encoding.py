import codecs

import pytest

from riwaya.errors import InputError
from riwaya.ingest.encoding import decode_bytes

TEXT = "أعلنت البلدية صباح اليوم إغلاق الطريق الرئيسي أمام حركة السير لمدة خمسة أيام."


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    TEXT.encode("cp1256"),
    TEXT.encode("utf-16"),  # with BOM
    TEXT.encode("utf-16-le"),
    TEXT.encode("utf-16-be"),
    TEXT.encode("utf-32"),  # with BOM
], ids=["utf-8", "utf-8-bom", "windows-1256", "utf-16-bom", "utf-16-le", "utf-16-be", "utf-32-bom"])
def test_decodes_every_common_encoding_of_arabic(data):
    assert decode_bytes(data, "x.txt") == TEXT


def test_english_in_latin_1_is_read_through_charset_detection():
    text = "The café reopened on Saturday after five days, the mayor said. Visitors returned."
    assert decode_bytes(text.encode("latin-1"), "x.txt") == text


@pytest.mark.parametrize("data, code", [
    (b"", "E102"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20, "E103"),
    (bytes(range(1, 9)) * 200, "E103"),
])
def test_refuses_empty_and_binary_data_naming_the_input(data, code):
    with pytest.raises(InputError) as caught:
        decode_bytes(data, "bad.bin")
    assert caught.value.code == code
    assert str(caught.value).startswith("bad.bin: [")


NEWS = {  # one sentence of news, each in its own language, and the single-byte or CJK page it is in
    "koi8_r": "Правительство объявило сегодня о новых мерах по борьбе с инфляцией в стране.",
    "iso8859_7": "Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα για την καταπολέμηση του πληθωρισμού.",
    "cp1255": "הממשלה הודיעה היום על צעדים חדשים למאבק באינפלציה במדינה, כך נמסר.",
    "gbk": "政府今天宣布了抑制国内通货膨胀的新措施，消息人士说。",
    "euc_jp": "政府は本日、国内のインフレを抑えるための新たな措置を発表した。",
}


@pytest.mark.parametrize("encoding", NEWS)
def test_other_scripts_bytes_are_never_read_as_arabic(encoding):
    """Windows-1256 maps their bytes to Arabic letters; without Arabic's common words the
    guess is refused, and the text is found in its own script (or not at all)."""
    try:
        text = decode_bytes(NEWS[encoding].encode(encoding), "x.txt")
    except InputError as error:
        assert error.code == "E104"
        return
    assert text == NEWS[encoding]


def test_arabic_in_iso_8859_6_is_read_as_written():
    assert decode_bytes(TEXT.encode("iso8859_6"), "x.txt") == TEXT


@pytest.mark.parametrize("text", [
    "مقتل ثلاثة أشخاص بانفجار سيارة مفخخة",  # a headline: no function word
    "افتتح المجلس البلدي حديقة عامة بكلفة مليوني دينار\n\nوأضاف أن الفرق الفنية ستعمل ثلاثة أشهر "
    "لتجهيز الموقع قبل افتتاحه للزوار مطلع الصيف المقبل",
])
def test_short_arabic_in_windows_1256_is_still_read(text):
    assert decode_bytes(text.encode("cp1256"), "x.txt") == text
