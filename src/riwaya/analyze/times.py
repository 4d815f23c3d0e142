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
from ..lang.ar.numbers import is_digits, parse_number_words, read_ordinal
from ..model import Span, TimeExpression


def _folded(table: dict) -> dict:
    return {re.sub(r"\s+", " ", normalize_ar(k)): v for k, v in table.items()}


MONTHS = _folded(names.GREGORIAN_MONTHS)
FUTURE = normalize_all(names.FUTURE_WORDS)
FUTURE_REACH, FUTURE_WORDS_BACK = 80, 8  # characters and words a future verb is looked for in
HIJRI = _folded(names.HIJRI_MONTHS)
WEEKDAYS = _folded(names.WEEKDAYS)
_WEEKDAYS_BARE = _folded(names.WEEKDAYS_BARE)
DAY_WORDS = _folded(names.DAY_WORDS)
PERIODS = _folded(names.PERIOD_WORDS)
VAGUE_PERIODS = normalize_all(names.VAGUE_PERIODS)
NAMED_PERIODS = _folded(names.NAMED_PERIODS)
EDGES = _folded(names.PERIOD_EDGES)
LAST = normalize_all(names.LAST_WORDS)
HIJRI_HOLIDAYS = _folded(names.HIJRI_HOLIDAYS)
HIJRI_MONTH_HOLIDAYS = _folded(names.HIJRI_MONTH_HOLIDAYS)
GREGORIAN_HOLIDAYS = _folded(names.GREGORIAN_HOLIDAYS)
EASTER = normalize_all(names.EASTER_HOLIDAYS)
CLOCK_PARTS = _folded(names.CLOCK_PARTS)
CLOCK_PART_NOUNS = _folded(names.CLOCK_PART_NOUNS)
CLOCK_FRACTIONS = _folded(names.CLOCK_FRACTIONS)
_CLOCK = re.compile(names.CLOCK_PATTERN)
RANGE_TO = normalize_all(names.RANGE_TO)
_DIGIT_OR_HOUR = re.compile(rf"\d|{normalize_ar(names.HOUR_NOUN)}")
CLOCK_GAP = 12  # characters between a clock time and the day it is on («الساعة 8 من مساء أمس»)
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
    for span, _, (value, granularity, relative, *end) in sorted(
        candidates, key=lambda c: (c[0].start - c[0].end, c[1])
    ):
        if not any(span.overlaps(kept) for kept in chosen):
            chosen.append(TimeExpression(span.start, span.end, value, granularity, relative,
                                         until=end[0] if end else None))
    clocks = [c for c in _clock_times(text, norm) if not any(c.overlaps(s) for s in skip)]
    return _with_clocks(sorted(chosen, key=lambda t: t.start), clocks, text)


def _clock_times(text: str, norm) -> list[TimeExpression]:
    """Every clock time, on no day yet: «الساعة 3 عصراً» is 15:00."""
    found = []
    if not _DIGIT_OR_HOUR.search(norm.text):
        return found
    for match in _CLOCK.finditer(norm.text):
        clock = _clock(match)
        if clock is not None:
            start, end = norm.to_original(match.start("x"), match.end("x"))
            found.append(TimeExpression(start, end, None, "day", True, clock=clock))
    return found


def _clock(match) -> str | None:
    """"HH:MM" on a 24-hour clock, or None when the words are no time of day."""
    hour_text = match["h"] or match["h2"] or match["h3"]
    minute = int(match["m"] or match["m2"] or 0)
    if hour_text:
        hour = int(hour_text)
    else:
        read = read_ordinal(match["hw"].split()) or _cardinal(match["hw"])
        if read is None or read[1] != len(match["hw"].split()):
            return None
        hour = read[0]
    minute += CLOCK_FRACTIONS.get(_space(match["frac"] or ""), 0)
    if minute < 0:
        hour, minute = hour - 1, minute + 60
    part = match["part"] or match["part2"] or match["part3"]
    if part and CLOCK_PARTS[_space(part)] and 1 <= hour < 12:
        hour += 12
    elif part and not CLOCK_PARTS[_space(part)] and hour == 12:
        hour = 0  # «12:30 صباحاً» is half past midnight
    if not (0 <= hour <= 24 and 0 <= minute < 60) or (match["h3"] and not 1 <= hour <= 12):
        return None
    return f"{hour % 24:02d}:{minute:02d}"


def _cardinal(text: str) -> tuple[int, int] | None:
    parsed = parse_number_words(text.split())
    return None if parsed is None else (int(parsed[0]), parsed[1])


