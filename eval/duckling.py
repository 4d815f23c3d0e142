"""riwaya's number and date readers against Duckling's own Arabic test corpora.

Duckling (Facebook's rule-based reader of numbers, amounts and dates) ships a corpus of Arabic
examples for each thing it reads, each with the value it must give. They are a peer's test suite,
written by others, which makes them a fairer check than the team's own sentences. The corpora sit
in ../shared/datasets/duckling_ar/ (BSD); this script reads the examples and their expected
values from the Haskell source at run time and never copies them into the project: it prints
them to the terminal only when asked (``--misses``).

Each example is analysed as a tiny article of its own, published on Duckling's reference day
(Tuesday 2013-02-12; Duckling's clock reads 04:30), with riwaya's default pipeline (sentences,
dates, quantities). What counts as right, strictly:

- numerals (Numeral, Numeral_EG): riwaya finds exactly one quantity, its value is the expected
  one, and it covers the whole example;
- ordinals: riwaya finds exactly one rank (``Article.ordinals``, apart from the amounts), the
  expected one, covering the whole example, and no amount or date;
- money: "right" is the whole expression: exactly one quantity, with the expected value and
  bound (``under`` is "at-most", ``above`` "at-least", a plain amount none) and a unit, covering
  the whole example. Each example is an amount and its currency and nothing else, so a quantity
  that covers it with a unit has read the currency as its unit; a currency symbol, an
  abbreviation or a country adjective left outside the span is a miss. "value" counts the
  examples where some quantity has the expected value, whatever its unit or span. A range
  (``between``) is one quantity from ``value`` to ``max_value``, exact or "about";
- quantities: exactly one quantity with a unit and the expected value in Duckling's unit,
  holding every digit of the example. riwaya reads amounts as written and converts no unit, so
  the category "converted" (kilograms where Duckling says grams) measures that choice; the
  product (what is weighed) is not checked. "value" as for money;
- durations: exactly one quantity with a unit and the expected count, covering the example;
- dates and times: riwaya finds exactly one date, no amount, and the date's first day and its
  granularity (day, week, month, year) are Duckling's value and grain. An interval is right when
  the period riwaya names (its first day and granularity) is the interval. A holiday is its date.

Claimed and not: riwaya does not claim to read clock times (and "now"), intervals or durations.
Those examples are scored by the same rules but listed as not claimed, and the table gives the
share right of all examples and of those riwaya claims. Holidays and ranges are claimed: the
readers are meant to cover them.

Conventions: in news a bare weekday (Monday) is the last one up to the publication day, where
Duckling takes the next. An example of the category "weekday" (a weekday alone, with at most one
other word) that riwaya resolves to exactly seven days before Duckling's date is counted under
"conv", apart from right and wrong. Likewise a date written without a year (a day and month, an
ordinal date, a holiday) is the occurrence nearest the publication day, where Duckling takes the
next: the same period found within the year before Duckling's and nearer the reference day (or
as near: riwaya takes the earlier on a tie) is "conv" too. And a part of a month («بداية آذار»,
«منتصف آذار») is a range of ten days in riwaya (1-10, 11-20, 21 to the end), where Duckling names
one day: a range that holds Duckling's day is "conv".

Negative corpora (Quantity, Time) are examples that must give nothing: right when riwaya finds no
quantity and no date. The categories sort the examples for reading the table (for dates, with
riwaya's own weekday and month names); they never decide whether an answer is right.

    python eval/duckling.py                  # the table
    python eval/duckling.py --json out.json  # and the figures as JSON
    python eval/duckling.py --misses Time    # each miss of one corpus, with what riwaya found
"""

from __future__ import annotations

import argparse
import json
import math
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path

from riwaya.analyze import analyze
from riwaya.lang.ar import calendar
from riwaya.lang.ar.lexicon import ARTICLE
from riwaya.lang.ar.normalize import normalize_ar
from riwaya.model import Article

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "datasets" / "duckling_ar"
FILES = {
    "Numeral": "Numeral_AR.Corpus.hs",
    "Numeral_EG": "Numeral_AR_EG.Corpus.hs",
    "Ordinal": "Ordinal_AR.Corpus.hs",
    "AmountOfMoney": "AmountOfMoney_AR.Corpus.hs",
    "Quantity": "Quantity_AR.Corpus.hs",
    "Duration": "Duration_AR.Corpus.hs",
    "Time": "Time_AR.Corpus.hs",
}
STAGES_SKIPPED = frozenset({"entities", "quotes", "claims"})

