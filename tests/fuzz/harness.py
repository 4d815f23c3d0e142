"""Driving every entry point with one hostile case and judging the result against the contract:
an Article or an InputError from the readers; from the CLI exit status 0 or 2, stderr lines of
riwaya's own (a bad input's line naming it), never a traceback; from the API a status under 500
and JSON errors with a message; from ingest every good article stored. Shared by tests/fuzz and
eval/fuzz.py, in-process: no subprocesses, so thousands of cases run in minutes.

Each driver returns an Outcome whose ``kind`` is one of:
  ok        the input was read (or the request answered) and the contract holds
  refused   the input was refused cleanly: InputError, exit status 2 with a line naming it, 4xx
  violation no exception, but the contract is broken (a good input lost, a line not naming the
            input, a foreign text read as Arabic, a file changed that must not be)
  traceback the CLI let an exception out (a real process prints a traceback)
  crash     a reader or build_article raised something else than InputError
  5xx       the app answered 500 or more
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import logging
import os
import shutil
import sqlite3
import sys
import tempfile
import traceback
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from urllib.parse import quote

from fuzz.strategies import (
    VALID_SKIPS,
    AnalyzeCase,
    BuildCase,
    CompareCase,
    FileSpec,
    IngestCase,
    OutputSpec,
    ReaderCase,
    Request,
    SettingsCase,
    SettingsSpec,
    StoreCase,
)

from riwaya.errors import InputError
from riwaya.model import Article
from riwaya.settings import Settings

CLEAN = ("ok", "refused")
KINDS = ("ok", "refused", "violation", "traceback", "crash", "5xx")
STDERR_PREFIXES = ("riwaya:", "Usage:", "Try '", "Error:")
RAW_FORMATS = ("<?xml", "<rss", "<feed", "<html", "<!doctype")


@dataclass
class Outcome:
    entry: str
    kind: str
    detail: str = ""

    @property
    def clean(self) -> bool:
        return self.kind in CLEAN

    def __str__(self) -> str:
        return f"{self.entry}: {self.kind}: {self.detail}"


def has_surrogate(value) -> bool:
    return isinstance(value, str) and any(0xD800 <= ord(ch) <= 0xDFFF for ch in value)


def has_letter(text: str) -> bool:
    """A letter other than tatweel: without one, a text is empty to a reader."""
    return any(ch.isalpha() and ch != "\u0640" for ch in text)


def where_raised(error: BaseException) -> str:
    """The exception and the innermost frame of riwaya's own code that it passed through."""
    frames = traceback.extract_tb(error.__traceback__)
    ours = [f for f in frames if "/riwaya/" in f.filename and "/tests/" not in f.filename] or frames
    place = f" at {Path(ours[-1].filename).name}:{ours[-1].lineno} ({ours[-1].name})" if ours else ""
    message = str(error)
    if len(message) > 300:
        message = message[:300] + "..."
    return f"{type(error).__name__}: {message}{place}"


# --- files ----------------------------------------------------------------------------------

def write_file(folder: Path, spec: FileSpec) -> str:
    """Write ``spec`` into ``folder`` (unless it cannot exist) and return its path as a
    command line carries it (non-UTF-8 bytes as surrogate escapes)."""
    path = os.path.join(os.fsencode(folder), spec.name)
    if spec.exists:
        with open(path, "wb") as out:
            out.write(spec.data)
    return os.fsdecode(path)


def output_path(folder: Path, spec: OutputSpec) -> tuple[str, str]:
    """(-o path, a token a line about it must show) for an output spec."""
    if spec.how == "file":
        return str(folder / f"out-file{spec.suffix}"), "out-file"
    if spec.how == "missing-folder":
        return str(folder / "out-missing" / f"report{spec.suffix}"), "out-missing"
    if spec.how == "folder":
        (folder / "out-folder").mkdir(exist_ok=True)
        return str(folder / "out-folder"), "out-folder"
    if spec.how == "through-file":
        (folder / "out-plain").write_bytes(b"x")
        return str(folder / "out-plain" / f"report{spec.suffix}"), "out-plain"
    return str(folder / ("out-long" + "x" * 300 + spec.suffix)), "out-long"


def bad_output(spec: OutputSpec | None) -> bool:
    return spec is not None and spec.how != "file"


