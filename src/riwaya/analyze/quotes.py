"""Quotes and their sources in one article: who is reported to have said what.

A cue (قال، أكد، نفى ...، مضيفاً، بحسب) opens an attribution. The words between a verb cue and
its complementiser (أن، إن، بأن), colon or quotation mark name the speaker; what follows is the
quote, up to the sentence end or the next «، مشيراً إلى أن». A cue with no speaker of its own
(وأضاف، مضيفاً) continues the last speaker. «...» with a cue elsewhere in the sentence is a
direct quote. Each speaker is a source, classed as named, anonymous, outlet or document.
"""

from __future__ import annotations

from ..lang.ar import attribution as words
from ..lang.ar.normalize import normalize_all, normalize_ar
from ..lang.ar.tokenize import tokenize
from ..model import Mention, Quote, Source, Span, Token


def _verb_forms() -> frozenset[str]:
    """Past verbs with their feminine, dual and plural endings, the present forms, and
    «علمت» (the outlet learned)."""
    forms = {"علمت"}
    for verb in map(normalize_ar, words.REPORTING_VERBS):
        stem = verb[:-1] if verb.endswith("ي") else verb
        forms |= {verb, stem + "ت", stem + "وا", verb + "ا", stem + "تا"}
    return frozenset(forms) | normalize_all(words.PRESENT_VERBS)


VERBS = _verb_forms()
PARTICIPLES = normalize_all(words.PARTICIPLES)
DENIALS = normalize_all(words.DENIALS)
COMPLEMENTISERS = normalize_all(words.COMPLEMENTISERS)
CONTINUING = normalize_all(("اضاف", "اضافت", "تابع", "تابعت", "اردف", "استطرد")) | PARTICIPLES
_CUE_WORDS = VERBS | CONTINUING
ACCORDING_WHAT = normalize_all(words.ACCORDING_TO_WHAT)
ACCORDING = normalize_all(words.ACCORDING_TO) | ACCORDING_WHAT
# «أشار إلى أهمية ...»، «أكد على ...»، «كشف عن ...»: a cue, a preposition, a verbal noun.
PREPOSITIONS = normalize_all(("إلى", "الى", "على", "عن"))
PREPOSITION_VERBS = frozenset(form for verb in ("اشار", "اكد", "كشف", "اعلن", "لفت", "نوه", "شدد", "تحدث", "نفي")
                              for form in (verb, verb.removesuffix("ي") + "ت", verb + "ت"))
ANAPHORIC = normalize_all(("المصادر", "المصدر"))
LEADING_PRONOUNS = normalize_all(("فيه", "فيها", "له", "لها", "عنه", "عنها"))  # «وأضافت المصادر»: the sources named before
ANONYMOUS = normalize_all(words.ANONYMOUS_SOURCES)
INDEFINITE_ONLY = normalize_all(words.ANONYMOUS_WHEN_INDEFINITE)
OUTLET = normalize_all(words.OUTLET_SOURCES)
DOCUMENT = normalize_all(words.DOCUMENT_SOURCES)
# Where a speaker phrase ends: «قال الوزير في تصريح لـ"رافد" أمس إن ...».
SPEAKER_STOPS = normalize_all(("في", "خلال", "امس", "أمس", "اليوم", "يوم", "صباح", "مساء", "عبر", "عقب",
                         "بعد", "اثناء", "على", "الى", "إلى", "به", "بها", "ل", "لـ", "عن", "ما"))
DEMONSTRATIVES = normalize_all(("تلك", "هذه", "ذلك", "هذا", "ذات", "نفس", "هؤلاء", "ذاتها", "نفسها"))
OPENERS, CLOSERS = "«“\"", "»”\""
_WAS = ("كان", "كانت", "وكان", "وكانت")
_WINDOW = 28  # tokens between a verb cue and its complementiser
_LONGEST_SPEAKER = 12  # a longer "speaker" is a clause the cue did not introduce


