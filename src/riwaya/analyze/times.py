"""Dates in news text, absolute and relative, resolved against the publication date.

On Tuesday 2020-11-17 «يوم السبت الماضي» is 2020-11-14, «صباح الثلاثاء» 2020-11-17, «أمس» 2020-11-16,
«منذ ثلاثة أيام» 2020-11-14 and «الشهر الماضي» the month from 2020-10-01. A relative date with no
publication date keeps ``value=None``. Matching runs on the normalised text and maps back.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from hijridate import Gregorian, Hijri

from ..lang.ar import calendar as names
from ..lang.ar.normalize import normalize_all, normalize_ar, normalize_with_offsets, word_set
from ..lang.ar.numbers import is_digits, parse_number_words
from ..model import Span, TimeExpression


def _folded(table: dict) -> dict:
    return {re.sub(r"\s+", " ", normalize_ar(k)): v for k, v in table.items()}


MONTHS = _folded(names.GREGORIAN_MONTHS)
FUTURE = normalize_all(names.FUTURE_WORDS)
FUTURE_REACH, FUTURE_WORDS_BACK = 80, 8  # characters and words a future verb is looked for in
HIJRI = _folded(names.HIJRI_MONTHS)
WEEKDAYS = _folded(names.WEEKDAYS)
DAY_WORDS = _folded(names.DAY_WORDS)
PERIODS = _folded(names.PERIOD_WORDS)
VAGUE_PERIODS = normalize_all(names.VAGUE_PERIODS)
NAMED_PERIODS = _folded(names.NAMED_PERIODS)
EDGES = _folded(names.PERIOD_EDGES)
PAST = normalize_all(names.PAST_WORDS)
NEXT = normalize_all(names.NEXT_WORDS)
# Each pattern runs only when its gates pass, in windows around its first gate's anchors.
_COMPILED = [(name, gates, re.compile(pattern)) for name, gates, pattern in names.DATE_PATTERNS]


_BEFORE, _AFTER = 40, 100  # how far a date expression reaches around its anchor


def _passes(gates, text: str, words: frozenset[str]) -> bool:
    return all(
        gate.search(text) is not None if isinstance(gate, re.Pattern) else not gate.isdisjoint(words)
        for gate in gates
    )


def _anchors(gate, text: str, words: frozenset[str]) -> list[int]:
    """Where the first gate occurs: its regular expression's matches or its words."""
    if isinstance(gate, re.Pattern):
        return [match.start() for match in gate.finditer(text)]
    positions = []
    for word in gate & words:
        at = text.find(word)
        while at >= 0:
            positions.append(at)
            at = text.find(word, at + 1)
    return sorted(positions)


def _matches(pattern, gates, text: str, words: frozenset[str]):
    """The pattern's matches, searched only in windows around the anchors."""
    seen = set()
    for anchor in _anchors(gates[0], text, words):
        start = max(0, anchor - _BEFORE)
        end = text.find(" ", min(len(text), anchor + _AFTER))
        for match in pattern.finditer(text, start, len(text) if end < 0 else end):
            if match.span("x") not in seen:
                seen.add(match.span("x"))
                yield match


def find_times(text: str, published: date | None, skip: list[Span] = ()) -> list[TimeExpression]:
    """Every date expression in ``text``, resolved against ``published``; matches that
    overlap ``skip`` (an outlet called «الفرات اليوم») are left out."""
    norm = normalize_with_offsets(text)
    candidates = []
    words = word_set(norm.text)
    for priority, (name, gates, pattern) in enumerate(_COMPILED):
        if not _passes(gates, norm.text, words):
            continue
        for match in _matches(pattern, gates, norm.text, words):
            resolved = _RESOLVERS[name](match, published)
            if resolved is None:
                continue
            start, end = norm.to_original(match.start("x"), match.end("x"))
            span = Span(start, end)
            if not any(span.overlaps(s) for s in skip):
                candidates.append((span, priority, resolved))
    chosen: list[TimeExpression] = []
    for span, _, (value, granularity, relative) in sorted(
        candidates, key=lambda c: (c[0].start - c[0].end, c[1])
    ):
        if not any(span.overlaps(kept) for kept in chosen):
            chosen.append(TimeExpression(span.start, span.end, value, granularity, relative))
    return sorted(chosen, key=lambda t: t.start)


Resolved = tuple[date | None, str, bool]
HIJRI_YEARS = (1300, 1500)
"""Years read as Hijri in numeric dates: 1882-2077 in the Gregorian calendar."""
MAX_AGO = {"day": 3660, "week": 520, "month": 1200, "year": 200}


def _day_month(match, published) -> Resolved | None:
    month, day = MONTHS[_space(match["month"])], int(match["day"])
    if match["year"]:
        return _safe_date(int(match["year"]), month, day), "day", False
    if published is None:
        return None, "day", True
    years = (published.year - 1, published.year, published.year + 1)
    options = [d for y in years if (d := _safe_date(y, month, day))]
    direction = _direction(match["dir"]) if match["dir"] else 0
    if direction:  # «28 أيلول الماضي»: the latest one before publication, or the next one after
        options = [d for d in options if (d - published).days * direction > 0]
    return _closest(options, published), "day", True


def _hijri(match, published) -> Resolved | None:
    month, day = HIJRI[_space(match["hmonth"])], int(match["day"])
    if match["year"]:
        return _from_hijri(int(match["year"]), month, day), "day", False
    if published is None:
        return None, "day", True
    year = Gregorian.fromdate(published).to_hijri().year
    options = [d for y in (year - 1, year, year + 1) if (d := _from_hijri(y, month, day))]
    return _closest(options, published), "day", True


