"""Who said what in English text: direct quotes in quotation marks and reported speech, each
with its cue and its source, typed as the Arabic reader types them.

    "...," Gallagan said.          "...," said Col. Dermot Gallagan.
    Gallagan said that ...          ..., the sources said.
    according to a security source, ...
    Sources close to the SDF told Al-Furat Today that ...

A pronoun ("he said") and a definite office or body ("the spokesman", "the ministry") refer to
the person or body named last before with that office or head word; a quote with no cue right
after another continues its speaker."""

from __future__ import annotations

import re
from dataclasses import replace

from ...lang.en.attribution import (
    ACCORDING_TO,
    ADDING_WORDS,
    AFFILIATION_LINKS,
    ANONYMOUS_HEADS,
    CIRCUMSTANCE_WORDS,
    CUE_PREPOSITIONS,
    CUE_VERBS,
    DOCUMENT_HEADS,
    INDEFINITE_WORDS,
    LISTENER_VERBS,
    OUTLET_HEADS,
    PRONOUNS,
    RELATIVE_WORDS,
    SKIP_AFTER_CUE,
    SPEAKER_CLAUSE_EDGES,
    SPEAKER_PHRASE_ENDS,
    UNNAMED_AFFILIATIONS,
    UNNAMED_HEADS,
    UNNAMED_QUALIFIERS,
)
from ...lang.en.lexicon import ABBREVIATIONS
from ...lang.en.numbers import APPROXIMATORS
from ...lang.en.polarity import DENIAL_VERBS
from ...model import Mention, Quote, Source, Span
from .words import Word, english_words

_QUOTED = re.compile(r"[“\"]([^“”\"\n]{3,}?)[”\"]")
_CUES = frozenset(CUE_VERBS)
_ACCORDING = [phrase.split() for phrase in ACCORDING_TO]
_SUBJECT_WORDS = 9
"""Words after an inverted cue the speaker phrase may span: "said Col. Dermot Gallagan"."""
_CLAUSE_WORDS = 30
"""Words before a cue its speaker clause may span: "Farhad Sheikho, a commander in the
Kurdish-led Syrian Democratic Forces (SDF), said"."""
_SKIP_AFTER_CUE = frozenset(SKIP_AFTER_CUE)
_ANONYMOUS = frozenset(ANONYMOUS_HEADS)
_DOCUMENTS = frozenset(DOCUMENT_HEADS)
_OUTLET = frozenset(OUTLET_HEADS)
_APPROXIMATORS = frozenset(phrase for phrase, _ in APPROXIMATORS)


def find_quotes(text: str, sentences: list[Span],
                mentions: list[Mention]) -> tuple[list[Quote], list[Source]]:
    """The quotes of the English ``text`` in order, and every source phrase found."""
    quotes: list[Quote] = []
    last_speaker: Source | None = None
    marks = list(_QUOTED.finditer(text))  # a quotation may run over sentences: "... rough. It had no chance,"
    for sentence in sentences:
        words = english_words(text, sentence.start, sentence.end)
        closing = [m for m in marks if sentence.start < m.end() <= sentence.end]
        found = _direct(text, sentence, words, closing, mentions, quotes)
        found += _reported_beside(text, _reported(text, sentence, words, mentions, quotes), found)
        if not found:
            last_speaker = None if not closing else last_speaker
            continue
        for quote in found:
            if quote.speaker is None and last_speaker is not None and quote.direct:
                quote = replace(quote, speaker=last_speaker, speaker_rule="continues")
            quotes.append(quote)
            last_speaker = quote.speaker or last_speaker
    sources = list({(q.speaker.start, q.speaker.end): q.speaker for q in quotes if q.speaker}.values())
    return quotes, _with_unquoted_sources(text, sentences, sources)


def _reported_beside(text: str, reported: list[Quote], direct: list[Quote]) -> list[Quote]:
    """Reported speech in a sentence that also quotes: the part before the quotation marks
    ("said his client was a student and had been "arrested ..."" reports both)."""
    if not direct:
        return reported
    kept = []
    for quote in reported:
        first = min((d.start for d in direct if d.start > quote.start), default=None)
        if first is not None and not any(d.start <= quote.start < d.end for d in direct):
            end = first - 1  # the opening quotation mark
            while end > quote.start and not text[end - 1].isalnum():
                end -= 1
            if end - quote.start >= MIN_REPORTED_CHARACTERS:
                kept.append(replace(quote, end=end))
    return kept


MIN_REPORTED_CHARACTERS = 15


