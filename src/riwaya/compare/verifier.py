"""Whether a clash the checks found is a conflict to trust or a discrepancy to verify.

Blind reads of real stories show the checks' clashes are often of two facts that only look
comparable: a toll updated the next day, a part against a total, two events clustered as one.
What tells them apart is evidence about the pair, not the kind of clash alone: how far apart
the two reports were published, how much of who and what the two claims share, how many
figures they carry, what the relation model makes of the two sentences. ``clash_features``
describes a pair by that evidence; a logistic regression fitted on the human verdicts of
``eval/conflicts_verdicts.jsonl`` (``train/conflict_verifier.py``, model card
``models/conflict-verifier.md``) turns it into the probability that the conflict is real.
Below the fitted threshold the clash is shown apart, to verify, with the same reasons and
spans. Without the model file the per-kind tiers decide (``tiers``)."""

from __future__ import annotations

import math
from functools import cache

from ..models.linear import LinearModel, load_linear
from .claim_view import ClaimView
from .tiers import tier

MODEL_FILE = "conflict-verifier.json"
KINDS = ("number", "unit", "denial", "date", "place")
LONGEST_GAP_DAYS = 30
"""Publication gaps are counted up to a month: past that, any two reports are far apart."""


def clash_features(a: ClaimView, b: ClaimView, kinds: set[str], reasons: int,
                   probabilities: tuple[float, float, float, float] | None) -> dict[str, float]:
    """The evidence about one clashing pair, by name: ``kinds`` of its clashes, ``reasons``
    their number, ``probabilities`` the relation model's (agree, conflict, related,
    unrelated), None across languages."""
    features = {f"kind={kind}": float(kind in kinds) for kind in KINDS}
    features["reasons"] = math.log1p(reasons)
    if probabilities is not None:
        features.update(zip(("agree", "conflict", "related"), probabilities[:3]))
    published = a.article.published, b.article.published
    gap = abs((published[0] - published[1]).days) if all(published) else 0
    features["days apart"] = math.log1p(min(gap, LONGEST_GAP_DAYS))
    features["shared entities"] = _jaccard(a.entities, b.entities)
    features["shared places"] = _jaccard(a.places, b.places)
    features["one placed only"] = float(bool(a.places) != bool(b.places))
    shared = a.words & b.words
    features["shared words"] = a.weight(shared) / max(min(a.weight(a.words), b.weight(b.words)), 1e-9)
    features["figures"] = math.log1p(len(a.quantities) + len(b.quantities))
    features["words"] = math.log1p(min(len(a.words), len(b.words)))
    features["quoted"] = float(a.claim.quote is not None or b.claim.quote is not None)
    features["headline"] = float(a.claim.headline or b.claim.headline)
    return features


def _jaccard(first: frozenset, second: frozenset) -> float:
    union = first | second
    return len(first & second) / len(union) if union else 0.0


@cache
def load_verifier() -> tuple[LinearModel, float] | None:
    """The fitted model and the probability from which a clash is a conflict, or None where
    the file is missing."""
    loaded = load_linear(MODEL_FILE)
    return None if loaded is None else (loaded[0], float(loaded[1]["threshold"]))


def relation(features: dict[str, float], kinds: set[str]) -> str:
    """"conflict" or "verify" for a clash described by ``features`` (of ``kinds``)."""
    verifier = load_verifier()
    if verifier is None or "agree" not in features:
        return tier(kinds)
    model, threshold = verifier
    return "conflict" if model.probabilities([features])[0] >= threshold else "verify"
