"""Draw the gold corpus's story pairs and candidate pairs, with a fixed seed, before anyone
reads them: which pairs, and which of them form the frozen test third.

    python eval/gold/draw.py [--seed 2026]     # writes eval/gold/sets.jsonl, candidates.jsonl

Sets are pairs of reports of one story: SemEval-2022 dev pairs that its annotators scored as
the same story (Overall <= 1.5), and SaudiNewsNet pairs of two outlets on the same day that
share many rare words in their title and lead. Candidate pairs (same story or not, for the
story clustering) are SaudiNewsNet pairs of two outlets within a week sharing rare words, drawn
in equal numbers from three bands of overlap so that hard negatives are among them. Articles
that earlier dev sets used (eval/quotes_gold.jsonl, eval/conflicts_verdicts.jsonl) and wire
copies (near-identical bodies) are left out. Nothing here looks at riwaya's output."""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter, defaultdict
from datetime import date
from itertools import combinations

from corpus import GOLD, ROOT, saudinewsnet_day, saudinewsnet_text, semeval_rows, semeval_text, sha1

SETS_SAUDINEWSNET, SETS_SEMEVAL, CANDIDATES_PER_BAND = 45, 20, 110
TEXT_CHARS = (400, 3000)  # long enough to cross-check, short enough to annotate whole
RARE_DF = (2, 40)
_WORD = re.compile("[\u0621-\u064a]{3,}")
_FOLD = str.maketrans("أإآىة", "ااايه")


def words(text: str) -> set[str]:
    """Folded words of three letters or more, the article «ال» and a joined «و/ب/ل» removed."""
    found = set()
    for word in _WORD.findall(text.translate(_FOLD)):
        word = re.sub("^(وال|بال|لل|فال|كال|ال)", "", word)
        if len(word) >= 3:
            found.add(word)
    return found


def saudinewsnet_articles(excluded_keys: set, excluded_urls: set) -> list[dict]:
    articles = []
    for day in sorted((ROOT.parent / "shared/datasets/saudinewsnet/dataset").glob("*.zip")):
        for key, item in enumerate(saudinewsnet_day(day.name)):
            if (day.name, str(key)) in excluded_keys or item["url"] in excluded_urls:
                continue
            text = saudinewsnet_text(item)
            articles.append(
                {
                    "ref": {"dataset": "saudinewsnet", "file": day.name, "key": str(key), "sha1": sha1(text)},
                    "outlet": item["source"],
                    "day": date.fromisoformat(item["date_extracted"][:10]),
                    "length": len(text),
                    "head": words(item["title"] + " " + item["content"][:600]),
                    "body": words(item["content"]),
                }
            )
    return articles


def shared_rare_words(articles: list[dict]) -> Counter:
    """(i, j) -> rare words the two heads share, for articles of two outlets within a week."""
    df = Counter(word for article in articles for word in article["head"])
    index = defaultdict(list)
    for i, article in enumerate(articles):
        article["rare"] = {w for w in article["head"] if RARE_DF[0] <= df[w] <= RARE_DF[1]}
        for word in article["rare"]:
            index[word].append(i)
    shared = Counter()
    for holders in index.values():
        for i, j in combinations(holders, 2):
            a, b = articles[i], articles[j]
            if a["outlet"] != b["outlet"] and abs((a["day"] - b["day"]).days) <= 7:
                shared[i, j] += 1
    return shared


def overlap(a: dict, b: dict, count: int) -> float:
    return count / max(1, min(len(a["rare"]), len(b["rare"])))


def is_copy(a: dict, b: dict) -> bool:
    return len(a["body"] & b["body"]) / max(1, len(a["body"] | b["body"])) > 0.6


def excluded() -> tuple[set, set]:
    keys = {
        (item["file"], item["key"]) for item in map(json.loads, (GOLD.parent / "quotes_gold.jsonl").open())
    }
    urls = set()
    for verdict in map(json.loads, (GOLD.parent / "conflicts_verdicts.jsonl").open()):
        urls.update((verdict["a"], verdict["b"]))
    return keys, urls


