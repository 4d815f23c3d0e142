"""Quotes and their sources in one article: who is reported to have said what.

A cue (قال، أكد، نفى ...، مضيفاً، بحسب) opens an attribution. The words between a verb cue and
its complementiser (أن، إن، بأن), colon or quotation mark name the speaker; what follows is the
quote, up to the sentence end or the next «، مشيراً إلى أن». A cue with no speaker of its own
(وأضاف، مضيفاً) continues the last speaker. «...» with a cue elsewhere in the sentence is a
direct quote. Each speaker is a source, classed as named, anonymous, outlet or document; a
verb's speaker is found by the first of SPEAKER_RULES that decides, and each quote names the
rule that gave its speaker (``speaker_rule``).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace

import numpy as np

from ..lang.ar import attribution as words
from ..lang.ar.calendar import WEEKDAYS
from ..lang.ar.normalize import normalize_all, normalize_ar
from ..lang.ar.tokenize import tokenize
from ..lang.ar.words import analyze_word, names_institution
from ..model import Mention, Quote, Source, Span, Token
from .speaker_ranker import Candidate, candidate_features, load_ranker


def _verb_forms() -> frozenset[str]:
    """Past verbs with their feminine, dual and plural endings, the present forms, and
    «علمت» (the outlet learned)."""
    past = (words.past_forms(verb) for verb in normalize_all(words.REPORTING_VERBS))
    return normalize_all(words.OUTLET_VERBS).union(*past) | normalize_all(words.VERBATIM_VERBS)


def _bare_forms() -> dict[str, str]:
    """Each cue with its و/ف proclitics and, for verbs, its object pronouns, mapped to the cue;
    «بينه»، «نصه» stay nouns."""
    forms = {}
    for verb in VERBS - _NOUN_TWINS:
        for pronoun in OBJECT_PRONOUNS:
            forms |= {clitic + verb + pronoun: verb for clitic in ("", *words.CUE_CONJUNCTIONS)}
    for cue in CUE_WORDS:
        forms |= {clitic + cue: cue for clitic in words.CUE_CONJUNCTIONS if len(cue) > 2}
    return {form: cue for form, cue in forms.items() if form not in CUE_WORDS}


VERBS = _verb_forms()
PARTICIPLES = normalize_all(words.PARTICIPLES)
DENYING_CUES = normalize_all(words.DENYING_CUES)
COMPLEMENTISERS = normalize_all(words.COMPLEMENTISERS)
LINKERS = normalize_all(words.LINKERS)
CONTINUING = normalize_all(words.CONTINUATION_VERBS) | PARTICIPLES
OBJECT_PRONOUNS = normalize_all(words.OBJECT_PRONOUNS)
_NOUN_TWINS = normalize_all(words.NOUN_TWINS)  # «بينه»، «نصه»: a noun with a pronoun
OBJECT_VERBS = frozenset().union(*map(words.object_verb_forms, normalize_all(words.OBJECT_VERBS)))
OBJECT_HEADS = normalize_all(words.OBJECT_HEADS)
OBJECT_PREPOSITION = normalize_ar(words.OBJECT_PREPOSITION)
RELATIVES = normalize_all(words.RELATIVES)
RELAYS = normalize_all(words.RELAY_VERBS)  # «نقلت الوكالة عن مصدر قوله»
RELAY_FROM = normalize_ar(words.RELAY_FROM)
FROM = normalize_ar(words.AFFILIATION_FROM)
MEDIA = normalize_all(words.MEDIA)
ACCORDING_WHAT = normalize_all(words.ACCORDING_TO_WHAT)
ACCORDING = normalize_all(words.ACCORDING_TO) | ACCORDING_WHAT
ON, WHAT = map(normalize_ar, words.AS_WHAT)  # «على ما أعلنت»، «بحسب ما أفادت»
NORMS = normalize_all(words.NORMS)
CUE_WORDS = VERBS | CONTINUING | ACCORDING
_OPENING_WORDS = CUE_WORDS | {WHAT}  # «ما» of «على ما أعلنت»
_BARE_FORMS = _bare_forms()
# «أشار إلى أهمية ...»، «أكد على ...»، «كشف عن ...»: a cue, a preposition, a verbal noun.
PREPOSITIONS = normalize_all(words.CUE_PREPOSITIONS)
PREPOSITION_VERBS = frozenset().union(*map(words.feminine_forms, normalize_all(words.PREPOSITION_VERBS)))
GLUED_OBJECT_VERBS = frozenset().union(*map(words.feminine_forms, normalize_all(words.GLUED_OBJECT_VERBS)))
ANAPHORIC = normalize_all(words.ANAPHORIC_SOURCES)  # «وأضافت المصادر»: the sources named before
LEADING_PRONOUNS = normalize_all(words.LEADING_PRONOUNS)  # «مؤكدا لهم أن»: to whom, not who
COMPANIONS = normalize_all(words.COMPANIONS)
ANONYMOUS = normalize_all(words.ANONYMOUS_SOURCES)
INDEFINITE_ONLY = normalize_all(words.ANONYMOUS_WHEN_INDEFINITE)
OUTLET = normalize_all(words.OUTLET_SOURCES)
DOCUMENT = normalize_all(words.DOCUMENT_SOURCES)
# Words that open a new clause: «، فيما أشار قائد ...»; never part of a speaker's name.
CLAUSE_PARTICLES = normalize_all(words.CLAUSE_PARTICLES)
# Where a speaker phrase ends: «قال الوزير في تصريح لـ"رافد" أمس إن ...».
SPEAKER_STOPS = CLAUSE_PARTICLES | normalize_all(words.SPEAKER_STOPS) | normalize_all(WEEKDAYS)
DEMONSTRATIVES = normalize_all(words.DEMONSTRATIVES)
SAME_WORDS = normalize_all(words.SAME_WORDS)
OPENERS, CLOSERS = "«“\"", "»”\""
_WAS = normalize_all(words.PAST_AUXILIARIES)
ALREADY = normalize_ar(words.ALREADY)  # «وكان (قد) قال»
CONTRASTS = normalize_all(words.CONTRASTS)  # «إلا أن»، «غير أن»، «بيد أن»: however
HEADLINE_LABELS = normalize_all(words.HEADLINE_LABELS)
IMPERSONAL = normalize_all(words.IMPERSONAL_CUES)  # «يُذكر أن» (it is worth noting that)
_WINDOW = 40  # tokens between a verb cue and its complementiser
_LONGEST_SPEAKER = 12  # a longer "speaker" is a clause the cue did not introduce
HEADLINE_SPEAKER = 6  # words before a headline's colon that can name who speaks
HEADLINE_WORDS = 2  # words a headline's statement has at least


def find_quotes(text: str, sentences: list[Span], mentions: list[Mention],
                tokens_by_sentence: list[list[Token]] | None = None,
                title_end: int = 0) -> tuple[list[Quote], list[Source]]:
    """The quotes of ``text`` in order, and the sources they rest on. Pass the sentences'
    tokens when another stage has made them already, and where a headline kept at the start
    of the text ends («ابن معمر: الإسلام بريء من ...» is a quote with no cue)."""
    if tokens_by_sentence is None:
        tokens_by_sentence = [tokenize(text, s.start, s.end) for s in sentences]
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    quotes: list[Quote] = []
    if title_end and tokens_by_sentence:
        headline = headline_quote([t for t in tokens_by_sentence[0] if t.end <= title_end], mentions)
        quotes += [headline] if headline else []
    last_speaker: Source | None = None
    for tokens in tokens_by_sentence:
        if not tokens:
            continue
        folded = [bare_cue(normalize_ar(t.text)) for t in tokens]
        near = ordered[bisect_left(starts, tokens[0].start):bisect_left(starts, tokens[-1].end)]
        found = _attributed(tokens, folded, near, last_speaker)
        found += _direct_elsewhere(tokens, folded, found, near)
        for quote in sorted(found, key=lambda q: q.start):
            quotes.append(quote)
            last_speaker = quote.speaker or last_speaker
    sources = list({(q.speaker.start, q.speaker.end): q.speaker for q in quotes if q.speaker}.values())
    return quotes, sorted(sources, key=lambda s: s.start)


def bare_cue(word: str) -> str:
    """A folded cue without a leading و or ف (وأضاف، فقال) or an object pronoun (ووصفها),
    so that every person and clitic of a cue meets one lexicon entry."""
    return _BARE_FORMS.get(word, word)


def _attributed(tokens, folded, mentions, last_speaker) -> list[Quote]:
    quotes = []
    i = 0
    while i < len(tokens):
        if folded[i] not in _OPENING_WORDS:
            i += 1
            continue
        since = max(quotes[-1].end if quotes else tokens[0].start, _clause_opened(tokens, folded, i))
        carried = (_named_between(tokens, mentions, since, tokens[i].start), last_speaker)
        quote = _attribution_at(tokens, folded, i, mentions, carried)
        if quote is not None:
            quotes.append(quote)
            last_speaker = quote.speaker or last_speaker
            resume = max(quote.end, quote.speaker.end if quote.speaker else 0)
            i = max(i + 1, _index_after(tokens, resume))
        else:
            i += 1
    return quotes


def _clause_opened(tokens, folded, i) -> int:
    """Where the clause of tokens[i] starts: after the last «وقد»، «كما»، «فيما» ... before it."""
    opener = next((j for j in range(i - 1, 0, -1) if folded[j] in CLAUSE_PARTICLES), None)
    return tokens[opener].start if opener is not None else tokens[0].start


def _named_between(tokens, mentions: list[Mention], start: int, end: int) -> Source | None:
    """The first person the journalist names between two offsets, else an organisation right
    after the clause's verb, the subject of the clause:
    «وعبّر المدير فلان عن سعادته وقال: ...» continues him, not the previous speaker, and «وعلق
    مورينيو على تجاهل فينجر له وقال» is Mourinho's. Not the man a mosque is named after
    («في خطبة الجمعة بجامع الإمام تركي بن عبدالله، وقال»), nor one named after a comma, in a
    list or an object («يستضيف المهرجان منشدين، من أبرزهم المنشد فلان، مبيناً أن»)."""
    commas = [t.start for t in tokens if t.text in words.COMMAS and start <= t.start < end]
    named = next((m for m in mentions if m.type == "PER" and start <= m.start and m.end <= end
                  and not _in_institution_name(tokens, m) and not (commas and commas[0] < m.start)), None)
    named = named or next((m for m in mentions if m.type == "ORG" and start <= m.start and m.end <= end
                           and _after_one_word(tokens, start, m.start)), None)
    return Source(named.start, named.end, "named") if named else None


def _after_one_word(tokens, start: int, at: int) -> bool:
    """A name right after the clause's verb is its subject: «أدانت منظمة العفو ...، مشيرة»."""
    return sum(t.kind == "word" and start <= t.start < at for t in tokens) == 1


