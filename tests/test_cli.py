"""The `riwaya` command run as a user runs it: a real process, real files, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from riwaya.model import validate_report


def riwaya(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "riwaya", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd)


ARTICLE_A = "افتتاح مستشفى جديد في المدينة\n\nحمص - (وكالة الوسط) - افتتحت وزارة الصحة صباح الأحد مستشفى يضم 120 سريراً، بكلفة 3 ملايين دولار.\n"
ARTICLE_B = "مستشفى جديد يفتح أبوابه\n\nأخبار الوسط/ فتح المستشفى الجديد أبوابه أمس، وهو يضم نحو مئة سرير، بحسب مصادر طبية.\n"


def test_compare_writes_every_format_named_by_its_suffix(write, tmp_path):
    a, b = write("a.txt", ARTICLE_A), write("b.txt", ARTICLE_B)
    out = riwaya("compare", a, b, "--published", "2021-05-04", "-o", tmp_path / "r.json",
                 "-o", tmp_path / "r.html", "-o", tmp_path / "r.md")
    assert out.returncode == 0, out.stderr
    assert f"{tmp_path / 'r.html'}" in out.stdout and f"{tmp_path / 'r.json'}" in out.stdout
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    validate_report(report)
    assert [a["outlet"] for a in report["articles"]] == ["وكالة الوسط", "أخبار الوسط"]
    assert {(q["text"], q["value"]) for q in report["quantities"]} == {
        ("120 سريراً", 120), ("3 ملايين دولار", 3_000_000), ("نحو مئة سرير", 100)}
    assert {(t["text"], t["value"]) for t in report["times"]} == {
        ("صباح الأحد", "2021-05-02"), ("أمس", "2021-05-03")}
    assert (tmp_path / "r.html").read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")
    assert "| 120 سريراً | 120 |" in (tmp_path / "r.md").read_text(encoding="utf-8")


def test_compare_prints_json_to_stdout_by_default(write):
    out = riwaya("compare", write("a.txt", ARTICLE_A))
    assert out.returncode == 0
    validate_report(json.loads(out.stdout))


def test_analyze_jsonl_writes_one_analysis_a_line_and_skips_bad_lines(write):
    batch = write("in.jsonl", "\n".join([
        json.dumps({"id": "x1", "text": ARTICLE_A, "published": "2021-05-04"}, ensure_ascii=False),
        "[1, 2",
        json.dumps({"id": "x2", "text": ARTICLE_B}, ensure_ascii=False),
    ]))
    out = riwaya("analyze", "--jsonl", batch)
    assert out.returncode == 0
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert [line["articles"][0]["id"] for line in lines] == ["x1", "x2"]
    for line in lines:
        validate_report(line)
    assert lines[0]["times"][0]["value"] == "2021-05-02"
    assert lines[1]["times"][0]["value"] is None  # no publication date: «أمس» stays unresolved
    assert f"{batch}:2: [E108]" in out.stderr
    assert "analysed 2 articles, skipped 1 bad inputs" in out.stderr


@pytest.mark.parametrize("name, content, reason", [
    ("empty.txt", b"", "[E102]"),
    ("spaces.txt", b"   \n \n", "[E102]"),
    ("binary.txt", bytes(range(256)) * 40, "[E103]"),
    ("undecodable.txt", b"\xff\xfe\xfd" * 3 + bytes(range(0x80, 0xa0)) * 30, None),
    ("latin.txt", b"Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.", "[E106]"),
    ("page.html", b"<html><body><div class='nav'>home</div></body></html>", "[E107]"),
])
def test_bad_input_gives_one_line_naming_it_and_status_2(write, name, content, reason):
    path = write(name, content)
    for command in ("compare", "analyze"):
        out = riwaya(command, path)
        assert out.returncode == 2
        assert out.stdout == ""
        lines = out.stderr.strip().splitlines()
        assert len(lines) == 1 and str(path) in lines[0], out.stderr
        assert "Traceback" not in out.stderr
        if reason:
            assert reason in lines[0]


def test_a_50_mb_file_is_refused_without_being_read(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(50 * 1024 * 1024)
    out = riwaya("compare", path)
    assert out.returncode == 2
    assert "[E105]" in out.stderr and "50" in out.stderr


def test_a_missing_file_and_a_bad_date_are_explained(write):
    assert "[E101] no such file" in riwaya("compare", "nowhere.txt").stderr
    out = riwaya("compare", write("a.txt", ARTICLE_A), "--published", "17/11/2020")
    assert out.returncode == 2 and "YYYY-MM-DD" in out.stderr


def test_analyze_goes_on_past_a_bad_file_and_still_reports_it(write):
    out = riwaya("analyze", write("a.txt", ARTICLE_A), write("b.txt", b""))
    assert out.returncode == 2
    assert len(out.stdout.splitlines()) == 1
    assert "b.txt: [E102]" in out.stderr


def test_analyze_can_skip_a_stage_and_names_a_wrong_one(write):
    path = write("a.txt", ARTICLE_A)
    out = riwaya("analyze", path, "--skip", "quotes", "--skip", "entities")
    assert out.returncode == 0 and json.loads(out.stdout)["entities"] == []
    assert json.loads(riwaya("analyze", path).stdout)["quantities"]
    assert json.loads(riwaya("analyze", path, "--skip", "claims").stdout)["claims"] == []
    out = riwaya("analyze", path, "--skip", "sentiment")
    assert out.returncode == 2 and "no stage named ['sentiment']" in out.stderr
    out = riwaya("analyze", path, "--skip", "entities")
    assert out.returncode == 2 and "'quotes' needs ['entities']" in out.stderr
    out = riwaya("analyze", path, "--skip", "times")
    assert out.returncode == 2 and "'quantities' needs ['times']" in out.stderr