def _with_clocks(times: list[TimeExpression], clocks: list[TimeExpression],
                 text: str) -> list[TimeExpression]:
    """Each clock time joined to the day named right before or after it («مساء أمس الساعة
    الثامنة»، «الساعة 8 من صباح السبت»), or kept alone on no day; dates it overlaps stay."""
    result = list(times)
    for clock in clocks:
        if any(clock.overlaps(t) for t in result):
            continue
        day = next((t for t in result if t.value and t.granularity == "day" and t.until is None
                    and t.clock is None and _near(text, t, clock)), None)
        if day is None:
            result.append(clock)
            continue
        hour, minute = map(int, clock.clock.split(":"))
        first = normalize_ar(text[day.start:day.end]).split()[0] if day.start < clock.start else ""
        hour = _on_part(hour, CLOCK_PART_NOUNS.get(first))  # «مساء أمس الساعة الثامنة»
        if day.start > clock.start:
            after = normalize_ar(text[clock.end:day.start] + text[day.start:day.end]).split()
            part = next((CLOCK_PART_NOUNS[w] for w in after[:2] if w in CLOCK_PART_NOUNS), None)
            hour = _on_part(hour, part)  # «الساعة الثامنة من مساء أمس»
        result[result.index(day)] = TimeExpression(
            min(day.start, clock.start), max(day.end, clock.end), day.value, day.granularity,
            day.relative, clock=f"{hour:02d}:{minute:02d}")
    return sorted(result, key=lambda t: t.start)


def _on_part(hour: int, part: int | None) -> int:
    """The hour on a 24-hour clock after a part of the day: 8 in the evening is 20, 12 in
    the morning 0; a clock already past noon («الساعة 18») stays."""
    if part is None or hour > 12:
        return hour
    if part:
        return hour + 12 if hour < 12 else hour
    return 0 if hour == 12 else hour


def _near(text: str, day: TimeExpression, clock: TimeExpression) -> bool:
    """Whether only a few linking words stand between a day and a clock time, and none that
    makes the clock the end of a stretch («من مساء الثلاثاء وحتى الساعة 22»)."""
    gap = text[day.end:clock.start] if day.end <= clock.start else text[clock.end:day.start]
    return (len(gap) <= CLOCK_GAP and not any(mark in gap for mark in names.CLOCK_BREAKS)
            and RANGE_TO.isdisjoint(normalize_ar(gap).split()))


Resolved = tuple  # (value, granularity, relative) or with the last day of a range after them
HIJRI_YEARS = (1300, 1500)
"""Years read as Hijri in numeric dates: 1882-2077 in the Gregorian calendar."""
MAX_AGO = {"day": 3660, "week": 520, "month": 1200, "year": 200}


def _day_month(match, published) -> Resolved | None:
    month, day = MONTHS[_space(match["month"])], int(match["day"])
    if match["year"]:
        return _safe_date(int(match["year"]), month, day), "day", False
    if published is None:
        return None, "day", True
    if match["wd"]:  # «الخميس 15 أغسطس»: the year in which the 15th is a Thursday
        return _on_weekday(published, month, day, WEEKDAYS[match["wd"]]), "day", True
    years = _years(published)
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
    if match["my"]:
        return _numeric_month(match["my"])
    if match["iso"]:
        year, month, day = map(int, match["iso"].split("-"))
    else:
        day, month, year = map(int, re.split(r"\s?[/.-]\s?", match["dmy"]))
    # «19/6/1436»: a year of the Hijri era, as Saudi copy writes official dates
    hijri = HIJRI_YEARS[0] <= year <= HIJRI_YEARS[1]
    value = _from_hijri(year, month, day) if hijri else _safe_date(year, month, day)
    return (value, "day", False) if value else None


def _numeric_month(text: str) -> Resolved | None:
    """«2/2013»، «3/1436 هـ»: a month and its year, Gregorian or Hijri (the whole month)."""
    month, year = map(int, text.split("/"))
    if not 1 <= month <= names.MONTH_NUMBER_MAX:
        return None
    if HIJRI_YEARS[0] <= year <= HIJRI_YEARS[1]:
        first = _from_hijri(year, month, 1)
        return (first, "day", False, _hijri_month_end(first)) if first else None
    if not GREGORIAN_YEARS[0] <= year <= GREGORIAN_YEARS[1]:
        return None
    return date(year, month, 1), "month", False


GREGORIAN_YEARS = (1900, 2100)


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
    if unit == "week":  # «قبل أسبوع» is the day a week back, not that calendar week
        return _minus(published, unit, count), "day", True
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