# Duckling's currencies that Arabic names with a country adjective (Kuwaiti dinar)
COUNTRY_CURRENCIES = frozenset({"GBP", "EGP", "KWD", "JOD", "LBP", "QAR", "SAR"})
CLOCK_GRAINS = ("Hour", "Minute", "Second")


@dataclass(frozen=True)
class Example:
    """One example string and its expected value: the Haskell constructor and its arguments
    (``("datetime", ((2013, 2, 12, 0, 0, 0), "Day"))``); a negative example has kind "nothing"."""

    corpus: str
    text: str
    kind: str
    args: tuple


@dataclass(frozen=True)
class Verdict:
    """How riwaya did on one example."""

    category: str
    claimed: bool
    right: bool
    convention: bool = False
    value: bool | None = None
    """Whether some quantity has the expected value (numerals, money, quantities, durations);
    None where no single value is expected."""


# Reading the Haskell corpora


_ATOM = re.compile(r'\s*(?:(?P<open>\()|(?P<close>\))|(?P<comma>,)|"(?P<string>(?:[^"\\]|\\.)*)"'
                   r"|(?P<number>-?\d+(?:\.\d+)?(?:e\d+)?)|(?P<name>[A-Za-z_][\w']*))")


def read_corpus(corpus: str) -> list[Example]:
    """Every example of one corpus file, the negative ones last."""
    source = (CORPORA / FILES[corpus]).read_text(encoding="utf-8")
    found = [Example(corpus, text, kind, args) for (kind, *args), texts in example_blocks(source)
             for text in texts]
    return found + [Example(corpus, text, "nothing", ()) for text in negative_examples(source)]


@cache
def reference_time() -> datetime:
    """Duckling's "now" for its tests, as Testing/Types.hs sets it: 2013-02-12 04:30, a Tuesday."""
    source = (CORPORA / "Testing_Types.hs").read_text(encoding="utf-8")
    moment, _ = parse_atoms(source, re.search(r"referenceTime\s*=\s*refTime\s*\(", source).end())
    return datetime(*moment)


def example_blocks(source: str) -> Iterator[tuple[tuple, list[str]]]:
    """(expected value as parsed atoms, example strings) for each ``examples (...) [...]``."""
    for match in re.finditer(r"\bexamples\s*\(", source):
        atoms, end = parse_atoms(source, match.end())
        strings = re.match(r"\s*\[(.*?)\]", source[end:], re.S)
        yield atoms, haskell_strings(strings.group(1))


def negative_examples(source: str) -> list[str]:
    """The strings of ``negativeCorpus``, which must give nothing."""
    block = re.search(r"negativeCorpus\s*=.*?\bexamples\s*=\s*\[(.*?)\]", source, re.S)
    return haskell_strings(block.group(1)) if block else []


def haskell_strings(text: str) -> list[str]:
    return [json.loads(f'"{s}"') for s in re.findall(r'"((?:[^"\\]|\\.)*)"', text)]


def parse_atoms(source: str, at: int) -> tuple[tuple, int]:
    """The Haskell from ``at``, just inside an opening bracket, to its closing bracket, read
    as Python values, and the index after that bracket. A group with commas is a tuple of its
    items, a group of one atom that atom, any other group a tuple of its atoms:
    ``datetimeInterval ((2013, 3, 1, 0, 0, 0), (...)) Day`` is
    ``("datetimeInterval", ((2013, 3, 1, 0, 0, 0), (...)), "Day")``."""
    items, atoms = [], []
    while True:
        token = _ATOM.match(source, at)
        at = token.end()
        if token["open"]:
            group, at = parse_atoms(source, at)
            atoms.append(group[0] if len(group) == 1 else group)
        elif token["close"]:
            return (tuple(items + [_item(atoms)]) if items else tuple(atoms)), at
        elif token["comma"]:
            items.append(_item(atoms))
            atoms = []
        elif token["string"] is not None:
            atoms.append(json.loads(f'"{token["string"]}"'))
        elif token["number"]:
            number = float(token["number"])
            atoms.append(int(number) if number.is_integer() and "." not in token["number"] else number)
        else:
            atoms.append(token["name"])


