"""Cross-document entity resolution: mentions from all articles of a comparison merged into
entities when they name the same thing.

Mentions of one type join when they share a key (the name folded: «لقسد» / «قسد»), when an
alias table maps them to one name (قسد = قوات سوريا الديمقراطية), when a parenthesis gives an
acronym («قوات سوريا الديمقراطية (قسد)»), when every word is a spelling variant of the other's
(كيفن كوبسي / كيفين كوبسي), or when a lone surname matches exactly one full name (كوبسي); a
surname two full names share joins the one the report is about, named last before it every time.
Two full names that differ in a word stay apart (مارك إسبر / مارك ميلي). A place named with its
kind is the bare name («مدينة الزرقاء» / «الزرقاء»; «منطقة عسير» / «عسير» unless the reports
also name another kind of «عسير»).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from ..lang.ar.clitics import STRIPPED_LETTERS
from ..lang.ar.entities import (
    ADMINISTRATIVE_NOUNS,
    NISBA_ENDING,
    SETTLEMENT_NOUNS,
    STATE_NOUNS,
    STATE_TITLE_ADJECTIVES,
)
from ..lang.ar.lexicon import ARTICLE
from ..lang.ar.names import romanize, same_name_word
from ..lang.ar.normalize import normalize_ar
from ..lang.en.entities import ORGANISATION_HEADS
from ..model import Article, Entity, Mention
from .across_scripts import join_across_scripts

_ACRONYM_AFTER = re.compile(r"\s*\(\s*([^\s()]{2,12})\s*\)")


@dataclass(frozen=True)
class AliasTable:
    """Alias and canonical keys -> canonical key; canonical key -> the name as written."""

    keys: dict[str, str]
    names: dict[str, str]


SHORT_FORM_TYPES = ("PER", "ORG")
LONGEST_KIND_NOUN = 20
"""Characters read before a place's name for the kind noun the tagger left out («وبمحافظة»)."""


def resolve_entities(articles: list[Article], aliases: AliasTable | None = None) -> list[Entity]:
    """Entities over all mentions of ``articles``, in order of first mention."""
    aliases = aliases or load_aliases()
    mentions = [(article, mention) for article in articles for mention in article.entities]
    groups = _UnionFind(len(mentions))
    by_key: dict[tuple[str, str], int] = {}
    for i, (_, mention) in enumerate(mentions):
        for key in _keys(mention, aliases):
            other = by_key.setdefault((mention.type, key), i)
            groups.union(i, other)
    _join_acronyms(mentions, groups, by_key)
    _join_place_kinds(mentions, groups, by_key)
    _join_variants(mentions, groups)
    join_across_scripts(mentions, groups)
    clusters = defaultdict(list)
    for i in range(len(mentions)):
        clusters[groups.find(i)].append(mentions[i])
    return [_entity(members, aliases) for _, members in sorted(clusters.items())]


def _keys(mention: Mention, aliases: AliasTable) -> set[str]:
    keys = set(mention.keys) | {aliases.keys[key] for key in mention.keys if key in aliases.keys}
    if mention.type == "LOC":  # «مدينة الزرقاء» is «الزرقاء»
        keys |= {key.partition(" ")[2] for key in keys if key.partition(" ")[0] in _folded(SETTLEMENT_NOUNS)}
        keys |= {country for key in keys for country in _state_country(key)}
    return keys - {""}


def _state_country(key: str) -> list[str]:
    """The country a state's long name is the adjective of: «جمهوريه يمنيه» → «يمن»."""
    head, *rest = key.split() or [""]
    ending, regime = _nisba()
    if head not in _folded(STATE_NOUNS):
        return []
    return [word[: -len(ending)] for word in rest if word.endswith(ending) and word not in regime][-1:]


@cache
def _nisba() -> tuple[str, frozenset[str]]:
    """The folded adjective ending, and the folded adjectives of regimes."""
    from ..analyze.entities import name_keys

    return name_keys([NISBA_ENDING])[0], _folded(STATE_TITLE_ADJECTIVES)


@cache
def _folded(nouns: tuple[str, ...]) -> frozenset[str]:
    """A word list folded as name keys are, computed once per list."""
    from ..analyze.entities import name_keys

    return frozenset(name_keys([noun])[0] for noun in nouns)


