"""Comparing names written in Arabic script from other languages, and writing them in Latin.

Arabic news transliterates foreign names many ways: كيفن / كيفين، غابرئيل / كبريل،
دوغلاس / دوجلاس، ماكريغور / ماكجريجور. Their consonant skeleton agrees: long vowels and hamza
seats dropped, the letters used for g (غ ج ق ك) folded together, doubled letters collapsed.
"""

from __future__ import annotations

import re

from .contrast import NAME_VOWELS
from .normalize import normalize_all, normalize_ar

_WORD = re.compile(r"\w+")
_DOUBLED = re.compile(r"(.)\1+")
_LONG_VOWELS = str.maketrans("", "", NAME_VOWELS)
_SKELETON = str.maketrans({
    "ا": None, "و": None, "ي": None, "ء": None, "ه": "", "ع": None,
    "غ": "k", "ج": "k", "ق": "k", "ك": "k", "گ": "k",
    "ت": "t", "ط": "t", "ث": "s", "س": "s", "ص": "s", "ز": "z", "ذ": "z", "ظ": "z",
    "د": "d", "ض": "d", "ب": "b", "پ": "b", "ف": "f", "ڤ": "f", "ح": "h", "خ": "x", "ش": "c",
    "ر": "r", "ل": "l", "م": "m", "ن": "n",
})

# Arabic given names that share their consonants with another name: each is its own name.
DISTINCT_NAMES = (
    "حسن", "حسين", "سعد", "سعيد", "كرم", "كريم", "جمال", "جميل", "عمر", "عمير", "سلمان", "سليمان",
    "حمد", "حميد", "حامد", "أمين", "أمينة", "نور", "نوري", "منى", "منير", "علي", "علا", "عادل",
    "عدلي", "هاني", "هناء", "رشيد", "راشد", "سالم", "سليم", "سلمى", "ناصر", "نصر", "نصير", "خالد",
    "خلود", "مجدي", "ماجد", "مجيد", "فريد", "فارس", "فيروز", "صابر", "صبري", "كمال", "كامل",
    "محمد", "محمود", "حمود", "سعود", "مسعود", "مساعد", "عمرو", "فهد", "فهيد", "رمضان", "رضوان",
)
_DISTINCT = normalize_all(DISTINCT_NAMES)

_LATIN = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h",
    "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d",
    "ط": "t", "ظ": "z", "ع": "'", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m",
    "ن": "n", "ه": "h", "ة": "a", "ء": "'", "ئ": "'", "ؤ": "'", "ى": "a", "پ": "p", "ڤ": "v",
    "گ": "g", "چ": "ch",
}


def skeleton(word: str) -> str:
    """The consonants of a normalised word, g-letters folded, repeats collapsed."""
    return collapse_repeats(normalize_ar(word).translate(_SKELETON)) or normalize_ar(word)


def collapse_repeats(letters: str) -> str:
    """A letter written twice or more in a row once: "kll" → "kl"."""
    return _DOUBLED.sub(r"\1", letters)


def cross_script_skeleton(word: str) -> str:
    """``skeleton`` without ح, which Latin spellings write as "h" or leave out as they do ه,
    for comparing with ``lang/en/names.latin_skeletons``."""
    return collapse_repeats(skeleton(word).replace("h", ""))


def spelling_key(text: str) -> str:
    """A name as one string, spaces, long vowels and doubled letters dropped: «أبو عريش» /
    «أبوعريش»، «بيللوتشي» / «بيلوتشي»، «بطرسبرغ» / «بطرسبورغ» meet. Gentler than ``skeleton``,
    which folds consonants for names written from other languages: «علي» and «علياء» stay
    apart here."""
    letters = "".join(_WORD.findall(normalize_ar(text))).translate(_LONG_VOWELS)
    return collapse_repeats(letters)


def similarity(a: str, b: str) -> float:
    """1 - edit distance / longer length, on normalised words."""
    a, b = normalize_ar(a), normalize_ar(b)
    if a == b:
        return 1.0
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return 1 - previous[-1] / max(len(a), len(b))


def same_name_word(a: str, b: str) -> bool:
    """Two spellings of one name word: same skeleton and at least half the same letters, and
    not two Arabic names that differ only in a long vowel (حسن / حسين)."""
    if a == b:
        return True
    if skeleton(a) != skeleton(b) or similarity(a, b) < 0.5:
        return False
    return not (normalize_ar(a) in _DISTINCT and normalize_ar(b) in _DISTINCT)


def romanize(name: str) -> str:
    """A plain Latin spelling: consonants mapped, و and ي read as vowels inside a word,
    the article as al-. Good for reading and search, not a scholarly transliteration."""
    words = []
    for word in name.split():
        out = "al-" if word.startswith("ال") and len(word) > 3 else ""
        letters = word[2:] if out else word
        for i, ch in enumerate(letters):
            if ch in "وي":
                between = 0 < i < len(letters) - 1 or i == len(letters) - 1
                out += ("u" if ch == "و" else "i") if between else ("w" if ch == "و" else "y")
            else:
                out += _LATIN.get(ch, "" if "\u064b" <= ch <= "\u0652" else ch)
        words.append(out[:1].upper() + out[1:] if out and not out.startswith("al-") else out)
    return " ".join(words)
