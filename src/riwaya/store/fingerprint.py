"""What the store keeps of each article to find its copies and its story without a full
analysis: a content hash, a MinHash of its word shingles, and weighted term vectors of its
head (title and lede) and of its whole text. Cheap enough for a stream of 10^5 a day."""

from __future__ import annotations

import hashlib
import math
import zlib
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np
from datasketch import LeanMinHash, MinHash

from ..analyze.words import normalized_words
from ..compare.copies import SHINGLE
from ..lang.ar.lexicon import FUNCTION_WORDS, NEWS_FILLER
from ..lang.ar.normalize import normalize_all
from ..lang.ar.words import analyze_word
from ..model import Article

NUM_PERM = 64
"""MinHash size: Jaccard estimates within about ±0.06, 256 bytes an article."""
LEDE_WORDS = 70
"""The head of an article is its title and its first words: where a news report names the
event."""
TERMS_KEPT = 60
"""Terms kept per vector; the tail of rare words adds little to a cosine and costs storage."""
_STOP = normalize_all(FUNCTION_WORDS) | frozenset(NEWS_FILLER) | frozenset({
    "the", "and", "of", "to", "in", "on", "for", "that", "with", "was", "said", "is", "by", "at",
})
WORD_CACHE = 500_000
"""Word forms whose term and hash are remembered (about 100 MB at most)."""
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=1).permutations
_MERSENNE_BITS = np.uint64(61)
_MERSENNE_PRIME = np.uint64((1 << 61) - 1)
_MAX_HASH = np.uint64((1 << 32) - 1)
"""datasketch's MinHash constants: the signature is the one its ``update_batch`` computes."""
_SHINGLE_BASE = np.uint64(1_000_003)
_MASK = np.uint64(0xFFFFFFFF)
_TERM_SHIFT = np.uint64(32)


def _term(word: str) -> str:
    """The word's term: its form without proclitics, or "" for what says nothing of a story."""
    return analyze_word(word).stem if len(word) > 1 and word.isalpha() and word not in _STOP else ""


class _Vocabulary:
    """The terms of a stream numbered, their inverse document frequencies in one array: a
    text's term vector is then a few numpy operations over its terms' numbers."""

    def __init__(self) -> None:
        idf, unseen = inverse_document_frequencies()
        self.names = list(idf)
        self.numbers = {name: number for number, name in enumerate(self.names)}
        self.known = len(self.names)
        self.idf = np.append(np.fromiter(idf.values(), float, self.known), unseen)

    def number(self, term: str) -> int:
        found = self.numbers.get(term)
        if found is None:
            found = self.numbers[term] = len(self.names)
            self.names.append(term)
        return found

    def weights(self, numbers: np.ndarray) -> np.ndarray:
        """idf per term number; a term the table lacks weighs as the rarest."""
        return self.idf[np.minimum(numbers, self.known)]

    def forget_unseen(self) -> None:
        for name in self.names[self.known :]:
            del self.numbers[name]
        del self.names[self.known :]


class _Words(dict):
    """word -> its CRC32 in the low 32 bits and its term's number + 1 above them (0: no term),
    worked out the first time the form is seen: words repeat across a stream, so one dict
    lookup from C per word is most of the speed."""

    def __missing__(self, word: str) -> int:
        vocabulary = _vocabulary()
        if len(self) >= WORD_CACHE:
            self.clear()
            vocabulary.forget_unseen()
        term = _term(word)
        number = vocabulary.number(term) + 1 if term else 0
        value = self[word] = number << 32 | zlib.crc32(word.encode("utf-8"))
        return value


_WORDS = _Words()


@dataclass(frozen=True)
class Fingerprint:
    content_hash: str
    minhash: LeanMinHash
    shingles: int
    head: dict[str, float]
    body: dict[str, float]


def fingerprint(article: Article) -> Fingerprint:
    """The article's hash, MinHash and term vectors, from one pass over its words."""
    found = normalized_words(article.text)
    packed = _packed(found)
    runs = _shingle_hashes(packed & _MASK)
    title = _term_numbers(_packed(normalized_words(article.title or "")))
    lede = _term_numbers(packed[:LEDE_WORDS])
    return Fingerprint(
        content_hash=hashlib.sha1(" ".join(found).encode("utf-8")).hexdigest(),
        minhash=_minhash(runs),
        shingles=len(runs),
        head=_term_vector(np.concatenate((title, title, lede))),
        body=_term_vector(_term_numbers(packed)),
    )