# --- readers and build_article --------------------------------------------------------------

def judge_article(article: Article, languages, expect: str | None, what: str) -> str | None:
    """Why an Article a reader returned breaks the contract, or None."""
    if not isinstance(article, Article):
        return f"{what}: gave {type(article).__name__}, not an Article or an InputError"
    for name in ("text", "title", "outlet", "url"):
        if has_surrogate(getattr(article, name, None)):
            return f"{what}: accepted with a lone surrogate in its {name}: {getattr(article, name)!r:.120}"
    if article.language not in languages:
        return f"{what}: accepted in language {article.language!r}"
    if not has_letter(article.text):
        return f"{what}: accepted a text with no letters: {article.text!r:.80}"
    if article.published is not None and not isinstance(article.published, date):
        return f"{what}: published is {article.published!r}"
    if expect == "refuse":
        return f"{what}: accepted ({article.language}) an input it must refuse: {article.text!r:.100}"
    return None


def judge_error(error: InputError, token: str, expect: str | None, what: str) -> str | None:
    """Why an InputError breaks the contract, or None."""
    if token not in str(error):
        return f"{what}: the error does not name the input ({token}): {error}"
    if expect == "accept":
        return f"{what}: refused a good input: {error}"
    return None


def run_build(case: BuildCase, settings: Settings | None = None) -> Outcome:
    """build_article on the text, then the JSONL record path (parse_date included)."""
    from riwaya.ingest import build_article
    from riwaya.ingest.files import article_from_record

    entry = "build_article"
    settings = settings or Settings()
    try:
        first = build_article(case.text, "fuzz-source", settings, title=case.title,
                              title_in_text=case.title_in_text)
    except InputError as error:
        first = error
    except Exception as error:  # noqa: BLE001 - the contract: nothing but InputError
        return Outcome(entry, "crash", f"build_article raised {where_raised(error)}")
    if isinstance(first, InputError):
        problem = judge_error(first, "fuzz-source", case.expect, "build_article")
    else:
        problem = judge_article(first, settings.languages, case.expect, "build_article")
    if problem:
        return Outcome(entry, "violation", problem)
    record = {"id": "x", "text": case.text, "title": case.title, "published": case.published}
    try:
        second = article_from_record(record, "fuzz-record:1", settings)
    except InputError as error:
        second = error
    except Exception as error:  # noqa: BLE001
        return Outcome(entry, "crash", f"article_from_record raised {where_raised(error)}")
    expect = record_expectation(case)
    if isinstance(second, InputError):
        problem = judge_error(second, "fuzz-record:1", expect, "article_from_record")
    else:
        problem = judge_article(second, settings.languages, expect, "article_from_record")
        if not problem and case.published and second.published != datetime.fromisoformat(case.published).date():
            problem = f"article_from_record: published {case.published!r} read as {second.published}"
    if problem:
        return Outcome(entry, "violation", problem)
    return Outcome(entry, "refused" if isinstance(second, InputError) else "ok")


def record_expectation(case: BuildCase) -> str | None:
    """What the JSONL record path must do: refuse a bad text or a bad date, read a good text
    with a clean title and a good date."""
    if case.expect == "refuse" or (case.published and not _valid_iso(case.published)):
        return "refuse"
    if case.expect == "accept" and not has_surrogate(case.title):
        return "accept"
    return None


def _valid_iso(value: str) -> bool:
    """A date or timestamp Python's ISO parser takes whole (nothing cut off, nothing after)."""
    try:
        datetime.fromisoformat(value)
    except (ValueError, TypeError):
        return False
    return len(value) >= 10 and value[4] == "-" and value[7] == "-"


