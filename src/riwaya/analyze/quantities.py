"""Counted amounts: «نحو 50 آلية»، «120 ألفًا»، «ثلاثة آلاف وخمسمائة مقاتل»، «عشرات الأهالي».

A quantity is an amount (digits, digits × scale word, number words or a vague plural such as
عشرات), the approximation word before it if any, and the noun it counts if one follows.
"""

from __future__ import annotations

import re

from ..lang.ar.clitics import clitic_splits
from ..lang.ar.lexicon import (
    APPROXIMATORS,
    LABEL_NOUNS,
    NOT_UNITS,
    PERCENT_WORDS,
    TRAILING_APPROXIMATORS,
)
from ..lang.ar.normalize import normalize_ar, strip_diacritics
from ..lang.ar.numbers import (
    DUAL_SCALES,
    NUMBER_PREFIXES,
    SCALES,
    VAGUE,
    parse_number_words,
    read_number_word,
)
from ..lang.ar.tokenize import tokenize
from ..model import Quantity, Span, Token

_APPROXIMATORS = sorted(
    ((tuple(normalize_ar(phrase).split()), bound) for phrase, bound in APPROXIMATORS),
    key=lambda item: -len(item[0]),
)
_TRAILING = {normalize_ar(word) for word in TRAILING_APPROXIMATORS}
_PERCENT = sorted((tuple(normalize_ar(p).split()) for p in PERCENT_WORDS), key=lambda p: -len(p))
_NOT_UNITS = {normalize_ar(word) for word in NOT_UNITS}
_LABELS = {normalize_ar(word) for word in LABEL_NOUNS} | {"ال"}
_LONE_SMALL = {normalize_ar(w) for w in ("واحد", "واحدة", "اثنان", "اثنين", "اثنتان", "اثنتين")}
_THOUSANDS = re.compile(r"^\d{1,3}(?:,\d{3})+$")
_LOOKAHEAD = 8


def find_quantities(text: str, tokens: list[Token] | None = None,
                    skip: list[Span] = ()) -> list[Quantity]:
    """Every quantity in ``text``, left to right; tokens overlapping ``skip`` (dates) are
    never part of one."""
    tokens = tokens if tokens is not None else tokenize(text)
    words = [normalize_ar(token.text) for token in tokens]
    blocked = [any(token.overlaps(span) for span in skip) for token in tokens] if skip else None
    found = []
    i = 0
    while i < len(tokens):
        amount = None if blocked and blocked[i] else _read_amount(tokens, words, i)
        if amount is None or (blocked and any(blocked[i : amount[1]])):
            i += 1
            continue
        value, end, vague, clitic = amount
        if tokens[i].kind == "number" and i > 0 and words[i - 1] in _LABELS:
            i = end
            continue
        found.append(_build(tokens, words, i, end, value, vague, clitic))
        i = end
    return found


def _read_amount(tokens, words, i) -> tuple[float, int, bool, int] | None:
    """(value, index after the amount, vague?, length of a clitic on the first word) for an
    amount starting at token i."""
    if tokens[i].kind == "number":
        value = _parse_digits(words[i])
        scale = _scale_at(words, i + 1)
        return (value * scale, i + 2, False, 0) if scale else (value, i + 1, False, 0)
    if tokens[i].kind != "word":
        return None
    vague = _vague_at(words[i])
    if vague is not None:
        value, prefix = vague
        scale = _scale_at(words, i + 1, definite=True)
        end = i + 2 if scale else i + 1
        return value * (scale or 1), end, True, len(prefix)
    parsed = parse_number_words(words[i : i + _LOOKAHEAD])
    if parsed is None:
        return None
    value, used = parsed
    if used == 1 and words[i] in _LONE_SMALL:
        return None  # «في آن واحد»، «جندي واحد»: the noun came first
    return value, i + used, False, len(read_number_word(words[i])[0])


def _parse_digits(word: str) -> float:
    if _THOUSANDS.match(word):
        return float(word.replace(",", ""))
    return float(word.replace(",", "."))


def _scale_at(words, i, definite=False) -> float | None:
    if i >= len(words):
        return None
    word = words[i]
    if definite and word not in SCALES and word.startswith("ال"):
        word = word[2:]  # عشرات الآلاف
    if word in SCALES:
        return SCALES[word]
    return 2 * DUAL_SCALES[word] if word in DUAL_SCALES else None


def _vague_at(word: str) -> tuple[float, str] | None:
    for prefix, stem in clitic_splits(word):
        if prefix in NUMBER_PREFIXES and stem in VAGUE:
            return VAGUE[stem], prefix
    return None


def _build(tokens, words, start, end, value, vague, clitic) -> Quantity:
    bound = "at-least" if vague else None
    approx_len, approx_bound = _approximator_before(words, start)
    if approx_len:
        start -= approx_len
        bound = approx_bound
    unit, unit_key, end = _unit_after(tokens, words, end)
    if end < len(words) and words[end] in _TRAILING:
        bound, end = bound or "about", end + 1
    if approx_len:
        clitic = 1 if _bare(words[start]) != words[start] else 0
    return Quantity(tokens[start].start + clitic, tokens[end - 1].end, value, unit,
                    approx=bound is not None, bound=bound, unit_key=unit_key)


def _approximator_before(words, i) -> tuple[int, str | None]:
    for phrase, bound in _APPROXIMATORS:
        n = len(phrase)
        if i >= n and tuple(words[i - n + 1 : i]) == phrase[1:] and _bare(words[i - n]) == phrase[0]:
            return n, bound
    return 0, None


def _bare(word: str) -> str:
    """The word without a one-letter conjunction or preposition (بنحو، وقرابة)."""
    return word[1:] if len(word) > 3 and word[0] in "وفبل" else word


def _unit_after(tokens, words, i) -> tuple[str | None, str | None, int]:
    """The counted noun after index i: (surface, matching key, index after it)."""
    for phrase in _PERCENT:
        if tuple(words[i : i + len(phrase)]) == phrase:
            return "%", "%", i + len(phrase)
    j = i + 1 if i < len(words) and words[i] == "من" else i
    if j >= len(tokens) or tokens[j].kind != "word":
        return None, None, i
    word = words[j]
    if word in _NOT_UNITS or parse_number_words([word]) or word in _TRAILING:
        return None, None, i
    return tokens[j].text, unit_key(tokens[j].text), j + 1


def unit_key(word: str) -> str:
    """A counted noun folded for matching: no article or conjunction, no accusative alef
    (جندياً → جندي، السكان → سكان، آليات → اليات)."""
    word = strip_diacritics(word)
    for prefix in ("وال", "بال", "لل", "ال"):  # before hamza folding: آلية keeps its alef
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            word = word[len(prefix) :]
            break
    word = normalize_ar(word)
    if len(word) >= 4 and word.endswith("ا") and not word.endswith("اا"):
        word = word[:-1]
    return word
