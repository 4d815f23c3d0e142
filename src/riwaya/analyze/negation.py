"""Negations: what a clause denies, found once here with their cue, scope and head, so that the
cross-check reads them instead of re-deriving them from tokens.

A negated stretch runs from its cue («نفى»، «لم»، «عدم») to the next comma or subordinate
clause; after «لم/لن/لا/ليس» its head is the verb or predicate denied. «دون»، «بدون»، «بلا»
cover a few words that are neither stated nor denied, and a «لا» written onto its verb
(«لاينسى») is read apart: neither is a negated stretch."""

from __future__ import annotations

from ..lang.ar.contrast import GLUED_NEGATIONS
from ..lang.ar.lexicon import COMMAS
from ..lang.ar.normalize import normalize_ar
from ..lang.ar.polarity import (
    DENIALS,
    EXCEPT,
    HOWEVER_AFTER_EXCEPT,
    LIGHT_VERBS,
    MODAL_LINKS,
    MODALS,
    NOT_NEGATED_AFTER_LA,
    NOT_SO_MUCH,
    NOT_TO,
    PRESENT_NEGATORS,
    PRESENT_PREFIXES,
    PRIVATIVE_REACH,
    PRIVATIVES,
    SCOPE_TERMINATORS,
    VERB_NEGATORS,
    excluded_reach,
    negation_cues,
    short_scope,
)
from ..lang.ar.words import analyze_word
from ..model import Negation, Span, Token


def find_negations(clause: list[Token]) -> tuple[Negation, ...]:
    """Every negation of the clause, in order: negated stretches, privatives, glued «لا»."""
    found = negated_stretches(clause) + privative_stretches(clause) + glued_negations(clause)
    return tuple(sorted(found, key=lambda negation: negation.start))


def negated_stretches(clause: list[Token]) -> tuple[Negation, ...]:
    """Each negated stretch: from a negation cue to the next comma or subordinate clause."""
    words = [t for t in clause if t.kind in ("word", "number")]
    folded = [normalize_ar(t.text) for t in words]
    cues = negation_cues(folded)
    spans: list[Negation] = []
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
        spans.append(_stretch(cue, [t for t in clause if cue.start <= t.start < end], end))
    return tuple(spans)


def _stretch(cue: Token, tokens: list[Token], end: int) -> Negation:
    plain = [normalize_ar(t.text) for t in tokens if t.kind == "word"]
    head, head_span = negated_head(tokens)
    return Negation(cue.start, end, cue=Span(cue.start, cue.end), kind=_kind(plain), head=head,
                    head_span=head_span)


def _kind(plain: list[str]) -> str:
    """"denial" for a verb or noun of denial, "verb" for «لم/لن/ليس»، «ألا» or «لا» before a
    present verb, "noun" for the rest («عدم»، «غير»، «لا أساس له»)."""
    if plain[0] in DENIALS:
        return "denial"
    return "verb" if plain[0] == NOT_TO or _negates_verb(plain) else "noun"


def _negates_verb(plain: list[str]) -> bool:
    """Whether the first of the normalised ``plain`` words is a «لم/لن/ليس», or a «لا» before
    a present verb («لا أساس له» negates no verb)."""
    if plain[0] in VERB_NEGATORS:
        return True
    return plain[0] in PRESENT_NEGATORS and len(plain) > 1 and plain[1][:1] in PRESENT_PREFIXES


def negated_head(tokens: list[Token]) -> tuple[str, Span | None]:
    """The verb or predicate a «لم/لن/لا/ليس» first in ``tokens`` negates (folded) and its span,
    past auxiliaries and light verbs, or the verbal noun after a modal's «من»; ("", None)
    for other negations."""
    words = [t for t in tokens if t.kind == "word"]
    plain = [normalize_ar(t.text) for t in words]
    if not plain or not _negates_verb(plain):
        return "", None
    governed = False
    for token, word in zip(words[1:], plain[1:]):
        folded = analyze_word(token.text).content
        if word in MODALS:
            governed = True
        elif governed:
            governed = word not in MODAL_LINKS
        elif folded and folded not in LIGHT_VERBS:
            return folded, Span(token.start, token.end)
    return "", None


def privative_stretches(clause: list[Token]) -> tuple[Negation, ...]:
    """Each «دون»، «بدون»، «بلا» with the few words after it, up to a comma or the next one."""
    found: list[Negation] = []
    reach = 0
    for token in clause:
        if token.text in COMMAS:
            reach = 0
        elif token.kind in ("word", "number"):
            if normalize_ar(token.text) in PRIVATIVES:
                found.append(Negation(token.start, token.end, cue=Span(token.start, token.end),
                                      kind="privative"))
                reach = PRIVATIVE_REACH
            elif reach:
                last = found[-1]
                found[-1] = Negation(last.start, token.end, cue=last.cue, kind="privative")
                reach -= 1
    return tuple(found)


def glued_negations(clause: list[Token]) -> tuple[Negation, ...]:
    """Each word that reads as a «لا» glued to a present verb once its clitic «ل» is stripped
    («لاينسى» → «اينسى»), the verb as its head; not one «لا» leaves undenied («لاتزال» is
    still). Loose («اتهم» reads as «ا» + «تهم»): it only tells when another report denies
    that very word."""
    found = []
    for token in clause:
        word = analyze_word(token.text).content if token.kind == "word" else ""
        glued = next((g for g in GLUED_NEGATIONS if word.startswith(g)), None)
        head = word[len(glued):] if glued else ""
        if head[:1] in PRESENT_PREFIXES and len(head) > 1 and normalize_ar(head) not in NOT_NEGATED_AFTER_LA:
            span = Span(token.start, token.end)
            found.append(Negation(token.start, token.end, cue=span, kind="glued", head=head, head_span=span))
    return tuple(found)
