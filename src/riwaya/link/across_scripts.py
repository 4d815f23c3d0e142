"""One entity named in Arabic letters in one report and in Latin letters in another.

A Latin name and an Arabic one meet when their words do, word for word for people and
places, in any order for organisations: a name word by its consonant skeleton (``lang/ar/names``
and ``lang/en/names``: «كيفن كوبسي» / "Kevin Copsey", «خربة الريم» / "Khirbet al-Reem"), an
institution word by its rendering (``lang/en/institutions``: "Public Health Ministry" /
«وزارة الصحة العامة»). A person's surname alone meets the full name it ends («الحسناوي» /
"Sarmad al-Hasnawi"), a place's Arabic kind noun may be left out («بلدة المعيزيلة» /
"al-Muaizila"), and two names that meet across types are one entity when the match is long
(the two recognisers type some names differently). A name that meets two entities of the other
script, two of one type, joins neither."""

from __future__ import annotations

from functools import cache

from ..analyze.words import word as analyze
from ..lang.ar.entities import NAMED_PLACE_NOUNS, PLACE_NOUNS
from ..lang.ar.names import collapse_repeats, cross_script_skeleton
from ..lang.en.institutions import NAME_FILLERS, TRANSLATIONS
from ..lang.en.names import latin_skeletons

MIN_SKELETON = 3
"""Consonants a lone word other than a place («فهد» / "Fahd" is any Fahd) needs to be matched
by its skeleton alone; a place or a full name needs two ("Mahdia", "Suha al-Taie")."""
MIN_ACROSS_TYPES = 6
"""Consonants two multi-word names need to meet though their types differ."""


@cache
def _place_kinds() -> frozenset[str]:
    return frozenset(analyze(w).bare for w in (*PLACE_NOUNS, *NAMED_PLACE_NOUNS))


@cache
def _renderings() -> dict[str, frozenset[str]]:
    return {english: frozenset(analyze(w).bare for w in arabic) for english, arabic in TRANSLATIONS.items()}


class LatinName:
    def __init__(self, key: str, kind: str):
        self.words = [w for w in key.split() if w not in NAME_FILLERS]
        self.skeletons = [latin_skeletons(w) for w in self.words]
        self.kind = kind


class ArabicName:
    def __init__(self, key: str, kind: str):
        words = key.split()
        self.bare = not (kind == "LOC" and len(words) > 1 and words[0] in _place_kinds())
        if not self.bare:
            words = words[1:]  # «بلدة المعيزيلة»: the town's name without its noun
        self.words = words
        self.skeletons = [cross_script_skeleton(w) for w in words]
        self.kind = kind


def meet(latin: LatinName, arabic: ArabicName) -> bool:
    """Whether the two names name one thing (see the module's docstring)."""
    if not latin.words or not arabic.words:
        return False
    if latin.kind == "ORG" and arabic.kind == "ORG":
        return _same_bag(latin, arabic)
    if len(latin.words) != len(arabic.words) and _joined_alike(latin, arabic):
        return True  # «آدم حسب الله» / "Adam Hasaballah": a compound name written as one word
    n = min(len(latin.words), len(arabic.words))
    if len(latin.words) != len(arabic.words) and not (latin.kind == arabic.kind == "PER"):
        return False
    pairs = list(zip(range(len(latin.words) - n, len(latin.words)),
                     range(len(arabic.words) - n, len(arabic.words))))
    if not all(_word_meets(latin, i, arabic, j) for i, j in pairs):
        return False
    consonants = sum(len(arabic.skeletons[j]) for _, j in pairs)
    if latin.kind != arabic.kind:
        return n > 1 and consonants >= MIN_ACROSS_TYPES
    if n == len(latin.words) == len(arabic.words) and not (n > 1 or latin.kind == "LOC"):
        return consonants >= MIN_SKELETON
    return consonants >= 2  # a place ("Mahdia" / «المهدية») or a full name ("Suha al-Taie")


MIN_JOINED = 5
"""Consonants two names need to meet with their words run together."""