def run_reader(case: ReaderCase, folder: Path) -> Outcome:
    """read_article or read_articles on one file."""
    from riwaya.ingest import read_article, read_articles

    settings = Settings(max_input_bytes=case.max_input_bytes) if case.max_input_bytes else Settings()
    spec = case.file
    path = write_file(folder, spec)
    expect = spec.expect if not case.max_input_bytes or spec.expect == "refuse" else None
    entry = "read_articles" if case.batch else "read_article"
    try:
        if case.batch:
            items = list(read_articles([path], settings))
        else:
            items = [read_article(path, settings)]
    except InputError as error:
        if case.batch:
            return Outcome(entry, "violation", f"read_articles raised instead of yielding: {error}")
        problem = judge_error(error, spec.token, expect, entry)
        return Outcome(entry, "violation", problem) if problem else Outcome(entry, "refused")
    except Exception as error:  # noqa: BLE001
        return Outcome(entry, "crash", where_raised(error))
    expects = list(spec.expects) if spec.kind == "jsonl" and not case.max_input_bytes else []
    if expects and len(items) != len(expects):
        return Outcome(entry, "violation", f"{len(expects)} lines gave {len(items)} items")
    refused = 0
    for n, item in enumerate(items):
        line_expect = expects[n] if expects else expect
        if isinstance(item, InputError):
            refused += 1
            problem = judge_error(item, spec.token, line_expect, entry)
        else:
            problem = judge_article(item, settings.languages, line_expect, entry)
        if problem:
            return Outcome(entry, "violation", problem)
    if spec.kind == "jsonl" and not items and spec.exists:
        return Outcome(entry, "violation", "an empty JSONL batch gave nothing, not even an error naming it")
    return Outcome(entry, "refused" if refused == len(items) else "ok")


# --- the command line -----------------------------------------------------------------------

@dataclass
class CliResult:
    status: int
    stdout: str
    stderr: str
    error: BaseException | None = None

    def lines(self) -> list[str]:
        return [line for line in self.stderr.split("\n") if line.strip()]


class _Kept(io.BytesIO):
    """A byte buffer that outlives the text stream wrapped around it."""

    def close(self) -> None:
        pass


def run_cli(args: list[str], env: dict[str, str] | None = None) -> CliResult:
    """``riwaya ARGS`` through riwaya.cli.main, in this process, with the streams a real
    process has: stdout strict UTF-8, stderr with backslash escapes. An exception that leaves
    main() is what a real process would print as a traceback."""
    from riwaya.cli import main

    stdout, stderr = _Kept(), _Kept()
    saved = sys.argv, sys.stdout, sys.stderr, sys.stdin
    saved_env = {key: os.environ.get(key) for key in (env or {})}
    root = logging.getLogger()
    saved_handlers, saved_level = root.handlers[:], root.level
    error = None
    status = 0
    sys.argv = ["riwaya", *args]
    sys.stdout = io.TextIOWrapper(stdout, encoding="utf-8", errors="strict", write_through=True)
    sys.stderr = io.TextIOWrapper(stderr, encoding="utf-8", errors="backslashreplace", write_through=True)
    sys.stdin = io.TextIOWrapper(io.BytesIO(b""), encoding="utf-8")
    root.handlers = []  # main() configures logging to this run's stderr, as in a new process
    os.environ.update(env or {})
    try:
        main()
    except SystemExit as done:
        code = done.code
        status = 0 if code is None else code if isinstance(code, int) else 1
    except BaseException as raised:  # noqa: BLE001 - a real process would print a traceback
        error, status = raised, 1
    finally:
        with contextlib.suppress(Exception):
            sys.stdout.flush()
            sys.stderr.flush()
        sys.argv, sys.stdout, sys.stderr, sys.stdin = saved
        root.handlers, root.level = saved_handlers, saved_level
        for key, value in saved_env.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return CliResult(status, stdout.getvalue().decode("utf-8", "replace"),
                     stderr.getvalue().decode("utf-8", "replace"), error)


def judge_cli(entry: str, result: CliResult) -> Outcome | None:
    """The contract every command keeps whatever its input: None when it holds."""
    if result.error is not None:
        return Outcome(entry, "traceback", where_raised(result.error))
    if "Traceback (most recent call last)" in result.stderr + result.stdout:
        last = result.lines()[-1:]
        return Outcome(entry, "traceback", f"printed a traceback: {last}")
    if result.status not in (0, 2):
        return Outcome(entry, "violation", f"exit status {result.status}: {result.lines()[-3:]}")
    stray = [line for line in result.lines() if not line.startswith(STDERR_PREFIXES)]
    if stray:
        return Outcome(entry, "violation", f"stderr line not riwaya's own: {stray[0]!r:.200}")
    if result.status == 2 and not any(line.startswith(("riwaya:", "Error:")) for line in result.lines()):
        return Outcome(entry, "violation", f"exit status 2 without a line saying why: {result.stderr!r:.200}")
    return None


