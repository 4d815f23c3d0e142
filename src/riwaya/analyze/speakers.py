"""Who a speaker phrase stands for when it names no one.

News names a speaker once and then refers back: by office («وقال نائب الأمين العام»), by an
honorific pronoun («وأكد سموه»), or by the head noun of a body named in full before («وأوضحت
الهيئة» for «الهيئة العامة للإحصاء», «وأضافت المنظمة» for «هيومن رايتس ووتش»); and a long
office («وأكد مدير العلاقات العامة المتحدث الرسمي للهيئة المهندس فلان أن») puts the name after
the words the speaker phrase kept. A named source whose phrase holds no person's or
organisation's name is linked to the mention it stands for, so that the quote is credited to
that entity, across quotes and across reports. In order:

1. a name between the phrase and the quoted words is the speaker's own;
2. an office or an honorific refers to the person named beside the same office earlier
   («المهندس مجدي الطماوي، رئيس مركز الخارجة» ... «وأكد رئيس مركز الخارجة»), else to the
   nearest person named before with that title («الوزير فلان» ... «وقال الوزير»), else (an
   office) to the person quoted last, else to the nearest person named before;
3. a body's head noun (وزارة، هيئة، منظمة، شركة، المرصد ...) refers to an organisation named
   before whose name holds that noun: the one quoted last, else the nearest whose name starts
   with it, else the nearest; with none such, to the nearest organisation;
4. a document that names no body («وأوضح البيان»، «وبينت النتائج») is the nearest
   organisation's named before it.

A phrase cut inside a name refers to that name, and an office named in a headline, before any
person, refers to the first person named after it with that title, else the first after.

An office of a named body («وزير التربية والتعليم»، «رئيس مركز الخارجة») is a person: the one
named right after it, or beside the same office before; else the body it names. An office's
phrase never stands for a body named after it («وأضاف الإعلامي، في تصريحات لقناة ...»).

Anonymous and outlet sources refer to no one. A phrase that names a person keeps its own name."""

from __future__ import annotations

from dataclasses import replace

from ..model import Mention, Quote, Source, Span
from .words import Word, words

PERSON, ORGANISATION = "PER", "ORG"
NAMED = (PERSON, ORGANISATION)
BODY_ROLES = frozenset({"organisation", "institution", "publication"})
APPOSITION_REACH = 80
"""Characters after the speaker phrase within which a name before the quoted words is its own."""
BESIDE_OFFICE = 40
"""Characters between an earlier mention of the office and the name beside it."""
OFFICE_WORDS = 2
"""The words of an office compared with its earlier mentions («رئيس مركز»)."""


def resolve_speakers(text: str, quotes: list[Quote], sources: list[Source],
                     mentions: list[Mention]) -> tuple[list[Quote], list[Source]]:
    """The quotes and sources with ``refers_to`` set on each named source that names no one."""
    resolved: dict[tuple[int, int], Source] = {}
    quoted: dict[str, Mention] = {}  # the last person and organisation quoted, by name or not
    for quote in quotes:
        speaker = quote.speaker
        if speaker is None:
            continue
        if (speaker.start, speaker.end) not in resolved:
            resolved[(speaker.start, speaker.end)] = _resolved(text, speaker, quote, mentions, quoted)
        named = resolved[(speaker.start, speaker.end)]
        named = named.refers_to or named
        for kind in NAMED:
            found = next((m for m in mentions if m.type == kind and named.start <= m.start
                          and m.end <= named.end), None)
            if found is not None:
                quoted[kind] = found
    quotes = [replace(q, speaker=resolved[(q.speaker.start, q.speaker.end)]) if q.speaker else q
              for q in quotes]
    return quotes, [resolved.get((s.start, s.end), s) for s in sources]


def _resolved(text: str, source: Source, quote: Quote, mentions: list[Mention],
              quoted: dict[str, Mention]) -> Source:
    if source.kind not in ("named", "document"):
        return source
    inside = {m.type for m in mentions if source.start <= m.start and m.end <= source.end}
    if PERSON in inside:
        return source
    said = [w for w in words(text[source.start : source.end]) if w.content]
    office = bool(said) and "title" in said[0].roles  # a person's office: an apposed body is not him
    if ORGANISATION in inside and not office:
        return source
    cut = _cut_name(source, mentions)
    if office and (ORGANISATION in inside or (cut is not None and cut.type == ORGANISATION)):
        # «وزير التربية والتعليم»، «رئيس الهيئة الملكية [للجبيل]»: the office of a named body
        referent = _apposed(source, quote, mentions, people_only=True) or _beside_office(
            text, said, _people_around(source, mentions)[0], source) or cut
    elif cut is not None:
        referent = cut
    elif source.kind == "document":  # «وأوضح بيان المنظمة»: the body whose statement it is
        referent = (_body(text, said[1:], source, mentions, quoted.get(ORGANISATION)) if len(said) > 1
                    else _issuer(source, mentions))
    else:
        referent = (_apposed(source, quote, mentions, people_only=office)
                    or _referent(text, said, source, mentions, quoted))
    return replace(source, refers_to=Span(referent.start, referent.end)) if referent else source


