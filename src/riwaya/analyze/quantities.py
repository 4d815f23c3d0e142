"""Counted amounts: «نحو 50 آلية»، «120 ألفًا»، «ثلاثة آلاف وخمسمائة مقاتل»، «عشرات الأهالي».

A quantity is an amount (digits, digits × scale word, number words or a vague plural such as
عشرات), the approximation word before it if any, and the noun it counts if one follows.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..lang.ar.calendar import GREGORIAN_ERA_MARK, HIJRI_ERA_MARKS, MONTH_NOUN
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
    RANGE_BETWEEN,
    RANGE_CHANGE_WORDS,
    RANGE_FROM,
    RANGE_TO,
    TRAILING_APPROXIMATORS,
    TRAILING_BOUNDS,
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
    DIALECT_NOT_ALONE,
    DIGIT,
    DUAL_SCALES,
    HALF,
    LEADING_POINTS,
    MINUS_SIGNS,
    NEGATIVE_WORDS,
    NOT_ALONE,
    NUMBER_FORMS,
    POINT_WORD,
    SCALES,
    VAGUE_FORMS,
    ZERO,
    is_digits,
    parse_number_words,
    read_number_word,
    read_ordinal,
)
from ..lang.ar.tokenize import REVERSED_DECIMAL, tokenize
from ..lang.ar.units import (
    ACCUSATIVE_ALEF,
    CASUALTY_NOUNS,
    CURRENCIES,
    CURRENCY_SIGNS,
    DEATH_WORDS,
    INJURY_WORDS,
    LEADING_SIGNS,
    MINOR_UNITS,
    country_adjective,
    listed_family,
    other_things,
    unit_family,
)
from ..lang.ar.words import analyze_word
from ..lang.en.units import english_family
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
# How far a quantity reaches: «ما لا يزيد على» before, «ثلاثة ملايين وخمسمائة ألف من الجنود» after;
# and far enough back for the verb of change before «من 5 إلى 20» («رفعت الحكومة نسبته من»).
_BEFORE, _AFTER = 40, 64
_DIGITS = re.compile(DIGIT + "+")
# «الخمسة والعشرين» has no word of NUMBER_FORMS: its «والعشرين» is the anchor.
_ANCHOR_WORDS = frozenset(NUMBER_FORMS) | frozenset(VAGUE_FORMS) | CONJOINED_DEFINITE
_FIRST_WORDS = frozenset(NUMBER_FORMS) | frozenset(VAGUE_FORMS) | frozenset(DEFINITE_FORMS)
_HIJRI = normalize_all(HIJRI_ERA_MARKS)
_AD = normalize_ar(GREGORIAN_ERA_MARK)
_YEAR_SPANS = frozenset("-–/")
_POINT_WORD = normalize_ar(POINT_WORD)
_NEGATIVE_WORDS = normalize_all(NEGATIVE_WORDS)
_MONTH_NOUN = normalize_ar(MONTH_NOUN)
_POWERS_OF_TEN = frozenset("1" + "0" * n for n in range(2, 10))
_TRAILING_BOUNDS = sorted(((tuple(normalize_ar(phrase).split()), bound) for phrase, bound in TRAILING_BOUNDS),
                          key=lambda item: -len(item[0]))
_BETWEEN = normalize_all(RANGE_BETWEEN[-1:])
_WHAT = normalize_all(RANGE_BETWEEN[:-1])
_FROM = normalize_all(RANGE_FROM)
_RANGE_TO = normalize_all(word for word in RANGE_TO if len(word) > 1)
_TO_CLITIC = next(word for word in RANGE_TO if len(word) == 1)
_CHANGE = normalize_all(RANGE_CHANGE_WORDS)
_CHANGE_REACH = 6
_DASHES = frozenset("-–")


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
        start, value, end = _signed(tokens, words, i, value, end)
        clitic = clitic if start == i else 0
        ranged = None if vague else _range(tokens, words, start, end, value)
        if ranged and blocked.isdisjoint(range(ranged[0], ranged[2])):
            start, clitic, end, value, high = ranged
        else:
            high = None
        if not blocked.isdisjoint(range(start, end)):
            i += 1
            continue
        found.append(_build(tokens, words, start, end, value, vague, clitic, high))
        i = end
        while i < len(tokens) and tokens[i].start < found[-1].end:
            i += 1  # past the unit, the minor unit and the bound the amount took
    return found


def _signed(tokens, words, i, value, end) -> tuple[int, float, int]:
    """(first token, value, index after) of an amount with what writes its digits around it:
    a minus sign or «سالب» («-1.2»), a leading decimal point («٫٧٧»), a fraction over a power
    of ten («٧٧/١٠٠») and a decimal said in words («1 فاصلة 5»)."""
    start = i
    if tokens[i].kind == "number" and _glued(tokens, i - 1, i) and tokens[i - 1].text in LEADING_POINTS and (
            i < 2 or not _glued(tokens, i - 2, i - 1)) and is_digits(words[i]):
        start, value = i - 1, float("0." + words[i])
    if start == i and end == i + 1 and tokens[i].kind == "number" and _fraction_at(tokens, words, end):
        denominator = float(words[end + 1])
        value, end = value / denominator, end + 2
    elif end < len(words) and words[end] == _POINT_WORD:
        fraction = _digits_after(tokens, words, end + 1)
        if fraction:
            value, end = value + float("0." + fraction[0]), fraction[1]
    if start > 0 and tokens[start - 1].text in MINUS_SIGNS and _glued(tokens, start - 1, start) and (
            start < 2 or not _glued(tokens, start - 2, start - 1)) and (
            start < 2 or tokens[start - 2].kind != "number"):
        start, value = start - 1, -value
    elif start > 0 and words[start - 1] in _NEGATIVE_WORDS:
        start, value = start - 1, -value
    return start, value, end


def _range(tokens, words, start, end, low) -> tuple[int, int, int, float, float] | None:
    """(first token, clitic, index after, low, high) of a range: «بين 10 و20»، «ما بين عشرة
    وعشرين»، «من 10 إلى 20»، «من عشرة لعشرين» and «10-20» before a unit. The second figure
    must be the larger; «ارتفع من 10 إلى 20» is a change, not a range."""
    opener, opener_start = _range_opener(words, start)
    j = None
    if opener == "between" and end < len(words):
        j = _second_figure(words, end, (AND,), AND)
    elif opener == "from" and end < len(words) and not _after_change(words, opener_start):
        j = _second_figure(words, end, _RANGE_TO, _TO_CLITIC)
    elif (end < len(tokens) and tokens[end].text in _DASHES and tokens[end - 1].kind == "number"
          and _glued(tokens, end - 1, end) and _glued(tokens, end, end + 1)):
        j, opener_start = end + 1, start
    if j is None or j >= len(tokens) or (opener is None and tokens[j].kind != "number"):
        return None
    second = _read_amount(tokens, words, j)
    if second is None or second[2]:
        return None
    high, after = second[0], second[1]
    scale = _scale_at(words, after - 1)
    if scale and low * scale <= high and not _scale_at(words, end - 1):
        low *= scale  # «بين 3 و4 ملايين»
    if high <= low or (opener is None and not _unit_after(tokens, words, after)[0]):
        return None  # «2-1» is a score; «10-20» needs what it counts
    clitic = 1 if opener and _bare(words[opener_start]) != words[opener_start] else 0
    return opener_start, clitic, after, low, high


def _second_figure(words, i, joiners, clitic) -> int | None:
    """Where the second figure of a range starts: after a joining word at i («و 20»، «إلى
    20»), or at i itself when the joiner is its clitic («و20» as one word, «لعشرين»)."""
    if words[i] in joiners:
        return i + 1
    return i if words[i][:1] == clitic and words[i] in NUMBER_FORMS else None


def _range_opener(words, i) -> tuple[str | None, int]:
    """("between" or "from", index of the opener) when «بين»، «ما بين» or «من» comes right
    before index i."""
    if i < 1:
        return None, i
    word = _bare(words[i - 1])
    if word in _BETWEEN:
        return "between", i - 2 if i >= 2 and words[i - 2] in _WHAT else i - 1
    if words[i - 1] in _FROM:
        return "from", i - 1
    return None, i


def _after_change(words, i) -> bool:
    """Whether a word of change («ارتفع»، «تراجع») comes in the few words before index i."""
    return any(_bare(word) in _CHANGE or word in _CHANGE for word in words[max(0, i - _CHANGE_REACH) : i])


def _glued(tokens, i, j) -> bool:
    """Whether tokens i and j (i before j) exist and nothing separates them."""
    return i >= 0 and j < len(tokens) and tokens[i].end == tokens[j].start


def _fraction_at(tokens, words, i) -> bool:
    """Whether «/» and a power of ten from 100 up follow at i, glued («٧٧/١٠٠»), and no third
    number (a date «1/10/1436») comes after."""
    return (i + 1 < len(tokens) and tokens[i].text == "/" and _glued(tokens, i - 1, i)
            and _glued(tokens, i, i + 1)
            and tokens[i + 1].kind == "number" and words[i + 1] in _POWERS_OF_TEN
            and not (i + 2 < len(tokens) and tokens[i + 2].text == "/" and _glued(tokens, i + 1, i + 2)))


def _digits_after(tokens, words, i) -> tuple[str, int] | None:
    """The digits of the fraction after «فاصلة»: written («5») or spelled («خمسة»), and the
    index after them."""
    if i < len(tokens) and tokens[i].kind == "number" and is_digits(words[i]):
        return words[i], i + 1
    parsed = parse_number_words(words[i : i + _LOOKAHEAD]) if i < len(words) else None
    if parsed and float(parsed[0]).is_integer():
        return str(int(parsed[0])), i + parsed[1]
    return None


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
        if value >= scale:  # «134.230.000 مليون ريال»: the figure is written whole, its scale named after it
            return value, after + 1, False, 0
        value, end = _joined_smaller(tokens, words, value * scale, after + 1, scale)
        return value, end, False, 0
    if tokens[i].kind != "word" or words[i] not in _FIRST_WORDS:
        return None
    vague = VAGUE_FORMS.get(words[i])
    if vague is not None:
        value, prefix = vague
        scale = _scale_at(words, i + 1, definite=True)
        end = i + 2 if scale else i + 1
        return value * (scale or 1), end, True, len(prefix)
    if _in_ordinal(words, i):
        return None  # «شركة الحادي عشر»، «اليوم الخامس والعشرين»: a rank, not an amount
    parsed = parse_number_words(words[i : i + _LOOKAHEAD])
    if parsed is None:
        return None
    value, used = parsed
    if used == 1 and (words[i] in NOT_ALONE or _stem(words[i]) in DIALECT_NOT_ALONE) and (
            words[i + 1 : i + 2] != [_POINT_WORD]):
        return None  # «في آن واحد»، «جندي واحد»: the noun came first; «واحد فاصلة خمسة» is 1.5
    if words[i] == ZERO and _near_date(tokens, words, i):
        return None  # «شهر صفر»، «1 صفر 1437»: the Hijri month
    first = DEFINITE_FORMS.get(words[i], words[i])  # «بالخمسة والعشرين»: the clitic is «ب»
    scale = _scale_at(words, i + used - 1)
    value, end = _joined_smaller(tokens, words, value, i + used, scale) if scale else (value, i + used)
    return value, end, False, len(read_number_word(first)[0])


def _joined_smaller(tokens, words, value, end, scale) -> tuple[float, int]:
    """(value, index after) of an amount ending in a scale word, with a smaller amount in digits
    joined by «و» added: a smaller scale («116 مليونا و800 ألف»، «مليونا و 300 الف ريال») or a
    number below the scale («33 ألفا و288 زجاجة» is 33,288)."""
    if end + 1 < len(tokens) and words[end] == AND and tokens[end + 1].kind == "number":
        digits = _parse_digits(words[end + 1], tokens[end + 1].text)
        smaller = _scale_at(words, end + 2)
        if smaller and smaller < scale:
            return value + digits * smaller, end + 3
        if not smaller and digits < scale:
            return value + digits, end + 2
    return value, end


def _in_ordinal(words, i) -> bool:
    """Whether word i ends an ordinal begun before it («الحادي عشر»، «الواحد و العشرين»);
    «الجولة الثالثة بثلاثة أهداف» counts three goals."""
    for back in (1, 2):
        read = read_ordinal(words[i - back : i + 1]) if i >= back else None
        if read and read[1] > back:
            return True
    return False


def _stem(word: str) -> str:
    """A number word without its prefix («ومتين» → متين)."""
    found = read_number_word(word)
    return word[len(found[0]):] if found else word


def _near_date(tokens, words, i) -> bool:
    """Whether word i sits beside a digit (a score «2-صفر» too) or after «شهر»: a month's
    name or a score, not an amount."""
    beside = [j for j in (i - 1, i + 1) if 0 <= j < len(tokens)]
    score = i >= 2 and tokens[i - 1].text in _DASHES and tokens[i - 2].kind == "number"
    return score or any(tokens[j].kind == "number" for j in beside) or (i > 0 and words[i - 1] == _MONTH_NOUN)


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


def _build(tokens, words, start, end, value, vague, clitic, high=None) -> Quantity:
    bound = "at-least" if vague else None
    if end > start + 1 and _bracketed(words, start):
        start -= 1  # the bracket opening «(35)» belongs to the amount
    unit, key, referent = None, None, None
    sign = _sign_before(tokens, start)
    if sign:
        start, unit, key = sign
        clitic = 0
    approx_len, approx_bound = _approximator_before(words, start)
    if approx_len:
        start -= approx_len
        bound = approx_bound
    if unit is None:
        unit, key, end = _unit_after(tokens, words, end)
    if key and _is_currency(key) and high is None:
        value, end = _with_minor_unit(tokens, words, end, value)
    half = _half_after(tokens, words, end, value, key) if key and high is None else 0
    if half:
        value, end = value + 0.5, end + half  # «ثلاث سنوات ونصف»، «390 جراماً ونصف الجرام»
    if end < len(words) and words[end] in _TRAILING:
        bound, end = bound or "about", end + 1
    trailing = _trailing_bound(words, end)
    if trailing:
        bound, end = bound or trailing[0], end + trailing[1]
    if approx_len:
        clitic = 1 if _bare(words[start]) != words[start] else 0
    if key:
        noun, _, adjective = key.partition(" ")
        referent = unit_family(noun) + (" " + adjective if adjective else "")
    return Quantity(tokens[start].start + clitic, tokens[end - 1].end, value, unit,
                    approx=bound is not None, bound=bound, unit_key=key, referent=referent,
                    referent_listed=bool(key and listed_family(key.partition(" ")[0])), max_value=high)


def _sign_before(tokens, i) -> tuple[int, str, str] | None:
    """(first token, sign, currency key) of a currency sign or code right before the amount
    at i: «$10»، «$ 10»، «USD 10»."""
    for n in (1, 2):
        if i >= n and all(_glued(tokens, k, k + 1) for k in range(i - n, i - 1)):
            sign = "".join(token.text for token in tokens[i - n : i])
            if sign in _LEADING_SIGNS and tokens[i - 1].end >= tokens[i].start - 1:
                return i - n, sign, _LEADING_SIGNS[sign]
    return None


def _sign_after(tokens, i) -> tuple[str, str, int] | None:
    """(sign, currency key, index after) of a currency sign or code at i («10$»، «42 ج.م.»،
    «43c»); a single Latin letter only glued to the digits."""
    for n in (4, 3, 2, 1):
        if i + n > len(tokens) or not all(_glued(tokens, k, k + 1) for k in range(i, i + n - 1)):
            continue
        sign = "".join(token.text for token in tokens[i : i + n])
        key = _SIGNS.get(normalize_ar(sign))
        if key and (len(sign) > 1 or not sign.isascii() or not sign.isalpha() or _glued(tokens, i - 1, i)):
            after = i + n
            if "." in sign and after < len(tokens) and tokens[after].text == "." and _glued(
                    tokens, after - 1, after):
                after += 1  # «ج.م.»
            return sign, key, after
    return None


def _is_currency(key: str) -> bool:
    return key.partition(" ")[0] in _CURRENCY_KEYS


def _with_minor_unit(tokens, words, i, value) -> tuple[float, int]:
    """The amount with the minor unit after it: «20 دولاراً و43 سنتاً» is 20.43 (value, index
    after); the amount as it was when none follows."""
    j = i + 1 if i < len(words) and words[i] == AND else i
    if j >= len(tokens) or tokens[j].kind != "number" or not is_digits(words[j]):
        return value, i
    minor = _sign_after(tokens, j + 1)
    if minor and minor[1] in _MINOR_KEYS:
        return value + float(words[j]) / _MINOR[minor[1]], minor[2]
    if j + 1 < len(words) and unit_key(tokens[j + 1].text) in _MINOR:
        return value + float(words[j]) / _MINOR[unit_key(tokens[j + 1].text)], j + 2
    return value, i


MAX_WHOLE_WITH_HALF = 1000
"""«5 ملايين دولار ونصف» is 5.5 million: a half after a scaled amount is not read."""


def _half_after(tokens, words, i, value, key) -> int:
    """The words of a «ونصف» after a whole count and its noun, which adds a half of one: 1
    («390 جراماً ونصف»), 2 with the noun again («ونصف الجرام»); 0 for «ونصف المبلغ» (half of
    something else) and after millions, whose half is of the scale (left as it was)."""
    if value != int(value) or value >= MAX_WHOLE_WITH_HALF or i >= len(words) or words[i] != AND + HALF:
        return 0
    if i + 1 >= len(words) or not words[i + 1].startswith(ARTICLE):
        return 1
    return 2 if unit_family(unit_key(tokens[i + 1].text)) == unit_family(key.partition(" ")[0]) else 0


def _trailing_bound(words, i) -> tuple[str, int] | None:
    """(bound, words) of «على الأقل»، «أو أكثر»، «فما فوق» after an amount and its unit."""
    for phrase, bound in _TRAILING_BOUNDS:
        if tuple(words[i : i + len(phrase)]) == phrase:
            return bound, len(phrase)
    return None


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
    sign = _sign_after(tokens, i)
    if sign:
        return sign
    j = i + 1 if i < len(words) and words[i] == PARTITIVE else i
    if not _is_unit(tokens, words, j):
        return None, None, i
    if words[j] == COUNT_NOUN and _is_unit(tokens, words, j + 1):
        j += 1  # «ارتفع إلى 16 عدد الغارات»: the number counts what «عدد» names
    key = unit_key(tokens[j].text)
    adjective = country_adjective(fold_word(tokens[j + 1].text)) if j + 1 < len(tokens) else None
    if adjective and key in _CURRENCY_KEYS:  # «ريال سعودي»، «ريالات قطرية»
        return tokens[j].text + " " + tokens[j + 1].text, key + " " + adjective, j + 2
    return tokens[j].text, key, j + 1


def _is_unit(tokens, words, j) -> bool:
    """Whether token j is a word that can be what a number counts."""
    if j >= len(tokens) or tokens[j].kind != "word":
        return False
    word = words[j]
    return not (word in _NOT_UNITS or parse_number_words([word]) or word in _TRAILING)


def count_other_things(a: Quantity, b: Quantity) -> bool:
    """Whether two amounts count nouns the lists know to name different things
    (``lang/ar/units.other_things``): «50 آلية» / «50 جندياً», not «5 أشخاص» / «5 قتلى»."""
    return a.referent_listed and b.referent_listed and other_things(a.referent, b.referent)


def counted_referent(word: str) -> str:
    """The referent family a written noun would count: «المدرعات» and «مدرعة» give one key, the
    key ``Quantity.referent`` holds for «50 مدرعة», and so does "armored vehicles"."""
    return english_family(word.lower()) or unit_family(unit_key(word))


def unit_key(word: str) -> str:
    """A counted noun folded for matching: no article or conjunction, no accusative alef
    (جندياً → جندي، السكان → سكان، آليات → اليات)."""
    word = fold_word(word)
    if len(word) >= 4 and word.endswith(ACCUSATIVE_ALEF) and not word.endswith(2 * ACCUSATIVE_ALEF):
        word = word[:-1]
    return word


# Money, keyed as ``unit_key`` folds a counted noun.
_CURRENCY_KEYS = frozenset(unit_key(word) for word in CURRENCIES)
_SIGNS = {normalize_ar(sign): " ".join(unit_key(word) for word in noun.split()[:1]) + "".join(
    " " + (country_adjective(fold_word(word)) or fold_word(word)) for word in noun.split()[1:])
    for sign, noun in CURRENCY_SIGNS.items()}
_LEADING_SIGNS = {sign: _SIGNS[normalize_ar(sign)] for sign in LEADING_SIGNS}
_MINOR = {unit_key(word): count for word, count in MINOR_UNITS.items()}
_MINOR_KEYS = frozenset(_SIGNS[normalize_ar(sign)] for sign in ("c", "¢"))


FATE_WORDS = ((normalize_all(DEATH_WORDS), normalize_all(INJURY_WORDS)),
              frozenset(unit_family(fold_word(w)) for w in CASUALTY_NOUNS))
"""The words that tell a count of people dead and wounded, and the referents of casualty
nouns (``analyze/fates``)."""


def word_forms(text: str, start: int, end: int) -> list[frozenset[str]]:
    """Each word of text[start:end] as written and without its clitics («وتوفي»: توفي)."""
    return [frozenset((normalize_ar(t.text), analyze_word(t.text).stem))
            for t in tokenize(text, start, end) if t.kind == "word"]