def named(result: CliResult, token: str) -> bool:
    return any(token in line for line in result.lines() if line.startswith(("riwaya:", "Error:")))


def settings_env(folder: Path, spec: SettingsSpec | None) -> tuple[dict[str, str], str]:
    """$RIWAYA_SETTINGS for a run (a file that is not there when the case has none)."""
    path = folder / "riwaya-settings.toml"
    if spec is not None:
        path.write_bytes(spec.data)
    return {"RIWAYA_SETTINGS": str(path), "XDG_DATA_HOME": str(folder / "xdg-data")}, "riwaya-settings"


def analysed_texts(stdout: str) -> list[str] | str:
    """The article texts in `riwaya analyze` output, or why the output is not one JSON report a line."""
    texts = []
    for line in stdout.split("\n"):  # JSON Lines: a U+2028 inside a string is no line break
        if not line.strip():
            continue
        try:
            report = json.loads(line)
            texts += [article["text"] for article in report["articles"]]
        except (ValueError, KeyError, TypeError) as error:
            return f"output line is not a report ({error}): {line!r:.120}"
    return texts


def read_as_raw(texts: list[str]) -> str | None:
    """A text that is a feed, page or JSON record read as plain text."""
    for text in texts:
        head = text.lstrip().lower()
        if head.startswith(RAW_FORMATS) or "<item>" in head or (head.startswith("{") and '"text"' in head):
            return text
    return None


def run_analyze(case: AnalyzeCase, folder: Path) -> Outcome:
    entry = "cli analyze" if case.skip else "cli analyze (full)"
    env, settings_token = settings_env(folder, case.settings)
    paths = [write_file(folder, spec) for spec in case.files]
    options = []
    if case.jsonl:
        options += ["--jsonl", write_file(folder, case.jsonl)]
    for stage in case.skip:
        options += ["--skip", stage]
    if case.published:
        options += ["--published", case.published]
    out_token = None
    if case.output:
        out, out_token = output_path(folder, case.output)
        options += ["-o", out]
    args = ["analyze", *options, "--", *paths] if case.files else ["analyze", *options]
    result = run_cli(args, env)
    broken = judge_cli(entry, result)
    if broken:
        return broken
    usage_error = case.skip not in VALID_SKIPS or (case.published and case.published != "2021-03-09")
    if usage_error:
        if result.status != 2:
            return Outcome(entry, "violation", f"bad --skip/--published {case.skip} {case.published} "
                                               f"gave status {result.status}")
        return Outcome(entry, "refused")
    if case.settings is not None and case.settings.bad:
        if result.status != 2 or not named(result, settings_token):
            return Outcome(entry, "violation", f"bad settings {case.settings.data!r} not refused naming the file: "
                                               f"status {result.status}, {result.lines()[:2]}")
        return Outcome(entry, "refused")
    if case.settings is not None and case.settings.data.strip() and not case.settings.data.startswith(b"#"):
        # good settings that change what is read (one language, a smaller sample): the contract only
        return Outcome(entry, "refused" if result.status == 2 else "ok")
    if bad_output(case.output):
        if result.status != 2 or not named(result, out_token):
            return Outcome(entry, "violation", f"-o {case.output.how} not refused naming it: status {result.status}, "
                                               f"{result.lines()[:2]}")
        return Outcome(entry, "refused")
    stdout = result.stdout
    if case.output:
        out_file = Path(output_path(folder, case.output)[0])
        stdout = out_file.read_text(encoding="utf-8", errors="replace") if out_file.is_file() else ""
    texts = analysed_texts(stdout)
    if isinstance(texts, str):
        return Outcome(entry, "violation", texts)
    raw = read_as_raw(texts)
    if raw is not None:
        return Outcome(entry, "violation", f"a feed, page or JSON record analysed as plain text: {raw!r:.100}")
    for text in texts:
        if not has_letter(text):
            return Outcome(entry, "violation", f"analysed a text with no letters: {text!r:.80}")
    refused = 0
    for spec in case.files:
        if spec.expect == "refuse" or spec.kind == "jsonl" and "refuse" in spec.expects:
            refused += 1
            if not named(result, spec.token):
                return Outcome(entry, "violation", f"bad input {spec.kind} {spec.name!r:.60} not named: {result.lines()[:3]}")
        if spec.expect == "refuse" and result.status != 2 and not case.jsonl:
            return Outcome(entry, "violation", f"bad input {spec.kind} {spec.name!r:.60} but exit status {result.status}")
    for spec in [*case.files, *([case.jsonl] if case.jsonl else [])]:
        for marker in spec.markers:
            if not any(marker in text for text in texts):
                return Outcome(entry, "violation", f"good article {marker} of {spec.name!r:.40} not analysed: "
                                                   f"{result.lines()[:3]}")
    if case.jsonl:
        for n, expect in enumerate(case.jsonl.expects):
            if expect == "refuse":
                refused += 1
                if not named(result, f"j1.jsonl:{n + 1}"):
                    return Outcome(entry, "violation", f"bad JSONL line {n + 1} not named: {result.lines()[:3]}")
        if not case.jsonl.expects and not named(result, "j1.jsonl"):
            return Outcome(entry, "violation", f"an empty --jsonl batch not reported: {result.lines()[:3]}")
    return Outcome(entry, "refused" if result.status == 2 or refused else "ok")


