"""Cross-validated Pearson r of the article-pair similarity model on the SemEval-2022 Task 8
Arabic pairs (../shared/datasets/semeval2022_ar/dev.csv, 130 pairs), per dimension, beside the
single best raw feature.

    python eval/similarity.py [--splits 10] [--repeats 5]

Each fold refits the whole procedure of train/similarity.py (feature scaling and the ridge
penalty chosen by leave-one-out inside the training part) and predicts the held-out pairs
with the product's numpy model. Sentence vectors are cached in the temp directory, keyed by
the sentences' text, so reruns take seconds.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
import tempfile
from pathlib import Path

import numpy as np
from sklearn.linear_model import RidgeCV
from sklearn.model_selection import KFold
from sklearn.preprocessing import StandardScaler

from riwaya.analyze import analyze
from riwaya.compare.similarity import (
    DIMENSIONS,
    FEATURES,
    MODEL_FORMAT,
    ArticleVectors,
    SimilarityModel,
    embed_articles,
    pair_features,
)
from riwaya.embed import load_encoder
from riwaya.ingest import build_article
from riwaya.model import Article
from riwaya.settings import Settings

DEV = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "semeval2022_ar" / "dev.csv"
GOLD_COLUMNS = {"overall": "Overall", "entities": "Entities", "geography": "Geography",
                "time": "Time", "narrative": "Narrative"}
ALPHAS = np.logspace(-1, 3, 9)
"""Ridge penalties tried by leave-one-out on the (training) pairs, fixed in advance."""
CACHE = Path(tempfile.gettempdir()) / "riwaya-eval-similarity"


def load_dev_pairs() -> tuple[list[tuple[Article, Article]], dict[str, np.ndarray]]:
    """The analysed article pairs of dev.csv and their gold scores per dimension."""
    csv.field_size_limit(sys.maxsize)
    settings = Settings()
    with DEV.open(encoding="utf-8", newline="") as rows:
        records = list(csv.DictReader(rows))
    pairs = [tuple(_dev_article(record, side, f"{DEV}:{number}", settings) for side in "12")
             for number, record in enumerate(records, 2)]
    gold = {dimension: np.array([float(record[column]) for record in records])
            for dimension, column in GOLD_COLUMNS.items()}
    return pairs, gold


def _dev_article(record: dict, side: str, source: str, settings: Settings) -> Article:
    article = build_article(record["text" + side], source, settings,
                            title=record["title" + side].strip() or None)
    article.id = f"{source}/{side}"
    return analyze(article)


def feature_matrix(pairs: list[tuple[Article, Article]]) -> np.ndarray:
    """One row of FEATURES per pair."""
    vectors = cached_vectors([article for pair in pairs for article in pair])
    return np.array([pair_features(a, b, vectors[a.id], vectors[b.id]) for a, b in pairs])


def cached_vectors(articles: list[Article]) -> dict[str, ArticleVectors]:
    """Vectors per article id, from the cache when its sentences and title were seen before."""
    CACHE.mkdir(exist_ok=True)
    files = {article.id: CACHE / f"{_vector_key(article)}.npz" for article in articles}
    missing = [article for article in articles if not files[article.id].is_file()]
    if missing:
        print(f"embedding {len(missing)} articles (cached in {CACHE})", file=sys.stderr)
        for article, found in zip(missing, embed_articles(missing, load_encoder("onnx"))):
            title = {} if found.title is None else {"title": found.title}
            np.savez(files[article.id], sentences=found.sentences, **title)
    return {article.id: _read_vectors(files[article.id]) for article in articles}


def _vector_key(article: Article) -> str:
    parts = [article.title or "", *(article.span_text(span) for span in article.sentences)]
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()[:32]


def _read_vectors(path: Path) -> ArticleVectors:
    with np.load(path) as saved:
        return ArticleVectors(saved["sentences"], saved["title"] if "title" in saved else None)


def fit_model(features: np.ndarray, gold: dict[str, np.ndarray]) -> dict:
    """The model as ``SimilarityModel`` reads it: one scaling, one ridge per dimension."""
    scaler = StandardScaler().fit(features)
    standard = scaler.transform(features)
    dimensions = {}
    for dimension in DIMENSIONS:
        ridge = RidgeCV(alphas=ALPHAS).fit(standard, gold[dimension])
        dimensions[dimension] = {"intercept": _rounded(ridge.intercept_),
                                 "coefficients": _rounded(ridge.coef_), "alpha": float(ridge.alpha_)}
    return {"format": MODEL_FORMAT, "features": list(FEATURES), "mean": _rounded(scaler.mean_),
            "scale": _rounded(scaler.scale_), "dimensions": dimensions}


def _rounded(values):
    """Six decimals: the JSON file stays readable and byte-identical between runs."""
    return np.round(values, 6).tolist()


def cross_validate(features: np.ndarray, gold: dict[str, np.ndarray], splits: int, repeats: int
                   ) -> dict[str, list[float]]:
    """Per dimension, Pearson r of the out-of-fold predictions, one value per repeat."""
    scores: dict[str, list[float]] = {dimension: [] for dimension in DIMENSIONS}
    for repeat in range(repeats):
        predicted = {dimension: np.zeros(len(features)) for dimension in DIMENSIONS}
        for train, test in KFold(splits, shuffle=True, random_state=repeat).split(features):
            model = SimilarityModel(fit_model(features[train], {d: g[train] for d, g in gold.items()}))
            for dimension, values in model.predict(features[test]).items():
                predicted[dimension][test] = values
        for dimension in DIMENSIONS:
            scores[dimension].append(pearson(predicted[dimension], gold[dimension]))
    return scores


def best_single_feature(features: np.ndarray, gold: np.ndarray) -> tuple[str, float]:
    """The raw feature most correlated with gold, sign flipped (features grow with likeness,
    the scale falls), chosen on all pairs: a slightly optimistic baseline."""
    correlations = [pearson(-features[:, column], gold) for column in range(len(FEATURES))]
    best = int(np.argmax(correlations))
    return FEATURES[best], correlations[best]


def pearson(x: np.ndarray, y: np.ndarray) -> float:
    return float(np.corrcoef(x, y)[0, 1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--splits", type=int, default=10)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    pairs, gold = load_dev_pairs()
    features = feature_matrix(pairs)
    scores = cross_validate(features, gold, args.splits, args.repeats)
    print(f"SemEval-2022 Task 8 ar-ar dev: {len(pairs)} pairs, {args.splits}-fold CV x {args.repeats} "
          "repeats (seeds 0..). Pearson r between predicted and gold scores on the 1..4 scale "
          "(both: lower = more similar); mean (sd) over repeats")
    print(f"{'dimension':<11}{'CV r':>7}{'(sd)':>8}   baseline: best single raw feature (sign flipped)")
    for dimension in DIMENSIONS:
        name, r = best_single_feature(features, gold[dimension])
        print(f"{dimension:<11}{np.mean(scores[dimension]):>7.3f}{f'({np.std(scores[dimension]):.3f})':>8}"
              f"   {r:.3f} {name}")


if __name__ == "__main__":
    main()
