"""What differs between two statements, word by word, beyond what their sentence vectors say.

A paraphrase rewords: «يستبعد» for «استبعد», «استقالة» for «استقالتها», «روحاني» for
«روحانى». A contradiction swaps one telling word: a number, a place, «أعلى» for «أدنى», a
denial. So each word one statement has alone is first matched to the other statement's words by
its light stem (suffixes and a present-tense prefix off), its consonant skeleton or its letter
pairs; what stays unmatched is the real difference, and numbers, opposites, negation, hedging
and gazetteer names among the words are compared.

    >>> from riwaya.analyze.words import statement
    >>> only_a, only_b = unmatched_words(statement("يستبعد روحاني استقالة حكومته").words,
    ...                                  statement("استبعد روحانى تقديم حكومته استقالتها").words)
    >>> only_a, [w.stem for w in only_b]
    ([], ['تقديم'])
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

import numpy as np

from ..analyze.words import Statement, Word, is_listed_name

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


def letter_dice(a: str, b: str) -> float:
    """Dice coefficient over the letter pairs of two words."""
    pairs_a = {a[i : i + 2] for i in range(len(a) - 1)} or {a}
    pairs_b = {b[i : i + 2] for i in range(len(b) - 1)} or {b}
    return 2 * len(pairs_a & pairs_b) / (len(pairs_a) + len(pairs_b))


def is_reworded(word: Word, others: Iterable[tuple[str, str]]) -> bool:
    """Whether one of ``others`` (words' ``key``: core and radicals) is ``word`` inflected or
    spelled another way: the same core, cores sharing most letter pairs, or the same radicals."""
    core, radicals = word.key
    for other_core, other_radicals in others:
        if other_core == core:
            return True
        if (min(len(core), len(other_core)) >= MIN_DICE_CORE
                and letter_dice(core, other_core) >= MATCH_DICE):
            return True
        if len(radicals) >= MIN_CORE and other_radicals == radicals:
            return True
    return False


def unmatched_words(words_a: list[Word], words_b: list[Word]) -> tuple[list[Word], list[Word]]:
    """The words of each statement that the other has in no form, in order."""
    keys_a, keys_b = ({w.stem: w.key for w in words} for words in (words_a, words_b))
    return ([w for w in words_a if w.stem not in keys_b and not is_reworded(w, keys_b.values())],
            [w for w in words_b if w.stem not in keys_a and not is_reworded(w, keys_a.values())])


def number_values(words: Iterable[Word]) -> set[float]:
    """Values of the digits and single number words among the words."""
    return {w.number for w in words if w.number is not None}


def has_name(words: Iterable[Word], unmatched: Collection[str]) -> bool:
    """Whether a gazetteer name (looked up as written, not clitic-stripped: «لندن») is among
    the unmatched words."""
    return any(w.stem in unmatched and is_listed_name(w) for w in words)


def count_opposites(words_a: Iterable[Word], words_b: Iterable[Word]) -> int:
    """Pairs of a word of ``words_a`` and its opposite in ``words_b``."""
    cores_b = {w.core for w in words_b}
    return sum(len(w.opposites & cores_b) for w in words_a)


def contrast_features(a: Statement, b: Statement) -> tuple[np.ndarray, list[str], list[str]]:
    """The features named in ``CONTRAST_NAMES`` and the stems of each side's unmatched words."""
    words_a, words_b = list(a.words), list(b.words)
    unmatched_a, unmatched_b = unmatched_words(words_a, words_b)
    stems_a, stems_b = {w.stem for w in words_a}, {w.stem for w in words_b}
    own_a, own_b = len(stems_a - stems_b), len(stems_b - stems_a)
    cores_a, cores_b = {w.core for w in words_a}, {w.core for w in words_b}
    numbers_a, numbers_b = number_values(words_a), number_values(words_b)
    both_numbers = bool(numbers_a) and bool(numbers_b)
    names_a = has_name(words_a, {w.stem for w in unmatched_a})
    names_b = has_name(words_b, {w.stem for w in unmatched_b})
    length_a, length_b = max(1, len(words_a)), max(1, len(words_b))
    features = [
        len(cores_a & cores_b) / max(1, len(cores_a | cores_b)),
        len(unmatched_a) / length_a, len(unmatched_b) / length_b,
        len(unmatched_a), len(unmatched_b),
        max(0, own_a - len({w.stem for w in unmatched_a})) / length_a,
        max(0, own_b - len({w.stem for w in unmatched_b})) / length_b,
        both_numbers and not numbers_a & numbers_b, both_numbers and numbers_a != numbers_b,
        bool(numbers_a) != bool(numbers_b), both_numbers and numbers_a == numbers_b,
        a.negated != b.negated, a.hedged != b.hedged,
        count_opposites(unmatched_a, unmatched_b) > 0, count_opposites(words_a, words_b) > 0,
        names_a and names_b, names_a or names_b,
        np.log1p(length_a), np.log1p(length_b), abs(np.log(length_a / length_b)),
        not unmatched_a and not unmatched_b, not unmatched_a, not unmatched_b,
    ]
    return (np.asarray(features, np.float32), [w.stem for w in unmatched_a],
            [w.stem for w in unmatched_b])