def _attribution_at(tokens, folded, i, mentions, carried) -> Quote | None:
    """The attribution a cue at tokens[i] opens: «بحسب X»، «على ما أعلنت X»، «قال X إن».
    ``carried`` is (the person named in the clause before the cue, the last speaker)."""
    word = folded[i]
    if word in ACCORDING:
        first = i + 1
        if word in ACCORDING_WHAT:
            first += 1  # the verb after «حسبما»
        elif first < len(tokens) and folded[first] == WHAT:  # «بحسب ما أفادت به مصادر ...»
            first += 2
        return _according_to(tokens, folded, i, i, first, mentions)
    if word == WHAT and 0 < i < len(tokens) - 1 and folded[i - 1] == ON and folded[i + 1] in VERBS:
        return _according_to(tokens, folded, i - 1, i + 1, i + 2, mentions)  # «على ما أعلنت X»
    if word in IMPERSONAL and i + 1 < len(tokens) and folded[i + 1] in COMPLEMENTISERS:
        return None  # «يُذكر أن ...»: the journalist's own background, no one's words
    if word in VERBS or word in PARTICIPLES:
        return _after_cue(tokens, folded, i, mentions, carried)
    return None


def _after_cue(tokens, folded, i, mentions, carried) -> Quote | None:
    """«قال X إن ...»، «أكد X: ...»، «كما ذكرت X، فإن ...»، else a noun object (_object_quote)."""
    end = min(len(tokens), i + _WINDOW)
    end = next((j for j in range(i + 1, end) if folded[j] in VERBS or folded[j] in PARTICIPLES
                or _ends_clause(tokens, j)), end)
    k = next((j for j in range(i + 1, end) if folded[j] in COMPLEMENTISERS or tokens[j].text == ":"
              or (folded[j] in LINKERS and tokens[j - 1].text in words.COMMAS)
              or (_opens(tokens, j) and not _short_quoted(tokens, j))
              or (j == i + 1 and folded[i] in CONTINUING and tokens[j].text in words.COMMAS)), None)
    # «وأضاف، كل محافظة ...»: a continuing cue and a comma open the statement, as a colon does
    if k is None:
        return _object_quote(tokens, folded, i, end, mentions, carried)
    speaker, rule = _holder(_Cue(tokens, folded, i, k, mentions, *carried))
    start = k if _opens(tokens, k) else k + 1
    if tokens[k].text == ":" and start < len(tokens) and folded[start] in COMPLEMENTISERS:
        start += 1  # «قال: إن ...»
    if start >= len(tokens):
        return None
    direct = tokens[k].text == ":" or _opens(tokens, start)
    cue = Span(tokens[i].start, tokens[i].end)
    return _quote(folded, tokens, start, direct, cue, speaker, folded[i] in DENYING_CUES, rule)


