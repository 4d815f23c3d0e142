"""Score `riwaya compare` on the cross-check gold corpus (eval/gold/), per split.

    python eval/crosscheck.py [--split tune|test|both] [--examples] [--json OUT] [--verify]

For each set the two reports are compared exactly as `riwaya compare a1.txt a2.txt --published
DATE` compares them, and the report is checked against the set's gold with the definitions of
the team's reference scorer (../shared/eval/crosscheck_score.py): a gold item passes when a
report item overlapping its span has the right value, speaker, type or relation. That pass rate
is each kind's recall (R), and "all checks" is the reference's headline figure. Where the gold
lists every item of a kind (quotes, anonymous sources, quantities, times, conflicts) precision (P)
is the share of riwaya's items that overlap a gold item with the same value (quotes: any gold
quote; conflicts: a gold conflict), and F1 combines the two. Entity merging also gets pairwise
P/R over the gold's mentions. The candidate pairs get same-story P/R/F1 from one store that
ingests all their articles in publication order. Issue 21's halves of "quote + speaker" are
shown apart and are not reference checks: "quote found" (any quote overlaps the gold one) and
"speaker on found" (of those with a speaker, the speaker is the gold entity).

The test split prints aggregates only; --examples lists the failed checks of tune sets, for
study. --verify runs the reference scorer itself on every set and stops if its totals differ.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval" / "gold"))

from annotation import reference_gold  # noqa: E402
from corpus import GOLD, read_jsonl, text_of  # noqa: E402

REFERENCE = ROOT.parent / "shared" / "eval" / "crosscheck_score.py"
KINDS = [
    "all checks",
    "entity merged",
    "entities apart",
    "entity type",
    "entity merge pairs",
    "quote + speaker",
    "quote found",
    "speaker on found",
    "anonymous source",
    "quantity",
    "time",
    "agree",
    "conflict",
    "no false conflict",
    "single-source",
    "similarity",
    "same story (pairs)",
]


def final_annotations() -> dict[str, dict]:
    """One gold per set: the adjudicated one where two annotators worked, else annotator A's."""
    chosen = {}
    for gold in read_jsonl(GOLD / "annotations.jsonl"):
        if gold["set"] not in chosen or gold["annotator"] == "adjudicated":
            if gold["annotator"] in ("A", "adjudicated"):
                chosen[gold["set"]] = gold
    return chosen


def compare_set(texts: dict[str, str], published: str | None) -> dict:
    """riwaya's report on the two texts, as `riwaya compare a1.txt a2.txt --published` makes it."""
    from riwaya.crosscheck import compare
    from riwaya.ingest import dated, read_articles
    from riwaya.settings import Settings

    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for name, text in texts.items():
            path = Path(folder) / f"{name}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        articles = read_articles(paths, Settings())
        articles = list(dated(articles, date.fromisoformat(published)) if published else articles)
        report = compare(articles, Settings()).to_dict()
    for article, path in zip(report["articles"], paths):
        article["path"] = path.name
    return report