def _item(atoms: list) -> object:
    return atoms[0] if len(atoms) == 1 else tuple(atoms)


# Running riwaya


def read_example(text: str) -> Article:
    """The example analysed as an article published on the reference day."""
    return analyze(Article(text=text, published=reference_time().date()), skip=STAGES_SKIPPED)


# Judging one example


def judge(example: Example, article: Article) -> Verdict:
    if example.kind == "nothing":
        return Verdict("must find nothing", True, not article.quantities and not article.times)
    return JUDGES[example.corpus](example, article)


def judge_numeral(example: Example, article: Article) -> Verdict:
    (value,) = example.args
    found = article.quantities
    right = len(found) == 1 and same(found[0].value, value) and covers(found[0], example.text)
    return Verdict(numeral_category(example.text, value), True, right, value=has_value(article, value))


def numeral_category(text: str, value: float) -> str:
    folded = normalize_ar(text)
    if value < 0:
        return "negative"
    if "/" in folded:
        return "fraction"
    if not float(value).is_integer():
        return "decimal"
    if folded.isdigit():
        return "digits"
    if re.fullmatch(r"[\d.,]+", folded):
        return "digits, separators"
    return "word" if len(folded.split()) == 1 and not re.search(r"\d", folded) else "compound"


def judge_ordinal(example: Example, article: Article) -> Verdict:
    """Right when riwaya finds exactly one rank (``Article.ordinals``), the expected one,
    covering the example, and no amount or date."""
    (value,) = example.args
    category = ("first to tenth" if value <= 10 else "eleventh to nineteenth" if value < 20
                else "tens" if value % 10 == 0 else "compound")
    found = article.ordinals
    right = (len(found) == 1 and found[0].rank == value and covers(found[0], example.text)
             and not article.quantities and not article.times)
    return Verdict(category, True, right)


def judge_money(example: Example, article: Article) -> Verdict:
    currency, amount = example.args[0], example.args[1]
    low, high = amount if isinstance(amount, tuple) else (amount, amount)
    bound = {"under": "at-most", "above": "at-least"}.get(example.kind)
    found = article.quantities
    # a range (low < high) is one quantity from ``value`` to ``max_value``; the word of
    # approximation before a range («حوالي 10-20») leaves its ends as they are
    right = (len(found) == 1 and same(found[0].value, low) and top(found[0], low, high)
             and (found[0].bound == bound or (low != high and found[0].bound == "about"))
             and found[0].unit is not None and covers(found[0], example.text))
    value = has_value(article, low) and (low == high or any(top(q, low, high) for q in found))
    return Verdict(money_category(example, currency, low, high), True, right, value=value)


def top(quantity, low: float, high: float) -> bool:
    """Whether the quantity ends where the expected amount does: at ``max_value`` for a range,
    at ``value`` (no ``max_value``) for one figure."""
    return quantity.max_value is None if low == high else (
        quantity.max_value is not None and same(quantity.max_value, high))


def money_category(example: Example, currency: str, low: float, high: float) -> str:
    if low != high:
        return "range"
    if example.kind != "simple":
        return "bound"
    if re.search(r"[^\w\s.,]|[A-Za-z]", example.text):
        return "symbol or code"
    if currency != "Cent" and not float(low).is_integer():
        return "major and minor"
    return "country currency" if currency in COUNTRY_CURRENCIES else "written"


def judge_quantity(example: Example, article: Article) -> Verdict:
    value = example.args[1]
    found = article.quantities
    right = (len(found) == 1 and same(found[0].value, value) and found[0].unit is not None
             and covers_digits(found[0], example.text))
    return Verdict(quantity_category(example.text, value), True, right, value=has_value(article, value))


def quantity_category(text: str, value: float) -> str:
    """"as written" when the example writes the expected figure, "converted" when it writes
    another (kilograms for grams), "no digits" when it spells or implies it."""
    written = [float(n) / float(d or 1) for n, d in re.findall(r"(\d*\.?\d+)(?:/(\d+))?", normalize_ar(text))]
    if not written:
        return "no digits"
    return "as written" if any(same(n, value) for n in written) else "converted"