def _object_quote(tokens, folded, i, end, mentions, carried) -> Quote | None:
    """A cue whose statement is a noun: «نافياً وجود ...»، «أشار إلى أهمية ...»، «أكدت مصادر
    مقتل ...»; a preposition (عن، إلى، بـ) before the noun stays out of the quote. A participle
    there speaks for the person named in its clause, else the last speaker (rule «participle»)."""
    cue = Span(tokens[i].start, tokens[i].end)
    negated = folded[i] in DENYING_CUES
    if folded[i] in PARTICIPLES and i + 1 < len(tokens) and tokens[i + 1].kind == "word":
        first = i + 2 if folded[i + 1] in PREPOSITIONS and i + 2 < len(tokens) else i + 1
        speaker = carried[0] or carried[1]
        return _quote(folded, tokens, first, False, cue, speaker, negated, "participle" if speaker else None)
    found = _object_start(tokens, folded, i, end, mentions)
    if found is None:
        return None
    phrase_end, first, clitic = found
    speaker, rule = _holder(_Cue(tokens, folded, i, phrase_end, mentions, *carried))
    quote = _quote(folded, tokens, first, False, cue, speaker, negated, rule)
    return replace(quote, start=quote.start + clitic) if quote and clitic else quote


def _object_start(tokens, folded, i, end, mentions) -> tuple[int, int, int] | None:
    """(end of the speaker phrase, first token of the object, letters of a clitic preposition
    to skip) for the cue at tokens[i]: right after a name («أكد فلان جدارة ...»), after
    عن/إلى/على, or at a verbal noun or demonstrative (مقتل، ارتفاع، هذه)."""
    takes_object = folded[i] in OBJECT_VERBS
    after_name = _after_name(tokens, folded, i, end, mentions)
    if takes_object and after_name is not None:
        return after_name, after_name, 0
    for j in range(i + 1, min(end, i + _LONGEST_SPEAKER + 3)):
        word = folded[j]
        if tokens[j].kind != "word" or _in_name(tokens[j], mentions):
            continue
        if word in PREPOSITIONS and folded[i] in PREPOSITION_VERBS:
            return (j, j + 1, 0) if j + 1 < len(tokens) and tokens[j + 1].kind == "word" else None
        if folded[i] in GLUED_OBJECT_VERBS and word[:1] == OBJECT_PREPOSITION and len(word) > 3:
            return j, j, 1  # «طالب بالسماح ...»
        if takes_object and word in OBJECT_HEADS:
            return j, j, 0
        if takes_object and word[:1] == OBJECT_PREPOSITION and word[1:] in OBJECT_HEADS:
            return j, j, 1  # «أفادت مصادر بسقوط ...»
    return None


