"""Counted amounts: «نحو 50 آلية»، «120 ألفًا»، «ثلاثة آلاف وخمسمائة مقاتل»، «عشرات الأهالي».

A quantity is an amount (digits, digits × scale word, number words or a vague plural such as
عشرات), the approximation word before it if any, and the noun it counts if one follows.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..lang.ar.calendar import GREGORIAN_ERA_MARK, HIJRI_ERA_MARKS
from ..lang.ar.clitics import STRIPPED_LETTERS, fold_word
from ..lang.ar.lexicon import (
    AND,
    APPROXIMATORS,
    ARTICLE,
    COUNT_NOUN,
    LABEL_NOUNS,
    NOT_UNITS,
    PARTITIVE,
    PERCENT_WORDS,
    TRAILING_APPROXIMATORS,
)
from ..lang.ar.normalize import (
    aligned_slice,
    normalize_aligned,
    normalize_all,
    normalize_ar,
    normalize_with_offsets,
    word_set,
)
from ..lang.ar.numbers import (
    CONJOINED_DEFINITE,
    DEFINITE_FORMS,
    DIGIT,
    DUAL_SCALES,
    NUMBER_FORMS,
    ONES_AND_TWOS,
    ORDINAL_UNITS,
    SCALES,
    VAGUE_FORMS,
    parse_number_words,
    read_number_word,
)
from ..lang.ar.tokenize import REVERSED_DECIMAL, tokenize
from ..lang.ar.units import ACCUSATIVE_ALEF, listed_family, unit_family
from ..model import Quantity, Span, Token
from .overlaps import OverlapSweep

_APPROXIMATORS = sorted(
    ((tuple(normalize_ar(phrase).split()), bound) for phrase, bound in APPROXIMATORS),
    key=lambda item: -len(item[0]),
)
_TRAILING = normalize_all(TRAILING_APPROXIMATORS)
_PERCENT = sorted((tuple(normalize_ar(p).split()) for p in PERCENT_WORDS), key=lambda p: -len(p))
_NOT_UNITS = normalize_all(NOT_UNITS)
_LABELS = normalize_all(LABEL_NOUNS) | {ARTICLE}
# 1,200 and 5.000, not 3,5 or 1.5
_THOUSANDS = re.compile(rf"^{DIGIT}{{1,3}}(?:,{DIGIT}{{3}})+$|^{DIGIT}{{1,3}}\.000$")
_LOOKAHEAD = 8
# How far a quantity reaches: «ما لا يزيد على» before, «ثلاثة ملايين وخمسمائة ألف من الجنود» after.
_BEFORE, _AFTER = 24, 64
_DIGITS = re.compile(DIGIT + "+")
# «الخمسة والعشرين» has no word of NUMBER_FORMS: its «والعشرين» is the anchor.
_ANCHOR_WORDS = frozenset(NUMBER_FORMS) | frozenset(VAGUE_FORMS) | CONJOINED_DEFINITE
_FIRST_WORDS = frozenset(NUMBER_FORMS) | frozenset(VAGUE_FORMS) | frozenset(DEFINITE_FORMS)
_HIJRI = normalize_all(HIJRI_ERA_MARKS)
_AD = normalize_ar(GREGORIAN_ERA_MARK)
_YEAR_SPANS = frozenset("-–/")


def find_quantities(text: str, skip: list[Span] = ()) -> list[Quantity]:
    """Every quantity in ``text``, left to right; tokens overlapping ``skip`` (dates) are
    never part of one. Only windows around digits and number words are tokenised: they are
    a small part of a news text, and tokenising all of it was half of the analysis time."""
    aligned = normalize_aligned(text)
    skip_near = OverlapSweep(skip)
    found: list[Quantity] = []
    for start, end in _windows(text):
        tokens = tokenize(text, start, end)
        words = [aligned_slice(aligned, token.start, token.end) for token in tokens]
        found += _quantities_in(tokens, words, _blocked_tokens(tokens, skip_near.overlapping(start, end)))
    return found


def _windows(text: str) -> list[tuple[int, int]]:
    """Merged stretches of ``text`` around each digit and number word, cut at spaces."""
    norm = normalize_with_offsets(text)
    anchors = [m.start() for m in _DIGITS.finditer(norm.text)]
    for word in _ANCHOR_WORDS & word_set(norm.text):
        at = norm.text.find(word)
        while at >= 0:
            anchors.append(at)
            at = norm.text.find(word, at + 1)
    windows: list[tuple[int, int]] = []
    for anchor in sorted(norm.offsets[a] for a in anchors):
        start = text.rfind(" ", 0, max(0, anchor - _BEFORE)) + 1
        end = text.find(" ", min(len(text), anchor + _AFTER))
        end = len(text) if end < 0 else end
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


def _quantities_in(tokens: list[Token], words: list[str], blocked: set[int]) -> list[Quantity]:
    found = []
    blocked = blocked | _years(tokens, words)
    i = 0
    while i < len(tokens):
        amount = None if i in blocked else _read_amount(tokens, words, i)
        if amount is None or not blocked.isdisjoint(range(i, amount[1])):
            i += 1
            continue
        value, end, vague, clitic = amount
        if tokens[i].kind == "number" and i > 0 and words[i - 1] in _LABELS:
            i = end
            continue
        found.append(_build(tokens, words, i, end, value, vague, clitic))
        i = end
    return found


def _years(tokens: list[Token], words: list[str]) -> set[int]:
    """Indices of the numbers that are years by their era mark («1436 هـ»، «2015م»), with the
    first of a span of years («1435 - 1436 هـ»، «36-1437ه»): a date, not an amount."""
    years = set()
    for i in range(len(tokens) - 1):
        if tokens[i].kind == "number" and (
                words[i + 1] in _HIJRI or (words[i + 1] == _AD and len(words[i]) == 4)):
            years.add(i)
            if i >= 2 and tokens[i - 1].text in _YEAR_SPANS and tokens[i - 2].kind == "number":
                years.add(i - 2)
    return years


def _blocked_tokens(tokens: list[Token], skip) -> set[int]:
    """Indices of the tokens that overlap a skipped span."""
    starts = [token.start for token in tokens]
    blocked = set()
    for span in skip:
        i = max(bisect_right(starts, span.start) - 1, 0)
        while i < len(tokens) and tokens[i].start < span.end:
            if tokens[i].overlaps(span):
                blocked.add(i)
            i += 1
    return blocked


def _read_amount(tokens, words, i) -> tuple[float, int, bool, int] | None:
    """(value, index after the amount, vague?, length of a clitic on the first word) for an
    amount starting at token i."""
    if tokens[i].kind == "number":
        value = _parse_digits(words[i], tokens[i].text)
        after = i + 2 if _bracketed(words, i) else i + 1  # «أكثر من (35) ألف طالب»، «(8) رشاشات»
        scale = _scale_at(words, after)
        if not scale:
            return value, after, False, 0
        value, end = value * scale, after + 1
        # «116 مليونا و800 ألف»: a smaller scale joined by «و» adds to the amount
        if end + 2 < len(tokens) and words[end] == AND and tokens[end + 1].kind == "number":
            smaller = _scale_at(words, end + 2)
            if smaller and smaller < scale:
                value, end = value + _parse_digits(words[end + 1], tokens[end + 1].text) * smaller, end + 3
        return value, end, False, 0
    if tokens[i].kind != "word" or words[i] not in _FIRST_WORDS:
        return None
    vague = VAGUE_FORMS.get(words[i])
    if vague is not None:
        value, prefix = vague
        scale = _scale_at(words, i + 1, definite=True)
        end = i + 2 if scale else i + 1
        return value * (scale or 1), end, True, len(prefix)
    if i > 0 and words[i - 1] in ORDINAL_UNITS:
        return None  # «شركة الحادي عشر»، «اليوم الخامس والعشرين»: a rank, not an amount
    parsed = parse_number_words(words[i : i + _LOOKAHEAD])
    if parsed is None:
        return None
    value, used = parsed
    if used == 1 and words[i] in ONES_AND_TWOS:
        return None  # «في آن واحد»، «جندي واحد»: the noun came first
    first = DEFINITE_FORMS.get(words[i], words[i])  # «بالخمسة والعشرين»: the clitic is «ب»
    return value, i + used, False, len(read_number_word(first)[0])


def _parse_digits(word: str, original: str = "") -> float:
    """120 · 1.5 · 3,5 · 1,200 · 37.960.200 · 82.999.316.4 · 1,234.5 · 5.000: the last separator
    is the decimal point unless it groups thousands (no one writes five as «5.000»); «5ر32» as
    typed in ``original`` is 32.5."""
    reversed_decimal = REVERSED_DECIMAL.fullmatch(original)
    if reversed_decimal:
        fraction, whole = reversed_decimal.groups()
        return float(f"{whole}.{fraction}")
    separators = [ch for ch in word if ch in ".,"]
    if not separators:
        return float(word)
    if len(set(separators)) == 1 and (len(separators) > 1 or _THOUSANDS.match(word)):
        return float(_ungroup(word, separators[0]))
    whole, _, fraction = word.replace(",", ".").rpartition(".")
    return float(whole.replace(".", "") + "." + fraction)


def _ungroup(word: str, separator: str) -> str:
    """The digits without the separator that groups thousands: 37.960.200 → 37960200. When the
    groups between are thousands and the last is not, the last is the decimal point, as in
    Saudi copy's «82.999.316.4» → 82999316.4."""
    head, *middle, last = word.split(separator)
    if middle and len(last) != 3 and all(len(group) == 3 for group in middle):
        return head + "".join(middle) + "." + last
    return word.replace(separator, "")


