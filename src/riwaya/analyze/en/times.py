"""Dates in English text, resolved against the publication date as the Arabic reader does:
on Tuesday 2020-11-17 "last Saturday" and "on Saturday" are 2020-11-14, "Tuesday morning" and
"today" 2020-11-17, "Nov. 9" 2020-11-09, "three days ago" 2020-11-14, "last week" the week from
Monday 2020-11-09 and "in 2019" the year."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ...lang.en.calendar import (
    AGO_WORDS,
    AHEAD_WORDS,
    BACK_WORDS,
    DAY_PARTS,
    DAY_WORDS,
    FUTURE_WORDS,
    MONTHS,
    PERIOD_UNITS,
    THIS_WORDS,
    WEEKDAYS,
)
from ...lang.en.numbers import parse_number_words
from ...model import Span, TimeExpression


def _alternatives(words) -> str:
    return "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True))


_MONTH = rf"(?P<month>{_alternatives(MONTHS)})\.?"
_WEEKDAY = rf"(?P<wd>{_alternatives(WEEKDAYS)})"
_PART = rf"(?:\s+(?:{_alternatives(DAY_PARTS)}))?"
_DIR = rf"(?:(?P<dir>{_alternatives(BACK_WORDS + AHEAD_WORDS + THIS_WORDS)})\s+)?"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
PATTERNS = (
    ("month_day", rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b{_YEAR}"),
    ("day_month", rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b{_YEAR}"),
    ("month_year", rf"\b{_MONTH}\s+(?P<year>(?:19|20)\d\d)\b"),
    ("weekday", rf"\b{_DIR}{_WEEKDAY}\b{_PART}"),
    ("day_word", rf"\b(?P<word>{_alternatives(DAY_WORDS)})\b"),
    ("this_part", rf"\bthis\s+(?P<part>{_alternatives(DAY_PARTS)})\b"),
    ("ago", rf"\b(?P<n>\d+|[a-z]+(?:-[a-z]+)?|a|an)\s+(?P<unit>{_alternatives(PERIOD_UNITS)})\s+"
            rf"(?:{_alternatives(AGO_WORDS)})\b"),
    ("period", rf"\b(?P<dir>{_alternatives(BACK_WORDS + AHEAD_WORDS + THIS_WORDS)})\s+"
               rf"(?P<unit>week|month|year)\b"),
    ("month_rel", rf"\b(?P<dir>{_alternatives(BACK_WORDS + AHEAD_WORDS + THIS_WORDS)})\s+{_MONTH}\b"),
    ("year", r"\b(?:in|since|of|during|by|until)\s+(?P<year>(?:19|20)\d\d)\b"),
)
_COMPILED = [(name, re.compile(pattern, re.IGNORECASE)) for name, pattern in PATTERNS]
_MONTH_WORDS = frozenset(MONTHS)
GATES = {"month_day": _MONTH_WORDS, "day_month": _MONTH_WORDS, "month_year": _MONTH_WORDS,
         "weekday": frozenset(WEEKDAYS), "day_word": frozenset(w.split()[-1] for w in DAY_WORDS),
         "this_part": frozenset(DAY_PARTS), "ago": frozenset(AGO_WORDS),
         "period": frozenset(BACK_WORDS + AHEAD_WORDS + THIS_WORDS),
         "month_rel": _MONTH_WORDS}
"""Words without one of which a pattern cannot match."""
FUTURE_REACH = 60


def find_times(text: str, published: date | None, skip: list[Span] = ()) -> list[TimeExpression]:
    """Every date expression in ``text``, the longest where two overlap; matches inside ``skip``
    (an outlet called "Al-Furat Today") are left out."""
    candidates = []
    present = set(re.findall(r"[a-z]+", text.lower()))
    for priority, (name, pattern) in enumerate(_COMPILED):
        if name in GATES and present.isdisjoint(GATES[name]):
            continue  # a pattern runs only when a word it needs is in the text
        for match in pattern.finditer(text):
            if name in ("month_day", "day_month", "month_rel") and not _month_written(match):
                continue
            if name == "day_word" and _inside_name(text, match.start()):
                continue
            resolved = _RESOLVERS[name](match, published)
            if resolved is None:
                continue
            start = match.start("year") if name == "year" else match.start()
            span = Span(start, match.end())
            if not any(span.overlaps(s) for s in skip):
                candidates.append((span, priority, resolved))
    chosen: list[TimeExpression] = []
    longest_first = sorted(candidates, key=lambda c: (c[0].start - c[0].end, c[1]))
    for span, _, (value, granularity, relative) in longest_first:
        if not any(span.overlaps(kept) for kept in chosen):
            chosen.append(TimeExpression(span.start, span.end, value, granularity, relative))
    return sorted(chosen, key=lambda t: t.start)


def _inside_name(text: str, start: int) -> bool:
    """"Al-Furat Today", "USA Today": a capitalised day word after a capitalised word."""
    before = text[max(0, start - 30) : start].rstrip().split()
    return (text[start].isupper() and bool(before) and before[-1][:1].isupper()
            and not before[-1].endswith("."))


def _month_written(match) -> bool:
    """"May" and "March" are months only when written so: capitalised, or abbreviated."""
    word = match["month"]
    return word[:1].isupper() or len(word) <= 4 and word.lower() not in ("may", "mar")


def _month_day(match, published):
    month, day = MONTHS[match["month"].lower()], int(match["day"])
    year = int(match["year"]) if match["year"] else None
    value = _in_year(published, month, day, year)
    return (value, "day", year is None) if value or published is None else None


def _month_year(match, published):
    return date(int(match["year"]), MONTHS[match["month"].lower()], 1), "month", False


def _weekday(match, published):
    if published is None:
        return None, "day", True
    weekday = WEEKDAYS[match["wd"].lower()]
    direction = (match["dir"] or "").lower()
    back = (published.weekday() - weekday) % 7
    if direction in BACK_WORDS:
        return published - timedelta(days=back or 7), "day", True
    if direction in AHEAD_WORDS:
        return published + timedelta(days=(weekday - published.weekday()) % 7 or 7), "day", True
    if _told_ahead(match):  # "will resume on Sunday" in a Sunday paper: today, as the Arabic reader has it
        return published + timedelta(days=(weekday - published.weekday()) % 7), "day", True
    return published - timedelta(days=back), "day", True


def _told_ahead(match) -> bool:
    """"talks will resume on Monday": a future verb shortly before, in the same sentence."""
    before = re.split(r"[.!?\n]", match.string[max(0, match.start() - FUTURE_REACH) : match.start()])[-1]
    return any(word in FUTURE_WORDS for word in re.findall(r"[a-z]+", before.lower())[-6:])


def _day_word(match, published):
    shift = DAY_WORDS[re.sub(r"\s+", " ", match["word"].lower())]
    return (published + timedelta(days=shift) if published else None), "day", True


def _this_part(match, published):
    return published, "day", True


def _ago(match, published):
    n = match["n"].lower()
    if n in ("a", "an"):
        count = 1
    elif n.isdigit():
        count = int(n)
    else:
        parsed = parse_number_words([n])
        if parsed is None:
            return None
        count = int(parsed[0])
    unit = PERIOD_UNITS[match["unit"].lower()]
    if published is None:
        return None, unit, True
    if unit in ("day", "week"):
        return published - timedelta(days=count * (7 if unit == "week" else 1)), "day", True
    if unit == "month":
        return _month_start(published, -count), "month", True
    return date(published.year - count, 1, 1), "year", True


def _period(match, published):
    unit, direction = match["unit"].lower(), match["dir"].lower()
    step = -1 if direction in BACK_WORDS else 1 if direction in AHEAD_WORDS else 0
    if published is None:
        return None, unit, True
    if unit == "week":
        monday = published - timedelta(days=published.weekday())
        return monday + timedelta(weeks=step), "week", True
    if unit == "month":
        return _month_start(published, step), "month", True
    return date(published.year + step, 1, 1), "year", True


def _month_rel(match, published):
    if published is None:
        return None, "month", True
    month, direction = MONTHS[match["month"].lower()], match["dir"].lower()
    year = published.year
    if direction in BACK_WORDS and month >= published.month:
        year -= 1
    elif direction in AHEAD_WORDS and month <= published.month:
        year += 1
    return date(year, month, 1), "month", True


def _year(match, published):
    return date(int(match["year"]), 1, 1), "year", False


def _month_start(day: date, step: int) -> date:
    index = day.year * 12 + day.month - 1 + step
    return date(index // 12, index % 12 + 1, 1)


def _in_year(published, month: int, day: int, year: int | None) -> date | None:
    """The date in ``year``, else in the year that puts it nearest to publication."""
    try:
        if year:
            return date(year, month, day)
        if published is None:
            return None
        options = [date(published.year + k, month, day) for k in (-1, 0, 1)]
    except ValueError:
        return None
    return min(options, key=lambda d: (abs((d - published).days), d))


_RESOLVERS = {"month_day": _month_day, "day_month": _month_day, "month_year": _month_year,
              "weekday": _weekday, "day_word": _day_word, "this_part": _this_part, "ago": _ago,
              "period": _period, "month_rel": _month_rel, "year": _year}