def judge_duration(example: Example, article: Article) -> Verdict:
    count, grain = example.args
    found = article.quantities
    right = (len(found) == 1 and same(found[0].value, count) and found[0].unit is not None
             and covers(found[0], example.text))
    return Verdict(grain.lower(), False, right, value=has_value(article, count))


def judge_time(example: Example, article: Article) -> Verdict:
    start, end, grain = expected_period(example)
    category = time_category(example, grain)
    claimed = category not in ("clock time", "now", "interval")
    times = article.times
    right = (len(times) == 1 and not article.quantities and times[0].value is not None
             and named_period(times[0]) == (start, end))
    convention = not right and len(times) == 1 and not article.quantities and times[0].value is not None and (
        (category == "weekday" and times[0].granularity == "day"
         and times[0].value == start.date() - timedelta(days=7))
        or (category in YEARLESS and nearer_year_back(example.text, times[0], start, end))
        or (grain == "Day" and times[0].until is not None
            and times[0].value <= start.date() <= times[0].until))
    return Verdict(category, claimed, right, convention)


YEARLESS = ("date", "weekday phrase", "holiday")


def nearer_year_back(text: str, found, start: datetime, end: datetime) -> bool:
    """riwaya's convention for a date written without a year (day and month, an ordinal date,
    a holiday): the occurrence nearest the publication day, where Duckling takes the next one.
    True when riwaya found the same period within the year before, nearer the reference day."""
    if re.search(r"\d{4}", normalize_ar(text)):
        return False
    found_start, found_end = named_period(found)
    now = reference_time().replace(hour=0, minute=0, second=0)  # riwaya resolves against a day
    back = start - found_start
    return (found_end - found_start == end - start and timedelta(0) < back <= timedelta(days=366)
            and abs(found_start - now) <= abs(start - now))


def expected_period(example: Example) -> tuple[datetime, datetime, str]:
    """Duckling's value as [start, end) and its grain: a datetime is its grain long."""
    if example.kind in ("datetimeInterval", "datetimeIntervalHoliday"):
        (first, last), grain = example.args[0], example.args[1]
        return datetime(*first), datetime(*last), grain
    moment, grain = example.args[0], example.args[1]
    start = datetime(*moment)
    return start, period_end(start, grain.lower()), grain


def named_period(found) -> tuple[datetime, datetime]:
    """The period a TimeExpression names: from its first day, one granularity long, or to
    the end of its last day when it is a range."""
    start = datetime.combine(found.value, datetime.min.time())
    if getattr(found, "until", None):
        return start, datetime.combine(found.until, datetime.min.time()) + timedelta(days=1)
    return start, period_end(start, found.granularity)