def _scale_at(words, i, definite=False) -> float | None:
    if i >= len(words):
        return None
    word = words[i]
    if definite and word not in SCALES and word.startswith(ARTICLE):
        word = word[2:]  # عشرات الآلاف
    if word in SCALES:
        return SCALES[word]
    return 2 * DUAL_SCALES[word] if word in DUAL_SCALES else None


def _bracketed(words, i) -> bool:
    return 0 < i < len(words) - 1 and words[i - 1] == "(" and words[i + 1] == ")"


def _build(tokens, words, start, end, value, vague, clitic) -> Quantity:
    bound = "at-least" if vague else None
    if end > start + 1 and _bracketed(words, start):
        start -= 1  # the bracket opening «(35)» belongs to the amount
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
                    approx=bound is not None, bound=bound, unit_key=unit_key,
                    referent=unit_family(unit_key) if unit_key else None,
                    referent_listed=bool(unit_key and listed_family(unit_key)))


def _approximator_before(words, i) -> tuple[int, str | None]:
    for phrase, bound in _APPROXIMATORS:
        n = len(phrase)
        if i >= n and tuple(words[i - n + 1 : i]) == phrase[1:] and _bare(words[i - n]) == phrase[0]:
            return n, bound
    return 0, None


def _bare(word: str) -> str:
    """The word without a one-letter conjunction or preposition (بنحو، وقرابة)."""
    return word[1:] if len(word) > 3 and word[0] in STRIPPED_LETTERS else word