class Case:
    """One report against one reference-format gold: the reference scorer's definitions."""

    def __init__(self, report: dict, gold: dict, texts: dict[str, str]) -> None:
        self.gold, self.texts = gold, texts
        # every gold entity key with its mentions (an anchor has one)
        self.anchors = {**gold["same_entity"], **{k: [v] for k, v in gold.get("entity_anchor", {}).items()}}
        ids = {article["id"]: Path(article["path"]).stem for article in report["articles"]}
        self.items = defaultdict(list)
        for kind in ("entities", "quotes", "sources", "quantities", "times", "claims"):
            for item in report.get(kind) or []:
                for mention in item.get("mentions") or [item]:
                    if mention.get("article") in ids:
                        self.items[kind].append(
                            (ids[mention["article"]], mention["start"], mention["end"], item)
                        )
        self.links = [(set(a["claims"]), a["relation"]) for a in report.get("alignments") or []]
        self.similarity = [s for s in report.get("similarity") or [] if len(s.get("articles", [])) == 2]
        self.claim_at = {}
        for article, start, end, claim in self.items["claims"]:
            self.claim_at.setdefault(claim["id"], (article, start, end))

    def span(self, ref: list) -> tuple[str, int, int]:
        article, phrase, nth = ref[:3]
        i = -1
        for _ in range(nth + 1):
            i = self.texts[article].find(phrase, i + 1)
        return article, i, i + len(phrase)

    def covering(self, kind: str, ref: list) -> list[dict]:
        article, s, e = self.span(ref)
        return [it for a, ms, me, it in self.items[kind] if a == article and ms < e and me > s]

    def entity_of(self, ref: list) -> set:
        return {e["id"] for e in self.covering("entities", ref)}

    def claims_over(self, ref: list) -> set:
        article, s, e = self.span(ref)
        return {cid for cid, (a, cs, ce) in self.claim_at.items() if a == article and cs < e and ce > s}

    def related(self, ca: set, cb: set, allowed: set) -> bool:
        return any(rel in allowed and ids & ca and ids & cb for ids, rel in self.links)

    def checks(self) -> list[tuple[str, str, bool]]:
        """(kind, what is checked, passed) for every check the reference scorer makes."""
        g, out, anchors = self.gold, [], self.anchors
        for key, mentions in g["same_entity"].items():
            found = [self.entity_of(m) for m in mentions]
            out.append(
                (
                    "entity merged",
                    f"entity {key}: all variants merged",
                    bool(set.intersection(*found)) if all(found) else False,
                )
            )
        for x, y in g["distinct_entities"]:
            ex, ey = self.entity_of(anchors[x][0]), self.entity_of(anchors[y][0])
            out.append(
                ("entities apart", f"entities {x} and {y} kept apart", bool(ex and ey and not ex & ey))
            )
        for a, p, n, typ in g["entity_types"]:
            out.append(
                (
                    "entity type",
                    f"type {p} = {typ}",
                    any(e.get("type") == typ for e in self.covering("entities", [a, p, n])),
                )
            )
        for a, p, n, who in g["quotes"]:
            quotes = self.covering("quotes", [a, p, n])
            ok = (
                bool(quotes)
                if who is None
                else any(q.get("speaker") in self.entity_of(anchors[who][0]) for q in quotes)
            )
            out.append(("quote + speaker", f"quote '{p}' by {who}", ok))
        for ref in g["anonymous_sources"]:
            out.append(
                (
                    "anonymous source",
                    f"anonymous source '{ref[1]}'",
                    any(s.get("kind") == "anonymous" for s in self.covering("sources", ref)),
                )
            )
        for a, p, n, v in g["quantities"]:
            out.append(
                (
                    "quantity",
                    f"quantity '{p}' = {v}",
                    any(q.get("value") == v for q in self.covering("quantities", [a, p, n])),
                )
            )
        for a, p, n, v in g["times"]:
            out.append(
                (
                    "time",
                    f"time '{p}' = {v}",
                    any(t.get("value") == v for t in self.covering("times", [a, p, n])),
                )
            )
        for item in g["agree"]:
            allowed = {"agree", "related"} if item.get("related_ok") else {"agree"}
            ca = self.claims_over(item["a"])
            out.append(
                ("agree", item["id"], any(self.related(ca, self.claims_over(b), allowed) for b in item["b"]))
            )
        for item in g["conflict"]:
            ca = self.claims_over(item["a"])
            out.append(
                (
                    "conflict",
                    item["id"],
                    any(self.related(ca, self.claims_over(b), {"conflict"}) for b in item["b"]),
                )
            )
        false = self.false_conflicts()
        out.append(("no false conflict", f"no conflict outside the gold ({len(false)} false)", not false))
        for a, p, n in g["single_source"]:
            mine = self.claims_over([a, p, n])
            agreed = any(
                rel == "agree" and ids & mine and any(self.claim_at.get(c, ("",))[0] != a for c in ids)
                for ids, rel in self.links
            )
            out.append(("single-source", f"'{p}' not claimed by the other report", bool(mine) and not agreed))
        if "similarity_overall_max" in g:
            limit = g["similarity_overall_max"]
            out.append(
                (
                    "similarity",
                    f"pair similarity overall <= {limit:.2f}",
                    any(
                        isinstance(s.get("overall"), (int, float)) and s["overall"] <= limit
                        for s in self.similarity
                    ),
                )
            )
        return out

    def false_conflicts(self) -> list[set]:
        gold_pairs = [
            (self.claims_over(c["a"]), set().union(*(self.claims_over(b) for b in c["b"])))
            for c in self.gold["conflict"]
        ]
        return [
            ids
            for ids, rel in self.links
            if rel == "conflict" and not any(ids & ga and ids & gb for ga, gb in gold_pairs)
        ]

    def precision(self) -> dict[str, tuple[int, int]]:
        """(right, reported) for the kinds the gold lists whole."""
        g = self.gold

        def overlaps(kind, refs, same=lambda item, ref: True):
            spans = [(self.span(ref), ref) for ref in refs]
            items = [(a, s, e, it) for a, s, e, it in self.items[kind]]
            return sum(
                any(a == ga and s < ge and e > gs and same(it, ref) for (ga, gs, ge), ref in spans)
                for a, s, e, it in items
            ), len(items)

        anonymous = [(a, s, e, it) for a, s, e, it in self.items["sources"] if it.get("kind") == "anonymous"]
        anon_spans = [self.span(ref) for ref in g["anonymous_sources"]]
        valued_times = [(a, s, e, it) for a, s, e, it in self.items["times"] if it.get("value")]
        time_spans = [(self.span(ref), ref[3]) for ref in g["times"]]
        conflicts = [ids for ids, rel in self.links if rel == "conflict"]
        return {
            "quote + speaker": overlaps("quotes", g["quotes"]),
            "quote found": overlaps("quotes", g["quotes"]),
            "quantity": overlaps("quantities", g["quantities"], lambda it, ref: it.get("value") == ref[3]),
            "anonymous source": (
                sum(
                    any(a == ga and s < ge and e > gs for ga, gs, ge in anon_spans)
                    for a, s, e, _ in anonymous
                ),
                len(anonymous),
            ),
            "time": (
                sum(
                    any(a == ga and s < ge and e > gs and it["value"] == v for (ga, gs, ge), v in time_spans)
                    for a, s, e, it in valued_times
                ),
                len(valued_times),
            ),
            "conflict": (len(conflicts) - len(self.false_conflicts()), len(conflicts)),
        }

    def quote_parts(self) -> dict[str, tuple[int, int]]:
        """Issue 21's two halves of "quote + speaker", outside the reference's checks: (passed, n)
        for a gold quote overlapped by any quote, and for the right speaker on those found."""
        found = speaker = named = 0
        for a, p, n, who in self.gold["quotes"]:
            quotes = self.covering("quotes", [a, p, n])
            found += bool(quotes)
            if quotes and who is not None:
                named += 1
                speaker += any(q.get("speaker") in self.entity_of(self.anchors[who][0]) for q in quotes)
        return {"quote found": (found, len(self.gold["quotes"])), "speaker on found": (speaker, named)}

    def merge_pairs(self, entities: dict[str, list]) -> tuple[int, int, int]:
        """(gold-same pairs merged, pairs merged, gold-same pairs) over the gold's mentions."""
        mentions = [(key, self.entity_of(ref)) for key, refs in entities.items() for ref in refs]
        merged = same = both = 0
        for i in range(len(mentions)):
            for j in range(i + 1, len(mentions)):
                (ki, ei), (kj, ej) = mentions[i], mentions[j]
                together = bool(ei & ej)
                merged += together
                same += ki == kj
                both += together and ki == kj
        return both, merged, same


