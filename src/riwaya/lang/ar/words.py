"""One analysis per Arabic word, computed once and read by every stage.

A token is analysed into its normalised form, its proclitics and stem, its light core (the
stem less its suffixes and a leading present or participle letter), the consonants names are
matched by, the value it spells, and the lexical roles the word lists give it («وزير» is a
title, «الشبكة» a publication). Analyses are cached by surface text, so the fifth «الوزير» of
a story costs a dictionary look-up. Stages after ``analyze/`` read these attributes instead
of folding words again, which is what lets another language plug in with its own analyser.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .attribution import MEDIA, NEWS_AGENCIES, OUTLET_SOURCES
from .calendar import GREGORIAN_MONTHS, WEEKDAYS
from .clitics import fold_word, strip_clitics
from .contrast import (
    CORE_PREFIXES,
    CORE_SUFFIXES,
    FUTURE_PREFIX,
    LONG_VOWELS,
    MEASURE_WORDS,
    NEGATION_WORDS,
    NOT_NAME_WORDS,
    OPPOSITES,
    SELF_NAMED_MEDIA,
    VERB_SUBJECT_SUFFIXES,
)
from .entities import (
    HONORIFICS,
    INSTITUTION_NOUNS,
    NOT_DISTINCTIVE_QUALIFIERS,
    ORGANISATION_TRIGGERS,
    PERSON_TITLES,
    PLACE_NOUNS,
    TITLE_QUALIFIERS,
)
from .gazetteers import gazetteer
from .lexicon import DIRECTIONS, FUNCTION_WORDS
from .names import skeleton as name_skeleton
from .normalize import normalize_ar
from .numbers import read_decimal, read_number_word
from .polarity import PRESENT_PREFIXES

MIN_CORE = 3
CONJUNCTION = "و"


@dataclass(frozen=True, slots=True)
class Word:
    """A word as every stage compares it."""

    text: str
    """As written, diacritics and all."""
    norm: str
    """Normalised (``normalize_ar``): one alef, no diacritics, Western digits."""
    proclitic: str
    """The proclitics the light rule strips: «وال» of «والجيش», «ب» of «بحلب», or ""."""
    stem: str
    """``norm`` without its proclitics: what claims, quotes and sources compare."""
    bare: str
    """``norm`` without the article only, as name lists and units look words up: a first
    letter that may be the word's own («لندن») stays."""
    core: str
    """The stem without up to two suffixes and one leading present, participle or future
    letter, three letters kept: «يسجل» → «سجل», «مستوياته» → «ستوي»; how inflections meet."""
    enclitic: str
    """The suffixes ``core`` dropped, in order («اته» of «مستوياته»)."""
    radicals: str
    """The core's first letter and its consonants: «تسجيل» and «يسجل» both give «سجل»."""
    verb: str
    """The stem as a verb before a number: present prefix and subject suffix off, so that
    «يضم»، «ضمت» and «ضم» meet."""
    skeleton: str
    """The consonants names are matched by (``names.skeleton``): «دوغلاس» / «دوجلاس»."""
    roles: frozenset[str]
    """What the word lists say it is: see ``ROLES``."""
    number: float | None
    """The value of digits or of a single number word («خمسة»), else None."""
    weekday: int | None
    """The weekday it names (Monday 0), with or without «و»; else None."""
    month: int | None
    """The Gregorian month it names, else None."""
    opposites: frozenset[str]
    """The cores of its opposites («ارتفاع» → the core of «انخفاض» ...)."""
    future_key: tuple[str, str] | None
    """The ``key`` of a future verb without its «س» («ستنسحب» → that of «تنسحب»), else None."""

    @property
    def key(self) -> tuple[str, str]:
        """(core, radicals): what two forms of one word share, one or the other."""
        return self.core, self.radicals

    @property
    def content(self) -> str:
        """The stem, or "" for a function word or a single letter."""
        return "" if "function" in self.roles or len(self.stem) < 2 else self.stem


def _verb(stem: str) -> str:
    if len(stem) >= 3 and stem[0] in PRESENT_PREFIXES:
        stem = stem[1:]
    for suffix in VERB_SUBJECT_SUFFIXES:
        if len(stem) - len(suffix) >= 2 and stem.endswith(suffix):
            return stem[: -len(suffix)]
    return stem


def _stems(words) -> frozenset[str]:
    """A list's words as a stem is looked up: each stemmed, and as written too, since the light
    rule takes a first letter off some words («بلدة» → «لده») but not after a clitic («وبلدة»)."""
    norms = {normalize_ar(w) for w in words}
    return frozenset(norms | {strip_clitics(w) for w in norms})


def _contents(words) -> frozenset[str]:
    return _stems(words) - _FUNCTION - {""}


_FUNCTION = _stems(FUNCTION_WORDS)
_QUALIFIERS = _contents(TITLE_QUALIFIERS)
_TITLES = _contents(PERSON_TITLES)
_TRIGGERS = _contents(ORGANISATION_TRIGGERS)

