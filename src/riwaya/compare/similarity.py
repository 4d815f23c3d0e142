"""How alike two news articles are, on the SemEval-2022 Task 8 scale: 1 (same) .. 4 (unrelated)
for the overall story and for its entities, geography, time and narrative.

Each pair is described by a few similarities: the claims' e5 vectors aligned both ways and
their centroids, the titles against each other and against the other text, shared content
words (folded, proclitics stripped) in the texts and in the titles, shared entities after
resolution across the two articles, numbers, days named, and the length ratio. One small
model per dimension maps them to the scale: a weighted sum squashed by a logistic curve onto
1..4 (the scores saturate at both ends: two reports of one event are all "1" however close
their wording). The model is fitted by ``train/similarity.py`` and shipped as
``models/similarity.json``; it is read with numpy alone.

The vectors are the claims' ``query:`` vectors, the very ones the cross-check aligns, so a
comparison embeds each claim once.

    >>> encoder = load_encoder("onnx")
    >>> for article in articles:
    ...     analyze(article)
    >>> score_pairs(articles, encoder)[0]
    {'articles': ['a1', 'a2'], 'overall': 1.62, 'entities': 1.9, ...}
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import combinations
from pathlib import Path

import numpy as np

from .. import errors
from ..analyze import analyze
from ..analyze.words import content_words, words
from ..embed import Encoder
from ..errors import InputError, RiwayaError
from ..ingest import build_article
from ..ingest.files import json_records
from ..link import resolve_entities
from ..model import Article, Entity
from ..settings import Settings

__all__ = [
    "DIMENSIONS",
    "FEATURES",
    "ArticleProfile",
    "ArticleVectors",
    "SimilarityModel",
    "embed_articles",
    "pair_features",
    "profile_article",
    "profile_features",
    "read_pairs",
    "score_pair",
    "score_pairs",
]

DIMENSIONS = ("overall", "entities", "geography", "time", "narrative")
WORDED_FEATURES = ("claim_alignment", "claim_centroids", "title_match", "title_in_text", "shared_words",
                   "shared_title_words")
"""The features a pair in two languages cannot be measured on as the model was trained: the
words they share, and e5 cosines (lower across languages for the same content)."""
FEATURES = (
    "claim_alignment",
    "claim_centroids",
    "title_match",
    "title_in_text",
    "shared_words",
    "shared_title_words",
    "shared_entities",
    "entity_overlap",
    "shared_entity_count",
    "shared_people",
    "shared_organisations",
    "shared_places",
    "shared_numbers",
    "shared_days",
    "weekday_clash",
    "length_ratio",
)
MODEL_FILE = "similarity.json"
MODEL_FORMAT = "riwaya.similarity/2"
# e5 cosines live in a narrow band: unrelated texts near 0.80, paraphrases near 0.92. A side
# with nothing to compare (no claim) counts as unrelated.
E5_UNRELATED = 0.80
ENTITY_TYPES = {"shared_people": "PER", "shared_organisations": "ORG", "shared_places": "LOC"}
SCALE = (1.0, 4.0)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class ArticleVectors:
    """An article's unit e5 ``query:`` vectors: one per claim (aligned with
    ``article.claims``) and its title's, None when it has no title."""

    claims: np.ndarray
    title: np.ndarray | None = None


@dataclass(frozen=True)
class ArticleProfile:
    """What the pair features read from one article, made once so that n articles cost n
    profiles, not n² re-analyses."""

    claims: np.ndarray
    claim_words: np.ndarray
    """Words per claim: long claims weigh more in the alignment than a stray caption."""
    title: np.ndarray
    """The title's vector, or the first claim's when there is no title."""
    words: Counter
    """Content words of the text, folded and without proclitics."""
    title_words: Counter
    entities: dict[str, frozenset[int]]
    """Resolved entities (their index in the comparison) by type, and all under "ALL"."""
    numbers: frozenset[float]
    days: frozenset[tuple]
    """The days, weekdays and months the article's dates name (see ``day_keys``)."""
    length: int


