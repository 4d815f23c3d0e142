"""One input of each hostile class the team found, as cases of the fuzz strategies: every run of
the fuzz tests (test_known.py) and of eval/fuzz.py tries them, whatever it generates."""

from __future__ import annotations

from fuzz.strategies import (
    FOREIGN_TEXTS,
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
    dumps,
)

GOOD = ("وصول قافلة مساعدات إلى البلدة\n\nشبكة الساحل/ وصلت قافلة تضم 12 شاحنة إلى البلدة صباح السبت، "
        "بحسب مسؤول محلي في المجلس البلدي. (رقم 101)")
GOOD_2 = ("مغادرة القافلة البلدة\n\nغادرت القافلة البلدة مساء الأحد بعد توزيع المساعدات على نحو 300 عائلة، "
          "وقال المسؤول إن قافلة أخرى ستصل الأسبوع المقبل. (رقم 102)")
SUPERSCRIPT = ("خسائر السيول في البلدة\n\nقال المتحدث باسم البلدية إن الخسائر بلغت 10⁹ دينار، وإن 10² منزلاً "
               "تضررت يوم الأحد، بحسب مصادر محلية. (رقم 103)")
SUPERSCRIPT_2 = ("السيول تضرب البلدة\n\nأفادت مصادر محلية بأن الخسائر بلغت 10⁹ دينار وأن ١٠² منزلاً تضررت يوم الأحد "
                 "الماضي. (رقم 104)")
TATWEEL = "ـــــ"
RUSSIAN = FOREIGN_TEXTS["ru"][0]
RSS_SURROGATE = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>أخبار</title>'
                 "<item><title>وصول قافلة&#xD800;</title><description>وصلت قافلة مساعدات تضم 12 شاحنة إلى "
                 "البلدة&#xD800; صباح السبت.</description></item></channel></rss>").encode()
JSONL_SURROGATE = b'{"id": "s1", "text": "\\ud800 ' + GOOD.encode("unicode_escape").replace(b'"', b'\\"') \
    + b'", "title": "\\ud800"}\n'
DEEP = b"[" * 5_000 + b"]" * 5_000 + b"\n"
HUGE_INT = b'{"id": 1' + b"0" * 5_000 + b', "text": "\\u0648\\u0635\\u0644"}\n'
HUGE_INT_TEXT = b'{"id": "h", "text": 1' + b"0" * 5_000 + b"}\n"


def marked(token: str, name: bytes, text: str, encoding: str = "utf-8") -> FileSpec:
    from fuzz.strategies import marker_of

    return FileSpec(token, name, text.encode(encoding), "accept", expects=("accept",), kind="good",
                    markers=(marker_of(text),))


READER_CASES = [
    ReaderCase(FileSpec("r1", b"r1.rss", RSS_SURROGATE, None, kind="feed"), batch=True),
    ReaderCase(FileSpec("r1", b"r1.jsonl", JSONL_SURROGATE, None, expects=(None,), kind="jsonl"), batch=True),
    ReaderCase(FileSpec("r1", b"r1.jsonl", DEEP + HUGE_INT_TEXT + HUGE_INT, None, expects=("refuse", "refuse", None),
                        kind="jsonl"), batch=True),
    ReaderCase(FileSpec("r1", b"r1.jsonl", b"", None, kind="jsonl"), batch=True),
    ReaderCase(marked("r1", b"r1-caf\xe9.txt", GOOD), batch=False),
    ReaderCase(FileSpec("r1", ("r1-" + "خ" * 200 + ".txt").encode(), b"", "refuse", exists=False,
                        kind="long-name"), batch=False),
    ReaderCase(FileSpec("r1", b"r1.txt", RUSSIAN.encode("koi8_r"), "refuse", expects=("refuse",), kind="foreign"),
               batch=False),
    ReaderCase(FileSpec("r1", b"r1.txt", FOREIGN_TEXTS["el"][0].encode("iso8859_7"), "refuse", expects=("refuse",),
                        kind="foreign"), batch=False),
    ReaderCase(FileSpec("r1", b"r1.txt", TATWEEL.encode(), "refuse", expects=("refuse",), kind="tatweel"), batch=False),
]

