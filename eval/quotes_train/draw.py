"""Draw the SaudiNewsNet articles annotated as quote-attribution training data (issue 21).

Articles are drawn at random (seed 2112) among those of 800 to 4,000 characters that carry at
least four attribution cues, outside the gold corpus and ``quotes_gold.jsonl``
(``annotation_draw``): four batches, ``SHARED`` articles read by two annotators for their
agreement, and a second round (seed 2113) of four more. Only references and hashes are written
(``batches.json``), no text.

    python eval/quotes_train/draw.py            # writes eval/quotes_train/batches.json
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from annotation_draw import candidates, draw  # noqa: E402

SEED, SECOND_SEED = 2112, 2113
BATCHES = 4
PER_BATCH = 30
SHARED = 6
MIN_CHARS, MAX_CHARS = 800, 4000
MIN_CUES = 4
# Reporting verbs and attribution phrases, as a coarse filter (the annotators read every quote).
CUES = re.compile(r"(?:^|\s)[وف]?(?:قال|قالت|أكد|أكدت|أضاف|أضافت|أوضح|أوضحت|أشار|أشارت|ذكر|ذكرت|"
                  r"أعلن|أعلنت|بحسب|حسب|وفقا|وفقاً|نقلا|نقلاً|صرح|صرحت|لفت|لفتت|نفى|نفت|بين|بينت)(?=\s)")


def quoted(text: str) -> bool:
    return MIN_CHARS <= len(text) <= MAX_CHARS and len(CUES.findall(text)) >= MIN_CUES


def main() -> None:
    draw(candidates(quoted), "b", (SEED, SECOND_SEED), BATCHES, PER_BATCH, SHARED, HERE / "batches.json")


if __name__ == "__main__":
    main()