def profile_article(article: Article, vectors: ArticleVectors, entities: Sequence[Entity] = ()
                    ) -> ArticleProfile:
    """The profile of an analysed article with its vectors; ``entities`` are those resolved
    across the articles compared (the article's mentions found in none count for nothing)."""
    claims = np.asarray(vectors.claims, np.float32)
    if len(claims) != len(article.claims):
        raise ValueError(f"article {article.id!r}: {len(claims)} claim vectors for "
                         f"{len(article.claims)} claims; embed article.claims in order")
    texts = [article.span_text(claim) for claim in article.claims]
    title = vectors.title if vectors.title is not None else _first_row(claims)
    title_text = article.title or (texts[0] if texts else "")
    return ArticleProfile(
        claims=claims, claim_words=np.array([max(len(t.split()), 1) for t in texts], float),
        title=title, words=content_counts(article.text), title_words=content_counts(title_text),
        entities=_entity_ids(article, entities),
        numbers=frozenset(quantity.value for quantity in article.quantities),
        days=day_keys(article), length=len(article.text),
    )


def _first_row(vectors: np.ndarray) -> np.ndarray:
    return vectors[0] if len(vectors) else np.zeros(vectors.shape[1:] or (1,), np.float32)


def content_counts(text: str) -> Counter:
    """The content words of ``text`` folded as claims fold them («بالمستشفى» → «مستشفى»),
    function words left out, counted."""
    return Counter(word for word in content_words(text) if word)


def _entity_ids(article: Article, entities: Sequence[Entity]) -> dict[str, frozenset[int]]:
    found: dict[str, set[int]] = {"ALL": set()}
    for n, entity in enumerate(entities):
        if any(owner is article for owner, _ in entity.mentions):
            found.setdefault(entity.type, set()).add(n)
            found["ALL"].add(n)
    return {kind: frozenset(ids) for kind, ids in found.items()}


def day_keys(article: Article) -> frozenset[tuple]:
    """What the article's dates say about the day: ("day", month, day), ("month", m) and
    ("weekday", w) of resolved dates, and the weekday and month names inside unresolved ones
    («أمس السبت»، «3 أيار» without a publication date)."""
    keys: set[tuple] = set()
    for time in article.times:
        if time.value is not None and not time.relative:
            keys.add(("month", time.value.month))
            if time.granularity == "day":
                keys.update({("day", time.value.month, time.value.day), ("weekday", time.value.weekday())})
        for word in words(article.span_text(time)):
            keys.update((("weekday", word.weekday),) if word.weekday is not None else ())
            keys.update((("month", word.month),) if word.month is not None else ())
    return frozenset(keys)


def profile_features(a: ArticleProfile, b: ArticleProfile) -> np.ndarray:
    """The pair's features in the order of ``FEATURES``; each is symmetric in a and b and,
    but for ``weekday_clash``, higher means more alike."""
    entities_a, entities_b = a.entities["ALL"], b.entities["ALL"]
    shared = len(entities_a & entities_b)
    weekdays_a, weekdays_b = ({key for key in days if key[0] == "weekday"} for days in (a.days, b.days))
    values = {
        "claim_alignment": claim_alignment(a, b),
        "claim_centroids": centroid_cosine(a.claims, b.claims),
        "title_match": float(a.title @ b.title) if len(a.claims) and len(b.claims) else E5_UNRELATED,
        "title_in_text": title_in_text(a, b),
        "shared_words": log_count_cosine(a.words, b.words),
        "shared_title_words": log_count_cosine(a.title_words, b.title_words),
        "shared_entities": jaccard(entities_a, entities_b),
        "entity_overlap": shared / max(1, min(len(entities_a), len(entities_b))),
        "shared_entity_count": math.log1p(shared),
        **{name: jaccard(a.entities.get(kind, frozenset()), b.entities.get(kind, frozenset()))
           for name, kind in ENTITY_TYPES.items()},
        "shared_numbers": jaccard(a.numbers, b.numbers),
        "shared_days": jaccard(a.days, b.days),
        "weekday_clash": float(bool(weekdays_a) and bool(weekdays_b) and not weekdays_a & weekdays_b),
        "length_ratio": min(a.length, b.length) / max(a.length, b.length, 1),
    }
    return np.array([values[name] for name in FEATURES])


def pair_features(a: Article, b: Article, vectors_a: ArticleVectors, vectors_b: ArticleVectors
                  ) -> np.ndarray:
    """The features of one pair of analysed articles (see ``FEATURES``), their entities
    resolved across the two."""
    entities = resolve_entities([a, b])
    return profile_features(profile_article(a, vectors_a, entities), profile_article(b, vectors_b, entities))


