"""Names in English text. English capitalises names, so a name is a run of capitalised words
(with the joiners names carry: "al-", "bin", "of"); a sentence's first word and a Title Case
headline capitalise other words too, so there a run counts only when the lists or the body
know it. Each name is typed by the lists (places, organisations), its head word ("Ministry",
"Forces", "base"), the title before it ("Col.", "Foreign Minister"), a known given name, and
what the report says of the same name elsewhere."""

from __future__ import annotations

from ...lang.en.attribution import CUE_VERBS
from ...lang.en.entities import (
    ARTICLE_PREFIXES,
    LINKING_JOINERS,
    LOWERCASE_ORGANISATION_NOUNS,
    LOWERCASE_PLACE_NOUNS,
    NAME_JOINERS,
    NATIONAL_BODIES,
    NOT_NAMES,
    ORGANISATION_HEADS,
    PLACE_HEADS,
    PLACE_OPENERS,
    PLACE_PREPOSITIONS,
    TITLE_OPENERS,
)
from ...lang.en.gazetteers import fold, gazetteer, listed_type
from ...model import Mention, Span
from .words import Word, english_words

_PLACE_PREPOSITIONS = frozenset(PLACE_PREPOSITIONS)
_SPEECH = frozenset(CUE_VERBS)
_LOWER_PLACE_HEADS = frozenset(LOWERCASE_PLACE_NOUNS)
_LOWER_ORGANISATION_HEADS = frozenset(LOWERCASE_ORGANISATION_NOUNS)
_NATIONAL_BODIES = frozenset(NATIONAL_BODIES)


def find_mentions(text: str, sentences: list[Span], title_end: int = 0) -> list[Mention]:
    """Every name in the English ``text``, typed; ``title_end`` is where a headline kept at the
    start of the text ends."""
    runs = []
    lowercase = {w.text for w in english_words(text) if w.text.islower()}
    for sentence in sentences:
        words = english_words(text, sentence.start, sentence.end)
        headline = sentence.end <= title_end
        first = next((w for w in words if w.is_word), None)
        for run in _capitalised_runs(words):
            opens = run[0] is first or headline or _after_dash(text, run[0])
            run = _without_common_first(run, lowercase if opens else set())
            runs += [(part, headline) for named in _without_title(run) for part in _possessors(named)]
    body = {_key(run) for run, headline in runs if not headline}
    kept = []
    for run, headline in runs:
        kept += _known_parts(run, body) if headline else [run]
    types = _types(text, kept)
    return [_national_body(text, run) or Mention(run[0].start, _end(run), types[i], _keys(run),
                                                 _title(text, run))
            for i, run in enumerate(kept) if types[i]]


def _national_body(text: str, run: list[Word]) -> Mention | None:
    """"the Lebanese army": a nationality and the body after it are one organisation."""
    if len(run) != 1 or fold(run[0].low) not in gazetteer("nationality"):
        return None
    after = english_words(text, run[0].end, run[0].end + 14)[:2]
    if not after or after[0].text[:1].isupper():
        return None
    body = next((n for n in (2, 1) if " ".join(w.low for w in after[:n]) in _NATIONAL_BODIES), None)
    if body is None:
        return None
    named = [run[0].text, *(w.text for w in after[:body])]
    return Mention(run[0].start, after[body - 1].end, "ORG", (name_key(named),))


def _end(run: list[Word]) -> int:
    """Where the name ends: before a possessive "'s"."""
    return run[-1].end - 2 if run[-1].low.endswith("'s") else run[-1].end


def _capitalised_runs(words: list[Word]) -> list[list[Word]]:
    """Runs of capitalised words, joined by "of", "al-", "bin" ... and a lowercase place head
    after them ("al-Safsaf base")."""
    runs, current = [], []
    for i, word in enumerate(words):
        low = word.low
        compound = _name_in_compound(word)
        if compound is not None:  # "Iran-backed", "Islamic State-linked": the name ends inside
            runs.append([*current, compound])
            current = []
            continue
        if word.is_word and (word.capital or _article_prefixed(word)) and not _title_word(words, i):
            current.append(word)
            continue
        if current and _title_word(words, i) and current[0].low in TITLE_OPENERS:
            current = []  # "Deputy Investment" of "Deputy Investment Minister": the title's
            continue
        if current and low in NAME_JOINERS and _capital_after_joiners(words, i) and not (
                low in LINKING_JOINERS and _a_person(current)):
            current.append(word)  # "Bank of England", not "Hisham al-Shennawy for Cairo"
            continue
        if current:
            runs.append(current)
        current = []
    if current:
        runs.append(current)
    return [_trim_joiners(run) for run in runs if _trim_joiners(run)]


