"""Analysis time of one article that is a single long line, by size: work per article should
grow linearly with its length, so time(1 MB) / time(100 KB) should be about 10.

Data: generated here from the sentences below (written for this benchmark): English and Arabic
news sentences repeated and joined by spaces, and the same words lower-cased in a shuffled run
with no punctuation at all (a page with no full stop is one sentence of the whole text). Sizes
100 KB, 200 KB, 400 KB and 1 MB of characters, no newline. Each article goes through the whole
default pipeline once, on one core; the entities stage (NER) is shown apart.
Machine: printed below (the figures in the reply to issue 17 came from 2 cores).

    python bench/long_line.py [--sizes 100,200,400,1000] [--kinds en,en-run,ar,ar-run]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from analyze_throughput import cpu_name  # noqa: E402

from riwaya.analyze import default_pipeline  # noqa: E402
from riwaya.model import Article  # noqa: E402
from riwaya.ner.features import word_features  # noqa: E402

ENGLISH = (
    "The convoy of forty trucks reached the northern city of Hasakah on Saturday morning, local "
    "officials said. A spokesman for the provincial council told reporters that about 50 vehicles "
    "had crossed the border at dawn. Residents described heavy traffic on the main road and said "
    "the shops stayed closed until noon. The United Nations called for calm and asked all sides to "
    "protect civilians during the operation. Witnesses reported that at least three houses were "
    "damaged, although no casualties were confirmed."
)
ARABIC = (
    "وصلت قافلة من أربعين شاحنة إلى مدينة الحسكة صباح يوم السبت، بحسب ما قال مسؤولون محليون. "
    "وقال متحدث باسم المجلس المحلي للصحفيين إن نحو 50 آلية عبرت الحدود عند الفجر. ووصف السكان "
    "ازدحاما شديدا على الطريق الرئيسي وقالوا إن المحال بقيت مغلقة حتى الظهر. ودعت الأمم المتحدة "
    "إلى التهدئة وطلبت من جميع الأطراف حماية المدنيين خلال العملية. وأفاد شهود بأن ثلاثة منازل "
    "على الأقل تضررت، من دون تأكيد سقوط ضحايا."
)
KINDS = {
    "en": "English sentences",
    "en-run": "English words, no punctuation",
    "ar": "Arabic sentences",
    "ar-run": "Arabic words, no punctuation",
}


def long_line(kind: str, size: int) -> str:
    """``size`` characters of one kind of text on a single line."""
    source = ENGLISH if kind.startswith("en") else ARABIC
    if kind.endswith("-run"):
        words = [word.strip(".,،").lower() for word in source.split()]
        rng = random.Random(17)
        source = " ".join(rng.choice(words) for _ in range(size // 4))
    return ((source + " ") * (size // (len(source) + 1) + 1))[:size]


def time_article(text: str) -> tuple[float, float, int]:
    """(seconds in all, seconds in the entities stage, sentences) for one analysis."""
    word_features.cache_clear()  # every size pays for its features, as unseen text does
    article = Article(text, id="a1")
    spent = {}
    for stage in default_pipeline().stages:
        started = time.perf_counter()
        stage.run(article)
        spent[stage.name] = time.perf_counter() - started
    return sum(spent.values()), spent["entities"], len(article.sentences)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,200,400,1000", help="sizes in KB, comma-separated")
    parser.add_argument("--kinds", default=",".join(KINDS), help=f"of {', '.join(KINDS)}")
    args = parser.parse_args()
    sizes = [int(kb) * 1000 for kb in args.sizes.split(",")]
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {0})
    default_pipeline()(Article("قال كيفن كوبسي.", id="warm"))  # load the models
    print(f"machine: {cpu_name()}, {os.cpu_count()} cores, analysing on 1 core")
    print(f"{'text':<32}{'size':>8}{'total s':>9}{'NER s':>8}{'sentences':>11}")
    for kind in args.kinds.split(","):
        totals = {}
        for size in sizes:
            total, entities, sentences = time_article(long_line(kind, size))
            totals[size] = total
            print(f"{KINDS[kind]:<32}{size // 1000:>6}KB{total:>9.2f}{entities:>8.2f}{sentences:>11}",
                  flush=True)
        first, last = min(sizes), max(sizes)
        print(f"{KINDS[kind]:<32} time({last // 1000} KB) / time({first // 1000} KB) = "
              f"{totals[last] / totals[first]:.1f} (linear: {last / first:.0f})")


if __name__ == "__main__":
    main()
