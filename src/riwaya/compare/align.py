"""Aligning the claims of every pair of articles and deciding how each aligned pair relates.

e5 cosines are compressed (unrelated ≈ 0.80, paraphrase ≈ 0.92), so a pair is a candidate by
rank and by how far it stands above the other pairs of the same two articles, not by one
cut-off; shared words, numbers and quotes bring in pairs the embeddings miss. The relation
model then says agree, related or unrelated, and the checks find the conflicts, each with
its reason."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import combinations

import numpy as np

from ..model.findings import Alignment
from .across import close_across, in_two_languages, mutual_best, shared_anchor
from .checks import CREDITED_CHECK, discrepancies, shares_anchor
from .claim_view import ClaimView
from .tiers import tier

TOP_K = 2
"""A claim's candidates are its best partners by cosine, in both directions."""
MIN_Z = 1.0
"""...and only those standing this many deviations above the pair matrix's mean."""

# probabilities(pairs of texts) -> array (n, 4): agree, conflict, related, unrelated
RelationScorer = Callable[[Sequence[tuple[str, str]]], np.ndarray]


def align_claims(views: list[list[ClaimView]], vectors: list[np.ndarray],
                 relation_probabilities: RelationScorer,
                 across: list[np.ndarray] | None = None) -> list[Alignment]:
    """Aligned claim pairs across all article pairs, in article then claim order; ``across``
    are vectors comparable across languages, used for article pairs in two languages."""
    candidates, closest = [], []
    for i, j in combinations(range(len(views)), 2):
        if views[i] and views[j]:
            two_languages = across is not None and in_two_languages(views[i][0], views[j][0])
            cosines = across[i] @ across[j].T if two_languages else vectors[i] @ vectors[j].T
            for a, b in _candidates(views[i], views[j], cosines):
                candidates.append((views[i][a], views[j][b]))
                closest.append((mutual_best(cosines, a, b), float(cosines[a, b]) if two_languages else None))
    if not candidates:
        return []
    probabilities = relation_probabilities([(a.text, b.text) for a, b in candidates])
    alignments = [_relate_across(a, b, *near) if in_two_languages(a, b) else _relate(a, b, p)
                  for (a, b), p, near in zip(candidates, probabilities, closest)]
    return [alignment for alignment in alignments if alignment is not None]


def _candidates(first: list[ClaimView], second: list[ClaimView], cosines: np.ndarray):
    """(row, column) pairs worth relating, by relative rank or by a shared anchor."""
    spread = cosines.std() or 1.0
    z = (cosines - cosines.mean()) / spread
    top_rows = np.argsort(-cosines, axis=1)[:, :TOP_K]
    top_columns = np.argsort(-cosines, axis=0)[:TOP_K, :]
    for a, b in np.ndindex(cosines.shape):
        ranked = b in top_rows[a] or a in top_columns[:, b]
        if (ranked and z[a, b] >= MIN_Z) or shares_anchor(first[a], second[b]):
            yield a, b


def _relate_across(a: ClaimView, b: ClaimView, mutual: bool, cosine: float | None) -> Alignment | None:
    """An Arabic claim and an English one (``compare/across``): a conflict when their amounts
    of one referent differ; else they agree when each is the other's closest and close enough
    by the cross-language encoder (or, without its vectors, when they share an anchor), and are
    related when only one of the two holds."""
    pair = ((a.article, a.claim), (b.article, b.claim))
    found = discrepancies(a, b)
    if found:
        return _clash(pair, found, 0.5)
    anchored = shared_anchor(a, b)
    close = anchored if cosine is None else close_across(cosine, anchored)
    if mutual and close:
        return Alignment(*pair, "agree", round(cosine, 2) if cosine is not None else 0.5)
    return Alignment(*pair, "related", 0.5) if mutual or anchored else None


def _relate(a: ClaimView, b: ClaimView, probabilities: np.ndarray) -> Alignment | None:
    """The alignment of a candidate pair, or None when the model finds them unrelated and no
    check finds a discrepancy."""
    agree, conflict, related, unrelated = (float(p) for p in probabilities)
    found = discrepancies(a, b)
    pair = ((a.article, a.claim), (b.article, b.claim))
    if found:
        return _clash(pair, found, round(1.0 - unrelated, 2))
    if unrelated >= max(agree, conflict, related):
        return None
    if agree >= max(conflict, related):
        return Alignment(*pair, "agree", round(agree, 2))
    return Alignment(*pair, "related", round(agree + conflict + related, 2))


def _clash(pair, found: list, score: float) -> Alignment:
    """The alignment of a pair the checks found discrepancies in: the same words credited to
    different sources alone are their own finding (``credited``); else a discrepancy to
    ``verify`` when every clash is of a kind the blind reads found mostly false, a
    ``conflict`` when not (``tiers``)."""
    checks, reasons = zip(*found)
    if set(checks) == {CREDITED_CHECK}:
        relation = "credited"
    else:
        relation = tier({reason.kind for check, reason in found if check != CREDITED_CHECK})
    return Alignment(*pair, relation, score, reasons, checks)