def story_pairs(split: str) -> tuple[int, int, int]:
    """(true same-story pairs found, pairs riwaya puts in one story, true same-story pairs)."""
    from riwaya.ingest import build_article
    from riwaya.settings import Settings
    from riwaya.store import open_store

    labels = {
        item["pair"]: item["same_story"]
        for item in read_jsonl(GOLD / "candidate_labels.jsonl")
        if item["annotator"] in ("A", "adjudicated")
    }
    pairs = [p for p in read_jsonl(GOLD / "candidates.jsonl") if p["split"] == split and p["pair"] in labels]
    refs = {}
    for pair in pairs:
        for side in ("a", "b"):
            refs[pair[side]["file"], pair[side]["key"]] = pair[side]
    articles = []
    for (day, key), ref in sorted(refs.items()):
        text = text_of(ref)
        article = build_article(
            text,
            f"{day}/{key}",
            Settings(),
            title_in_text=True,
            published=date.fromisoformat(day[:10]),
            url=f"gold:{day}/{key}",
        )
        articles.append(article)
    with tempfile.TemporaryDirectory() as folder, open_store(str(Path(folder) / "pairs.db")) as store:
        store.ingest(articles)
        story_of = {}
        for story in store.stories(limit=10**6):
            for article in store.story_articles(story.id):
                story_of[article.url] = story.id
    found = together = true = 0
    for pair in pairs:
        a, b = (story_of.get(f"gold:{pair[s]['file']}/{pair[s]['key']}") for s in ("a", "b"))
        same = a is not None and a == b
        together += same
        true += labels[pair["pair"]]
        found += same and labels[pair["pair"]]
    return found, together, true


