"""Claims: the check-worthy statements of an article, each with its attribution, polarity and
modality, so that reports can be compared statement by statement.

A claim is a sentence, or a clause of one when the sentence joins independent statements:
«...، فيما لم يصدر أي تعليق»، «...، كما أكدت ...» and «...، وذلك بعد وصول رتل ...» start a new
claim, and so does the «..» that joins two statements in a headline."""

from __future__ import annotations

from ..lang.ar.lexicon import CLAUSE_EDGE_MARKS, COMMAS, STATEMENT_OPENERS, WHEREAS
from ..lang.ar.normalize import normalize_all, normalize_ar
from ..lang.ar.polarity import is_hedged
from ..model import Claim, Quote, Span, Token
from .en import negation as english
from .negation import find_negations
from .overlaps import OverlapSweep

CLAUSE_OPENERS = normalize_all(STATEMENT_OPENERS)
IN_CASE = tuple(normalize_ar(word) for word in WHEREAS)
MIN_CLAIM_WORDS = 4


def find_claims(text: str, sentences: list[Span], tokens_by_sentence: list[list[Token]],
                quotes: list[Quote], title_end: int = 0, language: str = "ar") -> list[Claim]:
    """The claims of ``text`` in order. ``title_end`` is where a headline kept at the start of
    the text ends (0 when the text has none); an English text's negations and hedges are read
    with the English cues."""
    negations, hedged = (english.find_negations, english.is_hedged) if language == "en" else (
        find_negations, is_hedged)
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
                negations=negations(clause),
                hedged=hedged(words),
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