def run_compare(case: CompareCase, folder: Path) -> Outcome:
    entry = "cli compare"
    env, _ = settings_env(folder, None)
    paths = [write_file(folder, spec) for spec in case.files]
    options = []
    tokens = []
    for spec in case.outputs:
        out, token = output_path(folder, spec)
        options += ["-o", out]
        tokens.append(token)
    if case.fmt:
        options += ["--format", case.fmt]
    if case.published:
        options += ["--published", case.published]
    result = run_cli(["compare", *options, "--", *paths], env)
    broken = judge_cli(entry, result)
    if broken:
        return broken
    if case.published and case.published != "2020-11-17":
        return Outcome(entry, "refused") if result.status == 2 else Outcome(
            entry, "violation", f"--published {case.published} gave status {result.status}")
    bad = [spec for spec in case.files if spec.expect == "refuse"]
    # compare stops at the first input it cannot read (or the first output it cannot write)
    named_tokens = [spec.token for spec in case.files] + [t for o, t in zip(case.outputs, tokens) if bad_output(o)]
    if bad:
        if result.status != 2 or not any(named(result, token) for token in named_tokens):
            return Outcome(entry, "violation", f"bad inputs {[s.name for s in bad]} not refused naming one: "
                                               f"status {result.status}, {result.lines()[:2]}")
        return Outcome(entry, "refused")
    if result.status == 2:
        if not any(named(result, spec.token) for spec in case.files) and not any(
                named(result, token) for token in tokens):
            return Outcome(entry, "violation", f"status 2 naming no input or output: {result.lines()[:2]}")
        return Outcome(entry, "refused")
    if all(spec.expect == "accept" for spec in case.files):
        bad_outputs = [token for spec, token in zip(case.outputs, tokens) if bad_output(spec)]
        if bad_outputs:
            return Outcome(entry, "violation", f"-o into {bad_outputs[0]} gave status 0")
    return Outcome(entry, "ok")


def stored_texts(db: str) -> list[str]:
    """Every article text a store holds."""
    from sqlalchemy import select

    from riwaya.store import open_store
    from riwaya.store.schema import articles

    with open_store(db, embed_titles=None) as store, store.engine.connect() as connection:
        return [row[0] for row in connection.execute(select(articles.c.text))]


def run_ingest(case: IngestCase, folder: Path) -> Outcome:
    entry = "cli ingest"
    env, _ = settings_env(folder, None)
    source = folder / "in"
    source.mkdir()
    for spec in (*case.good, *case.poisoned):
        write_file(source, spec)
    db = str(folder / "store.db")
    args = ["ingest", str(source), "--db", db] + (["--published", case.published] if case.published else [])
    result = run_cli(args, env)
    broken = judge_cli(entry, result)
    if broken:
        return broken
    for spec in case.poisoned:
        must_name = spec.expect == "refuse" or (spec.kind == "jsonl" and "refuse" in spec.expects)
        if must_name and not named(result, spec.token):
            return Outcome(entry, "violation", f"bad input {spec.kind} {spec.name!r:.60} not reported: "
                                               f"{result.lines()[-2:]}")
    try:
        texts = stored_texts(db)
    except Exception as error:  # noqa: BLE001
        return Outcome(entry, "violation", f"the store cannot be read after the ingest: {where_raised(error)}")
    for spec in (*case.good, *case.poisoned):
        for marker in spec.markers:
            if not any(marker in text for text in texts):
                return Outcome(entry, "violation", f"good article {marker} of {spec.name!r:.40} not stored "
                                                   f"({len(texts)} stored): {result.lines()[-2:]}")
    return Outcome(entry, "refused" if any(line.startswith("riwaya: ") and "[E" in line for line in result.lines())
                   else "ok")