def _after_name(tokens, folded, i, end, mentions) -> int | None:
    """The word after the last name that starts within four words of the cue, when it can open
    an object: not a stop, a verb or a clause opener."""
    reach = tokens[min(end, i + 5) - 1].end
    name = next((m for m in reversed(mentions) if tokens[i].end <= m.start < reach), None)
    j = _index_after(tokens, name.end) if name else len(tokens)
    if j < end and tokens[j].kind == "word" and folded[j] not in SPEAKER_STOPS \
            and folded[j] not in VERBS:
        return j
    return None


def _in_name(token: Token, mentions: list[Mention]) -> bool:
    """Inside a person's name: «علي» there is no preposition."""
    return any(m.type == "PER" and m.start <= token.start < m.end for m in mentions)


@dataclass(frozen=True, slots=True)
class _Cue:
    """A verb cue at tokens[i] with its subject phrase tokens[i + 1:after], the person named in
    its clause before it and the last speaker: what the speaker rules read."""

    tokens: list[Token]
    folded: list[str]
    i: int
    after: int
    mentions: list[Mention]
    named: Source | None
    last: Source | None


def _holder(cue: _Cue) -> tuple[Source | None, str | None]:
    """Who speaks through a verb cue, and the name of the rule that gave it: the candidate the
    learned ranker scores best (``speaker_ranker``), else the first of SPEAKER_RULES that finds
    someone. A found «المصادر» is the unnamed sources before it («anaphoric»), and a plural
    verb is never one person's («plural_verb»: no one)."""
    speaker, rule = _ranked(cue) if load_ranker() is not None else _first_found(cue)
    if rule not in _CARRYING and anaphoric(cue, speaker):
        speaker, rule = cue.last, "anaphoric"
    if speaker is not None and _plural(cue.tokens[cue.i]) and _one_person(speaker, cue.mentions):
        return None, "plural_verb"
    return speaker, rule


def speaker_candidates(cue: _Cue) -> list[Candidate]:
    """Every distinct speaker the rules propose for the cue, with the person named in its
    clause and the last speaker, each with the names of what proposed it."""
    found: dict[tuple[int, int], tuple[Source, list[str]]] = {}
    proposals = [(rule.__name__, rule(cue)) for rule in SPEAKER_RULES]
    for name, source in (*proposals, ("named", cue.named), ("last", cue.last)):
        if source is not None:
            found.setdefault((source.start, source.end), (source, []))[1].append(name)
    return [Candidate(source, tuple(names)) for source, names in found.values()]


def candidate_rows(cue: _Cue, candidates: list[Candidate]) -> list[dict[str, float]]:
    """The ranker's features of each candidate."""
    token = cue.tokens[cue.i]
    return [candidate_features(c, RULE_NAMES, (token.start, token.end), cue.mentions,
                               _words_in(cue.tokens, c.source), cue.folded[cue.i] in CONTINUING,
                               cue.folded[cue.i] in PARTICIPLES) for c in candidates]


def _words_in(tokens: list[Token], span: Span) -> int:
    return sum(t.kind == "word" and span.start <= t.start < span.end for t in tokens) or 1


def _ranked(cue: _Cue) -> tuple[Source | None, str | None]:
    """The candidate the ranker scores best, named by the first rule that proposed it."""
    candidates = speaker_candidates(cue)
    if not candidates:
        return None, None
    best = candidates[int(np.argmax(load_ranker().scores(candidate_rows(cue, candidates))))]
    return best.source, best.given_by[0]


def _first_found(cue: _Cue) -> tuple[Source | None, str | None]:
    for rule in SPEAKER_RULES:
        speaker = rule(cue)
        if speaker is not None:
            return speaker, rule.__name__
    return None, None


def outlet_itself(cue: _Cue) -> Source | None:
    """The outlet speaks for itself: «وعلمت "الجسر" من مصادرها أن»."""
    if cue.folded[cue.i] in OUTLET:
        return Source(cue.tokens[cue.i].start, _trim_end(cue.tokens, cue.after), "outlet")
    return None


def subject_before_already(cue: _Cue) -> Source | None:
    """«وكانت الوزارة قد أعلنت»: before «قد» the subject stands ahead of its verb."""
    if cue.i > 0 and cue.folded[cue.i - 1] == ALREADY:
        return _subject_before(cue.tokens, cue.folded, cue.i, cue.mentions)
    return None