BUILD_CASES = [
    BuildCase(TATWEEL, None, None, False, "refuse"),
    BuildCase(GOOD, None, "2021-03-14T25:00", True, "accept"),
    BuildCase(GOOD, None, "2021-03-14junk", False, "accept"),
    BuildCase(GOOD, "\ud800", None, False, "accept"),
    BuildCase("\ud800" + GOOD, None, None, True, None),
    BuildCase(FOREIGN_TEXTS["he"][0], None, None, True, "refuse"),
    BuildCase(FOREIGN_TEXTS["ja"][0], None, None, False, "refuse"),
]

ANALYZE_CASES = [
    AnalyzeCase((), FileSpec("j1", b"j1.jsonl", JSONL_SURROGATE, None, expects=(None,), kind="jsonl"),
                ("quotes", "entities"), None, None),
    AnalyzeCase((FileSpec("f0", b"f0.rss", RSS_SURROGATE, None, kind="feed"),), None, ("quotes", "entities"),
                None, None),
    AnalyzeCase((marked("f0", b"f0.txt", GOOD),), None, ("quotes", "entities"), None, OutputSpec("missing-folder")),
    AnalyzeCase((marked("f0", b"f0.txt", GOOD),), None, ("quotes", "entities"), None, OutputSpec("folder")),
    AnalyzeCase((marked("f0", b"f0-caf\xe9.txt", GOOD),), None, ("quotes", "entities"), None, None),
    AnalyzeCase((FileSpec("f0", b"f0.txt", RUSSIAN.encode("koi8_r"), "refuse", expects=("refuse",), kind="foreign"),),
                None, ("quotes", "entities"), None, None),
    AnalyzeCase((FileSpec("f0", b"f0.jsonl", DEEP + HUGE_INT_TEXT, None, expects=("refuse", "refuse"), kind="jsonl"),),
                None, ("quotes", "entities"), None, None),
    AnalyzeCase((marked("f0", b"f0.txt", GOOD),), None, ("quotes", "entities"), None, None,
                SettingsSpec(b'languages = "ar"', True)),
]
FULL_ANALYZE_CASES = [
    AnalyzeCase((marked("f0", b"f0.txt", SUPERSCRIPT), marked("f1", b"f1.txt", SUPERSCRIPT_2)), None, (),
                "2021-03-09", None),
]
COMPARE_CASES = [
    CompareCase((marked("c0", b"c0.txt", SUPERSCRIPT), marked("c1", b"c1.txt", SUPERSCRIPT_2)),
                (OutputSpec("file", ".html"),), None, "2020-11-17"),
    CompareCase((marked("c0", b"c0.txt", GOOD), marked("c1", b"c1.txt", GOOD_2)), (OutputSpec("missing-folder", ".html"),),
                None, None),
    CompareCase((marked("c0", b"c0.txt", GOOD), marked("c1", b"c1.txt", GOOD_2)), (OutputSpec("folder", ".json"),),
                None, None),
]
INGEST_CASES = [
    IngestCase((marked("g0", b"g0.txt", GOOD), marked("g1", b"g1-caf\xe9.txt", GOOD_2)),
               (FileSpec("p0", b"p0.jsonl", b"", "refuse", kind="empty-jsonl"),
                FileSpec("p1", b"p1.rss", RSS_SURROGATE, None, kind="feed"),
                FileSpec("p2", b"p2.jsonl", JSONL_SURROGATE + DEEP + HUGE_INT_TEXT, None,
                         expects=(None, "refuse", "refuse"), kind="jsonl"),
                FileSpec("p3", b"p3.txt", RUSSIAN.encode("koi8_r"), "refuse", expects=("refuse",), kind="foreign"),
                FileSpec("p4", b"p4.txt", TATWEEL.encode(), "refuse", expects=("refuse",), kind="tatweel")),
               None),
]
STORE_CASES = [StoreCase(db, "story", 1) for db in ("text-file", "random-bytes", "truncated", "foreign-sqlite",
                                                    "folder", "empty-file")] + [
    StoreCase("filled", "story", 2**63), StoreCase("filled", "story", -(2**63) - 1),
    StoreCase("filled", "stories", 2**63), StoreCase("foreign-sqlite", "ingest", 1),
    StoreCase("truncated", "ingest", 5_000),
]
SETTINGS_CASES = [SettingsCase(SettingsSpec(data, True), command) for data, command in (
    (b'max_input_bytes = "ten"', "analyze"), (b"max_input_bytes = -5", "ingest"), (b'languages = "ar"', "compare"),
    (b"language_sample_chars = -1", "analyze"), (b"languages = [1, 2]", "analyze"))]