def period_end(start: datetime, grain: str) -> datetime:
    if grain == "month":
        return start.replace(year=start.year + start.month // 12, month=start.month % 12 + 1)
    if grain == "year":
        return start.replace(year=start.year + 1)
    steps = {"second": timedelta(seconds=1), "minute": timedelta(minutes=1), "hour": timedelta(hours=1),
             "day": timedelta(days=1), "week": timedelta(weeks=1)}
    return start + steps[grain]


def time_category(example: Example, grain: str) -> str:
    if "Holiday" in example.kind:
        return "holiday"
    if example.kind == "datetimeInterval":
        return "interval"
    if grain in CLOCK_GRAINS:
        return "now" if datetime(*example.args[0]) == reference_time() else "clock time"
    if grain != "Day":
        return grain.lower()
    words = [_bare(word) for word in normalize_ar(example.text).split()]
    weekday = any(word in _WEEKDAY_STEMS for word in words)
    dated = bool(re.search(r"\d", example.text)) or any(word in _MONTH_WORDS for word in words)
    if weekday:
        return "weekday" if len(words) <= 2 and not dated else "weekday phrase"
    return "date" if dated else "relative day"


def _bare(word: str) -> str:
    """A normalised word without its article and a final hamza, so that a weekday is known
    however it is spelled."""
    word = word[len(ARTICLE):] if word.startswith(ARTICLE) and len(word) > 3 else word
    return word.rstrip("\u0621")


_WEEKDAY_STEMS = frozenset(_bare(normalize_ar(name)) for name in calendar.WEEKDAYS)
_MONTH_WORDS = frozenset(_bare(normalize_ar(name).split()[0])
                         for name in (*calendar.GREGORIAN_MONTHS, calendar.MONTH_NOUN))


JUDGES: dict[str, Callable[[Example, Article], Verdict]] = {
    "Numeral": judge_numeral, "Numeral_EG": judge_numeral, "Ordinal": judge_ordinal,
    "AmountOfMoney": judge_money, "Quantity": judge_quantity, "Duration": judge_duration,
    "Time": judge_time,
}


def same(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def has_value(article: Article, value: float) -> bool:
    return any(same(q.value, value) for q in article.quantities)


def covers(span, text: str) -> bool:
    return span.start == 0 and span.end == len(text)


def covers_digits(span, text: str) -> bool:
    return all(span.start <= i < span.end for i, ch in enumerate(text) if ch.isdigit())


# Scoring and reporting


def score(corpora=tuple(FILES)) -> dict:
    """Counts per corpus and category: n, claimed, right, right of claimed, convention, value."""
    figures = {}
    for corpus in corpora:
        rows: dict[str, Counter] = {}
        for example in read_corpus(corpus):
            verdict = judge(example, read_example(example.text))
            add(rows.setdefault(verdict.category, Counter()), verdict)
        figures[corpus] = {**rows, "all": total(rows.values())}
    figures["total"] = total(figures[corpus]["all"] for corpus in corpora)
    figures["total"].pop("value", None)  # a sum over some corpora only: left out
    return figures


def add(row: Counter, verdict: Verdict) -> None:
    row.update(n=1, claimed=int(verdict.claimed), right=int(verdict.right),
               right_claimed=int(verdict.right and verdict.claimed), convention=int(verdict.convention))
    if verdict.value is not None:
        row.update(value=int(verdict.value))


def total(rows) -> Counter:
    summed = Counter()
    for row in rows:
        summed.update(row)  # keeps the zeros, which Counter's + drops
    return summed


def print_table(figures: dict) -> None:
    print(f"{'corpus':<14}{'category':<24}{'n':>5}{'claimed':>9}{'right':>7}{'% all':>7}"
          f"{'% claimed':>11}{'conv':>6}{'+conv':>7}{'value':>7}")
    for corpus, rows in figures.items():
        if corpus == "total":
            continue
        for category, row in rows.items():
            print(f"{corpus:<14}" + table_line(category, row))
        print()
    print(f"{'all corpora':<14}" + table_line("total", figures["total"]))


def table_line(category: str, row: dict) -> str:
    value = f"{row['value']:>7}" if "value" in row else f"{'-':>7}"
    return (f"{category:<24}{row['n']:>5}{row['claimed']:>9}{row['right']:>7}"
            f"{percent(row['right'], row['n']):>7}{percent(row['right_claimed'], row['claimed']):>11}"
            f"{row['convention']:>6}{percent(row['right_claimed'] + row['convention'], row['claimed']):>7}"
            f"{value}")


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f} %" if whole else "-"


def print_misses(corpus: str) -> None:
    """Each example riwaya did not get right, with what it found instead (terminal only)."""
    for example in read_corpus(corpus):
        article = read_example(example.text)
        verdict = judge(example, article)
        if verdict.right:
            continue
        mark = "conv" if verdict.convention else "miss" if verdict.claimed else "not claimed"
        print(f"[{mark}] {verdict.category}: «{example.text}» expected {example.kind} {example.args}")
        print(f"    found: {describe(article)}")


def describe(article: Article) -> str:
    found = [f"amount {q.value:g}{f'-{q.max_value:g}' if q.max_value is not None else ''}"
             f"{' ' + q.unit if q.unit else ''}{' ' + q.bound if q.bound else ''}"
             f" «{q.text_in(article.text)}»" for q in article.quantities]
    found += [f"date {t.value} {t.granularity} «{t.text_in(article.text)}»" for t in article.times]
    found += [f"rank {o.rank} «{o.text_in(article.text)}»" for o in article.ordinals]
    return "; ".join(found) or "nothing"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument("--misses", choices=FILES, help="print the misses of one corpus")
    args = parser.parse_args()
    if args.misses:
        print_misses(args.misses)
        return
    figures = score()
    print_table(figures)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