ROLES: dict[str, tuple[str, frozenset[str]]] = {
    "function": ("stem", _FUNCTION),
    "title": ("stem", _stems(PERSON_TITLES)),
    "qualifier": ("stem", _QUALIFIERS),
    "distinctive": ("stem", _QUALIFIERS - _contents(NOT_DISTINCTIVE_QUALIFIERS)),
    "organisation": ("stem", _TRIGGERS),
    "not_name": ("stem", _QUALIFIERS | _TITLES | _TRIGGERS | _contents(NOT_NAME_WORDS)),
    "publication": ("stem", _contents(MEDIA) - _contents(SELF_NAMED_MEDIA)),
    "relayer": ("stem", _contents((*NEWS_AGENCIES, *(w for w in OUTLET_SOURCES if " " not in w)))),
    "institution": ("stem", _stems(INSTITUTION_NOUNS)),
    "direction": ("stem", _stems(DIRECTIONS)),
    "place_noun": ("stem", _stems(PLACE_NOUNS)),
    "negation": ("stem", frozenset(normalize_ar(w) for w in NEGATION_WORDS)),
    "honorific": ("stem", _stems(HONORIFICS)),
    "measure": ("verb", frozenset(_verb(stem) for stem in _stems(MEASURE_WORDS))),
}
"""Role -> (the attribute looked up, the folded words of the role's lists). A role set is the
word list of ``lang/ar`` it comes from, folded once; consumers ask ``"title" in word.roles``.
«not_name»: titles, roles, name particles and office words (two ministers share «وزير», not a
name). «measure»: words before any amount («بنسبة»، «بلغت») that do not say what is
counted. «publication»: a paper or a channel that relays others («الصحيفة»), but not «شبكة»,
which opens a source's own name. «relayer»: an agency or the outlet's own voice."""


def core_of(word: str) -> tuple[str, str]:
    """(core, the suffixes dropped) of a normalised word; see ``Word.core``."""
    dropped = ""
    for _ in range(2):
        suffix = next((s for s in CORE_SUFFIXES if word.endswith(s) and len(word) - len(s) >= MIN_CORE), "")
        if not suffix:
            break
        word, dropped = word[: -len(suffix)], suffix + dropped
    if len(word) > MIN_CORE and word[0] in CORE_PREFIXES:
        word = word[1:]
    return word, dropped


def _radicals(core: str) -> str:
    return core[:1] + "".join(letter for letter in core[1:] if letter not in LONG_VOWELS)


def _number(norm: str) -> float | None:
    value = read_decimal(norm)
    if value is not None:
        return value
    found = read_number_word(norm)
    return float(found[2]) if found and found[1] != "scale" else None


def _named(table: dict[str, int], norm: str) -> int | None:
    if norm in table:
        return table[norm]
    return table.get(norm[1:]) if norm.startswith(CONJUNCTION) else None


_WEEKDAYS = {normalize_ar(name): day for name, day in WEEKDAYS.items()}
_MONTHS = {normalize_ar(name): month for name, month in GREGORIAN_MONTHS.items()}


@lru_cache(maxsize=1 << 17)
def analyze_word(text: str) -> Word:
    """The analysis of one token as written."""
    norm = normalize_ar(text)
    stem = strip_clitics(norm)
    core, enclitic = core_of(stem)
    verb = _verb(stem)
    values = {"norm": norm, "stem": stem, "verb": verb}
    roles = frozenset(role for role, (attribute, words) in ROLES.items() if values[attribute] in words)
    future = core_of(stem[1:])[0] if stem.startswith(FUTURE_PREFIX) and len(stem) > 4 else ""
    return Word(
        text=text, norm=norm, proclitic=norm[: len(norm) - len(stem)], stem=stem, bare=fold_word(text),
        core=core, enclitic=enclitic, radicals=_radicals(core), verb=verb,
        skeleton=name_skeleton(norm), roles=roles, number=_number(stem),
        weekday=_named(_WEEKDAYS, norm), month=_MONTHS.get(norm, _MONTHS.get(stem)),
        opposites=_opposite_cores().get(core, frozenset()),
        future_key=(future, _radicals(future)) if future else None,
    )


@lru_cache(maxsize=1)
def _opposite_cores() -> dict[str, frozenset[str]]:
    """Each opposite word's core -> the cores of its opposites (``contrast.OPPOSITES``)."""
    table: dict[str, set[str]] = {}
    for line in OPPOSITES.strip().splitlines():
        first, second = ({core_of(normalize_ar(word))[0] for word in side.split()}
                         for side in line.split("|"))
        for core in first:
            table.setdefault(core, set()).update(second - first)
        for core in second:
            table.setdefault(core, set()).update(first - second)
    return {core: frozenset(others) for core, others in table.items()}


@lru_cache(maxsize=1)
def gazetteer_words() -> frozenset[str]:
    """Single-word places, organisations and given names of the gazetteers, folded (``bare``)."""
    return frozenset(entry for kind in ("LOC", "ORG", "first_name") for entry in gazetteer(kind)
                     if " " not in entry)


def names_institution(before: list[Word]) -> bool:
    """Whether a person's name right after these words is part of a place's or an
    institution's name: the last of them is such a noun, or a title after one («مطار الملك
    خالد»، «جامعة الأمير سلطان»، «بجامع الإمام تركي بن عبدالله»)."""
    last = before[-2:]
    if last and "title" in last[-1].roles:
        last.pop()
    return bool(last) and "institution" in last[-1].roles


def is_listed_name(word: Word) -> bool:
    """Whether the gazetteers list the word, looked up as written less its article («لندن»)."""
    return word.bare in gazetteer_words()


__all__ = ["ROLES", "Word", "analyze_word", "core_of", "is_listed_name", "names_institution"]
