"""Amounts in English text: "about 50 vehicles", "more than 200 soldiers", "$1.5 million",
"three helicopters", "120,000 people", "dozens of residents", "8 percent". Each counted noun is
mapped to the Arabic family of its referent (``lang/en/units``) so that amounts compare across
the two languages."""

from __future__ import annotations

from ...lang.en.numbers import (
    APPROXIMATORS,
    COUNT_NOUNS,
    DIGITS,
    NOT_COUNTED,
    SCALES,
    TENS,
    TRAILING_BOUNDS,
    UNITS,
    VAGUE_COUNTS,
    parse_digits,
    parse_number_words,
)
from ...lang.en.units import (
    CASUALTY_NOUNS,
    CURRENCY_SIGNS,
    DEATH_WORDS,
    INJURY_WORDS,
    PERCENT_WORDS,
    english_family,
)
from ...model import Quantity, Span
from .words import Word, english_words

_APPROXIMATORS = sorted(((p.split(), b) for p, b in APPROXIMATORS), key=lambda item: -len(item[0]))
_TRAILING = [(p.split(), b) for p, b in TRAILING_BOUNDS]
_VAGUE = sorted(((p.split(), v) for p, v in VAGUE_COUNTS.items()), key=lambda item: -len(item[0]))
UNIT_WINDOW = 3
"""Words after an amount its counted noun is looked for in: "50 armoured military vehicles"."""
_STOP = frozenset(NOT_COUNTED)


def find_quantities(text: str, skip: list[Span] = ()) -> list[Quantity]:
    """Every amount in ``text``; numbers inside ``skip`` (dates, the dateline) are left alone."""
    words = english_words(text)
    low = [w.low for w in words]
    found: list[Quantity] = []
    i = 0
    while i < len(words):
        if not _may_start_amount(words[i], low[i]):
            i += 1
            continue
        read = _amount_at(words, low, i)
        if read is None or any(Span(words[i].start, words[read[1] - 1].end).overlaps(s) for s in skip):
            i += 1
            continue
        value, after, vague, currency = read
        if not vague and not currency and _is_year(words, low, i, after, value):
            i = after
            continue
        found.append(_build(text, words, low, i, after, value, vague, currency))
        i = after
    return found


_STARTERS = frozenset({*UNITS, *TENS, *COUNT_NOUNS, *(phrase[0] for phrase, _ in _VAGUE)})


def _may_start_amount(word: Word, low: str) -> bool:
    """Digits, a currency sign, a number word or a vague count: where an amount may start."""
    return word.text[:1].isdigit() or word.text in CURRENCY_SIGNS or low.split("-")[0] in _STARTERS


def _amount_at(words: list[Word], low: list[str], i: int):
    """(value, index after the number and scale, vague, currency sign) of an amount at word i."""
    currency = None
    if words[i].text in CURRENCY_SIGNS and i + 1 < len(words) and DIGITS.fullmatch(words[i + 1].text):
        currency, i = words[i].text, i + 1
    for phrase, value in _VAGUE:
        if low[i : i + len(phrase)] == phrase and _next(low, i + len(phrase)) == "of":
            return value, i + len(phrase), True, None
    if DIGITS.fullmatch(words[i].text) and not _glued_to_letters(words, i):
        value, after = parse_digits(words[i].text), i + 1
    elif low[i] in COUNT_NOUNS and i > 0 and low[i - 1] == "a":
        value, after = COUNT_NOUNS[low[i]], i + 1
    else:
        parsed = parse_number_words(low[i : i + 8])
        if parsed is None or (low[i] == "one" and _next(low, i + 1) in ("of", "another")):
            return None
        value, after = parsed[0], i + parsed[1]
    if after < len(words) and low[after] in SCALES and low[after] != "hundred" or (
            after < len(words) and low[after] == "hundred" and DIGITS.fullmatch(words[i].text)):
        value *= SCALES[low[after]]
        after += 1
    return value, after, False, currency


def _build(text, words, low, i, after, value, vague, currency) -> Quantity:
    first, bound = _bound_before(low, i)
    unit, unit_end = _unit_after(words, low, after, currency)
    end = unit_end
    trailing = _bound_after(low, end)
    if trailing:
        bound, end = trailing
    if vague:
        bound = "at-least"
    key = english_family(unit) if unit else None
    plain = singular(unit.lower()) if unit else None
    return Quantity(words[first].start, words[end - 1].end, value, unit, approx=bound is not None,
                    bound=bound, unit_key=key or plain, referent=key or plain,
                    referent_listed=key is not None)


def singular(noun: str) -> str:
    """"families" → "family", "boxes" → "box", "vehicles" → "vehicle"."""
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("ses", "xes", "ches", "shes")):
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def _bound_before(low, i) -> tuple[int, str | None]:
    for phrase, bound in _APPROXIMATORS:
        n = len(phrase)
        if i >= n and low[i - n : i] == phrase:
            return i - n, bound
    return i, None


def _bound_after(low, end) -> tuple[str, int] | None:
    for phrase, bound in _TRAILING:
        if low[end : end + len(phrase)] == phrase:
            return bound, end + len(phrase)
    return None


def _unit_after(words, low, after, currency) -> tuple[str | None, int]:
    """The counted noun and the index after it: a listed noun among the next few words, else
    the first word when it is a plain lowercase noun; a leading sign is the unit itself."""
    if currency:
        return currency, after
    if after < len(words) and low[after] in ("%",):
        return "%", after + 1
    if low[after : after + 2] == ["per", "cent"]:
        return "percent", after + 2
    start = after + (1 if _next(low, after) == "of" else 0)  # "dozens of residents"
    if _next(low, start) in PERCENT_WORDS:
        return "percent", start + 1
    for j in range(start, min(start + UNIT_WINDOW, len(words))):
        if not words[j].is_word or low[j] in _STOP:
            break
        if english_family(low[j]) or english_family(" ".join(low[j - 1 : j + 1])):
            return words[j].text, j + 1
    if start < len(words) and words[start].is_word and low[start] not in _STOP and not words[start].capital:
        if len(low[start]) > 2:
            return words[start].text, start + 1
    return None, after


def _is_year(words, low, i, after, value) -> bool:
    """"in 2019", "2020" alone: a year, not an amount."""
    return (after == i + 1 and value == int(value) and 1900 <= value <= 2100
            and "," not in words[i].text and not _unit_after(words, low, after, None)[0])


def _glued_to_letters(words, i) -> bool:
    """"3rd", "F-16", "COVID-19": digits inside a word."""
    before = words[i - 1] if i else None
    after = words[i + 1] if i + 1 < len(words) else None
    return bool(before and before.end == words[i].start and before.text == "-"
                or after and after.start == words[i].end and after.text[:1].isalpha())


def _next(low, j) -> str:
    return low[j] if j < len(low) else ""


FATE_WORDS = ((frozenset(DEATH_WORDS), frozenset(INJURY_WORDS)),
              frozenset(english_family(noun) or noun for noun in CASUALTY_NOUNS))
"""The words that tell a count of people dead and wounded, and the referents of casualty
nouns (``analyze/fates``)."""


def word_forms(text: str, start: int, end: int) -> list[frozenset[str]]:
    """Each word of text[start:end], lower case."""
    return [frozenset((word.low,)) for word in english_words(text, start, end) if word.is_word]