def _joined_alike(latin: LatinName, arabic: ArabicName) -> bool:
    """The two names' skeletons, words run together, are one: word boundaries aside."""
    joined = "".join(arabic.skeletons)
    if latin.kind != arabic.kind or len(joined) < MIN_JOINED:
        return False
    options = [""]
    for skeletons in latin.skeletons:
        options = [a + b for a in options for b in skeletons][:MAX_JOINED_OPTIONS]
    return any(collapse_repeats(option) == collapse_repeats(joined) for option in options)


MAX_JOINED_OPTIONS = 16


def _word_meets(latin: LatinName, i: int, arabic: ArabicName, j: int) -> bool:
    return (arabic.words[j] in _renderings().get(latin.words[i], ())
            or arabic.skeletons[j] in latin.skeletons[i])


def _same_bag(latin: LatinName, arabic: ArabicName) -> bool:
    """Every word of the shorter organisation name meets a word of the other's, in any order,
    the longer has one word more at most («وزارة الصحة» / "Public Health Ministry"), and two
    words meet at least, or one by a skeleton of three consonants."""
    if abs(len(latin.words) - len(arabic.words)) > 1:
        return False
    free_latin, free_arabic = list(range(len(latin.words))), list(range(len(arabic.words)))
    met = telling = 0
    for i in list(free_latin):
        j = next((j for j in free_arabic if _word_meets(latin, i, arabic, j)), None)
        if j is None:
            continue
        free_latin.remove(i)
        free_arabic.remove(j)
        met += 1
        telling += len(arabic.skeletons[j]) >= MIN_SKELETON
    if min(len(free_latin), len(free_arabic)) > 0 or max(len(free_latin), len(free_arabic)) > 1:
        return False
    return met >= 2 or telling > 0 and not free_latin and not free_arabic


def join_across_scripts(mentions, groups) -> None:
    """Union, in ``groups``, each Latin mention with the one entity of Arabic mentions it meets."""
    latin, arabic = [], []
    for i, (_, mention) in enumerate(mentions):
        key = mention.keys[0] if mention.keys else ""
        if not key:
            continue
        if key[:1].isascii():
            latin.append((i, LatinName(key, mention.type)))
        else:
            arabic.append((i, ArabicName(key, mention.type)))
    if not latin or not arabic:
        return
    for i, name in latin:
        met = [(j, other) for j, other in arabic if meet(name, other)]
        if any(len(other.words) == len(name.words) for _, other in met):
            met = [(j, other) for j, other in met if len(other.words) == len(name.words)]  # full names first
        same_type = {groups.find(j) for j, other in met if other.kind == name.kind}
        named_bare = {groups.find(j) for j, other in met if other.kind == name.kind and other.bare}
        if len(same_type) > 1 and len(named_bare) == 1:
            same_type = named_bare  # "Zarqa" is «الزرقاء», not «محافظة الزرقاء» beside it
        other_type = {groups.find(j) for j, other in met if other.kind != name.kind}
        if len(same_type) <= 1 and len(other_type) <= 1:  # a name meeting two of one type is ambiguous
            for group in same_type | other_type:
                groups.union(i, group)


MIN_FOUND_CONSONANTS = 5
"""Consonants a Latin name needs to be looked for, spelled in Arabic, in an Arabic report."""


def find_latin_names_in_arabic(articles) -> None:
    """Names of a Latin-script report spelled in an Arabic report where its recogniser found
    nothing («عبد الحق الوزاني» for "Abdelhak Ouazzani", «تيزي مزيان» for "Tizi Mezziane"), or
    where it ran a person's name on from another name («جامعة بغداد سرمد الحسناوي»): the run of
    Arabic words whose skeletons are the name's, once in that report, becomes a mention of the
    name's type, and a longer mention it ended gives it up. Edits each Arabic article's
    ``entities``."""
    names = {}
    for article in articles:
        if article.read_as == "ar":
            continue
        for mention in article.entities:
            key = mention.keys[0] if mention.keys else ""
            name = LatinName(key, mention.type)
            consonants = sum(min(map(len, skeletons)) for skeletons in name.skeletons)
            if mention.type in ("PER", "LOC") and consonants >= MIN_FOUND_CONSONANTS:
                names[(key, mention.type)] = name
    for article in articles:
        if article.read_as == "ar" and names:
            _SpelledNames(article).add(names.values())


