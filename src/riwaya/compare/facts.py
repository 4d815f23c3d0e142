"""Facts: aligned claims merged into the statements of the story, each with its status and
the number of independent reports behind it, and a short summary built from them."""

from __future__ import annotations

from ..model import Article
from ..model.findings import Alignment, ClaimRef, Fact, SummaryLine
from ..report.wording import describe_count

SUMMARY_FACTS = 4
"""The summary names this many of the most corroborated facts, after every conflict."""


def build_facts(articles: list[Article], alignments: list[Alignment], copy_group: list[int]) -> list[Fact]:
    """Every claim in exactly one fact: conflicts first, then corroborated, then single-source,
    each in the order the story tells them."""
    refs = [(a, c) for a in articles for c in a.claims]
    index = {(id(a), c.start): n for n, (a, c) in enumerate(refs)}
    parent = list(range(len(refs)))

    def root(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for alignment in alignments:
        if alignment.relation != "related":
            first, second = (index[(id(a), c.start)] for a, c in (alignment.first, alignment.second))
            parent[root(first)] = root(second)
    members: dict[int, list[int]] = {}
    for n in range(len(refs)):
        members.setdefault(root(n), []).append(n)
    group_of = {id(article): copy_group[k] for k, article in enumerate(articles)}
    facts = [_fact([refs[n] for n in sorted(group)], alignments, group_of) for group in members.values()]
    order = {"conflicting": 0, "corroborated": 1, "single-source": 2}
    return sorted(facts, key=lambda f: (order[f.status], -f.independent_sources,
                                        index[(id(f.claims[0][0]), f.claims[0][1].start)]))


def _fact(claims: list[ClaimRef], alignments: list[Alignment], group_of) -> Fact:
    inside = {(id(a), c.start) for a, c in claims}
    reasons = [reason for alignment in alignments if alignment.relation == "conflict"
               and (id(alignment.first[0]), alignment.first[1].start) in inside
               for reason in alignment.reasons]
    independent = len({group_of[id(a)] for a, _ in claims})
    status = "conflicting" if reasons else "corroborated" if independent > 1 else "single-source"
    return Fact(_representative(claims), claims, status, independent, list(dict.fromkeys(reasons)))


def _representative(claims: list[ClaimRef]) -> str:
    """The fact in words: its first claim that is not a headline, as the report wrote it."""
    article, claim = next(((a, c) for a, c in claims if not c.headline), claims[0])
    return article.span_text(claim)


def summarize(facts: list[Fact]) -> list[SummaryLine]:
    """A few sentences: what the reports dispute, then what most of them agree on, each
    linked to its facts."""
    lines = [SummaryLine(f"تختلف التقارير: {'؛ '.join(fact.reasons)}", (fact,))
             for fact in facts if fact.status == "conflicting"]
    agreed = [fact for fact in facts if fact.status == "corroborated"][:SUMMARY_FACTS]
    lines += [SummaryLine(f"أكّدها {describe_count(fact.independent_sources)}: {fact.text}", (fact,))
              for fact in agreed]
    return lines
