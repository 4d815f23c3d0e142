"""Normalisation for matching, never for storage: every normalised character maps back to
its original offset, because the mapping only replaces one character by one or deletes it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Deleted: harakat, tanween, shadda, sukun, superscript alef, Quranic marks, tatweel,
# and the invisible direction and joining marks that scraped text is full of.
DELETED = (
    [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670", "\u0640"]
    + [chr(c) for c in range(0x06D6, 0x06EE)]
    + [chr(c) for c in range(0x0610, 0x061B)]
    + ["\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff"]
)

REPLACED = {
    # alef and hamza seats
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ؤ": "و", "ئ": "ي",
    # alef maqsura, ta marbuta, Persian and Urdu letter forms
    "ى": "ي", "ة": "ه", "ی": "ي", "ې": "ي", "ک": "ك", "ڪ": "ك", "ە": "ه", "ھ": "ه",
    # punctuation
    "،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ",", "«": '"', "»": '"',
    "“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "–": "-", "—": "-",
}
REPLACED.update({chr(0x0660 + d): str(d) for d in range(10)})  # Arabic-Indic digits
REPLACED.update({chr(0x06F0 + d): str(d) for d in range(10)})  # Persian digits
REPLACED.update({chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)})

_TABLE = str.maketrans({**REPLACED, **{ch: None for ch in DELETED}})
_DIACRITICS_ONLY = str.maketrans({ch: None for ch in DELETED})
# For long texts a chain of str.replace over the characters present is ~7x faster than
# str.translate, whose per-character dictionary look-up dominates on Arabic text.
_PAIRS = tuple(REPLACED.items()) + tuple((ch, "") for ch in DELETED)
_ALIGNED_PAIRS = tuple(REPLACED.items()) + tuple((ch, "\0") for ch in DELETED)
_SHORT = 64
_WORD = re.compile(r"\w+")
_DELETED_RUN = re.compile("[" + re.escape("".join(DELETED)) + "]+")


def normalize_ar(text: str) -> str:
    """Text folded for matching: one hamza-less alef, ya for alef maqsura, ha for ta marbuta,
    no diacritics or tatweel, Western digits, Latin punctuation, lower-case ASCII."""
    return text.translate(_TABLE) if len(text) < _SHORT else _replace_all(text, _PAIRS)


def _replace_all(text: str, pairs: tuple[tuple[str, str], ...]) -> str:
    for old, new in pairs:
        if old in text:
            text = text.replace(old, new)
    return text


def normalize_all(words) -> frozenset[str]:
    """A word list folded for look-ups against normalised text."""
    return frozenset(normalize_ar(word) for word in words)


def normalize_aligned(text: str) -> str:
    """``normalize_ar`` that keeps every offset: deleted marks become NUL, so a slice of the
    result is the slice of ``text`` normalised once NULs are dropped (see ``aligned_slice``)."""
    return _replace_all(text, _ALIGNED_PAIRS)


def aligned_slice(aligned: str, start: int, end: int) -> str:
    """``normalize_ar(text[start:end])`` read from ``normalize_aligned(text)``."""
    piece = aligned[start:end]
    return piece.replace("\0", "") if "\0" in piece else piece


def strip_diacritics(text: str) -> str:
    """Text without harakat, tatweel and invisible marks, letters untouched."""
    return text.translate(_DIACRITICS_ONLY)


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalised text and, for each of its characters, the offset it came from."""

    text: str
    offsets: tuple[int, ...]
    original_length: int

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original [start, end) that normalised [start, end) covers, with the marks
        that follow its last letter (the tanween of «جندياً», the tatweel of «هـ»)."""
        size = len(self.offsets)
        original_start = self.offsets[start] if start < size else self.original_length
        original_end = self.offsets[end] if end < size else self.original_length
        return original_start, max(original_start, original_end)


@lru_cache(maxsize=8)
def normalize_with_offsets(text: str) -> Normalized:
    """``normalize_ar(text)`` with the way back to ``text``'s offsets. Cached: the date and
    quantity finders both start from it."""
    offsets: list[int] = []
    kept_from = 0
    for deleted in _DELETED_RUN.finditer(text):
        offsets.extend(range(kept_from, deleted.start()))
        kept_from = deleted.end()
    offsets.extend(range(kept_from, len(text)))
    return Normalized(normalize_ar(text), tuple(offsets), len(text))


@lru_cache(maxsize=8)
def word_set(normalized: str) -> frozenset[str]:
    """The distinct words of a normalised text, for cheap "does it say X at all" tests."""
    return frozenset(_WORD.findall(normalized))