def relayed_source(cue: _Cue) -> Source | None:
    """«نقلت الوكالة عن مصدر قوله»: the source after «عن», not the relaying agency."""
    relayed = _relayed_from(cue)
    return None if relayed is None else _speaker(cue.tokens, cue.folded, relayed + 1, cue.after, cue.mentions)


def subject_after(cue: _Cue) -> Source | None:
    """«قال الوزير إن»: the phrase after the verb, cut at «في تصريح ...»; none after a verb
    whose subject stands before it, after «كان» («وكانت الوزارة أعلنت القبض على ...»)."""
    if _relayed_from(cue) is None and _subject_after_was(cue.tokens, cue.folded, cue.i, cue.mentions) is None:
        return _speaker(cue.tokens, cue.folded, cue.i + 1, cue.after, cue.mentions)
    return None


def antecedent(cue: _Cue) -> Source | None:
    """«صحيفة فيدوموستي التي قالت»: the noun a relative pronoun before the verb stands for."""
    if cue.i > 0 and cue.folded[cue.i - 1] in RELATIVES:
        return _antecedent(cue.tokens, cue.folded, cue.i - 1, cue.mentions)
    return None


def subject_before(cue: _Cue) -> Source | None:
    """«التقرير يكشف أن»، «وكانت الوزارة أعلنت»: a subject ahead of a verb that does not
    continue someone (وأضاف)."""
    if cue.folded[cue.i] not in CONTINUING:
        return _subject_before(cue.tokens, cue.folded, cue.i, cue.mentions)
    return None


def named_after_stop(cue: _Cue) -> Source | None:
    """«فأكد لـ"الرياضي" فلان أن»: a person named in the phrase after the verb, past a stop;
    not one the speaker was with, nor the man a mosque is named after."""
    tokens = cue.tokens
    named = next((m for m in cue.mentions if m.type == "PER" and tokens[cue.i].end <= m.start
                  and m.end <= tokens[cue.after - 1].end and not _in_company(tokens, cue.folded, m)
                  and not _in_institution_name(tokens, m)), None)
    return Source(named.start, named.end, "named") if named else None


def named_in_clause(cue: _Cue) -> Source | None:
    """«وعبّر المدير فلان عن سعادته وقال: ...»: a verb with no subject of its own continues the
    person the clause named before it."""
    return cue.named if _continues(cue) else None


def continuation(cue: _Cue) -> Source | None:
    """«وأضاف أن»، «مضيفاً أن»: a verb with no subject of its own continues the last speaker."""
    return cue.last if _continues(cue) else None


SPEAKER_RULES = (outlet_itself, subject_before_already, relayed_source, subject_after, antecedent,
                 subject_before, named_after_stop, named_in_clause, continuation)
_CARRYING = ("named_in_clause", "continuation", "named", "last")  # a speaker already found
RULE_NAMES = tuple(rule.__name__ for rule in SPEAKER_RULES)


def anaphoric(cue: _Cue, speaker: Source | None) -> bool:
    """«وأضافت المصادر»: a subject that is only «المصادر» (تلك المصادر، المصادر ذاتها) points
    back to the last speaker when that one was not named."""
    if speaker is None or cue.named is not None or cue.last is None or cue.last.kind == "named":
        return False
    inside = [w for w, t in zip(cue.folded, cue.tokens) if speaker.start <= t.start < speaker.end
              and w not in DEMONSTRATIVES and w not in SAME_WORDS]
    return len(inside) == 1 and inside[0] in ANAPHORIC


def _relayed_from(cue: _Cue) -> int | None:
    """Where «عن» stands after a relaying verb: «نقلت الوكالة عن مصدر»."""
    if cue.folded[cue.i] not in RELAYS:
        return None
    return next((j for j in range(cue.i + 1, cue.after) if cue.folded[j] == RELAY_FROM), None)


def _continues(cue: _Cue) -> bool:
    """The verb has no subject of its own: a continuation cue, a stop or only punctuation after it
    (past a pronoun that says to or of whom: «وقال لهم إن»، «أعرب خلاله عن»)."""
    folded, i = cue.folded, cue.i
    after = i + 1
    while after < cue.after and folded[after] in LEADING_PRONOUNS:
        after += 1
    return folded[i] in CONTINUING or (after < len(folded) and folded[after] in SPEAKER_STOPS) \
        or all(t.kind == "punct" for t in cue.tokens[after:cue.after])


def _plural(token: Token) -> bool:
    word = normalize_ar(token.text)
    return len(word) > 4 and word.endswith(words.PLURAL_ENDINGS)


def _one_person(speaker: Source, mentions: list[Mention]) -> bool:
    return sum(m.type == "PER" and speaker.start <= m.start and m.end <= speaker.end for m in mentions) == 1


def _in_company(tokens, folded, mention) -> bool:
    """Whether the person is named as someone the speaker was with («وشدد في مؤتمر عقده مع
    نظيره المصري فلان»): not the one who speaks."""
    at = _index_after(tokens, mention.start)
    return any(word in COMPANIONS for word in folded[max(0, at - 3) : at])