def claim_alignment(a: ArticleProfile, b: ArticleProfile) -> float:
    """BERTScore over claims: each claim's best cosine in the other article, averaged by claim
    length, then over both directions (so a short report inside a long one is not penalised
    from its own side)."""
    if not len(a.claims) or not len(b.claims):
        return E5_UNRELATED
    cosines = a.claims @ b.claims.T
    forward = np.average(cosines.max(axis=1), weights=a.claim_words)
    backward = np.average(cosines.max(axis=0), weights=b.claim_words)
    return float(forward + backward) / 2


def centroid_cosine(a: np.ndarray, b: np.ndarray) -> float:
    """Cosine of the mean claim vectors: what the two articles are about as a whole."""
    if not len(a) or not len(b):
        return E5_UNRELATED
    mean_a, mean_b = a.mean(axis=0), b.mean(axis=0)
    return float(mean_a @ mean_b / max(np.linalg.norm(mean_a) * np.linalg.norm(mean_b), 1e-12))


def title_in_text(a: ArticleProfile, b: ArticleProfile) -> float:
    """Each title against the other article's closest claim, averaged: the headline says
    what the story is, and the other report may tell it anywhere."""
    if not len(a.claims) or not len(b.claims):
        return E5_UNRELATED
    return float((b.claims @ a.title).max() + (a.claims @ b.title).max()) / 2


def log_count_cosine(a: Counter, b: Counter) -> float:
    """Cosine of 1 + log(count) weights: repeated boilerplate words do not dominate."""
    if not a or not b:
        return 0.0
    dot = sum(_log_weight(a[key]) * _log_weight(b[key]) for key in a.keys() & b.keys())
    return dot / (_log_norm(a) * _log_norm(b))


def _log_weight(count: int) -> float:
    return 1.0 + math.log(count)


def _log_norm(counts: Counter) -> float:
    return math.sqrt(sum(_log_weight(count) ** 2 for count in counts.values()))


def jaccard(a: frozenset, b: frozenset) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 0.0


class SimilarityModel:
    """Per dimension, a weighted sum of the standardised features put through a logistic
    curve onto the 1..4 scale.

        >>> SimilarityModel.pretrained().predict(features)["overall"]
        array([1.73])
    """

    def __init__(self, fitted: Mapping):
        if fitted.get("format") != MODEL_FORMAT:
            raise RiwayaError(f"not a {MODEL_FORMAT} model (format {fitted.get('format')!r}); "
                              "retrain with train/similarity.py")
        if tuple(fitted["features"]) != FEATURES:
            raise RiwayaError(f"the similarity model was fitted on features {fitted['features']}, "
                              f"this code makes {list(FEATURES)}; retrain with train/similarity.py")
        self._mean = np.array(fitted["mean"])
        self._scale = np.array(fitted["scale"])
        self._weights = {dimension: (fitted["dimensions"][dimension]["intercept"],
                                     np.array(fitted["dimensions"][dimension]["coefficients"]))
                         for dimension in DIMENSIONS}
        across = fitted.get("across_languages")
        self._imputation = None if across is None else (
            [FEATURES.index(name) for name in across["imputed"]],
            [FEATURES.index(name) for name in across["from"]],
            np.array(across["intercepts"]), np.array(across["coefficients"]))

    def across_languages(self, features: np.ndarray) -> np.ndarray:
        """The features of pairs in two languages, those that need one language (shared words,
        e5 cosines, which are lower across languages for the same content) estimated from the
        rest as on the training pairs."""
        if self._imputation is None:
            return features
        imputed, sources, intercepts, coefficients = self._imputation
        rows = np.array(np.atleast_2d(features), dtype=float)
        rows[:, imputed] = intercepts + rows[:, sources] @ coefficients.T
        return rows

    @classmethod
    @cache
    def pretrained(cls) -> SimilarityModel:
        """The model shipped in ``riwaya/models``."""
        shipped = resources.files("riwaya") / "models" / MODEL_FILE
        return cls(json.loads(shipped.read_text(encoding="utf-8")))

    def predict(self, features: np.ndarray) -> dict[str, np.ndarray]:
        """Scores per dimension for rows of features, inside the scale, not rounded."""
        standard = (np.atleast_2d(features) - self._mean) / self._scale
        low, high = SCALE
        return {dimension: low + (high - low) / (1 + np.exp(-(intercept + standard @ coefficients)))
                for dimension, (intercept, coefficients) in self._weights.items()}


