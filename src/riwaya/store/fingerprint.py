"""What the store keeps of each article to find its copies and its story without a full
analysis: a content hash, a MinHash of its word shingles, and weighted term vectors of its
head (title and lede) and of its whole text. Cheap enough for a stream of 10^5 a day."""

from __future__ import annotations

import hashlib
import math
import re
import zlib
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import numpy as np
from datasketch import LeanMinHash, MinHash

from ..compare.copies import shingles, words
from ..lang.ar.clitics import strip_clitics
from ..lang.ar.lexicon import FUNCTION_WORDS
from ..lang.ar.normalize import normalize_all, normalize_ar
from ..model import Article

NUM_PERM = 64
"""MinHash size: Jaccard estimates within about ±0.06, 256 bytes an article."""
LEDE_CHARS = 400
"""The head of an article is its title and its first few hundred characters: where a news
report names the event."""
TERMS_KEPT = 60
"""Terms kept per vector; the tail of rare words adds little to a cosine and costs storage."""
_WORD = re.compile(r"[^\W\d_]{2,}")
_STOP = normalize_all(FUNCTION_WORDS) | frozenset({
    "قال", "وقال", "واضاف", "اضاف", "اكد", "واكد", "ذكر", "وذكر", "اليوم", "امس", "العام",
    "the", "and", "of", "to", "in", "on", "for", "that", "with", "was", "said", "is", "by", "at",
})
_stem = lru_cache(maxsize=500_000)(strip_clitics)
"""Words repeat across a stream; stripping each form once is most of the speed."""
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=1).permutations


@dataclass(frozen=True)
class Fingerprint:
    content_hash: str
    minhash: LeanMinHash
    shingles: int
    head: dict[str, float]
    body: dict[str, float]


def fingerprint(article: Article) -> Fingerprint:
    """The article's hash, MinHash and term vectors."""
    normalized = normalize_ar(article.text)
    title = normalize_ar(article.title or "")
    runs = shingles(normalized)
    return Fingerprint(
        content_hash=hashlib.sha1(" ".join(words(normalized)).encode("utf-8")).hexdigest(),
        minhash=_minhash(runs),
        shingles=len(runs),
        head=term_vector(f"{title} {title} {normalized[:LEDE_CHARS]}"),
        body=term_vector(normalized),
    )


def term_vector(normalized: str) -> dict[str, float]:
    """Log term frequency times inverse document frequency, top terms, unit length."""
    counts = Counter(terms(normalized))
    idf = document_frequencies()
    weights = {term: (1 + math.log(count)) * idf.get(term, idf[""]) for term, count in counts.items()}
    top = sorted(weights.items(), key=lambda item: -item[1])[:TERMS_KEPT]
    norm = math.sqrt(sum(weight * weight for _, weight in top)) or 1.0
    return {term: weight / norm for term, weight in top}


def terms(normalized: str) -> list[str]:
    """Content words of normalised text without their proclitics: what a story is about."""
    return [_stem(word) for word in _WORD.findall(normalized) if word not in _STOP]


def cosine(first: dict[str, float], second: dict[str, float]) -> float:
    """Dot product of two sparse vectors, over the terms they share (few, in practice)."""
    return sum(first[term] * second[term] for term in first.keys() & second.keys())


def signature_bytes(minhash: LeanMinHash) -> bytes:
    return minhash.hashvalues.astype(np.uint32).tobytes()


def minhash_from_bytes(data: bytes) -> LeanMinHash:
    return LeanMinHash(seed=1, hashvalues=np.frombuffer(data, dtype=np.uint32).astype(np.uint64))


def _minhash(runs: frozenset[str]) -> LeanMinHash:
    minhash = MinHash(num_perm=NUM_PERM, seed=1, hashfunc=zlib.crc32, permutations=_PERMUTATIONS)
    minhash.update_batch([run.encode("utf-8") for run in runs])
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
