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


@pytest.mark.parametrize("target", ["missing-folder/r.html", ".", "/dev/full"])
def test_an_output_the_system_refuses_is_one_line_naming_it(write, tmp_path, target):
    if target == "/dev/full" and not __import__("os").path.exists(target):
        pytest.skip("this system has no /dev/full")
    out = riwaya("compare", write("a.txt", ARTICLE_A), "-o", target, cwd=tmp_path)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    [line] = out.stderr.strip().splitlines()
    assert line.startswith(f"riwaya: {target}: [E400] cannot write here")


def test_analyze_to_a_missing_folder_fails_before_reading_anything(write, tmp_path):
    out = riwaya("analyze", write("a.txt", ARTICLE_A), "-o", tmp_path / "nowhere" / "out.jsonl")
    assert out.returncode == 2
    assert out.stderr.strip() == f"riwaya: {tmp_path / 'nowhere' / 'out.jsonl'}: [E400] cannot write here " \
                                 f"(there is no folder {tmp_path / 'nowhere'})"


@pytest.mark.parametrize("html", ["<html><body><article></article></body></html>", "نص بلا وسوم"])
def test_a_page_without_an_article_is_one_line_without_the_extractors_log(write, html):
    page = write("empty.html", html)
    out = riwaya("analyze", page)
    assert out.returncode == 2
    assert out.stderr.strip().splitlines() == [f"riwaya: {page}: [E107] no article text found in this HTML page"]


def test_analyze_reads_feeds_and_jsonl_files_as_what_they_are(write):
    feed = write("news.rss", f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>أخبار الوسط</title>
<item><title>مستشفى جديد</title><description>{ARTICLE_A.splitlines()[2]}</description></item>
<item><title>المستشفى يفتح</title><description>{ARTICLE_B.splitlines()[2]}</description></item>
</channel></rss>""")
    batch = write("batch.jsonl", json.dumps({"id": "j1", "title": "افتتاح", "outlet": "وكالة الوسط",
                                             "text": ARTICLE_A}, ensure_ascii=False))
    out = riwaya("analyze", feed, batch, "--skip", "quotes", "--skip", "entities")
    assert out.returncode == 0, out.stderr
    articles = [json.loads(line)["articles"][0] for line in out.stdout.splitlines()]
    assert [(a["title"], a["outlet"]) for a in articles] == [
        ("مستشفى جديد", "أخبار الوسط"), ("المستشفى يفتح", "أخبار الوسط"), ("افتتاح", "وكالة الوسط")]
    assert articles[2]["id"] == "j1"


def test_a_bad_settings_file_is_one_line_naming_it_and_the_key(write, tmp_path):
    settings = write("settings.toml", 'max_input_bytes = "lots"\n')
    out = subprocess.run([sys.executable, "-m", "riwaya", "compare", str(write("a.txt", ARTICLE_A))],
                         capture_output=True, text=True,
                         env={**__import__("os").environ, "RIWAYA_SETTINGS": str(settings)})
    assert out.returncode == 2
    assert out.stderr.strip() == f"riwaya: [E500] {settings}: 'max_input_bytes' must be a whole number above 0, not 'lots'"


def test_one_poisoned_file_and_feed_item_do_not_stop_a_folder_of_100(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(100):
        (folder / f"{n:03}.txt").write_text(
            f"حادث سير رقم {n}\n\nقال الدفاع المدني إن {n + 2} أشخاص أصيبوا في حادث سير على الطريق {n} "
            f"قرب المدينة صباح اليوم، ونقلوا إلى مستشفى قريب.\n", encoding="utf-8")
    (folder / __import__("os").fsdecode(b"bad-\xff.txt")).write_text("ـــــ", encoding="utf-8")
    (folder / "feed.rss").write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>'
                                     "<item><title>&#xD800;</title><description>&#xD800;</description></item>"
                                     "</channel></rss>", encoding="utf-8")
    (folder / "deep.jsonl").write_text("[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    (folder / "empty.jsonl").write_text("\n", encoding="utf-8")
    db = tmp_path / "store.db"
    out = riwaya("ingest", folder, "--db", db)
    assert out.returncode == 0 and "Traceback" not in out.stderr, out.stderr
    assert "100 added" in out.stderr and "4 bad inputs skipped" in out.stderr
    for reason in ("bad-\\xff.txt: [E102]", "feed.rss#1: [E102]", "deep.jsonl:1: [E108]", "empty.jsonl: [E112]"):
        assert reason in out.stderr
    with __import__("sqlite3").connect(db) as connection:
        assert connection.execute("select count(*) from articles").fetchone() == (100,)


def make_store(path):
    """An empty riwaya store at ``path``, as `riwaya ingest` leaves one."""
    from riwaya.store import open_store

    open_store(str(path), embed_titles=None).close()
    return path


def cut_in_half(path):
    with path.open("r+b") as file:
        file.truncate(path.stat().st_size // 2)


def set_schema_version(path, version: int):
    import sqlite3

    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(version),))
    connection.close()


def fill_other_programs_database(path):
    import sqlite3

    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
        connection.execute("INSERT INTO recipes (name) VALUES ('مقلوبة'), ('falafel')")
    connection.close()


@pytest.mark.parametrize("prepare, code", [
    (lambda path: path.write_text("قائمة المشتريات: خبز، زيت، ملح\n", encoding="utf-8"), "[E302]"),
    (lambda path: path.write_bytes(bytes(range(256)) * 20), "[E302]"),
    (fill_other_programs_database, "[E302]"),
    (lambda path: cut_in_half(make_store(path)), "[E303]"),
    (lambda path: set_schema_version(make_store(path), 99), "[E304]"),
], ids=["text", "bytes", "other-program", "cut-in-half", "newer-schema"])
def test_a_db_that_is_no_usable_store_is_one_line_naming_it_and_left_alone(tmp_path, prepare, code):
    path = tmp_path / "riwaya.db"
    prepare(path)
    before = path.read_bytes()
    for command in (["stories"], ["story", "1"]):
        out = riwaya(*command, "--db", path)
        assert out.returncode == 2 and out.stdout == ""
        assert out.stderr.splitlines() == [out.stderr.strip()], out.stderr
        assert out.stderr.startswith(f"riwaya: {path}: {code} "), out.stderr
        assert path.read_bytes() == before


def test_a_story_id_or_limit_beyond_64_bits_is_a_usage_error(tmp_path):
    db = make_store(tmp_path / "riwaya.db")
    for command in (["story", "9223372036854775808"], ["story", "0"],
                    ["stories", "--limit", "9223372036854775808"]):
        out = riwaya(*command, "--db", db)
        assert out.returncode == 2, out.stderr
        assert "Traceback" not in out.stderr and "is not in the range" in out.stderr


def test_search_words_that_are_not_utf8_find_nothing_instead_of_failing(tmp_path):
    db = tmp_path / "store.db"
    assert riwaya("stories", "--db", db).returncode == 0
    out = subprocess.run([sys.executable, "-m", "riwaya", "stories", "--db", str(db), "--search",
                          __import__("os").fsdecode(b"\xff\xfe")], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout == "" and out.stderr == ""


def test_a_postgresql_store_with_no_server_is_one_line_naming_it():
    url = "postgresql://nobody@127.0.0.1:1/riwaya"  # port 1: nothing listens there
    for args in (["stories"], ["story", "1"]):
        out = riwaya(*args, "--db", url)
        assert out.returncode == 2 and "Traceback" not in out.stderr
        [line] = out.stderr.strip().splitlines()
        assert line.startswith(f"riwaya: {url}: [E300] cannot open the store")