def _name_in_compound(word: Word) -> Word | None:
    """The capitalised first part of "Iran-backed" or "Kurdish-led", None for other words."""
    head, _, rest = word.text.partition("-")
    if not rest or not head[:1].isupper() or not rest[:1].islower() or _article_prefixed(word):
        return None
    return Word(word.start, word.start + len(head), head)


def _a_person(run: list[Word]) -> bool:
    """A run that opens with a known given name and names someone already ("Hisham al-Shennawy")."""
    return len(run) > 1 and run[0].low in gazetteer("first_name")


def _capital_after_joiners(words: list[Word], i: int) -> bool:
    """"Office for the Coordination": joiners lead on to a capitalised word."""
    j = i
    while j < len(words) and words[j].low in NAME_JOINERS:
        j += 1
    return j < len(words) and words[j].capital and j - i <= 2


def _title_word(words: list[Word], i: int) -> bool:
    """"Col.", "Foreign Minister" before a name: titles, kept out of it."""
    low = words[i].low
    follows = i + 1 < len(words) and (words[i + 1].capital or words[i + 1].text == ".")
    if not follows:
        return False
    return fold(low) in gazetteer("title")


def _article_prefixed(word: Word) -> bool:
    return word.low.startswith(ARTICLE_PREFIXES) and len(word.text) > 4 and word.text[3:4].isupper()


def _trim_joiners(run: list[Word]) -> list[Word]:
    """Joiners at the ends are not the name's; a capitalised one opening it is ("Abu Dhabi",
    "Al Waha Holding")."""
    while run and run[-1].low in NAME_JOINERS:
        run = run[:-1]
    while run and run[0].low in NAME_JOINERS and not _article_prefixed(run[0]) and (
            not run[0].capital or run[0].low in LINKING_JOINERS or len(run) == 1):
        run = run[1:]
    return run


def _without_common_first(run: list[Word], lowercase: set[str]) -> list[Word]:
    """A sentence's first word is capitalised by rule: "The", "Officials", "Five" leave, and so
    does any word the report writes in lower case elsewhere."""
    while run and not _acronym(run[0]) and (run[0].low.strip(".") in NOT_NAMES or run[0].low in lowercase):
        run = run[1:]
    return run


def _after_dash(text: str, word: Word) -> bool:
    """A word right after a dateline's dash opens the report's first sentence."""
    return text[max(0, word.start - 3) : word.start].strip() in ("-", "–", "—")


def _acronym(word: Word) -> bool:
    """"WHO", "US": capitals, not the pronoun."""
    return len(word.text) > 1 and word.text.replace(".", "").isupper()


def _without_title(run: list[Word]) -> list[list[Word]]:
    """"Emirati Minister of State Saeed al-Kaabi": a title run on into a person's name is not
    part of it; the words before the title are a name of their own."""
    titles = [k for k, word in enumerate(run) if fold(word.low) in gazetteer("title")]
    if not titles:
        return [run]
    given = gazetteer("first_name")
    name = next((k for k in range(titles[0] + 1, len(run) - 1) if run[k].low in given), None)
    if name is None:
        return [run]
    return [part for part in (_trim_joiners(run[: titles[0]]), run[name:]) if part]


def _possessors(run: list[Word]) -> list[list[Word]]:
    """"Yemen's Houthi rebels": the possessor is a name of its own; not inside a name after
    "of" ("Assembly of People's Representatives")."""
    parts, current = [], []
    for word in run:
        current.append(word)
        if word.low.endswith("'s") and "of" not in {w.low for w in current}:
            parts.append(current)
            current = []
    return [part for part in parts + [current] if _trim_joiners(part)]


def _known_parts(run: list[Word], body: set[str]) -> list[list[Word]]:
    """A Title Case headline's run, kept where the lists or the body know a stretch of it:
    the longest known stretches, left to right."""
    parts, i = [], 0
    while i < len(run):
        for j in range(len(run), i, -1):
            part = _trim_joiners(run[i:j])
            if part and (_key(part) in body or _listed(part)):
                parts.append(part)
                i = j
                break
        else:
            i += 1
    return parts


def _listed(run: list[Word]) -> bool:
    return listed_type(_phrase(run)) is not None


def _typed_by_head(run: list[Word], text: str = "") -> str | None:
    """ORG or LOC by the name's head word, or a place's opening word ("Tal Shuaib") or the
    lowercase noun after it ("al-Safsaf base", "the Hezbollah group")."""
    last, first = _bare(run[-1]), run[0].low
    if last in ORGANISATION_HEADS:
        return "ORG"
    if last in PLACE_HEADS or first in PLACE_OPENERS:
        return "LOC"
    after = english_words(text, run[-1].end, run[-1].end + 16)[:1] if text else []
    if after and after[0].low in _LOWER_PLACE_HEADS:
        return "LOC"
    return "ORG" if after and after[0].low in _LOWER_ORGANISATION_HEADS else None


