"""Near-copies among the reports of one comparison: a wire story reprinted with light edits
is one source, not several."""

from __future__ import annotations

import re

from ..lang.ar.normalize import normalize_ar
from ..model import Article

SHINGLE = 5
"""Words per shingle: long enough that two independent reports rarely share one."""
COPY_SHARE = 0.5
"""Two reports are copies when half the shingles of the shorter one are in the other."""
_WORD = re.compile(r"\w+")


def copy_groups(articles: list[Article]) -> list[int]:
    """For each article, the index of the first article it is a copy of (itself if none)."""
    shingles = [_shingles(article.text) for article in articles]
    group = list(range(len(articles)))
    for j in range(len(articles)):
        for i in range(j):
            if group[i] == i and _copies(shingles[i], shingles[j]):
                group[j] = i
                break
    return group


def _shingles(text: str) -> frozenset[tuple[str, ...]]:
    words = _WORD.findall(normalize_ar(text))
    return frozenset(tuple(words[k : k + SHINGLE]) for k in range(max(1, len(words) - SHINGLE + 1)))


def _copies(first: frozenset, second: frozenset) -> bool:
    smaller = min(len(first), len(second))
    return smaller > 0 and len(first & second) >= COPY_SHARE * smaller