def _on_weekday(published: date, month: int, day: int, weekday: int) -> date | None:
    """The date of that day and month nearest ``published`` that falls on ``weekday``."""
    options = [d for y in range(published.year - YEARS_AROUND, published.year + YEARS_AROUND + 1)
               if (d := _safe_date(y, month, day)) and d.weekday() == weekday]
    return _closest(options, published)


YEARS_AROUND = 7  # a day and month fall on each weekday within any seven years or so


def _month_of(match, published) -> tuple[int | None, int | None, bool]:
    """(year, month, relative) of a month reference: «أكتوبر»، «شهر 3»، «الشهر الجاري»، «الشهر
    المقبل»; year None when none is written, month None when the words name none."""
    year = int(match["year"]) if match["year"] else None
    if match["ydir"] and published is not None:  # «العاشر من حزيران من العام الماضي»
        year = published.year + _direction(match["ydir"])
    if match["month"]:
        return year, MONTHS[_space(match["month"])], False
    if match["mnum"]:
        words = match["mnum"].split()
        number = int(match["mnum"]) if is_digits(match["mnum"]) else (_cardinal(match["mnum"]) or (0, 0))[0]
        if not is_digits(match["mnum"]) and words[0] in ONES_WORDS:
            return year, None, False  # «شهر واحد» is one month
        return year, (number if 1 <= number <= names.MONTH_NUMBER_MAX else None), False
    if published is None:
        return year, None, True
    moved = _minus(published, "month", -_direction(match["mdir"])) if match["mdir"] else published
    return moved.year, moved.month, True


ONES_WORDS = normalize_all(names.NOT_MONTH_NUMBERS)


def _in_year(published, month: int, day: int, year: int | None, direction: str | None = None) -> date | None:
    """The date in the year written, else nearest ``published`` (before or after it when a
    direction word follows the month: «الأول من شباط المقبل»)."""
    if year is not None:
        return _safe_date(year, month, day)
    if published is None:
        return None
    years = _years(published)
    options = [d for y in years if (d := _safe_date(y, month, day))]
    if step := _direction(direction) if direction else 0:
        options = [d for d in options if (d - published).days * step > 0]
    return _closest(options, published)


def _ordinal_day(match, published) -> Resolved | None:
    """«الثالث من أكتوبر»، «اليوم الخامس من الشهر الجاري»، «الخميس الأول من مارس»، «أوائل آذار»."""
    year, month, relative = _month_of(match, published)
    if month is None:
        return (None, "day", True) if relative else None
    relative = relative or year is None
    weekday = WEEKDAYS.get(match["wd"] or "")
    if weekday is None and match["ord"] and _qualifies(match):
        return None  # «الأسبوع الأول من أكتوبر»: the ordinal is the week's
    if match["edge"] and match["dayn"] and EDGES[match["edge"]] == "end":
        return _last_in_month(published, year, month, None, relative)  # «آخر يوم من شهر 10»
    if match["edge"]:
        return _month_part(published, year, month, EDGES[match["edge"]], relative)
    if match["ord"] in LAST:
        return _last_in_month(published, year, month, weekday, relative)
    read = read_ordinal(match["ord"].split())
    if read is None or read[1] != len(match["ord"].split()) or not 1 <= read[0] <= 31:
        return None
    if published is None and year is None:
        return None, "day", True
    if weekday is None:
        return _in_year(published, month, read[0], year, match["mndir"]), "day", relative
    return _weekday_in_month(published, year, month, weekday, read[0]), "day", relative


def _qualifies(match) -> bool:
    """Whether the word before the match is a definite noun the ordinal qualifies."""
    before = match.string[max(0, match.start("x") - 30):match.start("x")].split()
    return bool(before) and before[-1].startswith(ARTICLE) and before[-1] not in BEFORE_ORDINAL_DATE \
        and before[-1] not in WEEKDAYS


ARTICLE = normalize_ar(names.ARTICLE)
BEFORE_ORDINAL_DATE = normalize_all(names.BEFORE_ORDINAL_DATE)


def _weekday_in_month(published, year, month, weekday, rank) -> date | None:
    """«الثلاثاء الثالث من سبتمبر»: the 3rd when it is a Tuesday, else the third Tuesday."""
    if year is None:
        day = _on_weekday(published, month, rank, weekday)
        if day is not None and abs(day.year - published.year) <= 1:
            return day
    elif (day := _safe_date(year, month, rank)) and day.weekday() == weekday:
        return day
    return _nth_weekday(published, year, month, weekday, rank)