def _numeric(match, published) -> Resolved | None:
    if match["iso"]:
        year, month, day = map(int, match["iso"].split("-"))
    else:
        day, month, year = map(int, re.split(r"[/.-]", match["dmy"]))
    # «19/6/1436»: a year of the Hijri era, as Saudi copy writes official dates
    hijri = HIJRI_YEARS[0] <= year <= HIJRI_YEARS[1]
    value = _from_hijri(year, month, day) if hijri else _safe_date(year, month, day)
    return (value, "day", False) if value else None


def _month_year(match, published) -> Resolved | None:
    return date(int(match["year"]), MONTHS[_space(match["month"])], 1), "month", False


def _month_relative(match, published) -> Resolved | None:
    month, direction = MONTHS[_space(match["month"])], _direction(match["dir"])
    if published is None:
        return None, "month", True
    year = published.year
    if direction < 0 and month >= published.month:
        year -= 1
    elif direction > 0 and month <= published.month:
        year += 1
    return date(year, month, 1), "month", True


def _year(match, published) -> Resolved | None:
    return date(int(match["year"]), 1, 1), "year", False


def _day_word(match, published) -> Resolved | None:
    day = _shift(published, DAY_WORDS[_space(match["word"])])
    if day is not None and match["wd"]:
        day = _nearest_weekday(day, WEEKDAYS[match["wd"]])
    return day, "day", True


def _nearest_weekday(day: date, weekday: int) -> date:
    """The date of that weekday closest to ``day``. «اليوم الأحد» in a report its feed dates
    Tuesday was written on Sunday: feeds and crawlers often date a page days late, and the
    weekday the text names is the better witness."""
    ahead = (weekday - day.weekday()) % 7
    return day + timedelta(days=ahead if ahead <= 3 else ahead - 7)


def _weekday(match, published) -> Resolved | None:
    if published is None:
        return None, "day", True
    weekday = WEEKDAYS[match["wd"]]
    direction = _direction(match["dir"]) if match["dir"] else 0
    back = (published.weekday() - weekday) % 7
    if direction < 0:
        return published - timedelta(days=back or 7), "day", True
    if direction > 0:
        return published + timedelta(days=(weekday - published.weekday()) % 7 or 7), "day", True
    if _told_ahead(match):
        return published + timedelta(days=(weekday - published.weekday()) % 7), "day", True
    return published - timedelta(days=back), "day", True


def _told_ahead(match) -> bool:
    """Whether a future verb comes shortly before the date, in its sentence: «ستعقد جولة جديدة
    من المحادثات يوم الاثنين»."""
    before = match.string[max(0, match.start("x") - FUTURE_REACH) : match.start("x")]
    before = re.split(r"[.!?\n]", before)[-1]  # normalised: «؟» is «?»
    return not FUTURE.isdisjoint(re.findall(r"\w+", before)[-FUTURE_WORDS_BACK:])


def _ago(match, published) -> Resolved | None:
    unit, count = PERIODS[match["unit"]]
    if match["n"]:
        if count == 2:
            return None  # «منذ ثلاثة يومين» is not Arabic
        parsed = parse_number_words(match["n"].split()) if not is_digits(match["n"]) else (int(match["n"]), 1)
        if parsed is None or parsed[1] != len(match["n"].split()):
            return None
        count = int(parsed[0])
        if count > MAX_AGO[unit]:
            return None  # «منذ 1500 عام» is history, not a date to resolve
    elif match["unit"] in VAGUE_PERIODS:
        return None, unit, True  # «منذ أيام»: some days ago
    if published is None:
        return None, unit, True
    return _period_start(_minus(published, unit, count), unit), unit, True


def _period(match, published) -> Resolved | None:
    unit = NAMED_PERIODS[match["period"]]
    if published is None:
        return None, unit, True
    moved = _minus(published, unit, -_direction(match["dir"]))
    edge = EDGES.get(match["edge"] or "")
    if edge and unit == "year":
        return date(moved.year, {"start": 1, "middle": 6, "end": 12}[edge], 1), "month", True
    if edge and unit == "month":
        last = calendar.monthrange(moved.year, moved.month)[1]
        day = {"start": 1, "middle": 11, "end": last - 6}[edge]
        return date(moved.year, moved.month, day), "week", True
    return _period_start(moved, unit), unit, True


_RESOLVERS = {
    "day_month": _day_month, "hijri": _hijri, "numeric": _numeric, "month_year": _month_year,
    "month_relative": _month_relative, "year": _year, "day_word": _day_word,
    "weekday": _weekday, "ago": _ago, "period": _period,
}


def _closest(options: list[date], published: date) -> date | None:
    """A day and month without a year: the year that puts it nearest the publication."""
    return min(options, key=lambda d: abs(d - published), default=None)


def _space(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _direction(word: str) -> int:
    return -1 if word in PAST else 1 if word in NEXT else 0


def _shift(published: date | None, days: int) -> date | None:
    return None if published is None else published + timedelta(days=days)


def _minus(day: date, unit: str, count: int) -> date:
    if unit == "day":
        return day - timedelta(days=count)
    if unit == "week":
        return day - timedelta(weeks=count)
    months = day.year * 12 + day.month - 1 - (count if unit == "month" else 12 * count)
    year, month = divmod(months, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _period_start(day: date, unit: str) -> date:
    if unit == "week":
        return day - timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    if unit == "year":
        return day.replace(month=1, day=1)
    return day


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _from_hijri(year: int, month: int, day: int) -> date | None:
    try:
        day = Hijri(year, month, day).to_gregorian()
        return date(day.year, day.month, day.day)
    except (ValueError, OverflowError):
        return None