def _in_institution_name(tokens, mention) -> bool:
    """«خطبة الجمعة بجامع الإمام تركي بن عبدالله»: a mosque's name, not a person who speaks."""
    at = _index_after(tokens, mention.start)
    return names_institution([analyze_word(t.text) for t in tokens[max(0, at - 2) : at]])


def _subject_before(tokens, folded, i, mentions) -> Source | None:
    """«وكانت الوزارة (قد) أعلنت»، «التقرير يكشف»: a subject between «كان» or the clause start
    and the verb, with no other verb or punctuation in between."""
    subject = _subject_after_was(tokens, folded, i, mentions)
    if subject is not None:
        return subject
    first = _clause_start(tokens, i)
    words = tokens[first:i]
    if 0 < len(words) <= 6 and all(t.kind == "word" for t in words) \
            and not any(w in VERBS or w in SPEAKER_STOPS for w in folded[first:i]):
        return _speaker(tokens, folded, first, i, mentions)
    return None


def _subject_after_was(tokens, folded, i, mentions) -> Source | None:
    """«وكانت الوزارة (قد) أعلنت»: the subject between «كان» and the verb; the verb's own
    subject, so the words after the verb are its object («أعلنت القبض على ...»)."""
    first = _clause_start(tokens, i)
    was = next((j for j in range(i - 1, max(first - 1, i - _LONGEST_SPEAKER), -1) if folded[j] in _WAS), None)
    before = i - (folded[i - 1] == ALREADY)
    if was is not None and not any(w in VERBS or w in CLAUSE_PARTICLES for w in folded[was + 1:before]):
        return _speaker(tokens, folded, was + 1, before, mentions)
    return None


def _clause_start(tokens: list[Token], j: int) -> int:
    """The first token after the last «..» before tokens[j] (0 when there is none)."""
    return next((k + 1 for k in range(j - 1, 0, -1) if _ends_clause(tokens, k - 1)), 0)


def _antecedent(tokens, folded, relative, mentions) -> Source | None:
    """«صحيفة فيدوموستي التي قالت»، «المادة (32) التي نصت»: a name ending right before a
    relative pronoun, else the definite noun there (with its bracketed number); a comma may
    stand between them («قبل أن يستقبله بوتين، الذي صرح»)."""
    if relative > 1 and tokens[relative - 1].text in words.COMMAS:
        relative -= 1
    end = tokens[relative - 1].end if relative else 0
    name = next((m for m in mentions if m.end == end), None)
    first = _index_after(tokens, name.start) if name else relative - 1
    while name is None and first > 0 and (tokens[first].kind == "number" or tokens[first].text in "()"):
        first -= 1
    if first < 0 or not (name or folded[first].startswith(words.ARTICLE)):
        return None
    span = Span(tokens[first].start, end)
    return Source(span.start, span.end, source_kind(folded[first:relative], span, mentions))


def _ends_clause(tokens: list[Token], j: int) -> bool:
    """«..» joins sentences in some outlets' copy: no statement runs over it."""
    return tokens[j].text == "." and j + 1 < len(tokens) and tokens[j + 1].text == "."


def _opens(tokens: list[Token], j: int) -> bool:
    """An opening quotation mark; a straight " opens only after an even number of them."""
    mark = tokens[j].text
    if mark == '"':
        return sum(t.text == '"' for t in tokens[:j]) % 2 == 0
    return mark in OPENERS


def _short_quoted(tokens: list[Token], opener: int) -> bool:
    """«رافد»، "الفرات اليوم"، (الرياضي): a name in quotation marks or brackets."""
    closers = ")" if tokens[opener].text == "(" else CLOSERS
    closer = next((j for j in range(opener + 1, len(tokens)) if tokens[j].text in closers), None)
    return closer is not None and closer - opener <= 3


def _names_outlet(tokens: list[Token], j: int) -> bool:
    """A short name in marks or brackets right here: «مصادر "عكاظ"»، «مصادر (الرياضي)»."""
    return j < len(tokens) and (_opens(tokens, j) or tokens[j].text == "(") and _short_quoted(tokens, j)


def _according_to(tokens, folded, opening, cue, first, mentions) -> Quote | None:
    """«بحسب X، (فإن) ...» or «...، بحسب X»: the statement is the rest of the sentence. The
    attribution starts at tokens[opening], its source phrase at tokens[first]."""
    while first < len(tokens) and (folded[first] in SPEAKER_STOPS or tokens[first].kind == "punct"):
        first += 1  # «وفقاً لـ ...»، «نقلاً عن ...»
    last = next((j for j in range(first, len(tokens)) if tokens[j].kind == "punct" or folded[j] in LINKERS
                 or (j > first and (folded[j] in VERBS or folded[j] in COMPLEMENTISERS))), len(tokens))
    if first < len(tokens) and words.without_lam(folded[first]) in NORMS:
        return None  # «وفق اللوائح»، «حسب الخطة»، «طبقاً للقانون»: no one is cited
    speaker = _speaker(tokens, folded, first, last, mentions)
    if speaker is None:
        return None
    cue_span = Span(tokens[cue].start, tokens[cue].end)
    clause = _clause_start(tokens, opening)
    before = [t for t in tokens[clause:opening] if t.kind != "punct"]
    if len(before) >= 3:
        return Quote(tokens[clause].start, _trim_end(tokens, opening), False, cue_span, speaker,
                     False, "according_to")
    if last < len(tokens) and folded[last] in VERBS and tokens[last - 1].kind != "punct":
        # «وبحسب مصادر ميدانية تحدثت إلى «الجسر»، ضم الرتل ...»: the verb tells of the source
        last = next((j for j in range(last + 1, len(tokens)) if tokens[j].text in words.COMMAS), last)
    opener = tokens[last:last + 1] and (tokens[last].kind == "punct" or folded[last] in LINKERS)
    start = last + 1 if opener else last
    if start < len(tokens) and folded[start] in LINKERS:
        start += 1
    if start >= len(tokens) or folded[start] in VERBS:
        return None  # «وبحسب الوكالة، فقد أكد فلان أن ...»: the verb is the cue
    return _quote(folded, tokens, start, False, cue_span, speaker, False, "according_to")


