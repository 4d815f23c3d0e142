"""Draw the SaudiNewsNet articles annotated as named-entity training data (issue 22).

Articles of 600 to 3,000 characters are drawn at random (seed 2222), outside the gold corpus,
the quotes dev set and the quotes training batches (``annotation_draw``): eight batches, the
``SHARED`` articles in n1 and n2 for the annotators' agreement, and a second round (seed 2223)
of eight more, n9-n16, and a third round (seed 2224) of eight batches of 25, n17-n24, with
four articles of its own shared by n17 and n18, a fourth (seed 2225) of eight batches of 30,
n25-n32, four shared by n25 and n26, a fifth (seed 2226) of eight batches of 30, n33-n40,
four shared by n33 and n34, and a sixth (seed 2227) of eight batches of 30, n41-n48, four shared
by n41 and n42. Only references and hashes are written
(``batches.json``), no text; the text annotated is the article's raw ``content`` field
(``annotation.content``).

    python eval/ner_train/draw.py            # writes eval/ner_train/batches.json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from annotation_draw import another_round, candidates, draw  # noqa: E402

SEED, SECOND_SEED, THIRD_SEED, FOURTH_SEED, FIFTH_SEED, SIXTH_SEED = 2222, 2223, 2224, 2225, 2226, 2227
BATCHES = 8
PER_BATCH = 30
SHARED = 6
THIRD_PER_BATCH, THIRD_SHARED = 25, 4
MIN_CHARS, MAX_CHARS = 600, 3000


def sized(text: str) -> bool:
    return MIN_CHARS <= len(text) <= MAX_CHARS


def main() -> None:
    pool = candidates(sized, HERE.parent / "quotes_train" / "batches.json")
    draw(pool, "n", (SEED, SECOND_SEED), BATCHES, PER_BATCH, SHARED, HERE / "batches.json")
    another_round(pool, "n", THIRD_SEED, BATCHES, THIRD_PER_BATCH, THIRD_SHARED, HERE / "batches.json")
    another_round(pool, "n", FOURTH_SEED, BATCHES, PER_BATCH, THIRD_SHARED, HERE / "batches.json")
    another_round(pool, "n", FIFTH_SEED, BATCHES, PER_BATCH, THIRD_SHARED, HERE / "batches.json")
    another_round(pool, "n", SIXTH_SEED, BATCHES, PER_BATCH, THIRD_SHARED, HERE / "batches.json")


if __name__ == "__main__":
    main()
