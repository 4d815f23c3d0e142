"""How alike two news articles are, on the SemEval-2022 Task 8 scale: 1 (same) .. 4 (unrelated)
for the overall story and for its entities, geography, time and narrative.

Each pair is described by a few similarities (sentence vectors aligned both ways, the title
against the other text, shared character 5-grams, shared entities by type, numbers, dates,
length ratio) and one small linear model per dimension maps them to the scale. The model is
fitted by ``train/similarity.py`` and shipped as ``models/similarity.json``; it is read with
numpy alone.

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
from datetime import date
from functools import cache
from importlib import resources
from itertools import combinations
from pathlib import Path

import numpy as np

from .. import errors
from ..analyze import analyze
from ..embed import Encoder
from ..errors import InputError, RiwayaError
from ..ingest import build_article
from ..ingest.files import json_records
from ..lang.ar.normalize import normalize_ar
from ..model import Article
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
FEATURES = (
    "sentence_alignment",
    "title_match",
    "shared_char_grams",
    "shared_entities",
    "shared_people",
    "shared_organisations",
    "shared_places",
    "shared_numbers",
    "shared_dates",
    "length_ratio",
)
MODEL_FILE = "similarity.json"
MODEL_FORMAT = "riwaya.similarity/1"
# e5 cosines live in a narrow band: unrelated texts are near 0.80, paraphrases near 0.92.
# Mapping that band to 0..1 makes the features readable; the model is linear, so no fit
# depends on the exact ends.
E5_UNRELATED, E5_PARAPHRASE = 0.80, 0.92
GRAM_SIZE = 5
ENTITY_TYPES = {"shared_people": "PER", "shared_organisations": "ORG", "shared_places": "LOC"}
SCALE = (1.0, 4.0)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class ArticleVectors:
    """An article's unit vectors: one per sentence (aligned with ``article.sentences``) and
    its title's, None when it has no title."""

    sentences: np.ndarray
    title: np.ndarray | None = None


@dataclass(frozen=True)
class ArticleProfile:
    """What the pair features read from one article, made once so that n articles cost n
    profiles, not n² re-analyses."""

    sentences: np.ndarray
    sentence_words: np.ndarray
    """Words per sentence: long sentences weigh more in the alignment than a stray caption."""
    title: np.ndarray
    """The title's vector, or the first sentence's when there is no title."""
    grams: Counter
    entity_keys: dict[str, frozenset[str]]
    """Folded name keys by entity type, and all types under "ALL"."""
    numbers: frozenset[float]
    dates: frozenset[date]
    length: int


def profile_article(article: Article, vectors: ArticleVectors) -> ArticleProfile:
    """The profile of an analysed article with its vectors."""
    sentences = np.asarray(vectors.sentences, np.float32)
    if len(sentences) != len(article.sentences):
        raise ValueError(f"article {article.id!r}: {len(sentences)} sentence vectors for "
                         f"{len(article.sentences)} sentences; embed article.sentences in order")
    words = np.array([len(article.span_text(span).split()) for span in article.sentences], float)
    title = vectors.title if vectors.title is not None else _first_row(sentences)
    return ArticleProfile(
        sentences=sentences, sentence_words=np.maximum(words, 1), title=title,
        grams=char_grams(article.text), entity_keys=_entity_keys(article),
        numbers=frozenset(quantity.value for quantity in article.quantities),
        dates=_dates(article), length=len(article.text),
    )


def _first_row(sentences: np.ndarray) -> np.ndarray:
    return sentences[0] if len(sentences) else np.zeros(sentences.shape[1:] or (1,), np.float32)


def char_grams(text: str) -> Counter:
    """Character 5-grams of the normalised words: shared stems count even under different
    clitics and suffixes («بالمستشفى» and «مستشفيات»)."""
    joined = " ".join(_WORD.findall(normalize_ar(text)))
    return Counter(joined[i : i + GRAM_SIZE] for i in range(len(joined) - GRAM_SIZE + 1))


def _entity_keys(article: Article) -> dict[str, frozenset[str]]:
    keys: dict[str, set[str]] = {"ALL": set()}
    for mention in article.entities:
        keys.setdefault(mention.type, set()).update(mention.keys)
        keys["ALL"].update(mention.keys)
    return {kind: frozenset(found) for kind, found in keys.items()}


def _dates(article: Article) -> frozenset[date]:
    found = {time.value for time in article.times if time.value is not None}
    if article.published:
        found.add(article.published)
    return frozenset(found)


def profile_features(a: ArticleProfile, b: ArticleProfile) -> np.ndarray:
    """The pair's features in the order of ``FEATURES``; each is symmetric in a and b and
    higher means more alike."""
    values = {
        "sentence_alignment": _e5_scaled(sentence_alignment(a, b)),
        "title_match": _e5_scaled(title_match(a, b)),
        "shared_char_grams": log_count_cosine(a.grams, b.grams),
        "shared_entities": jaccard(a.entity_keys["ALL"], b.entity_keys["ALL"]),
        **{name: jaccard(a.entity_keys.get(kind, frozenset()), b.entity_keys.get(kind, frozenset()))
           for name, kind in ENTITY_TYPES.items()},
        "shared_numbers": jaccard(a.numbers, b.numbers),
        "shared_dates": jaccard(a.dates, b.dates),
        "length_ratio": min(a.length, b.length) / max(a.length, b.length, 1),
    }
    return np.array([values[name] for name in FEATURES])