# --- stores ---------------------------------------------------------------------------------

GOOD_ARTICLES = [
    "انهيار جسر المشاة في حي الزيتون\n\nدمشق - (وكالة النهار) - انهار جسر للمشاة في حي الزيتون صباح الأحد، "
    "وقال المتحدث باسم المحافظة إن 3 أشخاص أصيبوا بجروح طفيفة، فيما أغلقت الشرطة الطريق.",
    "إصابة ثلاثة أشخاص بانهيار جسر في حي الزيتون\n\nشبكة الساحل/ أصيب ثلاثة أشخاص بانهيار جسر للمشاة في حي "
    "الزيتون يوم الأحد، بحسب مصادر محلية، ولم تؤكد المحافظة عدد المصابين.",
    "افتتاح حديقة عامة في البلدة\n\nافتتح المجلس البلدي حديقة عامة بكلفة مليوني دينار، وقال رئيس المجلس "
    "إن الحديقة تضم ملعباً للأطفال ومكتبة صغيرة.",
]


@cache
def template_store() -> Path:
    """A store file holding a small story (built once per process), to copy and to damage."""
    from riwaya.ingest import build_article
    from riwaya.store import open_store

    folder = Path(tempfile.mkdtemp(prefix="riwaya-fuzz-store-"))
    _cleanup(folder)
    path = folder / "template.db"
    articles = [build_article(text, f"good{n}", Settings(), title_in_text=True, published=date(2021, 3, 14))
                for n, text in enumerate(GOOD_ARTICLES)]
    with open_store(str(path), embed_titles=None) as store:
        store.ingest(articles)
        with store.engine.connect() as connection:  # fold the WAL into the file
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def _cleanup(folder: Path) -> None:
    import atexit

    atexit.register(shutil.rmtree, folder, True)


def foreign_sqlite(path: Path) -> None:
    """Another program's SQLite database."""
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    connection.execute("INSERT INTO notes (body) VALUES ('ملاحظة'), ('note')")
    connection.commit()
    connection.close()


def prepare_db(kind: str, folder: Path, number: int) -> tuple[str, str, bool]:
    """(--db value, token a line about it must show, whether riwaya must refuse it)."""
    path = folder / f"db-{kind}.db"
    if kind == "fresh":
        return str(path), "db-fresh", False
    if kind in ("filled", "wal-junk"):
        shutil.copy(template_store(), path)
        if kind == "wal-junk":
            Path(f"{path}-wal").write_bytes(b"junk" * 100)
        return str(path), f"db-{kind}", False
    if kind == "text-file":
        path.write_text("هذا ملف نصي وليس قاعدة بيانات\n" * 20, encoding="utf-8")
        return str(path), "db-text-file", True
    if kind == "random-bytes":
        path.write_bytes(hashlib.sha256(str(number).encode()).digest() * 200)
        return str(path), "db-random-bytes", True
    if kind == "truncated":
        data = template_store().read_bytes()
        cut = 100 + abs(number) % max(1, len(data) - 100)
        path.write_bytes(data[:cut])
        return str(path), "db-truncated", False
    if kind == "foreign-sqlite":
        foreign_sqlite(path)
        return str(path), "db-foreign-sqlite", True
    if kind == "folder":
        path.mkdir()
        return str(path), "db-folder", True
    if kind == "missing-folder":
        return str(folder / "db-missing" / "deeper" / "store.db"), "db-missing", False
    if kind == "empty-file":
        path.write_bytes(b"")
        return str(path), "db-empty-file", False
    urls = ["nosuch://x/y", "mysql://u@localhost/db", "postgresql://nobody@127.0.0.1:1/none", "sqlite://",
            "sqlite:///" + str(folder / "db-url" / "x.db"), ":memory:", "http://example.invalid/x"]
    url = urls[abs(number) % len(urls)]
    return url, url.split("://")[0] if "://" in url else url, url.split("://")[0] in ("nosuch", "mysql", "postgresql", "http")


