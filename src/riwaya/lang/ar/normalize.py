"""Normalisation for matching, never for storage: every normalised character maps back to
its original offset, because the mapping only replaces one character by one or deletes it."""

from __future__ import annotations

from dataclasses import dataclass

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
_DELETED = frozenset(DELETED)
_DIACRITICS_ONLY = str.maketrans({ch: None for ch in DELETED})


def normalize_ar(text: str) -> str:
    """Text folded for matching: one hamza-less alef, ya for alef maqsura, ha for ta marbuta,
    no diacritics or tatweel, Western digits, Latin punctuation, lower-case ASCII."""
    return text.translate(_TABLE)


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


def normalize_with_offsets(text: str) -> Normalized:
    """``normalize_ar(text)`` with the way back to ``text``'s offsets."""
    if _DELETED.isdisjoint(text):
        offsets = tuple(range(len(text)))
    else:
        offsets = tuple(i for i, ch in enumerate(text) if ch not in _DELETED)
    return Normalized(text.translate(_TABLE), offsets, len(text))
