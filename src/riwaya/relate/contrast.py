"""What differs between two statements, word by word, beyond what their sentence vectors say.

A paraphrase rewords: «يستبعد» for «استبعد», «استقالة» for «استقالتها», «روحاني» for
«روحانى». A contradiction swaps one telling word: a number, a place, «أعلى» for «أدنى», a
denial. So each word one statement has alone is first matched to the other statement's words by
its light stem (suffixes and a present-tense prefix off), its consonant skeleton or its letter
pairs; what stays unmatched is the real difference, and numbers, opposites, negation, hedging
and gazetteer names among the words are compared.

    >>> from riwaya.relate.features import statement_words
    >>> unmatched_words(statement_words("يستبعد روحاني استقالة حكومته"),
    ...                 statement_words("استبعد روحانى تقديم حكومته استقالتها"))
    ([], ['تقديم'])
"""

from __future__ import annotations

from functools import cache, lru_cache

import numpy as np

from ..lang.ar.clitics import fold_word, strip_clitics
from ..lang.ar.contrast import CORE_PREFIXES, CORE_SUFFIXES, LONG_VOWELS, OPPOSITES
from ..lang.ar.gazetteers import gazetteer
from ..lang.ar.normalize import normalize_ar
from ..lang.ar.numbers import read_decimal, read_number_word
from ..lang.ar.polarity import is_hedged, negation_cues

MIN_CORE = 3
MATCH_DICE = 0.6
"""Two words whose cores (of at least ``MIN_DICE_CORE`` letters) share this share of letter
pairs (Dice) are taken for one word."""
MIN_DICE_CORE = 3  # 4 keeps «ريس» (باريس) from «رييس» (الرئيس) but scored lower in CV

CONTRAST_NAMES = (
    "core overlap", "unmatched share a", "unmatched share b", "unmatched a", "unmatched b",
    "reworded share a", "reworded share b", "numbers disjoint", "numbers differ",
    "numbers on one side", "numbers equal", "negation on one side", "hedge on one side",
    "opposites unmatched", "opposites anywhere", "names swapped", "name on one side",
    "log length a", "log length b", "length ratio", "nothing unmatched", "nothing unmatched a",
    "nothing unmatched b",
)


@lru_cache(maxsize=1 << 16)
def word_core(word: str) -> str:
    """A normalised word without up to two suffixes and a leading present/participle letter;
    at least three letters stay: «يسجل» → «سجل», «ارتفاع» → «رتفاع», «مستوياته» → «ستوي»."""
    for _ in range(2):
        suffix = next((s for s in CORE_SUFFIXES if word.endswith(s) and len(word) - len(s) >= MIN_CORE), "")
        if not suffix:
            break
        word = word[: -len(suffix)]
    if len(word) > MIN_CORE and word[0] in CORE_PREFIXES:
        word = word[1:]
    return word


@lru_cache(maxsize=1 << 16)
def word_skeleton(word: str) -> str:
    """The core's first letter and its consonants: «تسجيل» and «يسجل» both give «سجل»."""
    core = word_core(word)
    return core[:1] + "".join(letter for letter in core[1:] if letter not in LONG_VOWELS)


def letter_dice(a: str, b: str) -> float:
    """Dice coefficient over the letter pairs of two words."""
    pairs_a = {a[i : i + 2] for i in range(len(a) - 1)} or {a}
    pairs_b = {b[i : i + 2] for i in range(len(b) - 1)} or {b}
    return 2 * len(pairs_a & pairs_b) / (len(pairs_a) + len(pairs_b))


def is_reworded(word: str, others: set[str]) -> bool:
    """Whether one of ``others`` is ``word`` inflected or spelled another way."""
    core, skeleton = word_core(word), word_skeleton(word)
    for other in others:
        other_core = word_core(other)
        if other_core == core:
            return True
        if (min(len(core), len(other_core)) >= MIN_DICE_CORE
                and letter_dice(core, other_core) >= MATCH_DICE):
            return True
        if len(skeleton) >= MIN_CORE and word_skeleton(other) == skeleton:
            return True
    return False


