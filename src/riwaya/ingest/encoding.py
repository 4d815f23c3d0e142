"""Bytes to text: UTF-8 (with or without BOM), UTF-16 (with or without BOM), Windows-1256,
and whatever else charset-normalizer recognises; binary and undecodable input refused."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from .. import errors

_UTF16_BOMS = {codecs.BOM_UTF16_LE: "utf-16-le", codecs.BOM_UTF16_BE: "utf-16-be"}
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f]")
_SAMPLE = 4096


def decode_bytes(data: bytes, source: str) -> str:
    """The text in ``data``; InputError naming ``source`` when it is not text."""
    if not data:
        raise errors.empty_input(source)
    if data.startswith(codecs.BOM_UTF8):
        return _checked(_decode(data[3:], "utf-8", source), source)
    for bom, encoding in _UTF16_BOMS.items():
        if data.startswith(bom):
            return _checked(_decode(data[2:], encoding, source), source)
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _checked(_decode(data, utf16, source), source)
    if b"\x00" in data:
        raise errors.binary_input(source)
    try:
        return _checked(data.decode("utf-8"), source)
    except UnicodeDecodeError:
        pass
    arabic = data.decode("cp1256", errors="replace")
    if _arabic_share(arabic) > 0.5:
        return _checked(arabic, source)
    best = from_bytes(data).best()
    if best is None or best.chaos > 0.3:
        raise errors.undecodable_input(source)
    return _checked(str(best), source)


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