def terms(found: list[str]) -> list[str]:
    """Content words among normalised words, without their proclitics: what a story is about."""
    return [term for term in map(_term, found) if term]


def _packed(found: list[str]) -> np.ndarray:
    return np.fromiter(map(_WORDS.__getitem__, found), np.uint64, len(found))


def _term_numbers(packed: np.ndarray) -> np.ndarray:
    """The term numbers of the words that are terms, in text order."""
    numbers = (packed >> _TERM_SHIFT).astype(np.int64)
    return numbers[numbers > 0] - 1


def _term_vector(numbers: np.ndarray) -> dict[str, float]:
    """Log term frequency times inverse document frequency, the top terms heaviest first
    (ties in order of first use), unit length."""
    counts = Counter(numbers.tolist())  # in order of first use
    if not counts:
        return {}
    unique = np.fromiter(counts, np.int64, len(counts))
    vocabulary = _vocabulary()
    weights = (1 + np.log(np.fromiter(counts.values(), float, len(counts)))) * vocabulary.weights(unique)
    top = np.argsort(-weights, kind="stable")[:TERMS_KEPT]
    kept = weights[top]
    kept /= math.sqrt(kept @ kept) or 1.0
    return dict(zip(map(vocabulary.names.__getitem__, unique[top].tolist()), kept.tolist()))


def cosine(first: dict[str, float], second: dict[str, float]) -> float:
    """Dot product of two sparse vectors, over the terms they share (few, in practice)."""
    return sum(first[term] * second[term] for term in first.keys() & second.keys())


def signature_bytes(minhash: LeanMinHash) -> bytes:
    return minhash.hashvalues.astype(np.uint32).tobytes()


def minhash_from_bytes(data: bytes) -> LeanMinHash:
    return LeanMinHash(seed=1, hashvalues=np.frombuffer(data, dtype=np.uint32).astype(np.uint64))


def _shingle_hashes(word_hashes: np.ndarray) -> np.ndarray:
    """32-bit hashes of the distinct runs of SHINGLE words (the runs compare/copies uses),
    combined from per-word CRC32s in numpy rather than hashed run by run."""
    if len(word_hashes) < SHINGLE:
        return np.unique(word_hashes[:1] if len(word_hashes) else np.zeros(1, np.uint64))
    runs = np.zeros(len(word_hashes) - SHINGLE + 1, np.uint64)
    for k in range(SHINGLE):
        runs = (runs * _SHINGLE_BASE + word_hashes[k : len(runs) + k]) & _MASK
    return np.unique(runs)


def _minhash(runs: np.ndarray) -> LeanMinHash:
    """datasketch's MinHash of the run hashes, (a·x + b) mod (2^61 - 1) in numpy: the modulo
    by folding the high bits onto the low ones (a Mersenne prime), a third quicker than ``%``."""
    a, b = _PERMUTATIONS
    permuted = runs[:, None] * a  # wraps around 2^64, as datasketch's does
    permuted += b
    high = permuted >> _MERSENNE_BITS
    permuted &= _MERSENNE_PRIME
    permuted += high
    np.minimum(permuted, permuted - _MERSENNE_PRIME, out=permuted)  # at most one prime too many
    permuted &= _MAX_HASH
    return LeanMinHash(seed=1, hashvalues=permuted.min(axis=0))


def inverse_document_frequencies() -> tuple[dict[str, float], float]:
    """Inverse document frequency of each term in Arabic news (``models/idf-ar.tsv``), and
    the weight of a term never seen there: the rarest's."""
    table = resources.files("riwaya.models").joinpath("idf-ar.tsv").read_text(encoding="utf-8")
    lines = table.splitlines()
    documents = int(lines[0].split("\t")[1])
    idf = {}
    for line in lines[1:]:
        term, count = line.split("\t")
        idf[term] = math.log(documents / int(count))
    return idf, math.log(documents)


@cache
def _vocabulary() -> _Vocabulary:
    return _Vocabulary()