def unmatched_words(words_a: list[str], words_b: list[str]) -> tuple[list[str], list[str]]:
    """The words of each statement that the other has in no form, in order."""
    set_a, set_b = set(words_a), set(words_b)
    return ([w for w in words_a if w not in set_b and not is_reworded(w, set_b)],
            [w for w in words_b if w not in set_a and not is_reworded(w, set_a)])


@cache
def opposite_cores() -> dict[str, frozenset[str]]:
    """Each opposite word's core -> the cores of its opposites."""
    table: dict[str, set[str]] = {}
    for line in OPPOSITES.strip().splitlines():
        first, second = ({word_core(normalize_ar(word)) for word in side.split()}
                         for side in line.split("|"))
        for core in first:
            table.setdefault(core, set()).update(second - first)
        for core in second:
            table.setdefault(core, set()).update(first - second)
    return {core: frozenset(others) for core, others in table.items()}


@cache
def name_words() -> frozenset[str]:
    """Single-word places, organisations and given names of the gazetteers."""
    return frozenset(entry for kind in ("LOC", "ORG", "first_name") for entry in gazetteer(kind)
                     if " " not in entry)


def has_name(plain: list[str], unmatched: list[str]) -> bool:
    """Whether a gazetteer name (looked up as written, not clitic-stripped: «لندن») is among
    the unmatched words."""
    names, unmatched = name_words(), set(unmatched)
    return any(fold_word(word) in names and strip_clitics(word) in unmatched for word in plain)


def number_values(words: list[str]) -> set[float]:
    """Values of the digits and single number words among normalised words."""
    values = set()
    for word in words:
        value = read_decimal(word)
        if value is not None:
            values.add(value)
            continue
        found = read_number_word(word)
        if found and found[1] != "scale":
            values.add(float(found[2]))
    return values


def count_opposites(words_a: list[str], words_b: list[str]) -> int:
    """Pairs of a word of ``words_a`` and its opposite in ``words_b``."""
    table = opposite_cores()
    cores_b = {word_core(word) for word in words_b}
    return sum(len(table.get(word_core(word), frozenset()) & cores_b) for word in words_a)


def contrast_features(plain_a: list[str], plain_b: list[str], words_a: list[str],
                      words_b: list[str]) -> tuple[np.ndarray, list[str], list[str]]:
    """The features named in ``CONTRAST_NAMES`` and the unmatched words of each side.
    ``plain_*`` are the normalised words, ``words_*`` the same without proclitics."""
    unmatched_a, unmatched_b = unmatched_words(words_a, words_b)
    own_a = len(set(words_a) - set(words_b))
    own_b = len(set(words_b) - set(words_a))
    cores_a, cores_b = {word_core(w) for w in words_a}, {word_core(w) for w in words_b}
    numbers_a, numbers_b = number_values(words_a), number_values(words_b)
    both_numbers = bool(numbers_a) and bool(numbers_b)
    names_a, names_b = has_name(plain_a, unmatched_a), has_name(plain_b, unmatched_b)
    length_a, length_b = max(1, len(words_a)), max(1, len(words_b))
    features = [
        len(cores_a & cores_b) / max(1, len(cores_a | cores_b)),
        len(unmatched_a) / length_a, len(unmatched_b) / length_b,
        len(unmatched_a), len(unmatched_b),
        max(0, own_a - len(set(unmatched_a))) / length_a,
        max(0, own_b - len(set(unmatched_b))) / length_b,
        both_numbers and not numbers_a & numbers_b, both_numbers and numbers_a != numbers_b,
        bool(numbers_a) != bool(numbers_b), both_numbers and numbers_a == numbers_b,
        bool(negation_cues(plain_a)) != bool(negation_cues(plain_b)),
        is_hedged(plain_a) != is_hedged(plain_b),
        count_opposites(unmatched_a, unmatched_b) > 0, count_opposites(words_a, words_b) > 0,
        names_a and names_b, names_a or names_b,
        np.log1p(length_a), np.log1p(length_b), abs(np.log(length_a / length_b)),
        not unmatched_a and not unmatched_b, not unmatched_a, not unmatched_b,
    ]
    return np.asarray(features, np.float32), unmatched_a, unmatched_b