def _cut_name(source: Source, mentions: list[Mention]) -> Mention | None:
    """A name the phrase ends inside: «أعلنت الهيئة السعودية» of «الهيئة السعودية للمواصفات»."""
    return next((m for m in mentions if m.type in NAMED and source.start <= m.start < source.end < m.end),
                None)


def _apposed(source: Source, quote: Quote, mentions: list[Mention],
             people_only: bool = False) -> Mention | None:
    """A name after the phrase and before the quoted words: «... للهيئة المهندس فلان أن»."""
    if quote.start < source.end:
        return None
    kinds = (PERSON,) if people_only else NAMED
    between = [m for m in mentions if m.type in kinds and source.end <= m.start
               and m.end <= min(quote.start, source.end + APPOSITION_REACH)]
    return min(between, key=lambda m: (m.type != PERSON, m.start), default=None)


def _referent(text: str, said: list[Word], source: Source, mentions: list[Mention],
              quoted: dict[str, Mention]) -> Mention | None:
    """The mention the phrase (its content words ``said``) refers back to; None when it names
    no office, honorific or body."""
    if not said:
        return None
    head = said[0]
    if "honorific" in head.roles or "title" in head.roles:
        for people in _people_around(source, mentions):
            titled = [m for m in people if head.stem in _title_stems(text, m)]
            # else the person quoted last, before the nearest one merely named
            last = [quoted[PERSON]] if quoted.get(PERSON) in people and "title" in head.roles else []
            found = _beside_office(text, said, people, source) or (titled or last or people or [None])[0]
            if found is not None:
                return found
        return None
    return _body(text, said, source, mentions, quoted.get(ORGANISATION))


def _issuer(source: Source, mentions: list[Mention]) -> Mention | None:
    """The body a bare «البيان»، «التقرير»، «النتائج» comes from: the nearest organisation named
    before it."""
    return max((m for m in mentions if m.type == ORGANISATION and m.end <= source.start),
               key=lambda m: m.start, default=None)


def _people_around(source: Source, mentions: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """The people named before the phrase, nearest first, then those named after it, for a phrase
    that names its person ahead («أمير نجران يفتتح ...» in a headline)."""
    people = [m for m in mentions if m.type == PERSON]
    return (sorted((m for m in people if m.end <= source.start), key=lambda m: -m.start),
            sorted((m for m in people if m.start >= source.end), key=lambda m: m.start))


def _body(text: str, said: list[Word], source: Source, mentions: list[Mention],
          quoted: Mention | None = None) -> Mention | None:
    """The organisation a body's head noun first in ``said`` refers to, or None when the words
    start with no such noun: of those named before whose name holds the noun, the body quoted
    last, else the nearest named by that noun first («الكلية» is «كلية الملك فهد», not «المديرية
    العامة لكلية الملك فهد»), else the nearest; else the nearest organisation."""
    if not said or not said[0].roles & BODY_ROLES:
        return None
    head = said[0]
    bodies = sorted((m for m in mentions if m.type == ORGANISATION and m.end <= source.start),
                    key=lambda m: -m.start)
    forms = {head.stem, head.bare}  # «الوزارة» / «وزارة», whose light stem loses its و
    named = []
    for body in bodies:
        said_there = [{w.stem, w.bare} for w in words(text[body.start : body.end]) if w.content]
        if any(forms & word for word in said_there):
            named.append((body != quoted, not forms & said_there[0], body))
    return min(named, key=lambda item: item[:2])[2] if named else (bodies or [None])[0]


def _title_stems(text: str, person: Mention) -> set[str]:
    """The stems of the person's title: the words written right before the name, or the title
    the tagger kept («الوزير فهد السالم» → وزير)."""
    before = [w.stem for w in words(text[max(0, person.start - BESIDE_OFFICE) : person.start]) if w.content]
    return set(before[-OFFICE_WORDS:]) | ({w.stem for w in words(person.title)} if person.title else set())


def _beside_office(text: str, said: list[Word], people: list[Mention], source: Source) -> Mention | None:
    """The person named right before or after another mention of the same office (not the
    phrase itself: «"حمزة طفل قوي"، وكشف قائد الفريق» does not make the boy the captain)."""
    office = [w.stem for w in said[:OFFICE_WORDS]]
    if len(office) < OFFICE_WORDS or "honorific" in said[0].roles:
        return None
    for person in people:  # nearest first
        after = person.end + BESIDE_OFFICE
        before = max(0, person.start - BESIDE_OFFICE)
        if person.end <= source.start:
            after = min(after, source.start)
        else:
            before = max(before, source.end)
        for near in (text[person.end : after], text[before : person.start]):
            stems = [w.stem for w in words(near) if w.content]
            if any(stems[i : i + OFFICE_WORDS] == office for i in range(len(stems))):
                return person
    return None
