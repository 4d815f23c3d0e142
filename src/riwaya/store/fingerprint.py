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
_stem = lru_cache(maxsize=500_000)(strip_clitics)
"""Words repeat across a stream; stripping each form once is most of the speed."""
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=1).permutations
_SHINGLE_BASE = np.uint64(1_000_003)
_MASK = np.uint64(0xFFFFFFFF)


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
    """Log term frequency times inverse document frequency, top terms, unit length."""
    idf = document_frequencies()
    unseen = idf[""]
    weights = {term: (1 + math.log(count)) * idf.get(term, unseen)
               for term, count in Counter(found_terms).items()}
    top = sorted(weights.items(), key=lambda item: -item[1])[:TERMS_KEPT]
    norm = math.sqrt(sum(weight * weight for _, weight in top)) or 1.0
    return {term: weight / norm for term, weight in top}


def terms(found: list[str]) -> list[str]:
    """Content words among normalised words, without their proclitics: what a story is about."""
    return [_stem(word) for word in found if len(word) > 1 and word.isalpha() and word not in _STOP]


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
    word_hashes = np.fromiter((zlib.crc32(word.encode("utf-8")) for word in found), np.uint64, len(found))
    if len(word_hashes) < SHINGLE:
        return np.unique(word_hashes[:1] if len(word_hashes) else np.zeros(1, np.uint64))
    runs = np.zeros(len(word_hashes) - SHINGLE + 1, np.uint64)
    for k in range(SHINGLE):
        runs = (runs * _SHINGLE_BASE + word_hashes[k : len(runs) + k]) & _MASK
    return np.unique(runs)


def _minhash(runs: np.ndarray) -> LeanMinHash:
    minhash = MinHash(num_perm=NUM_PERM, seed=1, hashfunc=int, permutations=_PERMUTATIONS)
    minhash.update_batch(runs.tolist())
    return LeanMinHash(minhash)


@cache
def document_frequencies() -> dict[str, float]:
    """Inverse document frequency of each term in Arabic news (``models/idf-ar.tsv``); the
    entry "" is the weight of a term never seen there."""
    table = resources.files("riwaya.models").joinpath("idf-ar.tsv").read_text(encoding="utf-8")
    lines = table.splitlines()
    documents = int(lines[0].split("\t")[1])
    idf = {"": math.log(documents)}
    for line in lines[1:]:
        term, count = line.split("\t")
        idf[term] = math.log(documents / int(count))
    return idf
