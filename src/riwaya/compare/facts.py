"""Facts: aligned claims merged into the statements of the story, each with its status and
the number of independent reports behind it (``report.wording.summarize`` words a summary).

A conflicting fact gathers the claims that clash in one way (the convoy's size; a withdrawal
claimed and denied); a corroborated fact gathers claims that agree, or that carry the same words
credited to different sources (the fact keeps that reason); every claim in neither is a
single-source fact. A long sentence may carry several facts."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Article
from ..model.findings import Alignment, ClaimRef, Fact


def build_facts(articles: list[Article], alignments: list[Alignment], copy_group: list[int]) -> list[Fact]:
    """Conflicting facts first, then corroborated, then single-source, each kind in the order
    the story tells them."""
    order = {(id(a), c.start): n for n, (a, c) in enumerate((a, c) for a in articles for c in a.claims)}
    group_of = {id(article): copy_group[k] for k, article in enumerate(articles)}
    facts = []
    conflicts = [x for x in alignments if x.relation == "conflict"]
    for check in sorted({check for x in conflicts for check in x.checks}):
        edges = [x for x in conflicts if check in x.checks]
        for claims in _components(edges, order):
            reasons = [r for x in edges if _key(x.first) in claims for c, r in zip(x.checks, x.reasons)
                       if c == check]
            facts.append(_fact(claims, order, group_of, "conflicting", reasons))
    agreeing = _mutual_agreements(alignments)
    for claims in _components(agreeing, order):
        credited = [r for x in agreeing if x.relation == "credited" and _key(x.first) in claims
                    for r in x.reasons]
        facts.append(_fact(claims, order, group_of, reasons=credited))
    covered = {key for fact in facts for key in map(_key, fact.claims)}
    for article in articles:
        for claim in article.claims:
            if (id(article), claim.start) not in covered:
                facts.append(_fact({(id(article), claim.start): (article, claim)}, order, group_of))
    rank = {"conflicting": 0, "corroborated": 1, "single-source": 2}
    return sorted(facts, key=lambda f: (rank[f.status], -f.independent_sources, order[_key(f.claims[0])]))


def _key(ref: ClaimRef) -> tuple[int, int]:
    return id(ref[0]), ref[1].start


def _components(edges: Iterable[Alignment], order) -> list[dict]:
    """The claims joined by ``edges``, one dict key -> claim per connected group."""
    parent: dict = {}

    def root(key):
        while parent.setdefault(key, key) != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    refs = {}
    for edge in edges:
        refs[_key(edge.first)], refs[_key(edge.second)] = edge.first, edge.second
        parent[root(_key(edge.first))] = root(_key(edge.second))
    groups: dict = {}
    for key in sorted(refs, key=order.__getitem__):
        groups.setdefault(root(key), {})[key] = refs[key]
    return list(groups.values())


AGREEING = ("agree", "credited")
"""Relations of claims that carry the same statement."""


def _mutual_agreements(alignments: list[Alignment]) -> list[Alignment]:
    """Agreements that are both claims' best partner in the other article: a long sentence
    agrees with several claims of another report, and merging them all would chain unrelated
    statements together."""
    best: dict = {}
    for x in alignments:
        if x.relation not in AGREEING:
            continue
        for mine, other in ((x.first, x.second), (x.second, x.first)):
            key = (*_key(mine), id(other[0]))
            if key not in best or x.score > best[key].score:
                best[key] = x
    return [x for x in alignments if x.relation in AGREEING
            and best[(*_key(x.first), id(x.second[0]))] is x
            and best[(*_key(x.second), id(x.first[0]))] is x]


def _fact(claims: dict, order, group_of, status: str | None = None, reasons=()) -> Fact:
    refs = sorted(claims.values(), key=lambda ref: order[_key(ref)])
    independent = len({group_of[id(a)] for a, _ in refs})
    if status is None:
        status = "corroborated" if independent > 1 else "single-source"
    return Fact(_representative(refs), refs, status, independent, list(dict.fromkeys(reasons)))


def _representative(claims: list[ClaimRef]) -> str:
    """The fact in words: its first claim that is not a headline, as the report wrote it."""
    article, claim = next(((a, c) for a, c in claims if not c.headline), claims[0])
    return article.span_text(claim)
