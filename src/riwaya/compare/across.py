"""Claims in two languages: the relation model reads Arabic words, so an Arabic claim and an
English one are judged from what needs no shared words. Two claims agree when each is the
other's closest statement by the cross-language encoder (``embed/across_languages``) and their
cosine is high enough, a little lower when they share a resolved entity, an amount of the same
referent or a resolved date; the closest pairs below it are related, and the number check still
finds amounts that differ."""

from __future__ import annotations

import numpy as np

from .claim_view import ClaimView


def in_two_languages(a: ClaimView, b: ClaimView) -> bool:
    return a.article.read_as != b.article.read_as


def mutual_best(cosines: np.ndarray, row: int, column: int) -> bool:
    """Whether the pair is each claim's closest partner in the other article."""
    return int(cosines[row].argmax()) == column and int(cosines[:, column].argmax()) == row


def shared_anchor(a: ClaimView, b: ClaimView) -> bool:
    """A resolved entity, an amount of one referent and value (or one telling figure), or a
    date both claims hold."""
    if a.entities & b.entities:
        return True
    if any(qa.value == qb.value and (qa.referent == qb.referent or qa.value >= DISTINCT_VALUE)
           for qa, _ in a.quantities for qb, _ in b.quantities):
        return True  # one referent, or one telling number whatever noun counts it
    return bool({t.value for t in a.times if t.value} & {t.value for t in b.times if t.value})


DISTINCT_VALUE = 10
"""An amount from which the same figure in two claims anchors them whatever it counts («إنقاذ
17 مهاجراً» / "17 people were rescued"): small numbers recur by chance."""
AGREE_COSINE = 0.5
"""Cross-language cosine from which two mutually closest claims agree. On ArNIl a sentence and
its translation score 0.70 ± 0.13, two random sentences 0.15 ± 0.11; on the dev pairs of
eval/crosslingual the claims annotated as agreeing scored 0.47-0.76, other mutual pairs 0.32-0.46."""
ANCHORED_COSINE = 0.45
"""The same, for claims that share an anchor."""


def close_across(cosine: float, anchored: bool) -> bool:
    return cosine >= (ANCHORED_COSINE if anchored else AGREE_COSINE)