def run_store(case: StoreCase, folder: Path) -> Outcome:
    entry = f"cli {case.command.split('-')[0]} --db"
    env, _ = settings_env(folder, None)
    db, token, hostile = prepare_db(case.db, folder, case.number)
    before = Path(db).read_bytes() if case.db == "foreign-sqlite" else None
    if case.command == "story":
        args = ["story", "--db", db, "--", str(case.number)]
    elif case.command == "story-o":
        args = ["story", "--db", db, "-o", str(folder / "story.html"), "--", str(case.number)]
    elif case.command == "stories":
        args = ["stories", "--db", db, f"--limit={case.number}"]
    else:
        good = folder / "good.txt"
        good.write_text(GOOD_ARTICLES[abs(case.number) % 3] + f" (رقم {case.number})", encoding="utf-8")
        args = ["ingest", str(good), "--db", db]
    result = run_cli(args, env)
    broken = judge_cli(entry, result)
    if broken:
        return broken
    if before is not None and Path(db).read_bytes() != before:
        return Outcome(entry, "violation", "another program's SQLite file was changed")
    if before is not None and any(Path(f"{db}{suffix}").exists() for suffix in ("-wal", "-shm")):
        return Outcome(entry, "violation", "another program's SQLite file got -wal/-shm files beside it")
    # an id or a limit out of range may be refused before the store is opened
    number_first = case.command != "ingest" and result.status == 2 and any(
        line.startswith("Error:") and str(case.number) in line for line in result.lines())
    if hostile and not number_first:
        if result.status != 2 or not named(result, token):
            return Outcome(entry, "violation", f"--db {case.db} not refused naming it: status {result.status}, "
                                               f"{result.lines()[:2]}")
        return Outcome(entry, "refused")
    if case.command.startswith("story") and case.db not in ("filled", "wal-junk", "truncated"):
        if result.status != 2:
            return Outcome(entry, "violation", f"story {case.number} in an empty store gave status {result.status}")
    if case.command.startswith("story") and not 1 <= case.number <= 3 and result.status != 2:
        return Outcome(entry, "violation", f"story {case.number} gave status {result.status}")
    if case.command.startswith("story") and result.status == 2 and not named(result, str(case.number)) \
            and not named(result, token) and not named(result, "story"):
        return Outcome(entry, "violation", f"story {case.number} refused without naming it: {result.lines()[:2]}")
    return Outcome(entry, "refused" if result.status == 2 else "ok")


def run_settings(case: SettingsCase, folder: Path) -> Outcome:
    entry = "cli $RIWAYA_SETTINGS"
    env, token = settings_env(folder, case.settings)
    good = folder / "good.txt"
    good.write_text(GOOD_ARTICLES[0], encoding="utf-8")
    args = {"analyze": ["analyze", "--skip", "quotes", "--skip", "entities", str(good)],
            "compare": ["compare", str(good), "-o", str(folder / "r.md")],
            "ingest": ["ingest", str(good), "--db", str(folder / "s.db")],
            "stories": ["stories", "--db", str(folder / "s.db")]}[case.command]
    result = run_cli(args, env)
    broken = judge_cli(entry, result)
    if broken:
        return broken
    if case.settings.bad and case.command != "stories":
        if result.status != 2 or not named(result, token):
            return Outcome(entry, "violation", f"bad settings {case.settings.data!r:.60} not refused naming the file "
                                               f"({case.command}): status {result.status}, {result.lines()[:2]}")
        return Outcome(entry, "refused")
    return Outcome(entry, "refused" if result.status == 2 else "ok")


# --- the web --------------------------------------------------------------------------------