def _speaker(tokens, folded, first, after, mentions) -> Source | None:
    """The speaker phrase in tokens[first:after], cut at «في تصريح ...» or «للصحفيين», classed
    by kind; «الصحيفة، وفقاً لمصادر حكومية» is the sources it cites, and «وزير الخارجية، فلان،»
    the person named in apposition."""
    inner = next((j for j in range(first, after) if folded[j] in ACCORDING), None)
    if inner is not None and folded[first] in MEDIA:
        first = inner + 1
        while first < after and (folded[first] in SPEAKER_STOPS or tokens[first].kind == "punct"):
            first += 1
    while first < after and folded[first] in LEADING_PRONOUNS:
        first += 1  # «وقال فيه مصدر مسؤول»
    if first + 1 < after and folded[first] in CONTRASTS and folded[first + 1] in COMPLEMENTISERS:
        first += 2  # «إلا أن كيري اعتبر أن»
    if first < after and _opens(tokens, first) and _short_quoted(tokens, first):
        first += 1  # «وفق "واس"»: the name inside the marks
    cut = first
    while cut < after and (_in_name(tokens[cut], mentions) or (
            folded[cut] not in SPEAKER_STOPS and tokens[cut].text not in OPENERS + CLOSERS + "()"
            and not (cut > first and folded[cut].startswith(words.LAM_ARTICLE)))):
        cut += 1
    while cut > first and tokens[cut - 1].kind == "punct":
        cut -= 1
    if cut <= first or cut - first > _LONGEST_SPEAKER or folded[first] in COMPLEMENTISERS:
        return None
    name = _apposed_name(tokens, first, cut, mentions)
    if name is not None:
        return name
    span = Span(tokens[first].start, tokens[cut - 1].end)
    kind = source_kind(folded[first:cut], span, mentions)
    if kind == "anonymous" and _names_outlet(tokens, cut):
        kind = "outlet"  # «مصادر "عكاظ"»: the outlet's own sources
    return Source(span.start, span.end, kind)


def _apposed_name(tokens, first, cut, mentions) -> Source | None:
    """«رئيس المنظمة، علي صالحي»، «لمدير الشرطة، اللواء فلان»: the person named after a comma
    in or right after a role's phrase, with the word before the name the tagger found; not
    after «فإن», which opens the statement («وبحسب الدبلوماسي نفسه، فإن كيري سيحاول»)."""
    for j in range(first, min(cut + 1, len(tokens) - 2)):
        if tokens[j].text in words.COMMAS \
                and normalize_ar(tokens[j + 1].text) not in LINKERS | COMPLEMENTISERS:
            name = next((m for m in mentions if m.type == "PER" and m.start in
                         (tokens[j + 1].start, tokens[j + 2].start)), None)
            if name is not None:
                return Source(tokens[j + 1].start, name.end, "named")
    return None


def headline_quote(tokens: list[Token], mentions: list[Mention]) -> Quote | None:
    """A headline's «who: what» («أمير منطقة نجران: الإرهابيون شرذمة ...»): a speaker of a few
    words and no verb before a colon, a statement of a few words after it. A place alone
    before the colon («دمشق: ...») only says where; it is no speaker."""
    colon = next((k for k, t in enumerate(tokens) if t.text == ":"), None)
    if colon is None or not 0 < colon <= HEADLINE_SPEAKER or len(tokens) - colon - 1 < HEADLINE_WORDS:
        return None
    before = tokens[:colon]
    folded = [bare_cue(normalize_ar(t.text)) for t in before]
    if any(t.kind != "word" for t in before) or any(w in CUE_WORDS or w in HEADLINE_LABELS for w in folded):
        return None
    speaker = Span(before[0].start, before[-1].end)
    if any(m.type == "LOC" and m.start <= speaker.start and speaker.end <= m.end for m in mentions):
        return None
    direct = _opens(tokens, colon + 1) and colon + 2 < len(tokens)
    start = colon + 2 if direct else colon + 1
    last = len(tokens) - 1 if direct and tokens[-1].text in CLOSERS else len(tokens)
    stop = _trim_end(tokens, last)
    if stop <= tokens[start].start:
        return None
    source = Source(speaker.start, speaker.end, source_kind(folded, speaker, mentions))
    return Quote(tokens[start].start, stop, direct, None, source, False, "headline")


