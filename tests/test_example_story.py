"""The shipped example story end to end: every quantity and date planted in it is found
with the right value, and nothing else is."""

from __future__ import annotations

import json
import subprocess
import sys

from support import EXAMPLE_STORY, example_report

from riwaya.model import validate_report

QUANTITIES = {
    "01-rafed.txt": [
        ("نحو 50 آلية", 50, "آلية", True),
        ("ثلاث طائرات", 3, "طائرات", False),
        ("خمسة أيام", 5, "أيام", False),
        ("قرابة ثلاثة آلاف وخمسمائة مقاتل", 3500, "مقاتل", True),
        ("نحو 120 ألف نسمة", 120_000, "نسمة", True),
    ],
    "02-furat-today.txt": [
        ("50 جندياً", 50, "جندياً", False),
        ("1.5 مليون دولار", 1_500_000, "دولار", False),
    ],
    "03-al-jisr.txt": [
        ("٣٥ آلية", 35, "آلية", False),
        ("أكثر من 200 جندي", 200, "جندي", True),
        ("عشرات الأهالي", 20, "الأهالي", True),  # «tens of»: at least 20
    ],
}
TIMES = {
    "01-rafed.txt": [("يوم السبت الماضي", "2020-11-14"), ("صباح الثلاثاء", "2020-11-17"),
                     ("9 تشرين الثاني/نوفمبر", "2020-11-09")],
    "02-furat-today.txt": [("مساء السبت", "2020-11-14"), ("صباح اليوم", "2020-11-17")],
    "03-al-jisr.txt": [("أمس الاثنين", "2020-11-16"), ("منذ ثلاثة أيام", "2020-11-14")],
}


def by_file(report, layer):
    names = {a["id"]: a["path"].rsplit("/", 1)[1] for a in report["articles"]}
    found = {}
    for item in report[layer]:
        found.setdefault(names[item["article"]], []).append(item)
    return found


def test_every_planted_quantity_is_found_with_its_value_unit_and_approximation():
    found = by_file(example_report(), "quantities")
    assert {name: [(q["text"], q["value"], q["unit"], q["approx"]) for q in items]
            for name, items in found.items()} == QUANTITIES


def test_every_planted_date_is_resolved_against_the_publication_date():
    found = by_file(example_report(), "times")
    assert {name: [(t["text"], t["value"]) for t in items] for name, items in found.items()} == TIMES


def test_spans_point_at_their_exact_text():
    report = example_report()
    texts = {a["id"]: a["text"] for a in report["articles"]}
    for layer in ("quantities", "times"):
        for item in report[layer]:
            assert texts[item["article"]][item["start"] : item["end"]] == item["text"]
    for article in report["articles"]:
        assert article["sentences"][0] == {"start": 0, "end": len(article["title"])}


def test_the_example_report_from_the_cli_validates_against_the_schema():
    files = sorted(EXAMPLE_STORY.glob("*.txt"))
    out = subprocess.run([sys.executable, "-m", "riwaya", "compare", *map(str, files), "--format",
                          "json", "--published", "2020-11-17"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    validate_report(report)
    assert [a["outlet"] for a in report["articles"]] == ["رافد", "الفرات اليوم", "الجسر"]
    assert report["entities"]
    assert report["quotes"] and report["sources"]
    assert report["claims"] and report["alignments"] and report["facts"] and report["similarity"]


def test_the_planted_name_variants_merge_and_nothing_else_does():
    report = example_report()
    by_name = {e["name"]: {(m["article"], m["text"]) for m in e["mentions"]} for e in report["entities"]}
    assert by_name["ديرموت غالاغان"] == {("a1", "ديرموت غالاغان"), ("a1", "غالاغان"), ("a3", "ديرمت جالاجان")}
    assert {("a1", "قسد"), ("a2", "قسد"), ("a3", "قوات سوريا الديمقراطية")} <= by_name["قوات سوريا الديمقراطية"]
    assert {("a2", "داعش"), ("a3", "تنظيم داعش")} <= by_name["تنظيم الدولة الإسلامية"]
    colonel = next(e for e in report["entities"] if e["name"] == "ديرموت غالاغان")
    assert colonel["type"] == "PER" and {m["title"] for m in colonel["mentions"]} == {"العقيد", None}
    for entity in report["entities"]:  # no entity holds two different planted names
        names = {m["text"] for m in entity["mentions"]}
        assert not ({"قسد", "داعش"} <= names or {"غالاغان", "زيدو"} <= names)


def test_the_planted_quotes_speakers_and_source_kinds():
    report = example_report()
    entities = {e["id"]: e["name"] for e in report["entities"]}
    kinds = {s["id"]: s["kind"] for s in report["sources"]}

    def quote(article, starting):
        return next(q for q in report["quotes"] if q["article"] == article and q["text"].startswith(starting))

    same_words = "التحالف ملتزم بدعم شركائه"
    colonel, sources = quote("a1", same_words), quote("a2", same_words)
    assert colonel["direct"] and entities[colonel["speaker"]] == "ديرموت غالاغان"
    assert kinds[colonel["source"]] == "named"
    assert sources["speaker_text"] == "مصادر خاصة" and kinds[sources["source"]] == "outlet"
    withdrawal = quote("a2", "قوات التحالف ستنسحب")
    assert withdrawal["speaker_text"] == "مصادر مقربة من قسد" and kinds[withdrawal["source"]] == "anonymous"
    denial = quote("a3", "تكون قوات التحالف بصدد الانسحاب")
    assert denial["negated"] and denial["cue"] == "ونفى" and "هوكر زيدو" in denial["speaker_text"]
    witnesses = quote("a2", "دوريات أمريكية")
    assert witnesses["speaker_text"] == "شهود عيان" and kinds[witnesses["source"]] == "anonymous"