def find_quotes(text: str, sentences: list[Span], mentions: list[Mention],
                tokens_by_sentence: list[list[Token]] | None = None) -> tuple[list[Quote], list[Source]]:
    """The quotes of ``text`` in order, and the sources they rest on. Pass the sentences'
    tokens when another stage has made them already."""
    if tokens_by_sentence is None:
        tokens_by_sentence = [tokenize(text, s.start, s.end) for s in sentences]
    quotes: list[Quote] = []
    last_speaker: Source | None = None
    for tokens in tokens_by_sentence:
        folded = [_bare(normalize_ar(t.text)) for t in tokens]
        found = _attributed(tokens, folded, mentions, last_speaker)
        found += _direct_elsewhere(tokens, folded, found, mentions)
        for quote in sorted(found, key=lambda q: q.start):
            quotes.append(quote)
            last_speaker = quote.speaker or last_speaker
    sources = list({(q.speaker.start, q.speaker.end): q.speaker for q in quotes if q.speaker}.values())
    return quotes, sorted(sources, key=lambda s: s.start)


def _bare(word: str) -> str:
    """A folded word without a leading و or ف (وأضاف، فقال)."""
    return word[1:] if len(word) > 3 and word[0] in "وف" and word[1:] in _CUE_WORDS else word


def _attributed(tokens, folded, mentions, last_speaker) -> list[Quote]:
    quotes = []
    i = 0
    while i < len(tokens):
        word = folded[i]
        if word in ACCORDING:
            quote = _according_to(tokens, folded, i, mentions)
        elif word in VERBS or word in PARTICIPLES:
            quote = _after_cue(tokens, folded, i, mentions, last_speaker)
        else:
            quote = None
        if quote is not None:
            quotes.append(quote)
            last_speaker = quote.speaker or last_speaker
            resume = max(quote.end, quote.speaker.end if quote.speaker else 0)
            i = max(i + 1, _index_after(tokens, resume))
        else:
            i += 1
    return quotes


def _after_cue(tokens, folded, i, mentions, last_speaker) -> Quote | None:
    """«قال X إن ...»، «أكد X: ...»، «مضيفاً أن ...»، «نافياً وجود ...»."""
    end = min(len(tokens), i + _WINDOW)
    end = next((j for j in range(i + 1, end) if folded[j] in VERBS or folded[j] in PARTICIPLES), end)
    k = next((j for j in range(i + 1, end) if folded[j] in COMPLEMENTISERS or tokens[j].text == ":"
              or (_opens(tokens, j) and not _short_quoted(tokens, j))), None)
    cue = Span(tokens[i].start, tokens[i].end)
    negated = folded[i] in DENIALS
    if k is None:
        if folded[i] in PARTICIPLES and i + 1 < len(tokens) and tokens[i + 1].kind == "word":
            return _quote(folded, tokens, i + 1, False, cue, last_speaker, negated)  # «نافياً وجود ...»
        if folded[i] not in PREPOSITION_VERBS:
            return None
        p = next((j for j in range(i + 1, min(end, i + 6)) if folded[j] in PREPOSITIONS), None)
        if p is None or p + 1 >= len(tokens) or tokens[p + 1].kind != "word":
            return None
        speaker = _speaker(tokens, folded, i + 1, p, mentions) if p > i + 1 else None
        return _quote(folded, tokens, p + 1, False, cue, speaker or last_speaker, negated)
    speaker = _speaker(tokens, folded, i + 1, k, mentions)
    if folded[i] in OUTLET:  # «وعلمت "الجسر" من مصادرها أن»: the outlet speaks for itself
        speaker = Source(tokens[i].start, _trim_end(tokens, k), "outlet")
    if i > 0 and folded[i - 1] == "قد":  # «وكان المتحدث ... قد وصف»: the subject came first
        was = next((j for j in range(i - 2, max(-1, i - _WINDOW), -1) if folded[j] in _WAS), None)
        if was is not None:
            speaker = _speaker(tokens, folded, was + 1, i - 1, mentions) or speaker
    if speaker is None:  # «فأكد لـ"الرياضي" عبدالله البرقان أن»: a person named after the stop
        named = next((m for m in mentions if m.type == "PER"
                      and tokens[i].end <= m.start and m.end <= tokens[k].start), None)
        if named is not None:
            speaker = Source(named.start, named.end, "named")
    if speaker is None and (folded[i] in CONTINUING or k == i + 1 or folded[i + 1] in SPEAKER_STOPS):
        speaker = last_speaker
    elif speaker is not None and last_speaker is not None and _anaphoric(folded, tokens, speaker):
        speaker = last_speaker
    start = k + 1 if folded[k] in COMPLEMENTISERS or tokens[k].text == ":" else k
    if tokens[k].text == ":" and start < len(tokens) and folded[start] in COMPLEMENTISERS:
        start += 1  # «قال: إن ...»
    if start >= len(tokens):
        return None
    direct = tokens[k].text == ":" or _opens(tokens, start)
    return _quote(folded, tokens, start, direct, cue, speaker, negated)