def _bare(word: Word) -> str:
    return word.low[:-2] if word.low.endswith("'s") else word.low


def _types(text: str, runs: list[list[Word]]) -> list[str | None]:
    """Each run's type: the lists, the head word, the title, a given name; what is left is
    judged by its context, the longer names first, so that a lone word takes the type of the
    person's name it ends ("Kubaisi's bloc" after "Muthanna al-Kubaisi")."""
    types = [_own_type(text, run) for run in runs]
    known = {}
    for run, kind in zip(runs, types):
        if kind:
            known.setdefault(_key(run), kind)
    for i, run in enumerate(runs):
        if types[i] is None and len(run) > 1:
            types[i] = known.get(_key(run)) or _by_context(text, run)
    surnames = {_strip_article(run[-1].low) for run, kind in zip(runs, types)
                if kind == "PER" and len(run) > 1}
    for i, run in enumerate(runs):
        if types[i] is None:
            person = _strip_article(_bare(run[0])) in surnames
            types[i] = "PER" if person else known.get(_key(run)) or _by_context(text, run)
    return types


def _own_type(text: str, run: list[Word]) -> str | None:
    listed = listed_type(_phrase(run))
    if listed:
        return listed
    head = _typed_by_head(run, text)
    if head:
        return head
    if _title(text, run) or run[0].low in gazetteer("first_name") and len(run) > 1:
        return "PER"
    if all(w.text.isupper() for w in run) and _opens_paragraph(text, run):
        return "LOC"  # a dateline: "KFAR SHAMMAS, Lebanon (AP) -"
    if len(run) == 1 and run[0].text.isupper() and 2 <= len(run[0].text.replace(".", "")) <= 6:
        return "ORG"  # an acronym: "SDF", "WHO"
    if len(run) == 1 and fold(_bare(run[0])) in gazetteer("nationality"):
        return "MISC"
    return None


def _opens_paragraph(text: str, run: list[Word]) -> bool:
    return run[0].start == 0 or text[run[0].start - 1] == "\n"


def _by_context(text: str, run: list[Word]) -> str | None:
    """An unknown name: a place after "in" or "near", a person when two or three name words
    or the subject of "said"; a lone nationality adjective is no name."""
    before = english_words(text, max(0, run[0].start - 20), run[0].start)
    after = english_words(text, run[-1].end, run[-1].end + 20)
    previous = before[-1].low if before else ""
    following = after[0].low if after else ""
    lows = {_bare(w) for w in run}
    if lows & set(ORGANISATION_HEADS):
        return "ORG"
    if lows & set(PLACE_HEADS):
        return "LOC"
    if previous in _PLACE_PREPOSITIONS and len(run) <= 2:
        return "LOC"
    if following and fold(following) in gazetteer("title"):
        return "ORG"  # the body a title belongs to: "Al Waha Chief Executive Rashid al-Mansouri"
    if previous == "of" and len(before) > 1 and before[-2].low in PLACE_HEADS:
        return "LOC"  # "the town of al-Muaizila", "the city of Halba"
    if following in _SPEECH or 2 <= len(run) <= 3 and (
            any(_article_prefixed(w) for w in run[1:]) or run[1].text[:1].isupper() and len(run) == 2):
        return "PER"  # a name and a surname ("Dana Levi", "Hamza al-Mousawi") with no head noun
    return "ORG"


def _title(text: str, run: list[Word]) -> str | None:
    """The title written just before the name ("Col.", "Health Minister"), if any."""
    before = english_words(text, max(0, run[0].start - 40), run[0].start)
    title: list[str] = []
    while before:
        word = before[-1]
        if word.text == ".":
            before = before[:-1]
            continue
        candidate = " ".join([word.low, *title])
        if word.low in gazetteer("title") or candidate in gazetteer("title") or (
                title and candidate in gazetteer("title")):
            title.insert(0, word.text)
            before = before[:-1]
            continue
        break
    return " ".join(title) or None


def _phrase(run: list[Word]) -> str:
    return " ".join(word.text[:-2] if word.low.endswith("'s") else word.text for word in run)


def _strip_article(word: str) -> str:
    for prefix in ARTICLE_PREFIXES:
        if word.startswith(prefix):
            return word[len(prefix):]
    return word


def _key(run: list[Word]) -> str:
    return name_key([word.text for word in run])


def _keys(run: list[Word]) -> tuple[str, ...]:
    return (_key(run),)


def name_key(words: list[str]) -> str:
    """The name lowercased, "al-", dots and a possessive "'s" dropped from each word:
    "al-Zoubi's" and "Zoubi" meet, "U.S." and "US"."""
    folded = []
    for word in words:
        low = word.lower().replace("’", "'")
        if low.endswith("'s"):
            low = low[:-2]
        folded.append(_strip_article(low).replace(".", ""))
    return " ".join(w for w in folded if w)
