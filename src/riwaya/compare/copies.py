"""Near-copies among the reports of one comparison: a wire story reprinted with light edits
is one source, not several."""

from __future__ import annotations

from ..analyze.words import normalized_words
from ..model import Article

SHINGLE = 5
"""Words per shingle: long enough that two independent reports rarely share one."""
COPY_SHARE = 0.5
"""Two reports are copies when half the shingles of the shorter one are in the other."""


def copy_groups(articles: list[Article]) -> list[int]:
    """For each article, the index of the first article it is a copy of (itself if none).
    Articles the store already put in one copy group count as copies too."""
    shingle_sets = [shingles(normalized_words(article.text)) for article in articles]
    group = list(range(len(articles)))
    for j in range(len(articles)):
        for i in range(j):
            if group[i] == i and (_same_group(articles[i], articles[j])
                                  or _copies(shingle_sets[i], shingle_sets[j])):
                group[j] = i
                break
    return group


def shingles(found: list[str]) -> frozenset[str]:
    """The runs of SHINGLE words of a text (its ``normalized_words``)."""
    return frozenset(" ".join(found[k : k + SHINGLE]) for k in range(max(1, len(found) - SHINGLE + 1)))


def _same_group(first: Article, second: Article) -> bool:
    return first.copy_group is not None and first.copy_group == second.copy_group


def _copies(first: frozenset, second: frozenset) -> bool:
    smaller = min(len(first), len(second))
    return smaller > 0 and len(first & second) >= COPY_SHARE * smaller