def _nth_weekday(published, year, month, weekday, rank) -> date | None:
    if not 1 <= rank <= 5:
        return None
    years = _years(published, year)
    options = []
    for y in years:
        first = date(y, month, 1)
        day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (rank - 1))
        if day.month == month:
            options.append(day)
    return _closest(options, published) if year is None else (options[0] if options else None)


def _last_in_month(published, year, month, weekday, relative) -> Resolved | None:
    """«آخر اثنين من مارس»، «اليوم الأخير من شهر 10»."""
    years = _years(published, year)
    options = []
    for y in years:
        day = date(y, month, calendar.monthrange(y, month)[1])
        if weekday is not None:
            day -= timedelta(days=(day.weekday() - weekday) % 7)
        options.append(day)
    return (options[0] if year is not None else _closest(options, published)), "day", relative


def _month_part(published, year, month, edge, relative) -> Resolved | None:
    """«أوائل آذار» 1-10، «منتصف آذار» 11-20، «أواخر آذار» 21 to the month's end: a range."""
    if year is None:
        if published is None:
            return None, "day", True
        year = _in_year(published, month, 15, None).year
    first, last = names.EDGE_DAYS[edge]
    last = min(last, calendar.monthrange(year, month)[1])
    return date(year, month, first), "day", relative, date(year, month, last)


def _week_of_month(match, published) -> Resolved | None:
    """«الأسبوع الأول من أكتوبر»: the week that starts on the month's first week-start day;
    «آخر أسبوع في سبتمبر» the last week that ends within the month."""
    year, month, relative = _month_of(match, published)
    if month is None or (year is None and published is None):
        return (None, "week", True) if relative else None
    words = (match["ord"] or match["ord2"]).split()
    if words[0] in LAST:
        rank = None
    else:
        read = read_ordinal(words)
        if read is None or read[1] != len(words) or not 1 <= read[0] <= 4:
            return None
        rank = read[0]
    years = _years(published, year)
    options = []
    for y in years:
        if rank is None:
            last = date(y, month, calendar.monthrange(y, month)[1])
            options.append(last - timedelta(days=(last.weekday() + 1) % 7 + 6))
        else:
            first = date(y, month, 1)
            options.append(first + timedelta(days=(-first.weekday()) % 7 + 7 * (rank - 1)))
    if year is None and (step := _direction(match["mndir"] or "")):  # «... من نوفمبر الماضي»
        this_month = published.replace(day=1)
        options = [d for d in options if (date(d.year, month, 1) - this_month).days * step > 0]
    chosen = options[0] if year is not None else _closest(options, published)
    return chosen, "week", relative or year is None


def _nth_weekday_named(match, published) -> Resolved | None:
    """«ثالث ثلاثاء في سبتمبر»، «آخر اثنين من الشهر المقبل»، «آخر يوم من شهر 10»."""
    year, month, relative = _month_of(match, published)
    if month is None or (published is None and year is None):
        return None
    relative = relative or year is None
    weekday = None if match["wd"] == normalize_ar(names.DAY_NOUN) else _WEEKDAYS_BARE.get(match["wd"])
    if match["ord"] in LAST:
        return _last_in_month(published, year, month, weekday, relative)
    read = read_ordinal([match["ord"]])
    if read is None:
        return None
    if weekday is None:
        return _in_year(published, month, read[0], year), "day", relative
    return _nth_weekday(published, year, month, weekday, read[0]), "day", relative


def _weekday_ordinal(match, published) -> Resolved | None:
    """«السبت السادس عشر»: the nearest 16th that is a Saturday (past the tenth only: «الجمعة
    الثانية» is the second Friday of something)."""
    read = read_ordinal(match["ord"].split())
    if read is None or read[1] != len(match["ord"].split()) or not 11 <= read[0] <= 31:
        return None
    if published is None:
        return None, "day", True
    weekday, options = WEEKDAYS[match["wd"]], []
    for months in range(-6, 7):
        moved = _minus(published.replace(day=1), "month", months)
        day = _safe_date(moved.year, moved.month, read[0])
        if day and day.weekday() == weekday:
            options.append(day)
    return _closest(options, published), "day", True


def _week_weekday(match, published) -> Resolved | None:
    """«أحد الأسبوع الماضي»، «الاثنين من الأسبوع الحالي»: that weekday of that week."""
    if not match["dir"] and not match["wthis"]:
        return None
    if published is None:
        return None, "day", True
    weekday = WEEKDAYS.get(match["wd"], _WEEKDAYS_BARE.get(match["wd"]))
    week = _period_start(_minus(published, "week", -_direction(match["dir"] or "")), "week")
    return week + timedelta(days=weekday), "day", True


