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
], ids=["utf-8", "utf-8-bom", "windows-1256", "utf-16-bom", "utf-16-le", "utf-16-be"])
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