API_REQUESTS = [
    Request("GET", "/api/stories/9223372036854775808"),
    Request("GET", "/api/stories/9223372036854775808/report"),
    Request("GET", "/api/articles/18446744073709551616"),
    Request("GET", "/api/stories", (("offset", "9223372036854775808"),)),
    Request("GET", "/api/stories", (("limit", "5"), ("offset", "-1"))),
    Request("POST", "/api/compare", body=dumps({"articles": [{"text": "\ud800" + GOOD}, {"text": GOOD_2,
                                                                                       "title": "\ud800"}]}),
            content_type="application/json"),
    Request("POST", "/api/compare", body=b'{"articles": ' + DEEP.strip() + b"}", content_type="application/json"),
    Request("POST", "/api/ingest", body=b'{"articles": [{"text": ' + b"1" * 5_000 + b"}]}",
            content_type="application/json"),
    Request("POST", "/api/ingest", body=dumps({"articles": [{"text": GOOD}, {"text": TATWEEL},
                                                            {"text": GOOD_2, "published": "2021-03-14T25:00"},
                                                            {"text": RUSSIAN}]}),
            content_type="application/json", expect_ok=True, good_count=1, refused=(1, 2, 3)),
]
API_COMPARE_REQUESTS = [
    Request("POST", "/api/compare", body=dumps({"articles": [{"text": SUPERSCRIPT}, {"text": SUPERSCRIPT_2}]}),
            content_type="application/json"),
]
PAGE_REQUESTS = [
    Request("GET", "/stories/9223372036854775808"),
    Request("GET", "/", (("page", "99999999999999999999"),)),
    Request("POST", "/compare", form=(("text", "\ud800" + GOOD), ("text", TATWEEL), ("published", "2021-03-14T25:00"))),
    Request("POST", "/compare", form=(("text", GOOD),), files=(("u\ud800.txt", RUSSIAN.encode("koi8_r")),)),
]
PAGE_COMPARE_REQUESTS = [
    Request("POST", "/compare", form=(("text", SUPERSCRIPT), ("published", "2021-03-09")),
            files=(("خبر.txt", SUPERSCRIPT_2.encode("cp1256", "replace")),)),
]


KNOWN = {
    "build_article": BUILD_CASES, "readers": READER_CASES, "cli analyze": ANALYZE_CASES,
    "cli analyze (full)": FULL_ANALYZE_CASES, "cli compare": COMPARE_CASES, "cli ingest": INGEST_CASES,
    "cli --db": STORE_CASES, "cli $RIWAYA_SETTINGS": SETTINGS_CASES, "api": API_REQUESTS,
    "api compare": API_COMPARE_REQUESTS, "pages": PAGE_REQUESTS, "pages compare": PAGE_COMPARE_REQUESTS,
}
"""The known cases by the entry point names of eval/fuzz.py."""
