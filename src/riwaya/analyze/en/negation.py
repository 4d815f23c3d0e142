"""Negations and hedges in English clauses: "did not withdraw", "denied that ...", "no plans",
each from its cue to the next comma, with the verb it denies as its head."""

from __future__ import annotations

from ...lang.en.polarity import AUXILIARIES, DENIAL_VERBS, HEDGES, NEGATORS
from ...model import Negation, Span, Token

_AUXILIARIES = frozenset(AUXILIARIES)


def find_negations(clause: list[Token]) -> tuple[Negation, ...]:
    """Every negated stretch of the clause: a denial verb or a negator to the next comma."""
    words = [t for t in clause if t.kind in ("word", "number")]
    found: list[Negation] = []
    for i, token in enumerate(words):
        low = token.text.lower()
        denial = low in DENIAL_VERBS
        negator = low in NEGATORS or low.endswith("n't")
        if not (denial or negator) or (found and token.start < found[-1].end):
            continue
        end = next((t.start for t in clause if t.start > token.start and t.text in (",", ";")),
                   clause[-1].end)
        head = next((w for w in words[i + 1 :] if w.start < end and w.text.lower() not in _AUXILIARIES
                     and w.text.lower() not in NEGATORS), None)
        found.append(Negation(token.start, end, cue=Span(token.start, token.end),
                              kind="denial" if denial else "verb",
                              head=head.text.lower() if head else "",
                              head_span=Span(head.start, head.end) if head else None))
    return tuple(found)


def is_hedged(words: list[str]) -> bool:
    """Whether the lowercase ``words`` hold a hedge ("reportedly", "may")."""
    return any(word in HEDGES for word in words)