def _opens(tokens: list[Token], j: int) -> bool:
    """An opening quotation mark; a straight " opens only after an even number of them."""
    mark = tokens[j].text
    if mark == '"':
        return sum(t.text == '"' for t in tokens[:j]) % 2 == 0
    return mark in OPENERS


def _anaphoric(folded, tokens, speaker: Source) -> bool:
    """«المصادر»، «تلك المصادر»، «المصادر ذاتها»: the sources already named."""
    inside = [w for w, t in zip(folded, tokens) if speaker.start <= t.start < speaker.end
              and w not in DEMONSTRATIVES and w not in ("ذاتها", "نفسها", "ذاته", "نفسه")]
    return len(inside) == 1 and inside[0] in ANAPHORIC


def _short_quoted(tokens: list[Token], opener: int) -> bool:
    """«رافد»، "الفرات اليوم"، (الرياضي): a name in quotation marks or brackets."""
    closers = ")" if tokens[opener].text == "(" else CLOSERS
    closer = next((j for j in range(opener + 1, len(tokens)) if tokens[j].text in closers), None)
    return closer is not None and closer - opener <= 3


def _names_outlet(tokens: list[Token], j: int) -> bool:
    """A short name in marks or brackets right here: «مصادر "عكاظ"»، «مصادر (الرياضي)»."""
    return j < len(tokens) and (_opens(tokens, j) or tokens[j].text == "(") and _short_quoted(tokens, j)


def _according_to(tokens, folded, i, mentions) -> Quote | None:
    """«بحسب X، ...» or «...، بحسب X»: the statement is the rest of the sentence."""
    first = i + 1
    if folded[i] in ACCORDING_WHAT:
        first += 1  # the verb after «حسبما»
    elif first < len(tokens) and folded[first] == "ما":  # «بحسب ما أفادت به مصادر ...»
        first += 2
    while first < len(tokens) and (folded[first] in SPEAKER_STOPS or tokens[first].kind == "punct"):
        first += 1  # «وفقاً لـ ...»، «نقلاً عن ...»
    last = next((j for j in range(first, len(tokens)) if tokens[j].kind == "punct"), len(tokens))
    speaker = _speaker(tokens, folded, first, last, mentions)
    if speaker is None:
        return None
    cue = Span(tokens[i].start, tokens[i].end)
    before = [t for t in tokens[:i] if t.kind != "punct"]
    if len(before) >= 3:
        return Quote(tokens[0].start, _trim_end(tokens, i), False, cue, speaker)
    if last + 1 < len(tokens):
        return _quote(folded, tokens, last + 1, False, cue, speaker, False)
    return None