def verify(report: dict, gold: dict, texts: dict[str, str], passed: int, total: int) -> None:
    """Run the reference scorer on the same case; stop when its count differs from ours."""
    with tempfile.TemporaryDirectory() as folder:
        case = Path(folder) / "case"
        case.mkdir()
        for name, text in texts.items():
            (case / f"{name}.txt").write_text(text, encoding="utf-8")
        (case / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
        (Path(folder) / "report.json").write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
        out = (
            subprocess.run(
                [sys.executable, str(REFERENCE), str(Path(folder) / "report.json"), "--case", str(case)],
                capture_output=True,
                text=True,
            )
            .stdout.strip()
            .splitlines()[-1]
        )
    if not out.endswith(f": {passed}/{total} checks"):
        raise SystemExit(f"the reference scorer says {out!r}, this one {passed}/{total}")


def score(split: str, examples: bool = False, check_reference: bool = False) -> dict[str, dict]:
    """Per kind: n, R, and P and F1 where defined, over the split's sets and candidate pairs."""
    sets = {item["set"]: item for item in read_jsonl(GOLD / "sets.jsonl") if item["split"] == split}
    passed, total = defaultdict(int), defaultdict(int)
    right, reported = defaultdict(int), defaultdict(int)
    merge = [0, 0, 0]
    annotated = {set_id: gold for set_id, gold in final_annotations().items() if set_id in sets}
    for set_id, gold in sorted(annotated.items()):
        texts = {name: text_of(ref) for name, ref in sets[set_id]["articles"].items()}
        report = compare_set(texts, sets[set_id]["published"])
        reference = reference_gold(gold, texts)
        case = Case(report, reference, texts)
        checks = case.checks()
        for kind, what, ok in checks:
            for k in (kind, "all checks"):
                total[k] += 1
                passed[k] += ok
            if examples and not ok and split == "tune":
                print(f"MISS {set_id} {what}")
        if check_reference:
            verify(report, reference, texts, sum(ok for *_, ok in checks), len(checks))
        for kind, (ok, n) in case.quote_parts().items():
            passed[kind] += ok
            total[kind] += n
        for kind, (r, n) in case.precision().items():
            right[kind] += r
            reported[kind] += n
        for i, value in enumerate(case.merge_pairs(case.anchors)):
            merge[i] += value
    figures = {kind: {"n": total[kind], "R": passed[kind] / total[kind]} for kind in total}
    for kind in right:
        if kind in figures:
            figures[kind]["P"] = right[kind] / reported[kind] if reported[kind] else 1.0
    both, merged, same = merge
    if same:
        figures["entity merge pairs"] = {"n": same, "R": both / same, "P": both / merged if merged else 1.0}
    found, together, true = story_pairs(split)
    if true:
        figures["same story (pairs)"] = {
            "n": true,
            "R": found / true,
            "P": found / together if together else 1.0,
        }
    for figure in figures.values():
        if "P" in figure:
            p, r = figure["P"], figure["R"]
            figure["F1"] = 2 * p * r / (p + r) if p + r else 0.0
    figures["sets"] = {"n": len(annotated)}
    return figures


def table(split: str, figures: dict[str, dict]) -> str:
    lines = [f"{split}: {figures['sets']['n']} sets", f"{'kind':<22}{'n':>6}{'P':>8}{'R':>8}{'F1':>8}"]
    for kind in KINDS:
        if kind in figures:
            f = figures[kind]
            cells = [f"{f[k]:.3f}" if k in f else "-" for k in ("P", "R", "F1")]
            lines.append(f"{kind:<22}{f['n']:>6}" + "".join(f"{c:>8}" for c in cells))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["tune", "test", "both"], default="both")
    parser.add_argument("--examples", action="store_true", help="list the failed checks of tune sets")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--verify", action="store_true", help="check every set against the reference scorer")
    args = parser.parse_args()
    results = {}
    for split in ["tune", "test"] if args.split == "both" else [args.split]:
        results[split] = score(split, args.examples and split == "tune", args.verify)
        print(table(split, results[split]), end="\n\n")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
