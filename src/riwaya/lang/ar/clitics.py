"""Light proclitic stripping for matching (و ف ب ك ل ال لل وال بال ...), on normalised words."""

from __future__ import annotations

from .normalize import normalize_ar, strip_diacritics

# Longest first, so that «وبال» wins over «و».
DEFINITE_PREFIXES = ("وبال", "وكال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال")
LETTER_PREFIXES = ("و", "ف", "ب", "ك", "ل")
STRIPPED_LETTERS = ("و", "ف", "ب", "ل")
MIN_STEM = 2


def clitic_splits(word: str) -> list[tuple[str, str]]:
    """Every plausible (prefix, stem) split of ``word``, longest prefix first, ending with
    ("", word). Callers that know a lexicon pick the first stem they recognise."""
    splits = []
    for prefix in DEFINITE_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= MIN_STEM:
            splits.append((prefix, word[len(prefix) :]))
    for first in LETTER_PREFIXES:
        if word.startswith(first) and len(word) > MIN_STEM + 1:
            splits.append((first, word[1:]))
            second = word[1:2]
            if first in "وف" and second in "بكل" and len(word) > MIN_STEM + 2:
                splits.append((word[:2], word[2:]))
    splits.sort(key=lambda split: -len(split[0]))
    splits.append(("", word))
    return splits


def strip_clitics(word: str) -> str:
    """The word without its proclitics, by the light-stemming rule: strip a definite prefix
    (وال، بال، لل، ال ...) when two letters remain, else one of و ف ب ك ل when three remain.
    Ambiguous words (وزير) lose a letter; use ``clitic_splits`` with a lexicon when that matters.
    A lone ك («like») is left alone: it is rare before a bare noun and common as a first letter
    (كوبسي، كركوك)."""
    for prefix in DEFINITE_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= MIN_STEM:
            return word[len(prefix) :]
    if word[:1] in STRIPPED_LETTERS and len(word) > 3:
        return word[1:]
    return word


def fold_word(word: str) -> str:
    """A word as names, gazetteers and units compare it: without diacritics or a definite
    prefix (dropped before hamza folding, so «آلية» keeps its first letters), normalised."""
    bare = strip_diacritics(word)
    for prefix in DEFINITE_PREFIXES:
        if bare.startswith(prefix) and len(bare) - len(prefix) >= MIN_STEM:
            bare = bare[len(prefix) :]
            break
    return normalize_ar(bare)