def pair_features(a: Article, b: Article, vectors_a: ArticleVectors, vectors_b: ArticleVectors
                  ) -> np.ndarray:
    """The features of one pair of analysed articles (see ``FEATURES``)."""
    return profile_features(profile_article(a, vectors_a), profile_article(b, vectors_b))


def _e5_scaled(cosine: float) -> float:
    return (cosine - E5_UNRELATED) / (E5_PARAPHRASE - E5_UNRELATED)


def sentence_alignment(a: ArticleProfile, b: ArticleProfile) -> float:
    """BERTScore over sentences: each sentence's best cosine in the other article, averaged
    by sentence length, then over both directions (so a short report inside a long one is
    not penalised from its own side)."""
    if not len(a.sentences) or not len(b.sentences):
        return E5_UNRELATED
    cosines = a.sentences @ b.sentences.T
    forward = np.average(cosines.max(axis=1), weights=a.sentence_words)
    backward = np.average(cosines.max(axis=0), weights=b.sentence_words)
    return float(forward + backward) / 2


def title_match(a: ArticleProfile, b: ArticleProfile) -> float:
    """Each title against the other article's closest sentence, averaged: the headline says
    what the story is, and the other report may tell it anywhere."""
    if not len(a.sentences) or not len(b.sentences):
        return E5_UNRELATED
    return float((b.sentences @ a.title).max() + (a.sentences @ b.title).max()) / 2


def log_count_cosine(a: Counter, b: Counter) -> float:
    """Cosine of 1 + log(count) weights: repeated boilerplate grams do not dominate."""
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
    """Per dimension, a linear map of the standardised features to the 1..4 scale.

        >>> SimilarityModel.pretrained().predict(features)["overall"]
        array([1.73])
    """

    def __init__(self, fitted: Mapping):
        if fitted.get("format") != MODEL_FORMAT:
            raise RiwayaError(f"not a {MODEL_FORMAT} model (format {fitted.get('format')!r})")
        if tuple(fitted["features"]) != FEATURES:
            raise RiwayaError(f"the similarity model was fitted on features {fitted['features']}, "
                              f"this code makes {list(FEATURES)}; retrain with train/similarity.py")
        self._mean = np.array(fitted["mean"])
        self._scale = np.array(fitted["scale"])
        self._weights = {dimension: (fitted["dimensions"][dimension]["intercept"],
                                     np.array(fitted["dimensions"][dimension]["coefficients"]))
                         for dimension in DIMENSIONS}

    @classmethod
    @cache
    def pretrained(cls) -> SimilarityModel:
        """The model shipped in ``riwaya/models``."""
        shipped = resources.files("riwaya") / "models" / MODEL_FILE
        return cls(json.loads(shipped.read_text(encoding="utf-8")))

    def predict(self, features: np.ndarray) -> dict[str, np.ndarray]:
        """Scores per dimension for rows of features, clipped to the scale, not rounded."""
        standard = (np.atleast_2d(features) - self._mean) / self._scale
        return {dimension: np.clip(intercept + standard @ coefficients, *SCALE)
                for dimension, (intercept, coefficients) in self._weights.items()}


def embed_articles(articles: Sequence[Article], encoder: Encoder,
                   sentence_vectors: Mapping[str, np.ndarray] | None = None) -> list[ArticleVectors]:
    """Vectors for analysed articles: the sentences of all articles embedded in one batch,
    except those given in ``sentence_vectors`` (article id -> rows aligned with its
    sentences), and the titles in another."""
    given = sentence_vectors or {}
    missing = [article for article in articles if article.id not in given]
    texts = [article.span_text(span) for article in missing for span in article.sentences]
    ends = np.cumsum([len(article.sentences) for article in missing])[:-1]
    computed = dict(zip(map(id, missing), np.split(_embed(encoder, texts), ends)))
    titled = [article for article in articles if article.title]
    titles = dict(zip(map(id, titled), _embed(encoder, [article.title for article in titled])))
    return [ArticleVectors(given.get(article.id, computed.get(id(article))), titles.get(id(article)))
            for article in articles]


def _embed(encoder: Encoder, texts: list[str]) -> np.ndarray:
    return encoder.embed_passages(texts) if texts else np.zeros((0, encoder.dimension), np.float32)


def score_pairs(articles: Sequence[Article], encoder: Encoder,
                sentence_vectors: Mapping[str, np.ndarray] | None = None,
                model: SimilarityModel | None = None) -> list[dict]:
    """For every pair i < j of articles (analysed here when not yet): {"articles": [id_i,
    id_j], "overall", ...} on the 1 (same) .. 4 (unrelated) scale, rounded to 2 decimals."""
    model = model or SimilarityModel.pretrained()
    for article in articles:
        if not article.sentences:
            analyze(article)
    vectors = embed_articles(articles, encoder, sentence_vectors)
    profiles = [profile_article(article, found) for article, found in zip(articles, vectors)]
    pairs = list(combinations(range(len(articles)), 2))
    if not pairs:
        return []
    scores = model.predict(np.array([profile_features(profiles[i], profiles[j]) for i, j in pairs]))
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
