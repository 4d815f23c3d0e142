"""What the store keeps of each article to find its copies and its story without a full
analysis: a content hash, a MinHash of its word shingles, and weighted term vectors of its
head (title and lede) and of its whole text. Cheap enough for a stream of 10^5 a day."""

from __future__ import annotations

import hashlib
import math
import zlib
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from operator import itemgetter, mul

import numpy as np
from datasketch import LeanMinHash, MinHash

from ..compare.copies import SHINGLE, words
from ..lang.ar.clitics import strip_clitics
from ..lang.ar.lexicon import FUNCTION_WORDS
from ..lang.ar.normalize import normalize_all, normalize_ar
from ..model import Article

NUM_PERM = 64
"""MinHash size: Jaccard estimates within about ±0.06, 256 bytes an article."""
LEDE_WORDS = 70
"""The head of an article is its title and its first words: where a news report names the
event."""
TERMS_KEPT = 60
"""Terms kept per vector; the tail of rare words adds little to a cosine and costs storage."""
_STOP = normalize_all(FUNCTION_WORDS) | frozenset({
    "قال", "وقال", "واضاف", "اضاف", "اكد", "واكد", "ذكر", "وذكر", "اليوم", "امس", "العام",
    "the", "and", "of", "to", "in", "on", "for", "that", "with", "was", "said", "is", "by", "at",
})
WORD_CACHE = 500_000
"""Word forms whose term and hash are remembered (about 100 MB at most)."""
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=1).permutations
_MERSENNE_PRIME = np.uint64((1 << 61) - 1)
_MAX_HASH = np.uint64((1 << 32) - 1)
"""datasketch's MinHash constants: the signature is the one its ``update_batch`` computes."""
_SHINGLE_BASE = np.uint64(1_000_003)
_MASK = np.uint64(0xFFFFFFFF)


class _PerWord(dict):
    """word -> what ``compute`` makes of it, worked out the first time the form is seen:
    words repeat across a stream, so this is most of the speed (a plain dict lookup from C)."""

    def __init__(self, compute) -> None:
        super().__init__()
        self._compute = compute

    def __missing__(self, word: str):
        if len(self) >= WORD_CACHE:
            self.clear()
        value = self[word] = self._compute(word)
        return value


def _term(word: str) -> str:
    """The word's term: its form without proclitics, or "" for what says nothing of a story."""
    return strip_clitics(word) if len(word) > 1 and word.isalpha() and word not in _STOP else ""


_TERM = _PerWord(_term)
_CRC = _PerWord(lambda word: zlib.crc32(word.encode("utf-8")))


@dataclass(frozen=True)
class Fingerprint:
    content_hash: str
    minhash: LeanMinHash
    shingles: int
    head: dict[str, float]
    body: dict[str, float]


def fingerprint(article: Article) -> Fingerprint:
    """The article's hash, MinHash and term vectors, from one pass over its words."""
    found = words(normalize_ar(article.text))
    runs = _shingle_hashes(found)
    lede = terms(found[:LEDE_WORDS])
    body = lede + terms(found[LEDE_WORDS:])
    title = terms(words(normalize_ar(article.title or "")))
    return Fingerprint(
        content_hash=hashlib.sha1(" ".join(found).encode("utf-8")).hexdigest(),
        minhash=_minhash(runs),
        shingles=len(runs),
        head=term_vector(title + title + lede),
        body=term_vector(body),
    )


def term_vector(found_terms: list[str]) -> dict[str, float]:
    """Log term frequency times inverse document frequency, top terms heaviest first, unit
    length (mapped from C over the counts: this runs twice for every article of a stream)."""
    counts = Counter(found_terms)
    idf = document_frequencies()
    weights = zip(counts, map(mul, map(_log_tf, counts.values()), map(idf.__getitem__, counts)))
    top = sorted(weights, key=itemgetter(1), reverse=True)[:TERMS_KEPT]
    norm = math.sqrt(sum(weight * weight for _, weight in top)) or 1.0
    return {term: weight / norm for term, weight in top}


def terms(found: list[str]) -> list[str]:
    """Content words among normalised words, without their proclitics: what a story is about."""
    return [term for term in map(_TERM.__getitem__, found) if term]


def cosine(first: dict[str, float], second: dict[str, float]) -> float:
    """Dot product of two sparse vectors, over the terms they share (few, in practice)."""
    return sum(first[term] * second[term] for term in first.keys() & second.keys())


def signature_bytes(minhash: LeanMinHash) -> bytes:
    return minhash.hashvalues.astype(np.uint32).tobytes()


def minhash_from_bytes(data: bytes) -> LeanMinHash:
    return LeanMinHash(seed=1, hashvalues=np.frombuffer(data, dtype=np.uint32).astype(np.uint64))


def _shingle_hashes(found: list[str]) -> np.ndarray:
    """32-bit hashes of the distinct runs of SHINGLE words (the runs compare/copies uses),
    combined from per-word CRC32s in numpy rather than hashed run by run."""
    word_hashes = np.fromiter(map(_CRC.__getitem__, found), np.uint64, len(found))
    if len(word_hashes) < SHINGLE:
        return np.unique(word_hashes[:1] if len(word_hashes) else np.zeros(1, np.uint64))
    runs = np.zeros(len(word_hashes) - SHINGLE + 1, np.uint64)
    for k in range(SHINGLE):
        runs = (runs * _SHINGLE_BASE + word_hashes[k : len(runs) + k]) & _MASK
    return np.unique(runs)


def _minhash(runs: np.ndarray) -> LeanMinHash:
    """datasketch's MinHash of the run hashes, computed in one numpy expression."""
    a, b = _PERMUTATIONS
    permuted = ((runs[:, None] * a + b) % _MERSENNE_PRIME) & _MAX_HASH
    return LeanMinHash(seed=1, hashvalues=permuted.min(axis=0))


class _Weights(dict):
    """Term -> inverse document frequency; a term the table lacks weighs ``unseen``."""

    unseen = 0.0

    def __missing__(self, term: str) -> float:
        return self.unseen


@cache
def document_frequencies() -> _Weights:
    """Inverse document frequency of each term in Arabic news (``models/idf-ar.tsv``); a term
    never seen there weighs as the rarest."""
    table = resources.files("riwaya.models").joinpath("idf-ar.tsv").read_text(encoding="utf-8")
    lines = table.splitlines()
    documents = int(lines[0].split("\t")[1])
    idf = _Weights()
    idf.unseen = math.log(documents)
    for line in lines[1:]:
        term, count = line.split("\t")
        idf[term] = math.log(documents / int(count))
    return idf


@lru_cache(maxsize=1024)
def _log_tf(count: int) -> float:
    return 1 + math.log(count)