class _Errors(logging.Handler):
    """Keeps what the app logs about a request that failed."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@cache
def web_client():
    """A TestClient over an app on a copy of the template store (built once per process)."""
    from starlette.testclient import TestClient

    from riwaya.store import open_store
    from riwaya.web import create_app

    folder = Path(tempfile.mkdtemp(prefix="riwaya-fuzz-web-"))
    _cleanup(folder)
    shutil.copy(template_store(), folder / "web.db")
    store = open_store(str(folder / "web.db"))
    errors = _Errors()
    logging.getLogger("riwaya.web").addHandler(errors)
    client = TestClient(create_app(store, Settings()), raise_server_exceptions=False)
    return client, errors


def encode_query(params) -> str:
    return "&".join(f"{quote(k)}={quote(v.encode('utf-8', 'surrogatepass'), safe='')}" for k, v in params)


def encode_path(path: str) -> str:
    return quote(path.encode("utf-8", "surrogatepass"), safe="/%")


def multipart(form, files) -> tuple[bytes, str]:
    """A multipart/form-data body built by hand: field values and file names as a hostile client
    sends them, lone surrogates as their (invalid) UTF-8 bytes."""
    boundary = "fuzz-boundary-7c1e"
    parts = []
    for name, value in form:
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
                     + value.encode("utf-8", "surrogatepass") + b"\r\n")
    for filename, data in files:
        quoted = filename.replace('"', "%22").encode("utf-8", "surrogatepass")
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="'.encode() + quoted
                     + b'"\r\nContent-Type: application/octet-stream\r\n\r\n' + data + b"\r\n")
    return b"".join(parts) + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def send(request: Request):
    client, errors = web_client()
    url = encode_path(request.path)
    if request.params:
        url += "?" + encode_query(request.params)
    headers = {}
    body = request.body
    if request.form or request.files:
        body, headers["content-type"] = multipart(request.form, request.files)
    elif request.content_type:
        headers["content-type"] = request.content_type
    errors.records.clear()
    return client.request(request.method, url, content=body, headers=headers), errors


def run_web(request: Request) -> Outcome:
    entry = "api" if request.path.startswith("/api/") else "pages"
    entry += f" {request.method} {_route(request.path)}"
    try:
        response, errors = send(request)
    except Exception as error:  # noqa: BLE001 - the test client itself raised: the app broke the protocol
        return Outcome(entry, "5xx", f"the request failed: {where_raised(error)}")
    if response.status_code >= 500:
        logged = [r for r in errors.records if r.exc_info]
        cause = where_raised(logged[-1].exc_info[1]) if logged else response.text[:200]
        return Outcome(entry, "5xx", f"{response.status_code}: {cause}")
    if request.path.startswith("/api/") and response.status_code >= 400:
        try:
            message = response.json()["error"]["message"]
        except (ValueError, KeyError, TypeError):
            return Outcome(entry, "violation", f"{response.status_code} without a JSON error: {response.text[:150]!r}")
        if not message:
            return Outcome(entry, "violation", f"{response.status_code} with an empty message")
    if request.expect_ok:
        if response.status_code != 200:
            return Outcome(entry, "violation", f"ingest of known articles answered {response.status_code}: "
                                               f"{response.text[:200]}")
        summary = response.json()
        for n in request.refused:
            if not any(line.startswith(f"articles[{n}]") for line in summary["bad"]):
                return Outcome(entry, "violation", f"articles[{n}] must be refused and named under bad: {summary}")
        stored = summary["added"] + summary["updated"] + summary["duplicates"]
        if stored != request.good_count:
            return Outcome(entry, "violation", f"{request.good_count} good articles, {stored} stored: {summary['bad']}")
    return Outcome(entry, "ok" if response.status_code < 400 else "refused")


def _route(path: str) -> str:
    """The route a path goes to, for counting: ids left out."""
    parts = path.split("/")
    if path.startswith("/api/stories/"):
        return "/api/stories/{id}" + ("/report" if path.endswith("/report") else "")
    if path.startswith("/api/articles/"):
        return "/api/articles/{id}"
    if path.startswith("/stories/"):
        return "/stories/{id}"
    if path.startswith("/static/"):
        return "/static/{name}"
    if path.startswith("/api/") and path not in ("/api/stories", "/api/compare", "/api/ingest"):
        return "/api/{other}"
    return "/".join(parts)


@contextlib.contextmanager
def workspace():
    """A fresh folder for one case."""
    folder = Path(tempfile.mkdtemp(prefix="riwaya-fuzz-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