class _SpelledNames:
    """An Arabic article's runs of words outside its mentions, or ending one, each read as a
    name once."""

    def __init__(self, article):
        from ..lang.ar.tokenize import tokenize

        self.article = article
        self.tokens = [t for t in tokenize(article.text) if t.kind == "word"]
        self.owner = [next((m for m in article.entities if m.start <= t.start < m.end), None)
                      for t in self.tokens]
        self.free = [owner is None for owner in self.owner]
        self._names: dict[tuple[int, int, str], list[ArabicName]] = {}

    def add(self, names) -> None:
        from ..model import Mention

        for name in names:
            found = self._spellings(name)
            if len(found) != 1:
                continue  # nowhere, or two different spellings that fit: leave it
            for i, n in next(iter(found.values())):
                if self._open(i, n, name.kind):
                    self._give_up(i, n)
                    self.article.entities.append(Mention(self.tokens[i].start, self.tokens[i + n - 1].end,
                                                         name.kind, self._keys(i, n)))
                    self.free[i : i + n] = [False] * n
                    self.owner[i : i + n] = [None] * n
        self.article.entities.sort(key=lambda m: m.start)

    def _open(self, i: int, n: int, kind: str) -> bool:
        """Whether tokens[i:i+n] may become a name: free, or a person's name ending a longer
        mention that starts before it."""
        if all(self.free[i : i + n]):
            return True
        owner = self.owner[i]
        return (kind == "PER" and owner is not None and all(o is owner for o in self.owner[i : i + n])
                and owner.start < self.tokens[i].start and self.tokens[i + n - 1].end == owner.end)

    def _give_up(self, i: int, n: int) -> None:
        """The mention the name ends keeps the words before it, a name of its own type unless
        it was typed a person: then they are left free for the other names."""
        from dataclasses import replace

        owner = self.owner[i]
        if owner is None:
            return
        self.article.entities.remove(owner)
        first = next(k for k in range(i) if self.owner[k] is owner)
        if owner.type == "PER":
            self.free[first:i] = [True] * (i - first)
            self.owner[first:i] = [None] * (i - first)
            return
        rest = replace(owner, end=self.tokens[i - 1].end, keys=self._keys(first, i - first))
        self.article.entities.append(rest)
        self.owner[first:i] = [rest] * (i - first)

    def _spellings(self, name: LatinName) -> dict[str, list[tuple[int, int]]]:
        """Each text that spells the name -> where: the shorter run at each place, as many words
        as the name's or one more («عبد الحق» for "Abdelhak"), none inside a longer match."""
        matches = []
        for i in range(len(self.tokens)):
            n = next((n for n in (len(name.words), len(name.words) + 1) if self._meets(name, i, n)), None)
            if n is not None:
                matches.append((i, n))
        found: dict[str, list[tuple[int, int]]] = {}
        for i, n in matches:
            if not any(j != i and i <= j and j + m <= i + n for j, m in matches):
                found.setdefault(" ".join(t.text for t in self.tokens[i : i + n]), []).append((i, n))
        return found

    def _meets(self, name: LatinName, i: int, n: int) -> bool:
        if i + n > len(self.tokens) or not self._open(i, n, name.kind):
            return False
        if (i, n, name.kind) not in self._names:
            self._names[i, n, name.kind] = [ArabicName(key, name.kind) for key in self._keys(i, n)]
        return any(meet(name, other) for other in self._names[i, n, name.kind])

    def _keys(self, i: int, n: int) -> tuple[str, ...]:
        from ..analyze.entities import name_keys

        return name_keys([t.text for t in self.tokens[i : i + n]])