def _direct(text, sentence, words, closing, mentions, earlier) -> list[Quote]:
    """The quotations that close in the sentence, with the cue and speaker around them there
    or in the sentence they open in."""
    quotes = []
    for match in closing:
        inside = Span(match.start(1), match.end(1))
        if len(english_words(text, inside.start, inside.end)) < 3:
            continue  # "Bradley" vehicles: a name in quotation marks
        opened = match.start() < sentence.start  # in an earlier sentence: read from there
        around = english_words(text, match.start(), sentence.end) if opened else words
        outside = [w for w in around if not (match.start() <= w.start < match.end())]
        cue = _cue(outside)
        speaker = (_speaker(text, outside, cue, mentions, earlier) if cue is not None
                   else _person_outside(outside, mentions))
        quotes.append(Quote(inside.start, inside.end, direct=True,
                            cue=Span(outside[cue].start, outside[cue].end) if cue is not None else None,
                            speaker=speaker, negated=_negated(outside, cue),
                            speaker_rule="cue" if speaker else None))
    return quotes


def _person_outside(words: list[Word], mentions: list[Mention]) -> Source | None:
    """A quote with no cue, in a sentence that names a person outside it: that person's."""
    for w in words:
        person = next((m for m in mentions if m.start <= w.start < m.end and m.type == "PER"), None)
        if person is not None:
            return Source(person.start, person.end, "named")
    return None


def _reported(text, sentence, words, mentions, earlier) -> list[Quote]:
    according = _according_to(words)
    if according is not None:
        at, size = according
        source_words = _source_phrase(words, at + size)
        if not source_words:
            return []  # "according to ," names no one
        content = words[source_words[-1] + 1 :] if at == 0 else words[:at]
        content = [w for w in content if w.text not in (",",)]
        if len(content) < 3:
            return []
        speaker = _source(text, [words[i] for i in source_words], mentions, earlier)
        return [Quote(content[0].start, _end_of(content), direct=False,
                      cue=Span(words[at].start, words[at + size - 1].end), speaker=speaker,
                      speaker_rule="according_to")]
    cue = _cue(words)
    if cue is None:
        return []
    after = cue + 1
    if words[cue].low in LISTENER_VERBS:  # "told Al-Furat Today that": the listener's name
        while after < len(words) and words[after].capital:
            after += 1
    closes = after < len(words) and words[after].text == ","  # "..., officials said, speaking ..."
    while after < len(words) and words[after].low in _SKIP_AFTER_CUE:
        after += 1
    circumstances = closes or _circumstance(words, after) or (
        after > cue + 1 and words[after - 1].low in CUE_PREPOSITIONS)  # "told reporters in Mahdia"
    if circumstances:  # "told reporters during a visit to the hospital that ...": what follows "that"
        that = next((i for i in range(after, len(words)) if words[i].low == "that"), None)
        if that is not None:
            after, circumstances = that + 1, False
    content = words[after:]
    if len([w for w in content if w.is_word]) >= 3 and not circumstances:
        speaker = _speaker(text, words, cue, mentions, earlier)
        added = Quote(content[0].start, _end_of(content), direct=False,
                      cue=Span(words[cue].start, words[cue].end), speaker=speaker,
                      negated=words[cue].low in DENIAL_VERBS, speaker_rule="cue" if speaker else None)
        adding = closes and cue + 2 < len(words) and words[cue + 2].low in ADDING_WORDS
        # "..., the minister said, adding that ...": what he said, then what he added
        return [*(_stated_before(text, words, cue, mentions, earlier) if adding else []), added]
    return _stated_before(text, words, cue, mentions, earlier)


def _stated_before(text, words, cue, mentions, earlier) -> list[Quote]:
    """"..., the sources said." : the statement before the comma that opens the speaker phrase."""
    commas = [i for i, w in enumerate(words[:cue]) if w.text == ","]
    if commas and commas[-1] == cue - 1:  # "..., the company's chief executive, Giulio Baronti, told"
        commas = commas[:-2]
    comma = commas[-1] if commas else None
    if comma is None or comma < 3:
        return []
    content = [w for w in words[:comma] if w.is_word or w.text not in ('"', "“")]
    speaker = _speaker(text, words, cue, mentions, earlier)
    return [Quote(content[0].start, content[-1].end, direct=False,
                  cue=Span(words[cue].start, words[cue].end), speaker=speaker,
                  speaker_rule="cue" if speaker else None)]


