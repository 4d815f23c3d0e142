"""Which discrepancies are reported as conflicts and which as discrepancies to verify.

A false conflict sends a fact-checker after nothing, and blind reads of SaudiNewsNet stories
showed the kinds of clash far apart: a different figure for one referent was right most of
the time, a denial read against an affirmation or a different date almost never. The tier of
each kind is fitted on those verdicts (``train/conflict_tiers.py``, model card
``models/conflict-tiers.md``): a kind the reads show to be mostly false is shown apart as
``verify``, with the same reasons and spans; any other, and one judged too seldom to tell
(the same number for another thing, «50 آلية» / «50 جندياً»), stays a ``conflict``.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files

MODEL_FILE = "conflict-tiers.json"


@cache
def doubtful_kinds() -> frozenset[str]:
    """The kinds of clash shown as discrepancies to verify (none where the file is missing)."""
    path = files("riwaya.models") / MODEL_FILE
    if not path.is_file():
        return frozenset()
    kinds = json.loads(path.read_text(encoding="utf-8"))["kinds"]
    return frozenset(kind for kind, fitted in kinds.items() if fitted["tier"] == "verify")


def tier(reason_kinds: set[str]) -> str:
    """"verify" when every reason is of a doubtful kind, else "conflict"."""
    return "verify" if reason_kinds <= doubtful_kinds() else "conflict"
