"""Wire copies in a stream: MinHash LSH over recent articles finds the earlier article whose
text a new one repeats, so reprints of one agency report count as one source."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable
from datetime import date

from datasketch import LeanMinHash, MinHashLSH

from ..compare.copies import COPY_SHARE
from .fingerprint import NUM_PERM

CANDIDATE_JACCARD = 0.25
"""LSH threshold: below the Jaccard of two texts where half of the shorter is in the longer
(1/3 for equal lengths), so that such pairs come back as candidates to verify."""
WINDOW_DAYS = 7
"""Copies of one wire text appear within days; older articles leave the index."""


class CopyIndex:
    """The MinHashes of recent articles, each with its owner: what a copy of it inherits
    (the store keeps the copy group and the story)."""

    def __init__(self) -> None:
        self._lsh = MinHashLSH(threshold=CANDIDATE_JACCARD, num_perm=NUM_PERM)
        self._entries: dict[str, tuple[LeanMinHash, int, Hashable]] = {}
        self._by_day: dict[date, list[str]] = defaultdict(list)
        self._newest: date | None = None

    def __len__(self) -> int:
        return len(self._entries)

    def add(self, key: str, minhash: LeanMinHash, shingles: int, owner: Hashable,
            published: date | None) -> None:
        self._lsh.insert(key, minhash, check_duplication=False)
        self._entries[key] = (minhash, shingles, owner)
        if published is not None:
            self._by_day[published].append(key)
            if self._newest is None or published > self._newest:
                self._newest = published
                self._age_out()

    def keys(self) -> list[str]:
        return list(self._entries)

    def update_owners(self, keys: Iterable[str], change: Callable[[Hashable], Hashable]) -> None:
        """Replace the owner of each of these keys still indexed by ``change(owner)``."""
        for key in keys:
            if key in self._entries:
                minhash, shingles, owner = self._entries[key]
                self._entries[key] = (minhash, shingles, change(owner))

    def owner_of_copied(self, minhash: LeanMinHash, shingles: int) -> Hashable | None:
        """The owner of the indexed article this text copies most, if any."""
        best, best_share = None, COPY_SHARE
        for key in self._lsh.query(minhash):
            other, other_shingles, owner = self._entries[key]
            share = _shared_share(minhash.jaccard(other), shingles, other_shingles)
            if share >= best_share:
                best, best_share = owner, share
        return best

    def _age_out(self) -> None:
        for day in [day for day in self._by_day if (self._newest - day).days > WINDOW_DAYS]:
            for key in self._by_day.pop(day):
                self._lsh.remove(key)
                del self._entries[key]


def _shared_share(jaccard: float, first: int, second: int) -> float:
    """The share of the shorter text's shingles found in the other, from their Jaccard
    estimate and sizes: |A ∩ B| = J (|A| + |B|) / (1 + J)."""
    return jaccard * (first + second) / (1 + jaccard) / min(first, second)