def split(items: list[dict], rng: random.Random) -> None:
    """A third of the items, drawn now, are the frozen test split."""
    order = list(range(len(items)))
    rng.shuffle(order)
    for rank, i in enumerate(order):
        items[i]["split"] = "test" if rank < len(items) // 3 else "tune"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2026)
    seed = parser.parse_args().seed
    rng = random.Random(seed)
    articles = saudinewsnet_articles(*excluded())
    shared = shared_rare_words(articles)
    pairs = [(i, j, n) for (i, j), n in shared.items() if n >= 3 and not is_copy(articles[i], articles[j])]
    pairs.sort()

    bands = {"high": [], "mid": [], "low": []}
    for i, j, n in pairs:
        score = overlap(articles[i], articles[j], n)
        bands["high" if score >= 0.5 else "mid" if score >= 0.25 else "low"].append((i, j, n))
    candidates, used = [], set()
    for band, members in bands.items():
        for i, j, n in rng.sample(members, CANDIDATES_PER_BAND):
            used.update((i, j))
            a, b = articles[i], articles[j]
            candidates.append(
                {
                    "pair": f"c{len(candidates) + 1:03}",
                    "band": band,
                    "a": a["ref"],
                    "b": b["ref"],
                    "days_apart": abs((a["day"] - b["day"]).days),
                    "shared_rare_words": n,
                }
            )

    same_day = [
        (i, j)
        for i, j, n in bands["high"]
        if articles[i]["day"] == articles[j]["day"]
        and not {i, j} & used
        and all(TEXT_CHARS[0] <= articles[k]["length"] <= TEXT_CHARS[1] for k in (i, j))
    ]
    sets = []
    for i, j in rng.sample(same_day, SETS_SAUDINEWSNET * 3):
        if {i, j} & used:
            continue  # one article in one set only
        used.update((i, j))
        sets.append(
            {
                "source": "saudinewsnet",
                "published": articles[i]["day"].isoformat(),
                "articles": {"a1": articles[i]["ref"], "a2": articles[j]["ref"]},
            }
        )
        if len(sets) == SETS_SAUDINEWSNET:
            break
    rows = semeval_rows()
    same_story = sorted(
        pid
        for pid, row in rows.items()
        if float(row["Overall"]) <= 1.5
        and all(len(semeval_text(row, side)) <= 2 * TEXT_CHARS[1] for side in "12")
    )
    for pid in rng.sample(same_story, SETS_SEMEVAL):
        refs = {
            f"a{side}": {
                "dataset": "semeval2022_ar",
                "file": "dev.csv",
                "key": f"{pid}:{side}",
                "sha1": sha1(semeval_text(rows[pid], side)),
            }
            for side in "12"
        }
        sets.append({"source": "semeval2022_ar", "published": None, "articles": refs})
    for number, item in enumerate(sets, 1):
        item["set"] = f"s{number:02}"
    split(sets, rng)
    split(candidates, rng)
    for name, items, first in (("sets", sets, "set"), ("candidates", candidates, "pair")):
        with (GOLD / f"{name}.jsonl").open("w", encoding="utf-8") as out:
            for item in items:
                ordered = {first: item[first], "split": item["split"], **item}
                out.write(json.dumps(ordered, ensure_ascii=False) + "\n")
    print(
        f"seed {seed}: {len(sets)} sets ({sum(s['split'] == 'test' for s in sets)} test), "
        f"{len(candidates)} candidate pairs ({sum(c['split'] == 'test' for c in candidates)} test); "
        f"bands { ({k: len(v) for k, v in bands.items()}) }, same-day pool {len(same_day)}, "
        f"SemEval same-story pool {len(same_story)}"
    )


if __name__ == "__main__":
    main()