def _speaker(tokens, folded, first, after, mentions) -> Source | None:
    """The speaker phrase in tokens[first:after], cut at «في تصريح ...» or «للصحفيين», classed
    by kind; «الصحيفة، وفقاً لمصادر حكومية» is the sources it cites."""
    inner = next((j for j in range(first, after) if folded[j] in ACCORDING), None)
    if inner is not None:
        first = inner + 1
        while first < after and (folded[first] in SPEAKER_STOPS or tokens[first].kind == "punct"):
            first += 1
    while first < after and folded[first] in LEADING_PRONOUNS:
        first += 1  # «وقال فيه مصدر مسؤول»
    if first < after and _opens(tokens, first) and _short_quoted(tokens, first):
        first += 1  # «وفق "واس"»: the name inside the marks
    cut = first
    while cut < after and folded[cut] not in SPEAKER_STOPS and tokens[cut].text not in OPENERS + CLOSERS + "()" \
            and not (cut > first and folded[cut].startswith("لل")):
        cut += 1
    while cut > first and tokens[cut - 1].kind == "punct":
        cut -= 1
    if cut <= first or cut - first > _LONGEST_SPEAKER or folded[first] in COMPLEMENTISERS:
        return None
    span = Span(tokens[first].start, tokens[cut - 1].end)
    kind = source_kind(folded[first:cut], span, mentions)
    if kind == "anonymous" and _names_outlet(tokens, cut):
        kind = "outlet"  # «مصادر "عكاظ"»: the outlet's own sources
    return Source(span.start, span.end, kind)


def source_kind(folded: list[str], span: Span, mentions: list[Mention]) -> str:
    """named (a person or organisation by name or office), anonymous (مصادر، شهود عيان),
    outlet (the outlet's own: مراسلنا، مصادر خاصة) or document (بيان، تقرير)."""
    folded = [w for w in folded if w not in DEMONSTRATIVES] or folded
    head = folded[0] if folded else ""
    head = head[1:] if head[:1] == "ل" and head[1:] in ANONYMOUS | DOCUMENT else head  # «لمصادر»
    head = head[2:] if head.startswith("ال") and head[2:] in ANONYMOUS | DOCUMENT else head
    if head in OUTLET or " ".join(folded[:2]) in OUTLET:
        return "outlet"
    if head in DOCUMENT:
        return "document"
    definite = folded[0].startswith("ال") or (len(folded) > 1 and folded[1].startswith("ال"))
    definite_office = definite and head in INDEFINITE_ONLY and head != "مصدر"  # «قائد الكتيبة»
    if head in ANONYMOUS and not definite_office and not any(
            m.type == "PER" and span.overlaps(m) for m in mentions):
        return "anonymous"
    return "named"


def _quote(folded, tokens, start, direct, cue, speaker, negated) -> Quote | None:
    """The quote from tokens[start] to the sentence end, the closing quotation mark, or the
    comma before the next participle cue."""
    if _opens(tokens, start):
        closer = next((j for j in range(start + 1, len(tokens)) if tokens[j].text in CLOSERS), None)
        if closer is not None and closer > start + 1:
            return Quote(tokens[start + 1].start, tokens[closer - 1].end, True, cue, speaker, negated)
    end = len(tokens)
    for j in range(start + 1, len(tokens) - 1):
        following = folded[j + 1]
        if tokens[j].text in ("،", ",") and (following in PARTICIPLES or following in VERBS):
            end = j
            break
    stop = _trim_end(tokens, end)
    if stop <= tokens[start].start:
        return None
    return Quote(tokens[start].start, stop, direct, cue, speaker, negated)


def _trim_end(tokens: list[Token], end: int) -> int:
    """The end offset of tokens[:end] without trailing punctuation."""
    while end > 0 and tokens[end - 1].kind == "punct" and tokens[end - 1].text not in CLOSERS:
        end -= 1
    return tokens[end - 1].end if end else 0


def _direct_elsewhere(tokens, folded, found, mentions) -> list[Quote]:
    """«...» of three words or more, not yet taken, in a sentence that has a cue after it:
    «"...", قال الوزير»."""
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
                            Span(tokens[cue].start, tokens[cue].end), speaker, folded[cue] in DENIALS))
    return quotes


def _index_after(tokens: list[Token], offset: int) -> int:
    return next((j for j, t in enumerate(tokens) if t.start >= offset), len(tokens))