def _join_place_kinds(mentions, groups, by_key) -> None:
    """«منطقة عسير» and «عسير» are one place when no report names «عسير» with another kind:
    «محافظة حلب» and «مدينة حلب» stay two, and the bare «حلب» stays with the city."""
    from ..analyze.entities import name_keys

    kind_nouns = _folded(SETTLEMENT_NOUNS) | _folded(ADMINISTRATIVE_NOUNS)
    kinds = defaultdict(set)  # a place's bare key -> the kind nouns it is named with
    named = []
    for i, (article, mention) in enumerate(mentions):
        if mention.type != "LOC":
            continue
        head, _, rest = mention.keys[0].partition(" ")
        if rest and head in kind_nouns:
            kinds[rest].add(head)
            if head in _folded(ADMINISTRATIVE_NOUNS):
                named.append((i, rest))
        before = article.text[max(0, mention.start - LONGEST_KIND_NOUN):mention.start].split()[-1:]
        if before and (noun := name_keys(before)[0]) in kind_nouns:
            kinds[mention.keys[0]].add(noun)  # «مدينة حلب» tagged as «حلب»
    for i, rest in named:
        if len(kinds[rest]) == 1 and ("LOC", rest) in by_key:
            groups.union(i, by_key[("LOC", rest)])


def _join_acronyms(mentions, groups, by_key) -> None:
    """«قوات سوريا الديمقراطية (قسد)»: the name and the acronym in brackets are one."""
    for i, (article, mention) in enumerate(mentions):
        match = _ACRONYM_AFTER.match(article.text, mention.end)
        if match and not match.group(1).isascii() or match and match.group(1).isupper():
            # «(قسد)», "(SDF)"; not an agency's name after a dateline: "Syria (Rafed)"
            acronym = normalize_ar(match.group(1)).replace(".", "")
            for kind in ("ORG", "LOC", "PER", "MISC"):
                if (kind, acronym) in by_key:
                    groups.union(i, by_key[(kind, acronym)])


def _join_variants(mentions, groups) -> None:
    """Spelling variants word by word, and a short form to the one full name it shortens
    (``_short_form``): a lone surname, a name without its first name or its father's."""
    words = [m.keys[0].split() for _, m in mentions]
    for i in range(len(mentions)):
        for j in range(i + 1, len(mentions)):
            if mentions[i][1].type != mentions[j][1].type or groups.find(i) == groups.find(j):
                continue
            a, b = words[i], words[j]
            if len(a) == len(b) and all(map(same_name_word, a, b)):
                groups.union(i, j)
    nearest: dict[int, tuple[int, list[int]]] = {}
    # the longer short forms first: «عبدالعزيز الغفيلي» joins «عبدالعزيز بن صالح الغفيلي» before
    # «الغفيلي» asks which full name it shortens, and finds one entity, not two names
    for i in sorted(range(len(mentions)), key=lambda i: -len(words[i])):
        mention = mentions[i][1]
        if mention.type not in SHORT_FORM_TYPES:
            continue
        longer = [j for j in range(len(mentions)) if len(words[j]) > len(words[i])
                  and mentions[j][1].type == mention.type and _short_form(words[i], words[j], mention.type)]
        fuller = {groups.find(j) for j in longer}
        if len(fuller) == 1:
            groups.union(i, fuller.pop())
        elif fuller:  # «حفني» after «ياسر حفني» and «شادي حفني»: the one named last before it
            article, start = mentions[i][0], mention.start
            before = [j for j in longer if mentions[j][0] is article and mentions[j][1].end <= start]
            if before:
                nearest[i] = (max(before, key=lambda j: mentions[j][1].start), longer)
    _join_shared_short_forms(nearest, groups)


def _join_shared_short_forms(nearest: dict[int, tuple[int, list[int]]], groups) -> None:
    """A short form two full names share («حفني» of «ياسر حفني» and «شادي حفني») joins the one
    named last before it, when that is the same person each time it is written and the report
    names him more often than the others together: the man the report is about, not one of two
    in a list («التقى محمد بن سلمان وفهد بن سلمان، ثم قال بن سلمان»)."""
    chosen, rivals = defaultdict(set), defaultdict(set)
    for i, (j, longer) in nearest.items():
        chosen[groups.find(i)].add(groups.find(j))
        rivals[groups.find(i)].update(longer)
    for group, people in chosen.items():
        named = Counter(groups.find(j) for j in rivals[group])
        if len(people) == 1 and 2 * named[next(iter(people))] > sum(named.values()):
            groups.union(group, people.pop())