def embed_articles(articles: Sequence[Article], encoder: Encoder,
                   claim_vectors: Mapping[str, np.ndarray] | None = None) -> list[ArticleVectors]:
    """Vectors for analysed articles: the claims of all articles embedded (as queries) in one
    batch, except those given in ``claim_vectors`` (article id -> rows aligned with its
    claims), and the titles in another."""
    given = claim_vectors or {}
    missing = [article for article in articles if article.id not in given]
    texts = [article.span_text(claim) for article in missing for claim in article.claims]
    ends = np.cumsum([len(article.claims) for article in missing])[:-1]
    computed = dict(zip(map(id, missing), np.split(_embed(encoder, texts), ends)))
    titled = [article for article in articles if article.title]
    titles = dict(zip(map(id, titled), _embed(encoder, [article.title for article in titled])))
    return [ArticleVectors(given.get(article.id, computed.get(id(article))), titles.get(id(article)))
            for article in articles]


def _embed(encoder: Encoder, texts: list[str]) -> np.ndarray:
    return encoder.embed_queries(texts) if texts else np.zeros((0, encoder.dimension), np.float32)


def score_pairs(articles: Sequence[Article], encoder: Encoder,
                claim_vectors: Mapping[str, np.ndarray] | None = None,
                entities: Sequence[Entity] | None = None,
                model: SimilarityModel | None = None) -> list[dict]:
    """For every pair i < j of articles (analysed here when not yet): {"articles": [id_i,
    id_j], "overall", ...} on the 1 (same) .. 4 (unrelated) scale, rounded to 2 decimals.
    ``entities`` are those resolved across ``articles`` (resolved here when not given)."""
    model = model or SimilarityModel.pretrained()
    for article in articles:
        if not article.sentences:
            analyze(article)
    pairs = list(combinations(range(len(articles)), 2))
    if not pairs:
        return []
    entities = resolve_entities(list(articles)) if entities is None else entities
    vectors = embed_articles(articles, encoder, claim_vectors)
    profiles = [profile_article(article, found, entities) for article, found in zip(articles, vectors)]
    features = np.array([profile_features(profiles[i], profiles[j]) for i, j in pairs])
    across = [row for row, (i, j) in enumerate(pairs)
              if articles[i].read_as != articles[j].read_as]
    if across:
        features[across] = model.across_languages(features[across])
    scores = model.predict(features)
    return [{"articles": [articles[i].id, articles[j].id],
             **{dimension: round(float(scores[dimension][row]), 2) for dimension in DIMENSIONS}}
            for row, (i, j) in enumerate(pairs)]


def score_pair(a: Article, b: Article, encoder: Encoder, model: SimilarityModel | None = None) -> dict:
    """The scores of two analysed articles: {"overall", "entities", ...}."""
    scores = score_pairs([a, b], encoder, model=model)[0]
    del scores["articles"]
    return scores


def read_pairs(path: Path, settings: Settings | None = None
               ) -> Iterator[tuple[str | int, Article, Article] | InputError]:
    """(id, a, b) per line {"id", "a": {"text", "title"?}, "b": {...}}; a bad line yields an
    InputError naming the file and line, and reading goes on."""
    settings = settings or Settings()
    for source, record in json_records(Path(path), settings):
        yield record if isinstance(record, InputError) else _pair_from_record(record, source, settings)


def _pair_from_record(record: dict, source: str, settings: Settings
                      ) -> tuple[str | int, Article, Article] | InputError:
    if not isinstance(record.get("id"), str | int) or isinstance(record.get("id"), bool):
        return errors.malformed_record(source, 'no "id" (a string or a number)')
    try:
        a, b = (_article_from_record(record.get(side), side, source, settings) for side in "ab")
    except InputError as error:
        return error
    return record["id"], a, b


def _article_from_record(item, side: str, source: str, settings: Settings) -> Article:
    """One side of a pair; InputError saying which side is wrong."""
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        raise errors.malformed_record(source, f'"{side}" must be an object with a "text" string')
    title = item.get("title")
    if title is not None and not isinstance(title, str):
        raise errors.malformed_record(source, f'"{side}.title" must be a string')
    try:
        article = build_article(item["text"], source, settings, title=title or None)
    except InputError as error:
        raise InputError(source, f'"{side}": {error.reason}', error.code) from None
    article.id = side
    return article