def _circumstance(words: list[Word], i: int) -> bool:
    """"said after meeting ...", "told reporters during a visit": when it was said, not what;
    "said at least 12 died" is what."""
    return i < len(words) and words[i].low in CIRCUMSTANCE_WORDS and not (
        i + 1 < len(words) and f"{words[i].low} {words[i + 1].low}" in _APPROXIMATORS)


def _end_of(content: list[Word]) -> int:
    while len(content) > 1 and not content[-1].is_word and not content[-1].text[:1].isdigit():
        content = content[:-1]
    return content[-1].end


def _cue(words: list[Word]) -> int | None:
    return next((i for i, w in enumerate(words) if w.low in _CUES), None)


def _according_to(words: list[Word]) -> tuple[int, int] | None:
    for i in range(len(words)):
        for phrase in _ACCORDING:
            if [w.low for w in words[i : i + len(phrase)]] == phrase:
                return i, len(phrase)
    return None


def _source_phrase(words: list[Word], start: int) -> list[int]:
    """The indices of the source phrase after "according to": up to the comma or the end."""
    out = []
    for i in range(start, len(words)):
        if words[i].text in (",", ".", ";"):
            break
        out.append(i)
    return out


_CLAUSE_EDGES = frozenset(SPEAKER_CLAUSE_EDGES)
_PHRASE_ENDS = frozenset(SPEAKER_PHRASE_ENDS)
_LINKS = frozenset(AFFILIATION_LINKS)


def _speaker(text, words: list[Word], cue: int, mentions, earlier) -> Source | None:
    """The speaker phrase: the clause before the cue ("Col. Gallagan, the spokesman, said"
    names Gallagan, "..., sources speaking to Al-Furat Today said" the sources), else the words
    after the cue when it inverts ("said Col. Gallagan")."""
    before = _clause_before(words, cue, mentions)
    if before:
        return _source(text, before, mentions, earlier)
    after = words[cue + 1 : cue + 1 + _SUBJECT_WORDS]
    if after and (after[0].capital or after[0].low in ("the", "a", "an")) and (
            cue == 0 or words[cue - 1].text in (",", "”", '"')):
        phrase = []
        for w in after:
            abbreviated = w.text == "." and phrase and phrase[-1].text in ABBREVIATIONS
            if (w.text in (",", ".", ";", ":") and not abbreviated) or w.low in _PHRASE_ENDS:
                break
            phrase.append(w)
        if phrase:
            return _source(text, phrase, mentions, earlier)
    return None


def _clause_before(words: list[Word], cue: int, mentions) -> list[Word]:
    """The speaker clause that ends at the cue, its relative clause and appositions weighed."""
    before = _without_relative_clause(words[max(0, cue - _CLAUSE_WORDS) : cue])
    start = max((i + 1 for i, w in enumerate(before) if w.low in _CLAUSE_EDGES), default=0)
    phrase = before[start:]
    commas = [i for i, w in enumerate(phrase) if w.text == ","]
    if commas and commas[-1] == len(phrase) - 1 and len(commas) >= 2:
        phrase = _named_segment(phrase, commas, mentions)  # "Gallagan, the spokesman, said"
    elif commas:
        phrase = phrase[commas[-1] + 1 :]  # "..., sources said"
    end = next((i for i, w in enumerate(phrase) if i > 0 and w.low in _PHRASE_ENDS), len(phrase))
    return [w for w in phrase[:end] if w.is_word or w.text == "."]


def _without_relative_clause(before: list[Word]) -> list[Word]:
    """"An official, who asked not to be named because ..., said": the relative clause set off
    by commas right before the cue is no part of the speaker phrase."""
    if len(before) < 3 or before[-1].text != ",":
        return before
    opening = max((i for i, w in enumerate(before[:-1]) if w.text == ","), default=None)
    if opening is None or opening + 1 >= len(before) or before[opening + 1].low not in RELATIVE_WORDS:
        return before
    return before[:opening]


def _named_segment(phrase: list[Word], commas: list[int], mentions: list[Mention]) -> list[Word]:
    """Of "A, B, said" the stretch that names the speaker: the one holding a person's name,
    nearest the cue ("the agency's representative, Annika Lindholm, said"), else the first
    ("Farhad Sheikho, a commander in the SDF, said")."""
    bounds = [-1, *commas]
    segments = [phrase[a + 1 : b] for a, b in zip(bounds, bounds[1:]) if phrase[a + 1 : b]]
    for segment in reversed(segments):
        start, end = segment[0].start, segment[-1].end
        if any(m.type == "PER" and start <= m.start and m.end <= end for m in mentions):
            return segment
    return segments[0] if segments else phrase