def _this_period(match, published) -> Resolved | None:
    unit = NAMED_PERIODS[match["period"]]
    return (None if published is None else _period_start(published, unit)), unit, True


def _day_range(match, published) -> Resolved | None:
    """«من 13 إلى 15 تموز»: the first and last day; «و» joins a range only after «بين»."""
    if match["and"] and not match["from"]:
        return None
    if match["and"] and _space(match["from"]) not in BETWEEN:
        return None
    month, first, last = MONTHS[_space(match["month"])], int(match["first"]), int(match["day"])
    first_month = MONTHS[_space(match["m1"])] if match["m1"] else month
    end = _in_year(published, month, last, int(match["year"]) if match["year"] else None)
    if end is None:
        return (None, "day", True) if published is None else None
    start = _safe_date(end.year - (first_month > month), first_month, first)
    if start is None or start >= end:
        return None
    return start, "day", not match["year"], end


BETWEEN = normalize_all(names.RANGE_BETWEEN)


def _holiday(match, published) -> Resolved | None:
    """«عيد الفطر»، «عيد الأضحى 2013»، «رأس السنة الميلادية»، «شهر رمضان»: the day (or month)
    nearest the publication, or in the year written (Hijri when it is one)."""
    name, year = _space(match["holiday"]), int(match["year"]) if match["year"] else None
    hijri_year = year is not None and (match["era"] or HIJRI_YEARS[0] <= year <= HIJRI_YEARS[1])
    if name in HIJRI_HOLIDAYS or name in HIJRI_MONTH_HOLIDAYS:
        month, day = HIJRI_HOLIDAYS.get(name, (HIJRI_MONTH_HOLIDAYS.get(name), 1))
        days = _hijri_days(month, day, year, hijri_year, published)
        if not days:
            return (None, "day", True) if published is None and year is None else None
        value = _closest(days, published) if published else days[0]
        if name in HIJRI_MONTH_HOLIDAYS:
            return value, "day", year is None, _hijri_month_end(value)
        return value, "day", year is None
    if year is None and published is None:
        return None, "day", True
    years = _years(published, year)
    if name in EASTER:
        days = [_easter(y) for y in years]
    else:
        month, day = GREGORIAN_HOLIDAYS[name]
        days = [date(y, month, day) for y in years]
    return (days[0] if year is not None else _closest(days, published)), "day", year is None


def _hijri_days(month, day, year, hijri_year, published) -> list[date]:
    """The Gregorian dates of a Hijri day: in the Hijri year written, in the Gregorian year
    written, or in the Hijri years around the publication."""
    if year is not None and hijri_year:
        years = [year]
    elif year is not None:
        try:
            first = Gregorian(year, 1, 1).to_hijri().year
        except (ValueError, OverflowError):  # hijridate covers 1924-2077: «عيد الفطر 2467» is no date
            return []
        return [d for y in (first, first + 1) if (d := _from_hijri(y, month, day)) and d.year == year]
    elif published is not None:
        now = Gregorian.fromdate(published).to_hijri().year
        years = [now - 1, now, now + 1]
    else:
        return []
    return [d for y in years if (d := _from_hijri(y, month, day))]


def _hijri_month_end(first: date) -> date:
    hijri = Gregorian.fromdate(first).to_hijri()
    return first + timedelta(days=hijri.month_length() - 1)


def _hijri_month(match, published) -> Resolved | None:
    """«رمضان 1441» (a Hijri year) or «رمضان 2019» (the one that starts in that year)."""
    month, year = HIJRI[_space(match["hmonth"])], int(match["year"])
    days = _hijri_days(month, 1, year, HIJRI_YEARS[0] <= year <= HIJRI_YEARS[1], published)
    if not days:
        return None
    return days[0], "day", False, _hijri_month_end(days[0])


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return date(year, month, day + 1)


_RESOLVERS = {
    "day_month": _day_month, "hijri": _hijri, "numeric": _numeric, "month_year": _month_year,
    "month_relative": _month_relative, "year": _year, "day_word": _day_word,
    "weekday": _weekday, "ago": _ago, "period": _period, "this_period": _this_period,
    "ordinal_day": _ordinal_day, "week_of_month": _week_of_month, "nth_weekday": _nth_weekday_named,
    "weekday_ordinal": _weekday_ordinal,
    "week_weekday": _week_weekday, "day_range": _day_range, "holiday": _holiday, "hijri_month": _hijri_month,
}


def _years(published: date, year: int | None = None) -> list[int]:
    """The year written, else the years a date without one may fall in: the one before, of and
    after publication."""
    return [year] if year is not None else [published.year - 1, published.year, published.year + 1]


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
