"""Choosing a verb cue's speaker among the candidates the rules propose, with a learned linear
ranker.

Each rule of ``quotes.SPEAKER_RULES`` proposes at most one speaker; the first that proposes
one used to decide. Here every rule is asked, the person named in the clause and the last
speaker are added, and each distinct candidate is described by which rules proposed it and by
what it is (its kind, a name inside it, where it stands against the cue, its length). A
logistic regression trained on hand-annotated quotes (``train/speakers.py``, model card
``models/speakers.md``) scores them; the best is the speaker. The rules stay features, so a
rule that is right in one place and wrong in another is weighed by what the data says.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import numpy as np

from ..model import Mention, Source

MODEL_FILE = "speakers.json"
KINDS = ("named", "anonymous", "outlet", "document")
LENGTHS = (1, 3, 6)
"""Token-count bounds of the length buckets: 1, 2-3, 4-6, more."""


@dataclass(frozen=True)
class Candidate:
    """A possible speaker for a cue and the names of the rules (or "last", "named") giving it."""

    source: Source
    given_by: tuple[str, ...]


def candidate_features(candidate: Candidate, rules: tuple[str, ...], cue: tuple[int, int],
                       mentions: list[Mention], words: int, continuing: bool,
                       participle: bool) -> dict[str, float]:
    """The features of one candidate, by name: ``cue`` is the cue's span, ``words`` the
    candidate's length in tokens."""
    cue_start, cue_end = cue
    source, given = candidate.source, set(candidate.given_by)
    features = {f"rule={rule}": float(rule in given) for rule in (*rules, "last", "named")}
    first = min((rules.index(r) for r in given if r in rules), default=len(rules))
    features["first rule rank"] = first / len(rules)
    features["no rule"] = float(first == len(rules))
    features.update({f"kind={kind}": float(source.kind == kind) for kind in KINDS})
    inside = [m.type for m in mentions if source.start <= m.start and m.end <= source.end]
    features["has person"] = float("PER" in inside)
    features["has organisation"] = float("ORG" in inside)
    features["before cue"] = float(source.end <= cue_start)
    distance = cue_start - source.end if source.end <= cue_start else source.start - cue_end
    features["log distance"] = math.log1p(max(0, distance))
    bucket = next((n for n, bound in enumerate(LENGTHS) if words <= bound), len(LENGTHS))
    features.update({f"length={n}": float(bucket == n) for n in range(len(LENGTHS) + 1)})
    features["continuing cue"] = float(continuing)
    features["participle cue"] = float(participle)
    return features


@dataclass(frozen=True)
class SpeakerRanker:
    """Weights over ``candidate_features`` names, after standardising."""

    names: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float

    def scores(self, rows: list[dict[str, float]]) -> np.ndarray:
        matrix = np.array([[row.get(name, 0.0) for name in self.names] for row in rows], np.float64)
        return ((matrix - self.mean) / self.scale) @ self.coef + self.intercept


@cache
def load_ranker() -> SpeakerRanker | None:
    """The shipped ranker, or None where the file is missing (the first rule then decides)."""
    path = files("riwaya.models") / MODEL_FILE
    if not path.is_file():
        return None
    saved = json.loads(path.read_text(encoding="utf-8"))
    return SpeakerRanker(tuple(saved["features"]), np.array(saved["mean"]), np.array(saved["scale"]),
                         np.array(saved["coef"]), float(saved["intercept"]))