def _source(text, phrase: list[Word], mentions: list[Mention], earlier: list[Quote]) -> Source | None:
    phrase = [w for w in phrase if w.is_word or w.text == "."]
    while phrase and not phrase[-1].is_word:
        phrase = phrase[:-1]
    if not phrase:
        return None
    span = Span(phrase[0].start, phrase[-1].end)
    low = [w.low for w in phrase]
    inside = [m for m in mentions if span.start <= m.start and m.end <= span.end and m.type in ("PER", "ORG")]
    first_named = min((i for i, w in enumerate(phrase) if _mention_in(w, inside)), default=len(phrase))
    unnamed = next((i for i, word in enumerate(low) if word in _ANONYMOUS), None)
    if set(low) & _OUTLET:
        return Source(span.start, span.end, "outlet")  # "a Rafed correspondent"
    if set(low[:first_named]) & _DOCUMENTS or set(low[-1:]) & _DOCUMENTS:
        return Source(span.start, span.end, "document")  # "a statement by the ministry"
    if unnamed is not None and (unnamed < first_named and set(low[unnamed:first_named]) & _LINKS
                                or first_named == len(phrase)):
        return Source(span.start, span.end, "anonymous")  # "sources close to the SDF"
    if unnamed is not None and low[0] in INDEFINITE_WORDS and not any(m.type == "PER" for m in inside):
        return Source(span.start, span.end, "anonymous")  # "a Finance Ministry official"
    if inside:
        return Source(span.start, span.end, "named")
    if low[-1] in PRONOUNS and len(low) == 1:
        referent = _last_named(mentions, span.start, PRONOUNS[low[-1]], earlier)
        return Source(span.start, span.end, "named", refers_to=referent) if referent else None
    if low[0] == "the" and len(low) <= 4:
        referent = _by_head(mentions, span.start, low[-1], earlier)
        if referent is not None:
            return Source(span.start, span.end, "named", refers_to=referent)
    return Source(span.start, span.end, "named") if phrase[0].capital else None


def _mention_in(word: Word, mentions: list[Mention]) -> bool:
    return any(m.start <= word.start < m.end for m in mentions)


def _last_named(mentions, before: int, kind: str | None, earlier: list[Quote]) -> Span | None:
    """The speaker quoted last, else the last person (or body) named before ``before``."""
    for quote in reversed(earlier):
        speaker = quote.speaker
        if speaker is not None and speaker.kind == "named" and speaker.end <= before:
            return speaker.refers_to or Span(speaker.start, speaker.end)
    candidates = [m for m in mentions if m.end <= before and (kind is None or m.type == kind)]
    return Span(candidates[-1].start, candidates[-1].end) if candidates else None


def _by_head(mentions, before: int, head: str, earlier: list[Quote]) -> Span | None:
    """"the spokesman" → the person named last with that title; "the ministry" → the body
    named last whose name ends in that word."""
    for m in reversed([m for m in mentions if m.end <= before]):
        if m.type == "PER" and m.title and head in m.title.lower():
            return Span(m.start, m.end)
        if m.type == "ORG" and m.keys and m.keys[0].split()[-1] == head:
            return Span(m.start, m.end)
    return None


def _negated(words: list[Word], cue: int | None) -> bool:
    return cue is not None and words[cue].low in DENIAL_VERBS


_UNQUOTED = re.compile(
    rf"\b(?:(?:{'|'.join(UNNAMED_QUALIFIERS)})\s+){{0,3}}(?:{'|'.join(UNNAMED_HEADS)})\b"
    rf"(?:\s+(?:{'|'.join(UNNAMED_AFFILIATIONS)})\b)?", re.IGNORECASE)


_CUE_REACH = 40
"""Characters after "witnesses" or "officials" in which a cue makes them a source."""


def _after_according(text: str, span: Span) -> bool:
    return text[max(0, span.start - 14) : span.start].lower().strip().endswith(("according to", "citing"))


def _with_unquoted_sources(text: str, sentences: list[Span], sources: list[Source]) -> list[Source]:
    """The quotes' sources, and every other unnamed source the report cites ("sources close to
    the SDF", "a security source"), in text order."""
    spans = list(sources)
    for match in _UNQUOTED.finditer(text):
        span = Span(match.start(), match.end())
        said = {w.low for w in english_words(text, span.end, span.end + _CUE_REACH)}
        if not any(span.overlaps(s) for s in spans) and (
                "source" in match.group().lower() or said & _CUES or _after_according(text, span)):
            spans.append(Source(span.start, span.end, "anonymous"))
    return sorted(spans, key=lambda s: s.start)
