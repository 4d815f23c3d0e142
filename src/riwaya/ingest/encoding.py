"""Bytes to text: UTF-8 (with or without BOM), UTF-16 (with or without BOM), UTF-32 (with a
BOM), Windows-1256 and ISO-8859-6 when the text reads as Arabic, and whatever else
charset-normalizer recognises; binary and undecodable input refused."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from .. import errors
from ..lang.ar.lexicon import FUNCTION_WORDS

ARABIC_CODE_PAGES = ("cp1256", "iso8859_6")
"""Windows-1256 first: it is what Arabic text that is not Unicode nearly always is."""
_BOMS = {  # UTF-32's first: its little-endian mark begins with UTF-16's
    codecs.BOM_UTF32_LE: "utf-32-le", codecs.BOM_UTF32_BE: "utf-32-be",
    codecs.BOM_UTF16_LE: "utf-16-le", codecs.BOM_UTF16_BE: "utf-16-be",
}
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f]")
_SAMPLE = 4096
_ARABIC_WORD = re.compile("[\u0621-\u064a]+")
_SHORT = 10  # words: below this a text is judged by its letters alone
_MIXED_LETTERS = re.compile("[\u0621-\u064a][\u00c0-\u00ff]|[\u00c0-\u00ff][\u0621-\u064a]")


def decode_bytes(data: bytes, source: str) -> str:
    """The text in ``data``; InputError naming ``source`` when it is not text."""
    if not data:
        raise errors.empty_input(source)
    if data.startswith(codecs.BOM_UTF8):
        return _checked(_decode(data[3:], "utf-8", source), source)
    for bom, encoding in _BOMS.items():
        if data.startswith(bom):
            return _checked(_decode(data[len(bom):], encoding, source), source)
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _checked(_decode(data, utf16, source), source)
    if b"\x00" in data:
        raise errors.binary_input(source)
    try:
        return _checked(data.decode("utf-8"), source)
    except UnicodeDecodeError:
        pass
    arabic = _as_arabic(data)
    if arabic is not None:
        return _checked(arabic, source)
    best = from_bytes(data).best()
    if best is None or best.chaos > 0.3:
        raise errors.undecodable_input(source)
    text = str(best)
    if _arabic_share(text) > 0.5 and not _reads_as_arabic(text):
        raise errors.undecodable_input(source)  # another script's bytes, shown as Arabic letters
    return _checked(text, source)


def _decode(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise errors.undecodable_input(source) from None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM has a high byte of 0x00 (Latin) or 0x06 (Arabic) almost
    everywhere; look at which half of the byte pairs holds it."""
    sample = data[: _SAMPLE - _SAMPLE % 2]
    if len(sample) < 4 or len(data) % 2:
        return None
    for encoding, high in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        if high.count(0x00) + high.count(0x06) > 0.9 * len(high):
            return encoding
    return None


def _as_arabic(data: bytes) -> str | None:
    """The text of ``data`` in the first Arabic code page under which it reads as Arabic.
    Other scripts' single-byte pages (KOI8-R, Greek, Hebrew) and the bytes of Chinese or
    Japanese also decode to Arabic letters there, but not to Arabic's common words."""
    for encoding in ARABIC_CODE_PAGES:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _arabic_share(text) > 0.5 and _reads_as_arabic(text):
            return text
    return None


def _reads_as_arabic(text: str) -> bool:
    """Arabic words, not letters a wrong code page made: no Latin letter («é», «ü») glued to an
    Arabic one and, in a text of ten words or more, at least one of Arabic's function words
    («في»، «من»، «على» ...) in each twenty (a headline may have none)."""
    sample = text[:_SAMPLE]
    if _MIXED_LETTERS.search(sample):
        return False
    words = _ARABIC_WORD.findall(sample)
    common = sum(word in FUNCTION_WORDS for word in words)
    return len(words) < _SHORT or common >= max(1, len(words) // 20)


def _arabic_share(text: str) -> float:
    letters = [ch for ch in text[:_SAMPLE] if ch.isalpha()]
    if not letters:
        return 0.0
    return sum("\u0600" <= ch <= "\u06ff" for ch in letters) / len(letters)


def _checked(text: str, source: str) -> str:
    """Refuse text that decoded but is mostly control characters: a binary file."""
    sample = text[:_SAMPLE]
    if sample and len(_CONTROL.findall(sample)) > 0.02 * len(sample):
        raise errors.binary_input(source)
    return text
