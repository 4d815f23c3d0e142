"""Claims: the check-worthy statements of an article, each with its attribution, polarity and
modality, so that reports can be compared statement by statement.

A claim is a sentence, or a clause of one when the sentence joins independent statements:
«...، فيما لم يصدر أي تعليق»، «...، كما أكدت ...» and «...، وذلك بعد وصول رتل ...» start a new
claim, and so does the «..» that joins two statements in a headline."""

from __future__ import annotations

from ..lang.ar.lexicon import CLAUSE_EDGE_MARKS, COMMAS, STATEMENT_OPENERS, WHEREAS
from ..lang.ar.normalize import normalize_all, normalize_ar
from ..lang.ar.polarity import (
    EXCEPT,
    HOWEVER_AFTER_EXCEPT,
    NOT_SO_MUCH,
    SCOPE_TERMINATORS,
    excluded_reach,
    is_hedged,
    negation_cues,
    short_scope,
)
from ..model import Claim, Quote, Span, Token
from .overlaps import OverlapSweep

CLAUSE_OPENERS = normalize_all(STATEMENT_OPENERS)
IN_CASE = tuple(normalize_ar(word) for word in WHEREAS)
MIN_CLAIM_WORDS = 4


def find_claims(text: str, sentences: list[Span], tokens_by_sentence: list[list[Token]],
                quotes: list[Quote], title_end: int = 0) -> list[Claim]:
    """The claims of ``text`` in order. ``title_end`` is where a headline kept at the start of
    the text ends (0 when the text has none)."""
    claims = []
    quotes_near = OverlapSweep(quotes)
    for tokens in tokens_by_sentence:
        for clause in _clauses(text, tokens):
            words = [normalize_ar(t.text) for t in clause if t.kind == "word"]
            if len(words) < MIN_CLAIM_WORDS:
                continue
            span = Span(clause[0].start, clause[-1].end)
            claims.append(Claim(
                span.start, span.end,
                quote=_main_quote(span, quotes_near.overlapping(span.start, span.end)),
                negations=negated_stretches(clause),
                hedged=is_hedged(words),
                headline=span.end <= title_end,
            ))
    return claims


def _clauses(text: str, tokens: list[Token]) -> list[list[Token]]:
    """The sentence's tokens cut before every clause opener that follows a comma or «..»."""
    clauses: list[list[Token]] = [[]]
    for i, token in enumerate(tokens):
        if _opens_clause(text, tokens, i) and len(clauses[-1]) >= MIN_CLAIM_WORDS:
            clauses.append([])
        clauses[-1].append(token)
    trimmed = (_trim_punctuation(c) for c in clauses)
    return [c for c in trimmed if c]


def _opens_clause(text: str, tokens: list[Token], i: int) -> bool:
    if i == 0:
        return False
    before = tokens[i - 1]
    if before.text == "." and text[before.start - 1 : before.start] == ".":
        return True  # «.. ومصادر تتحدث»
    if before.text not in COMMAS:
        return False
    word = normalize_ar(tokens[i].text)
    if word in CLAUSE_OPENERS:
        return True
    following = normalize_ar(tokens[i + 1].text) if i + 1 < len(tokens) else ""
    return (word, following) == IN_CASE


def _trim_punctuation(tokens: list[Token]) -> list[Token]:
    """The clause without the commas and dots left at its edges."""
    start, end = 0, len(tokens)
    while start < end and tokens[start].kind == "punct" and tokens[start].text in CLAUSE_EDGE_MARKS:
        start += 1
    while end > start and tokens[end - 1].kind == "punct" and tokens[end - 1].text in CLAUSE_EDGE_MARKS:
        end -= 1
    return tokens[start:end]


def _main_quote(span: Span, quotes: list[Quote]) -> Quote | None:
    """The quote that shares most of the claim's text: the statement the claim reports."""
    best, best_overlap = None, 0
    for quote in quotes:
        overlap = min(span.end, quote.end) - max(span.start, quote.start)
        if overlap > best_overlap:
            best, best_overlap = quote, overlap
    return best


def negated_stretches(clause: list[Token]) -> tuple[Span, ...]:
    """Each negated stretch: from a negation cue to the next comma or subordinate clause."""
    words = [t for t in clause if t.kind in ("word", "number")]
    folded = [normalize_ar(t.text) for t in words]
    cues = negation_cues(folded)
    spans = []
    for i in cues:
        cue = words[i]
        if spans and cue.start < spans[-1].end:
            continue  # «لم ... ولا» inside one stretch
        end = clause[-1].end
        for before, token in zip(clause, clause[1:]):
            if token.start > cue.start and (
                    token.text in COMMAS or normalize_ar(token.text) in SCOPE_TERMINATORS):
                end = before.end
                break
        if short_scope(folded, i) and i + 1 < len(words):
            end = min(end, words[i + 1].end)  # «غير قابلة»
        reach = excluded_reach(folded[i + 1 : i + 3])
        if reach and i + reach < len(words):
            end = min(end, words[i + reach].end)  # «ليس من بينهم محمد الظواهري»
        inside = [(j, folded[j]) for j in range(i + 1, len(words)) if words[j].end <= end]
        if any(word == NOT_SO_MUCH for _, word in inside):
            continue  # «ليس له شخصيا بقدر ما هو لشبكة القصة»: not so much ... as, no denial
        at = next((j for j, word in inside if word == EXCEPT), None)
        if at is not None and at + 1 < len(folded) and folded[at + 1] in HOWEVER_AFTER_EXCEPT:
            end = words[at - 1].end  # «لم يستثمر المهاجمون الفرص ... إلا أن سوء الحظ لازمهم»: however
        elif at is not None:
            continue  # «لم يحضر إلا ثلاثة»، «لا يأتي ... إلا وقد أجادت»: a restriction, no denial
        spans.append(Span(cue.start, end))
    return tuple(spans)