def source_kind(folded: list[str], span: Span, mentions: list[Mention]) -> str:
    """named (a person or organisation by name or office), anonymous (مصادر، شهود عيان، أحد
    السكان، مسؤول without article), outlet (the outlet's own: مراسلنا، مصادر خاصة) or
    document (بيان، تقرير، المادة (30))."""
    folded = [w for w in folded if w not in DEMONSTRATIVES] or folded
    head = folded[0] if folded else ""
    known = ANONYMOUS | INDEFINITE_ONLY | DOCUMENT | OUTLET
    lam, article = len(words.LAM), len(words.ARTICLE)
    head = head[lam:] if head.startswith(words.LAM) and head[lam:] in known else head  # «لمصادر»
    bare = head[article:] if head.startswith(words.ARTICLE) and head[article:] in known else head
    if bare in OUTLET or " ".join(folded[:2]) in OUTLET:
        return "outlet"
    if bare in DOCUMENT:
        return "document"
    # «عدد من مؤيدي الأسد»، «مصادر مقربة من الرئيس»: the name after «من» is whom the unnamed
    # holders stand with, not who speaks
    affiliated = bare in ANONYMOUS and FROM in folded[1:]
    if not affiliated and any(m.type == "PER" and span.overlaps(m) for m in mentions):
        return "named"
    definite = head != bare or _ends_definite(folded[1:])
    if bare in ANONYMOUS or (bare in INDEFINITE_ONLY and not definite):
        return "anonymous"
    return "named"


def _ends_definite(chain: list[str]) -> bool:
    """Whether the words after a source's head make it definite: «قائد الكتيبة», and «قائد
    فراعنة الخماسي», a chain of nouns that ends on one with the article; a preposition ends the
    chain first («ضابط في الجيش»، «متحدث باسم الوزارة» stay unnamed)."""
    for word in chain:
        if word.startswith(words.ARTICLE):
            return True
        if word in SPEAKER_STOPS or any(letter in words.GLUED_PREPOSITIONS
                                        for letter in analyze_word(word).proclitic):
            return False
    return False


def _quote(folded, tokens, start, direct, cue, speaker, negated, rule) -> Quote | None:
    """The quote from tokens[start] to the sentence end, the closing quotation mark, «..», the
    comma before the next cue, or a closing mark it never opened (copy that drops an opening
    «: «وقال فلان» إن ...» ثم علق آخر بقوله «...»» holds two statements, not one)."""
    if _opens(tokens, start):
        closer = next((j for j in range(start + 1, len(tokens)) if tokens[j].text in CLOSERS), None)
        if closer is not None and closer > start + 1:
            return Quote(tokens[start + 1].start, tokens[closer - 1].end, True, cue, speaker, negated, rule)
    opened = next((k for k in range(start, len(tokens)) if tokens[k].text in OPENERS), len(tokens))
    end = next((j for j in range(start + 1, len(tokens) - 1) if _ends_clause(tokens, j) or (
        tokens[j].text in words.COMMAS
        and _is_cue(folded, j + 2 if folded[j + 1] in CLAUSE_PARTICLES else j + 1))
        or (j < opened and _closer(tokens[j]))), len(tokens))
    stop = _trim_end(tokens, end)
    if stop <= tokens[start].start:
        return None
    return Quote(tokens[start].start, stop, direct, cue, speaker, negated, rule)


def _closer(token: Token) -> bool:
    """A mark that only closes (a straight " may open as well)."""
    return token.text in CLOSERS and token.text != '"'


def _is_cue(folded: list[str], j: int) -> bool:
    return j < len(folded) and (folded[j] in VERBS or folded[j] in PARTICIPLES)


def _trim_end(tokens: list[Token], end: int) -> int:
    """The end offset of tokens[:end] without trailing punctuation."""
    while end > 0 and tokens[end - 1].kind == "punct" and tokens[end - 1].text not in CLOSERS:
        end -= 1
    return tokens[end - 1].end if end else 0


def _direct_elsewhere(tokens, folded, found, mentions) -> list[Quote]:
    """«...» of three words or more, not yet taken, in a sentence that has a cue after it:
    «"...", قال الوزير» (rule «quote_first»)."""
    quotes = []
    for i, token in enumerate(tokens):
        if not _opens(tokens, i) or any(q.start <= token.end <= q.end for q in found):
            continue
        closer = next((j for j in range(i + 1, len(tokens)) if tokens[j].text in CLOSERS), None)
        if closer is None or closer - i <= 3:
            continue
        cue = next((j for j in range(closer + 1, len(tokens)) if folded[j] in VERBS), None)
        if cue is None:
            continue
        after = next((j for j in range(cue + 1, len(tokens)) if tokens[j].kind == "punct"), len(tokens))
        speaker = _speaker(tokens, folded, cue + 1, after, mentions)
        quotes.append(Quote(tokens[i + 1].start, tokens[closer - 1].end, True,
                            Span(tokens[cue].start, tokens[cue].end), speaker, folded[cue] in DENYING_CUES,
                            "quote_first" if speaker else None))
    return quotes


def _index_after(tokens: list[Token], offset: int) -> int:
    return next((j for j, t in enumerate(tokens) if t.start >= offset), len(tokens))