def _unit_after(tokens, words, i) -> tuple[str | None, str | None, int]:
    """The counted noun after index i: (surface, matching key, index after it)."""
    for phrase in _PERCENT:
        if tuple(words[i : i + len(phrase)]) == phrase:
            return "%", "%", i + len(phrase)
    j = i + 1 if i < len(words) and words[i] == PARTITIVE else i
    if not _is_unit(tokens, words, j):
        return None, None, i
    if words[j] == COUNT_NOUN and _is_unit(tokens, words, j + 1):
        j += 1  # «ارتفع إلى 16 عدد الغارات»: the number counts what «عدد» names
    return tokens[j].text, unit_key(tokens[j].text), j + 1


def _is_unit(tokens, words, j) -> bool:
    """Whether token j is a word that can be what a number counts."""
    if j >= len(tokens) or tokens[j].kind != "word":
        return False
    word = words[j]
    return not (word in _NOT_UNITS or parse_number_words([word]) or word in _TRAILING)


def unit_key(word: str) -> str:
    """A counted noun folded for matching: no article or conjunction, no accusative alef
    (جندياً → جندي، السكان → سكان، آليات → اليات)."""
    word = fold_word(word)
    if len(word) >= 4 and word.endswith(ACCUSATIVE_ALEF) and not word.endswith(2 * ACCUSATIVE_ALEF):
        word = word[:-1]
    return word