def _short_form(short: list[str], full: list[str], kind: str) -> bool:
    """Whether ``short`` is ``full`` named shorter: its last words («الخطيب»، «بن حلي»، «هيومن
    رايتس ووتش» for «منظمة هيومن رايتس ووتش»), its first words («جلوي بن عبدالعزيز» for «... بن
    مساعد»، «وزارة الصحة» for «وزارة الصحة السعودية») or its first and last («عبدالعزيز الغفيلي»
    for «عبدالعزيز بن صالح الغفيلي»، «الكلية الأمنية» for «كلية الملك فهد الأمنية»); a person
    may be named by the first name alone («مجدي» for «مجدي الطماوي»), as Egyptian papers do. An
    organisation's short form keeps two words at least, but for an English report's company or
    hospital called by its own first word ("Adriatica" for "Adriatica Energia")."""
    n = len(short)
    if kind == "ORG" and n < 2:
        return (short[0].isascii() and short[0] not in ORGANISATION_HEADS
                and same_name_word(short[0], full[0]))
    if all(map(same_name_word, short, full[-n:])):
        return True
    if n < 2:
        return kind == "PER" and same_name_word(short[0], full[0])  # «شيرين» of «شيرين عبدالوهاب»
    return all(map(same_name_word, short, full[:n])) or (
        n == 2 and same_name_word(short[0], full[0]) and same_name_word(short[1], full[-1]))


def _entity(members: list[tuple[Article, Mention]], aliases: AliasTable) -> Entity:
    kind = Counter(m.type for _, m in members).most_common(1)[0][0]
    canonical = next((aliases.keys[k] for _, m in members for k in m.keys if k in aliases.keys), None)
    name = aliases.names[canonical] if canonical else _display_name(members)
    return Entity(kind, name, romanize(name) if name else None, sorted(
        members, key=lambda item: (item[0].id, item[1].start)))


def _display_name(members) -> str:
    """The most frequent of the longest spellings as written in the text, preferring one
    without a proclitic («التحالف الدولي» over «للتحالف الدولي»)."""
    surfaces = [article.span_text(m) for article, m in members]
    longest = max(len(s.split()) for s in surfaces)
    counts = Counter(s for s in surfaces if len(s.split()) == longest)
    return max(counts, key=lambda s: (not _has_proclitic(s), counts[s]))


def _has_proclitic(name: str) -> bool:
    """«للتحالف»، «وقسد»: a one-letter conjunction or preposition before the name."""
    return name[:1] in STRIPPED_LETTERS and not name.startswith(ARTICLE) and len(name.split()[0]) > 3


def load_aliases(extra: Path | None = None) -> AliasTable:
    """The shipped alias table (lang/ar/gazetteer/aliases.tsv), with a user's own TSV file of
    ALIAS<TAB>CANONICAL<TAB>TYPE lines laid over it."""
    lines = _shipped_alias_lines()
    if extra is not None:
        lines = lines + tuple(Path(extra).read_text(encoding="utf-8").splitlines())
    return _alias_table(lines)


@cache
def _shipped_alias_lines() -> tuple[str, ...]:
    """The Arabic aliases, then the English names of the same bodies and places."""
    lines = []
    for package, name in (("riwaya.lang.ar", "aliases.tsv"), ("riwaya.lang.en", "aliases_en.tsv")):
        lines += resources.files(package).joinpath("gazetteer", name).read_text("utf-8").splitlines()
    return tuple(lines)


@cache
def _alias_table(lines: tuple[str, ...]) -> AliasTable:
    from ..analyze.entities import name_keys

    keys, names = {}, {}
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        alias, canonical = line.split("\t")[:2]
        canonical_key = name_keys(canonical.split())[0]
        names[canonical_key] = canonical
        keys[_alias_key(alias)] = canonical_key
        keys[canonical_key] = canonical_key
    return AliasTable(keys, names)


def _alias_key(alias: str) -> str:
    """An alias folded as a mention of its script is: "al-Qaeda" as English names are."""
    from ..analyze.en.entities import name_key
    from ..analyze.entities import name_keys

    return name_key(alias.split()) if alias[:1].isascii() else name_keys(alias.split())[0]


class _UnionFind:
    def __init__(self, size: int):
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)
