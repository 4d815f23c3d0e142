"""Hostile inputs for every entry point, as Hypothesis strategies: texts that mix Arabic
phrases written for this suite with lone surrogates, superscript digits, tatweel, control and
format characters; bytes in many encodings; broken, deeply nested and huge-integer JSON; bad
dates; odd file names; bad settings; hostile stores. Shared by tests/fuzz and eval/fuzz.py.

Each case is plain data (what to write, where, what to run) with the contract's expectation
where it is known: ``expect`` is "accept" (riwaya must read it), "refuse" (it must refuse it
with one line naming it) or None (either, as long as the contract holds).
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

# --- the suite's own words ------------------------------------------------------------------

ARABIC_PHRASES = [
    "وصل وفد المفاوضين إلى العاصمة صباح الأحد",
    "قال المتحدث باسم الوزارة إن الاجتماع انتهى دون اتفاق",
    "أعلنت الشرطة اعتقال خمسة أشخاص في حي الزيتون",
    "تضرر نحو 40 منزلاً جراء السيول التي ضربت البلدة",
    "بحسب مصادر محلية فإن الطريق ما زال مغلقاً",
    "نفى المحافظ وجود إصابات بين العمال",
    "يوم الخميس الماضي",
    "نزحت أكثر من ٢٥٠ عائلة من القرية",
    "وأضاف أن الفرق الفنية ستعمل ثلاثة أيام متواصلة",
    "في الثالث عشر من آذار 2021",
    "ربما يرتفع عدد الضحايا خلال الساعات المقبلة",
    "«لن نتراجع عن مطالبنا» قال أحد المحتجين",
    "وصلت ألفان وخمسمئة طن من القمح إلى الميناء",
    "منذ ثلاثة أسابيع",
    "أكد الجنرال سمير العلي أن القوات انسحبت",
    "وزعت منظمة الهلال الأزرق مساعدات على الأسر",
    "لم تؤكد الحكومة الخبر حتى الآن",
    "افتتح المجلس البلدي حديقة عامة بكلفة مليوني دينار",
]
ARABIC_DATELINES = ["دمشق - (وكالة النهار) -", "شبكة الساحل/", "عمّان - الرصيف:"]
ENGLISH_PHRASES = [
    "The ministry said the bridge would reopen on Monday",
    "About 40 homes were damaged by the floods last week",
    "Police arrested five people, a spokesman told reporters",
    # the English readers' constructions (analyze/en), whole and broken
    "QAMISHLI, Syria (Rafed) - About 50 vehicles arrived last Saturday",
    "\"The convoy was not attacked,\" said Col. Daniel Whitmore.",
    "An official, who asked not to be named, said dozens of residents fled on Nov. 9",
    "according to , speaking", "said the", "\"\" said", "Abdel al- bin", "$ million 1,2,3 percent",
]
HOSTILE_PIECES = [
    "\ud800", "\udfff", "\udc80abc", "\ud83d", "ـــــ", "ـ" * 40, "10²", "٣²", "2³ ألف", "¹²³",
    "½ مليون", "10⁹ دولار", "\u200f", "\u200b", "\u202e", "\ufeff", "\x00", "\x1b[31m", "&#xD800;",
    "&#0;", "\U0001F600", "ﷺ", "ﻻ", "٫٥", "1e309", "9" * 400, "\u0651\u0651\u0651\u0651", "<script>x</script>",
    "{{ 7*7 }}", "%s%n", "\r", "\t", "\u2028", "\u0085", "١" * 60, "مليار مليار مليار تريليون",
    "99999999999999999999 شخصاً", "٠٫٠٠٠٠١", "-5 قتلى", "عام 99999", "32 آذار 2021",
    "يوم 0 من شهر 13", "سنة ١٤٤٥ هـ", "30 شباط 1445 هـ", "الساعة 25:61", "\u0640\u064b\u0640",
]
# Not Arabic or English: riwaya must refuse these, in whatever encoding they come.
FOREIGN_TEXTS = {
    "ru": ("Вчера в городе открылся новый мост через реку. По словам мэра, строительство заняло "
           "три года и обошлось в два миллиона рублей. Жители довольны, но жалуются на пробки.",
           ["koi8_r", "cp1251", "utf-8"]),
    "el": ("Χθες άνοιξε μια νέα γέφυρα στην πόλη. Σύμφωνα με τον δήμαρχο, η κατασκευή κράτησε "
           "τρία χρόνια. Οι κάτοικοι είναι ικανοποιημένοι, αλλά παραπονιούνται για την κίνηση.",
           ["iso8859_7", "cp1253", "utf-8"]),
    "he": ("אתמול נפתח גשר חדש בעיר. לדברי ראש העיר, הבנייה נמשכה שלוש שנים ועלתה שני מיליון. "
           "התושבים מרוצים אך מתלוננים על הפקקים.", ["cp1255", "iso8859_8", "utf-8"]),
    "zh": ("昨天城市里开通了一座新桥。市长说，建设用了三年时间，花费两百万元。居民们很满意，但抱怨交通拥堵。",
           ["gb18030", "big5", "utf-8"]),
    "ja": ("昨日、市内に新しい橋が開通しました。市長によると、建設には三年かかりました。住民は満足していますが、"
           "渋滞に不満を持っています。", ["shift_jis", "euc_jp", "utf-8"]),
}
BAD_DATES = ["2021-03-14T25:00", "2021-03-14junk", "2021-03-14 and more", "2021-02-30", "14/03/2021",
             "الجمعة", "2021-13-01", "0000-00-00", "2021-03-1", "2021-03-14T10:61:00", "2021-03-14Z",
             "2021-03-14T", "2021-03-14T10:00:00+25:00", "٢٠٢١-٠٣-١٤", "2021-03-14\ud800", "99999-01-01"]
GOOD_DATES = ["2021-03-14", "2021-03-14T10:00:00", "2021-03-14T10:00:00+03:00", "2021-03-14T23:59:59Z"]
SEPARATORS = [" ", "\n", "، ", ". ", "\n\n", "\r\n"]

ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1256", "iso8859_6",
             "utf-32", "latin-1"]


def bounded(examples: int, **more) -> settings:
    """Deterministic, bounded Hypothesis settings: the same inputs on every run, no database."""
    return settings(derandomize=True, max_examples=examples, deadline=None, database=None,
                    suppress_health_check=list(HealthCheck), print_blob=False, **more)


# --- texts ----------------------------------------------------------------------------------

any_characters = st.characters(categories=["L", "M", "N", "P", "S", "Z", "Cc", "Cf", "Cs", "Co"])
random_text = st.text(any_characters, max_size=40)
surrogate = st.characters(categories=["Cs"])


MARKER = re.compile(r"\(رقم \d+\)")


def marker_of(text: str) -> str | None:
    """The «(رقم N)» a good article carries, by which it is found again in an output or a store."""
    found = MARKER.search(text)
    return found.group() if found else None


def arabic_text(min_phrases: int = 3, max_phrases: int = 6) -> st.SearchStrategy[str]:
    """Clean Arabic written for this suite: riwaya must read it."""
    return st.lists(st.sampled_from(ARABIC_PHRASES), min_size=min_phrases, max_size=max_phrases).map(
        lambda phrases: "، ".join(phrases) + ".")


def good_article_text() -> st.SearchStrategy[str]:
    """A plain-text article: a title line, an optional dateline, a body of several phrases."""
    return st.tuples(st.sampled_from(ARABIC_PHRASES), st.sampled_from(["", *ARABIC_DATELINES]),
                     arabic_text(), st.integers(1, 10**6)).map(
        lambda t: f"{t[0]}\n\n{t[1]} {t[2]} (رقم {t[3]})".replace("\n\n ", "\n\n"))


@st.composite
def hostile_text(draw, max_pieces: int = 8) -> str:
    """Arabic phrases, English ones, hostile pieces and random characters (lone surrogates
    included), joined by spaces, newlines and Arabic commas."""
    piece = st.one_of(st.sampled_from(ARABIC_PHRASES), st.sampled_from(HOSTILE_PIECES), random_text,
                      st.sampled_from(ENGLISH_PHRASES), surrogate)
    pieces = draw(st.lists(piece, max_size=max_pieces))
    separator = draw(st.sampled_from(SEPARATORS))
    return separator.join(pieces)


@st.composite
def mostly_arabic_text(draw) -> str:
    """Arabic enough to be read as Arabic, with one or two hostile pieces inside: what makes
    it past the readers into the analysis."""
    phrases = draw(st.lists(st.sampled_from(ARABIC_PHRASES), min_size=2, max_size=4))
    hostile = draw(st.lists(st.one_of(st.sampled_from(HOSTILE_PIECES), surrogate, random_text),
                            min_size=1, max_size=2))
    for piece in hostile:
        phrases.insert(draw(st.integers(0, len(phrases))), piece)
    return draw(st.sampled_from(SEPARATORS)).join(phrases)


def tatweel_only() -> st.SearchStrategy[str]:
    """Nothing but tatweel (and spaces): an empty text to a reader."""
    return st.lists(st.sampled_from(["ـ", "ـــ", " ", "\n", "\u200f"]), min_size=1, max_size=20).map(
        "".join).filter(lambda t: "ـ" in t)


# --- bytes ----------------------------------------------------------------------------------

def encode(text: str, encoding: str) -> bytes:
    """``text`` in ``encoding``; lone surrogates kept as their (invalid) code units where the
    codec can carry them, else replaced."""
    try:
        return text.encode(encoding, "surrogatepass")
    except (UnicodeEncodeError, LookupError):
        return text.encode(encoding, "replace")


@st.composite
def encoded(draw, text: st.SearchStrategy[str]) -> bytes:
    return encode(draw(text), draw(st.sampled_from(ENCODINGS)))


def foreign_text_bytes() -> st.SearchStrategy[tuple[str, str, bytes]]:
    """(language, encoding, bytes) of a foreign news text."""
    return st.sampled_from(sorted(FOREIGN_TEXTS)).flatmap(lambda language: st.tuples(
        st.just(language), st.sampled_from(FOREIGN_TEXTS[language][1]), st.integers(1, 3))).map(
        lambda t: (t[0], t[1], encode("\n".join([FOREIGN_TEXTS[t[0]][0]] * t[2]), t[1])))


raw_bytes = st.one_of(
    st.binary(max_size=300),
    st.binary(min_size=1, max_size=40).map(lambda b: b * 20),
    st.just(b"\x7fELF\x02\x01\x01" + bytes(200)),
    st.just(b"\xff\xfe"), st.just(b"\xef\xbb\xbf"), st.just(b"\xfe\xff\x00"),
    st.just("نص عربي".encode()[:-1]),  # cut inside a character
)


# --- structured files -----------------------------------------------------------------------

def deep_json(depth: int) -> str:
    return "[" * depth + "]" * depth


def huge_int(digits: int) -> str:
    return "1" + "0" * (digits - 1)


def json_string(value: str) -> str:
    """A JSON string literal; lone surrogates come out as \\udxxx escapes, which are valid JSON."""
    return json.dumps(value, ensure_ascii=True)


@st.composite
def jsonl_line(draw, good_text: st.SearchStrategy[str] | None = None) -> tuple[bytes, str | None]:
    """One line of a JSONL batch and what riwaya must do with it."""
    kind = draw(st.sampled_from(["good", "good", "hostile", "broken", "deep", "deep-field", "huge-int",
                                 "array", "wrong-types", "bad-date", "tatweel", "foreign", "bytes",
                                 "surrogate-escape"]))
    ident = json_string(f"id{draw(st.integers(0, 10**6))}")
    if kind == "good":
        text = draw(good_text or good_article_text())
        published = draw(st.sampled_from([None, *GOOD_DATES]))
        record = {"text": text, **({"published": published} if published else {})}
        line = json.dumps({"id": ident[1:-1], **record}, ensure_ascii=draw(st.booleans())).encode()
        return line, "accept", marker_of(text)
    if kind == "hostile":
        text, title = draw(hostile_text()), draw(st.one_of(st.none(), hostile_text(3)))
        return (f'{{"id": {ident}, "text": {json_string(text)}, "title": '
                f'{json_string(title) if title is not None else "null"}}}').encode(), None
    if kind == "surrogate-escape":
        text = draw(mostly_arabic_text())
        return f'{{"id": {ident}, "text": {json_string(text)}, "title": "\\ud800"}}'.encode(), None
    if kind == "broken":
        return draw(st.sampled_from([b"{not json", b'{"text": "x"', b"[1, 2", b'{"text": "\\x"}', b"nul",
                                     b'{"text": NaN}', b'{"text": "a",}', b"\xff\xfe{}"])), "refuse"
    if kind == "deep":
        return deep_json(draw(st.sampled_from([1_000, 5_000, 100_000]))).encode(), "refuse"
    if kind == "deep-field":
        depth = draw(st.sampled_from([1_000, 20_000]))
        return f'{{"id": {ident}, "text": "نص", "extra": {deep_json(depth)}}}'.encode(), None
    if kind == "huge-int":
        digits = draw(st.sampled_from([4_301, 5_000, 50_000]))
        where = draw(st.sampled_from(["id", "text", "published"]))
        if where == "text":
            return f'{{"id": {ident}, "text": {huge_int(digits)}}}'.encode(), "refuse"
        text = json_string(draw(good_article_text()))
        key = ident if where != "id" else huge_int(digits)
        published = f', "published": {huge_int(digits)}' if where == "published" else ""
        return f'{{"id": {key}, "text": {text}{published}}}'.encode(), None
    if kind == "array":
        return draw(st.sampled_from([b"[]", b"42", b'"text"', b"null", b"true"])), "refuse"
    if kind == "wrong-types":
        field_, value = draw(st.sampled_from([("text", "5"), ("text", "[]"), ("text", "null"), ("title", "[1]"),
                                              ("outlet", "{}"), ("url", "7"), ("published", "20210314"),
                                              ("published", "[2021, 3, 14]"), ("published", "true")]))
        base = {"id": ident[1:-1], "text": draw(good_article_text())}
        line = json.dumps(base, ensure_ascii=False)[:-1] + f', "{field_}": {value}}}'
        return line.encode(), "refuse"
    if kind == "bad-date":
        record = {"id": ident[1:-1], "text": draw(good_article_text()), "published": draw(st.sampled_from(BAD_DATES))}
        return json.dumps(record, ensure_ascii=True).encode(), "refuse"
    if kind == "tatweel":
        return json.dumps({"id": ident[1:-1], "text": draw(tatweel_only())}).encode(), "refuse"
    if kind == "foreign":
        language = draw(st.sampled_from(sorted(FOREIGN_TEXTS)))
        return json.dumps({"id": ident[1:-1], "text": FOREIGN_TEXTS[language][0]}, ensure_ascii=False).encode(), "refuse"
    # "bytes": a line that is not UTF-8 text
    return draw(st.one_of(raw_bytes, encoded(hostile_text()))).replace(b"\n", b" "), None


@st.composite
def jsonl_batch(draw, min_lines: int = 0, max_lines: int = 5) -> tuple[bytes, list[str | None], list[str]]:
    """A JSONL file (its bytes), per non-blank line what riwaya must do with it, and the
    markers of the good lines."""
    lines = [line for line in draw(st.lists(jsonl_line(), min_size=min_lines, max_size=max_lines))
             if line[0].strip()]
    blank = draw(st.sampled_from([b"", b"\n", b"  \n"]))
    data = b"\n".join(line[0] for line in lines) + (b"\n" if lines else b"") + blank
    return data, [line[1] for line in lines], [line[2] for line in lines if len(line) > 2 and line[2]]


def xml_text(text: str) -> str:
    """Text escaped for XML, lone surrogates as character references (as a hostile feed has them)."""
    out = []
    for ch in text.replace("&", "&amp;").replace("<", "&lt;"):
        out.append(f"&#x{ord(ch):X};" if 0xD800 <= ord(ch) <= 0xDFFF or ord(ch) < 0x09 else ch)
    return "".join(out)


@st.composite
def feed_document(draw) -> tuple[bytes, str | None]:
    """An RSS or Atom feed: items with good, hostile, empty or foreign text, odd dates, and
    character references such as &#xD800;."""
    atom = draw(st.booleans())
    items = []
    for _ in range(draw(st.integers(0, 3))):
        text = draw(st.one_of(good_article_text(), hostile_text(), mostly_arabic_text(), tatweel_only()))
        title = draw(st.one_of(st.sampled_from(ARABIC_PHRASES), hostile_text(3)))
        date_ = draw(st.sampled_from(["Tue, 09 Mar 2021 08:00:00 GMT", "Tue, 32 Mar 2021 25:00:00 GMT",
                                      "2021-03-14T25:00:00Z", "", "junk", "&#xD800;"]))
        extra = draw(st.sampled_from(["", "&#xD800;", "&#xDFFF;&#xD800;", "&#0;", "&#x110000;", "&amp;#xD800;"]))
        body = xml_text(text) + extra
        if atom:
            items.append(f"<entry><title>{xml_text(title)}</title><updated>{date_}</updated>"
                         f"<content type=\"html\">{body}</content></entry>")
        else:
            items.append(f"<item><title>{xml_text(title)}</title><pubDate>{date_}</pubDate>"
                         f"<description>{body}</description></item>")
    channel = xml_text(draw(st.one_of(st.just("أخبار الساحل"), hostile_text(2))))
    if atom:
        doc = (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
               f"<title>{channel}</title>{''.join(items)}</feed>")
    else:
        doc = (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{channel}</title>'
               f"{''.join(items)}</channel></rss>")
    if draw(st.integers(0, 9)) == 0:
        doc = doc[: draw(st.integers(0, len(doc)))]  # cut short
    return encode(doc, "utf-8"), None


@st.composite
def html_document(draw) -> tuple[bytes, str | None]:
    text = draw(st.one_of(good_article_text(), hostile_text(), mostly_arabic_text()))
    title = draw(st.one_of(st.sampled_from(ARABIC_PHRASES), hostile_text(2)))
    date_ = draw(st.sampled_from(["2021-03-09T10:00:00+03:00", "2021-03-14T25:00", "2021-02-30", "junk", ""]))
    body = "".join(f"<p>{xml_text(line)}</p>" for line in text.split("\n"))
    page = (f"<html><head><title>{xml_text(title)}</title>"
            f'<meta property="article:published_time" content="{date_}"></head>'
            f"<body><nav>الرئيسية</nav><article><h1>{xml_text(title)}</h1>{body}</article></body></html>")
    return encode(page, draw(st.sampled_from(["utf-8", "cp1256", "utf-16"]))), None


# --- files ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class FileSpec:
    """A file to write for a case. ``token`` is an ASCII label inside its name that a line
    about it must show; ``name`` may hold bytes that are not UTF-8. ``exists`` False: the path
    is given but never written (a name too long for the file system, a missing file).
    ``expects`` is what riwaya must do with each article inside, in order (one for a text or
    HTML file, one per line of a JSONL batch, None for a feed)."""

    token: str
    name: bytes
    data: bytes = b""
    expect: str | None = None
    exists: bool = True
    expects: tuple[str | None, ...] = ()
    kind: str = "text"
    markers: tuple[str, ...] = ()
    """«(رقم N)» of each article inside that riwaya must read (and store, and analyse)."""

    @property
    def suffix(self) -> str:
        return os.path.splitext(os.fsdecode(self.name))[1].lower()


def file_name(token: str, suffix: str) -> st.SearchStrategy[tuple[bytes, bool]]:
    """(name as bytes, whether it can exist): plain, Arabic, spaced, non-UTF-8, or too long."""
    return st.sampled_from(["plain", "plain", "arabic", "space", "latin1", "surrogate", "long", "dash"]).map(
        lambda how: {
            "plain": (f"{token}{suffix}".encode(), True),
            "arabic": (f"{token}-خبر{suffix}".encode(), True),
            "space": (f"{token} نسخة (2){suffix}".encode(), True),
            "latin1": (f"{token}-caf\xe9{suffix}".encode("latin-1"), True),  # not UTF-8
            "surrogate": (f"{token}-".encode() + b"\xed\xa0\x80" + suffix.encode(), True),
            "long": ((token + "-" + "خ" * 200 + suffix).encode(), False),  # over 255 bytes
            "dash": (f"-{token}{suffix}".encode(), True),
        }[how])


TEXT_KINDS = ("good", "good", "hostile", "mostly-arabic", "foreign", "tatweel", "raw", "empty", "missing")
REACHING = ("good", "mostly-arabic", "mostly-arabic", "hostile")
"""Text kinds that mostly get past the readers into the analysis."""


@st.composite
def text_file(draw, token: str, kinds: tuple[str, ...] = TEXT_KINDS, names: bool = True) -> FileSpec:
    """A .txt file: a good article in a clean encoding, or something hostile."""
    kind = draw(st.sampled_from(kinds))
    name, can_exist = draw(file_name(token, ".txt")) if names else (f"{token}.txt".encode(), True)
    if kind == "good":
        text = draw(good_article_text())
        data = encode(text, draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1256"])))
        if can_exist:
            return FileSpec(token, name, data, "accept", expects=("accept",), kind="good",
                            markers=(marker_of(text),))
        expect = "refuse"
    elif kind == "hostile":
        data, expect = draw(encoded(hostile_text())), None
    elif kind == "mostly-arabic":
        data, expect = draw(encoded(mostly_arabic_text())), None
    elif kind == "foreign":
        data, expect = draw(foreign_text_bytes())[2], "refuse"
    elif kind == "tatweel":
        data, expect = encode(draw(tatweel_only()), draw(st.sampled_from(["utf-8", "cp1256"]))), "refuse"
    elif kind == "raw":
        data, expect = draw(raw_bytes), None
    elif kind == "empty":
        data, expect = draw(st.sampled_from([b"", b"   \n", b"\xef\xbb\xbf", b"\xff\xfe"])), "refuse"
    else:
        return FileSpec(token, name, exists=False, expect="refuse", kind="missing")
    if not can_exist:
        return FileSpec(token, name, data, "refuse", exists=False, kind="long-name")
    return FileSpec(token, name, data, expect, expects=(expect,), kind=kind)


@st.composite
def any_file(draw, token: str, kinds=("text", "text", "text", "jsonl", "feed", "html"),
             text_kinds: tuple[str, ...] = TEXT_KINDS) -> FileSpec:
    """A file of any kind riwaya reads, chosen by its suffix."""
    kind = draw(st.sampled_from(kinds))
    if kind == "text":
        return draw(text_file(token, text_kinds))
    suffix = {"jsonl": ".jsonl", "feed": draw(st.sampled_from([".rss", ".atom", ".xml"])), "html": ".html"}[kind]
    name, can_exist = draw(file_name(token, suffix))
    markers: tuple[str, ...] = ()
    if kind == "jsonl":
        data, expects, found = draw(jsonl_batch())
        expect, markers = "refuse" if not expects else None, tuple(found)
    elif kind == "feed":
        (data, expect), expects = draw(feed_document()), ()
    else:
        (data, expect), expects = draw(html_document()), (None,)
    if not can_exist:
        return FileSpec(token, name, data, "refuse", exists=False, kind="long-name")
    return FileSpec(token, name, data, expect, expects=tuple(expects), kind=kind, markers=markers)


# --- cases per entry point ------------------------------------------------------------------

@dataclass(frozen=True)
class BuildCase:
    """build_article and the JSONL record path on one text."""

    text: str
    title: str | None
    published: str | None
    title_in_text: bool
    expect: str | None = None


@st.composite
def build_cases(draw) -> BuildCase:
    kind = draw(st.sampled_from(["hostile", "hostile", "mostly-arabic", "good", "foreign", "tatweel", "random"]))
    text, expect = {
        "hostile": lambda: (draw(hostile_text()), None),
        "mostly-arabic": lambda: (draw(mostly_arabic_text()), None),
        "good": lambda: (draw(good_article_text()), "accept"),
        "foreign": lambda: (FOREIGN_TEXTS[draw(st.sampled_from(sorted(FOREIGN_TEXTS)))][0], "refuse"),
        "tatweel": lambda: (draw(tatweel_only()), "refuse"),
        "random": lambda: (draw(st.text(any_characters, max_size=200)), None),
    }[kind]()
    title = draw(st.one_of(st.none(), st.sampled_from(ARABIC_PHRASES), hostile_text(3)))
    published = draw(st.one_of(st.none(), st.sampled_from(GOOD_DATES), st.sampled_from(BAD_DATES),
                               st.text(any_characters, max_size=25)))
    return BuildCase(text, title, published, draw(st.booleans()), expect)


@dataclass(frozen=True)
class ReaderCase:
    """One file given to read_article (text and HTML) or read_articles (every kind)."""

    file: FileSpec
    batch: bool
    max_input_bytes: int | None = None


@st.composite
def reader_cases(draw) -> ReaderCase:
    batch = draw(st.booleans())
    kinds = ("text", "text", "jsonl", "feed", "html") if batch else ("text", "text", "html")
    spec = draw(any_file("r1", kinds))
    return ReaderCase(spec, batch, draw(st.one_of(st.none(), st.sampled_from([1, 50, 10_000]))))


@dataclass(frozen=True)
class OutputSpec:
    """Where -o points: a new file, a file in a folder that does not exist, an existing folder,
    or a path through a file."""

    how: str
    suffix: str = ".json"


outputs = st.one_of(st.none(), st.builds(OutputSpec, st.sampled_from(["file", "missing-folder", "folder",
                                                                      "through-file", "long"]),
                                         st.sampled_from([".json", ".html", ".md", ".jsonl", ""])))


@dataclass(frozen=True)
class SettingsSpec:
    """A $RIWAYA_SETTINGS file: its bytes, and whether riwaya must refuse it."""

    data: bytes
    bad: bool


BAD_SETTINGS = [
    'max_input_bytes = "ten"', "max_input_bytes = -5", "max_input_bytes = 1.5",
    'languages = "ar"', "languages = 5", "languages = [1, 2]", 'language_sample_chars = "x"',
    "language_sample_chars = -1", "encoder = 5", "api_token = 7", 'max_request_bytes = "big"',
    "aliases_file = 3", "max_input_bytes = true", "max_input_bytes = [1]", "unknown_key = 1",
    "max_input_bytes = ", "[section]\nmax_input_bytes = 1", 'languages = ["ar", 5]', "max_request_bytes = -1",
]
GOOD_SETTINGS = ["", "max_input_bytes = 10000000", 'languages = ["ar"]', "language_sample_chars = 500",
                 '# a comment\nlanguages = ["ar", "en"]']


@st.composite
def settings_files(draw) -> SettingsSpec:
    kind = draw(st.sampled_from(["bad", "bad", "good", "bytes"]))
    if kind == "bad":
        return SettingsSpec(draw(st.sampled_from(BAD_SETTINGS)).encode(), True)
    if kind == "good":
        return SettingsSpec(draw(st.sampled_from(GOOD_SETTINGS)).encode(), False)
    return SettingsSpec(draw(st.sampled_from([b"max_input_bytes = \xff", "languages = [\"\ud800\"]"
                                              .encode("utf-8", "surrogatepass"), b"\x00\x01"])), True)


SKIPS = [(), ("quotes", "entities"), ("quotes", "entities"), ("quotes", "entities"), ("quotes",), ("claims",),
         ("entities",), ("sentiment",), ("times",)]
VALID_SKIPS = {(), ("quotes", "entities"), ("quotes",), ("claims",)}


@dataclass(frozen=True)
class AnalyzeCase:
    files: tuple[FileSpec, ...]
    jsonl: FileSpec | None
    skip: tuple[str, ...]
    published: str | None
    output: OutputSpec | None
    settings: SettingsSpec | None = None


@st.composite
def analyze_cases(draw, full: bool | None = None, max_files: int = 2, reach: bool = False) -> AnalyzeCase:
    """`riwaya analyze` on files of every kind (a feed, a batch, a page passed as FILE must be
    read as such), with --jsonl, --skip, --published, -o and a settings file. With ``reach``
    the texts are hostile inside but mostly readable and the options good: what the analysis
    itself must survive."""
    if reach:
        files = tuple(draw(text_file(f"f{n}", REACHING, names=False))
                      for n in range(draw(st.integers(1, max_files))))
        return AnalyzeCase(files, None, () if full else ("quotes", "entities"),
                           draw(st.sampled_from([None, "2021-03-09"])), None)
    files = tuple(draw(any_file(f"f{n}", ("text", "text", "text", "jsonl", "feed", "html")))
                  for n in range(draw(st.integers(0, max_files))))
    jsonl = None
    if not files or draw(st.booleans()):
        data, expects, markers = draw(jsonl_batch(0, 4))
        jsonl = FileSpec("j1", b"j1.jsonl", data, "refuse" if not expects else None, expects=tuple(expects),
                         kind="jsonl", markers=tuple(markers))
    skip = () if full else ("quotes", "entities") if full is False else draw(st.sampled_from(SKIPS))
    published = draw(st.one_of(st.none(), st.sampled_from(["2021-03-09", *BAD_DATES[:4]])))
    output = draw(outputs)
    settings_ = draw(st.one_of(st.none(), st.none(), settings_files()))
    return AnalyzeCase(files, jsonl, skip, published, output, settings_)


@dataclass(frozen=True)
class CompareCase:
    files: tuple[FileSpec, ...]
    outputs: tuple[OutputSpec, ...]
    fmt: str | None
    published: str | None


@st.composite
def compare_cases(draw, reach: bool = False) -> CompareCase:
    """`riwaya compare` on one to three files, -o anywhere; with ``reach`` texts that mostly
    get into the comparison, and good options."""
    if reach:
        files = tuple(draw(text_file(f"c{n}", REACHING, names=False)) for n in range(draw(st.integers(2, 3))))
        return CompareCase(files, (OutputSpec("file", draw(st.sampled_from([".json", ".html", ".md"]))),),
                           None, draw(st.sampled_from([None, "2020-11-17"])))
    count = draw(st.integers(1, 3))
    files = tuple(draw(any_file(f"c{n}", ("text", "text", "html"))) for n in range(count))
    outs = tuple(draw(st.lists(st.builds(OutputSpec, st.sampled_from(["file", "missing-folder", "folder",
                                                                      "through-file"]),
                                         st.sampled_from([".json", ".html", ".md"])), max_size=2)))
    return CompareCase(files, outs, draw(st.sampled_from([None, "json", "md", "html"])),
                       draw(st.sampled_from([None, "2020-11-17", "2020-11-17T25:00", "17/11/2020"])))


@dataclass(frozen=True)
class IngestCase:
    """A folder of good articles and poisoned files; every good one must end up stored."""

    good: tuple[FileSpec, ...]
    poisoned: tuple[FileSpec, ...]
    published: str | None
    as_folder: bool = True


@st.composite
def ingest_cases(draw, max_good: int = 3, max_poisoned: int = 4) -> IngestCase:
    good = []
    texts = set()
    for n in range(draw(st.integers(1, max_good))):
        text = draw(good_article_text().filter(lambda t: t not in texts))
        texts.add(text)
        encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1256"]))
        how = draw(st.sampled_from(["txt", "txt", "jsonl"]))
        if how == "jsonl":
            line = json.dumps({"id": f"g{n}", "text": text}, ensure_ascii=False).encode()
            good.append(FileSpec(f"g{n}", f"g{n}.jsonl".encode(), line + b"\n", "accept", expects=("accept",),
                                 kind="jsonl", markers=(marker_of(text),)))
        else:
            good.append(FileSpec(f"g{n}", f"g{n}.txt".encode(), encode(text, encoding), "accept",
                                 expects=("accept",), kind="good", markers=(marker_of(text),)))
    poisoned = []
    for n in range(draw(st.integers(1, max_poisoned))):
        kind = draw(st.sampled_from(["text", "jsonl", "feed", "html", "empty-jsonl", "text"]))
        if kind == "empty-jsonl":
            data = draw(st.sampled_from([b"", b"\n\n", b"   \n"]))
            poisoned.append(FileSpec(f"p{n}", f"p{n}.jsonl".encode(), data, "refuse", kind="empty-jsonl"))
            continue
        spec = draw(any_file(f"p{n}", (kind,)))
        if spec.exists:
            poisoned.append(spec)
    return IngestCase(tuple(good), tuple(poisoned), draw(st.sampled_from([None, "2021-03-09"])))


@dataclass(frozen=True)
class StoreCase:
    """A command on a store that may be hostile: not a database, truncated, another program's
    SQLite file, a folder; with story ids and limits up to and past 2**63."""

    db: str
    command: str
    number: int


STORE_KINDS = ["fresh", "filled", "text-file", "random-bytes", "truncated", "foreign-sqlite", "folder",
               "missing-folder", "empty-file", "bad-url", "wal-junk"]


@st.composite
def store_cases(draw) -> StoreCase:
    number = draw(st.one_of(st.sampled_from([0, 1, -1, 2**63 - 1, 2**63, 2**64, -(2**63) - 1, 10**30]),
                            st.integers(-(2**70), 2**70)))
    return StoreCase(draw(st.sampled_from(STORE_KINDS)), draw(st.sampled_from(["story", "stories", "ingest",
                                                                               "story-o"])), number)


@dataclass(frozen=True)
class SettingsCase:
    settings: SettingsSpec
    command: str


@st.composite
def settings_cases(draw) -> SettingsCase:
    return SettingsCase(draw(settings_files()), draw(st.sampled_from(["analyze", "compare", "ingest", "stories"])))


# --- the web --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Request:
    """One HTTP request: its method, path, query, body and content type."""

    method: str
    path: str
    params: tuple[tuple[str, str], ...] = ()
    body: bytes | None = None
    content_type: str | None = None
    form: tuple[tuple[str, str], ...] = ()
    files: tuple[tuple[str, bytes], ...] = ()
    expect_ok: bool = False
    good_count: int = 0
    refused: tuple[int, ...] = ()
    """For an ingest: the articles that must come back under "bad" (articles[N])."""


HUGE_IDS = ["9223372036854775807", "9223372036854775808", "18446744073709551616", "-9223372036854775809",
            "99999999999999999999999999", "0", "-1", "1e3", "١", "0x10", " 1", "1.0", "%00", "\ud800"]


def id_text() -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(HUGE_IDS), st.integers(-(2**80), 2**80).map(str),
                     st.sampled_from(["1", "2", "3"]), st.text(any_characters, max_size=8))


@st.composite
def article_record(draw, good: bool | None = None) -> tuple[dict, str | None]:
    """An ``ArticleIn`` JSON object, good or hostile, and whether it must be read ("accept"),
    refused ("refuse"), or makes the whole request invalid ("invalid", a 422)."""
    if good is None:
        good = draw(st.booleans())
    if good:
        record = {"text": draw(good_article_text()), "published": draw(st.sampled_from([None, *GOOD_DATES]))}
        return {k: v for k, v in record.items() if v is not None}, "accept"
    kind = draw(st.sampled_from(["hostile", "mostly-arabic", "bad-date", "foreign", "tatweel", "types", "extra"]))
    if kind == "hostile":
        return {"text": draw(hostile_text()), "title": draw(st.one_of(st.none(), hostile_text(2)))}, None
    if kind == "mostly-arabic":
        return {"text": draw(mostly_arabic_text()), "outlet": draw(hostile_text(2))}, None
    if kind == "bad-date":
        return {"text": draw(good_article_text()), "published": draw(st.sampled_from(BAD_DATES))}, "refuse"
    if kind == "foreign":
        return {"text": FOREIGN_TEXTS[draw(st.sampled_from(sorted(FOREIGN_TEXTS)))][0]}, "refuse"
    if kind == "tatweel":
        return {"text": draw(tatweel_only())}, "refuse"
    if kind == "types":
        return {"text": draw(st.sampled_from([5, None, [], {"a": 1}, 1.5]))}, "invalid"
    return {"text": "نص", "author": "x"}, "invalid"  # the request is refused whole (422)


def dumps(value) -> bytes:
    """JSON as a client may send it: lone surrogates as \\ud800 escapes."""
    return json.dumps(value, ensure_ascii=True).encode()


@st.composite
def raw_json_body(draw) -> bytes:
    """A request body that is not the JSON the endpoint wants."""
    return draw(st.one_of(
        st.sampled_from([b"", b"{", b"null", b"[]", b'{"articles": null}', b'{"articles": {}}', b"\xff\xfe",
                         b'{"articles": [' + b"1" * 5000 + b"]}",
                         b'{"articles": [{"text": ' + huge_int(5000).encode() + b"}, {\"text\": \"x\"}]}",
                         b'{"articles": "' + b"\\ud800" * 3 + b'"}']),
        st.sampled_from([1_000, 10_000, 100_000]).map(lambda d: ('{"articles": ' + deep_json(d) + "}").encode()),
        st.sampled_from([1_000, 50_000]).map(lambda d: deep_json(d).encode()),
        st.binary(max_size=100),
        encoded(hostile_text()),
    ))


@st.composite
def reaching_record(draw) -> tuple[dict, str | None]:
    """An article good enough to be compared, with hostile pieces inside."""
    if draw(st.booleans()):
        return draw(article_record(good=True))
    record = {"text": draw(mostly_arabic_text()), "published": draw(st.sampled_from(GOOD_DATES))}
    if draw(st.booleans()):
        record["title"] = draw(st.one_of(st.sampled_from(ARABIC_PHRASES), hostile_text(2)))
    return record, None


@st.composite
def api_requests(draw, compare_ok: bool = True, reach: bool = False) -> Request:
    """A request to the JSON API: GETs with hostile ids and query values, POSTs of hostile
    articles and of bodies that are not JSON at all. With ``reach`` a comparison of articles
    that mostly get into the analysis."""
    if reach:
        records = draw(st.lists(reaching_record(), min_size=2, max_size=3))
        return Request("POST", "/api/compare", body=dumps({"articles": [r for r, _ in records]}),
                       content_type="application/json")
    kind = draw(st.sampled_from(["stories", "story", "report", "article", "compare", "compare", "ingest",
                                 "ingest", "raw", "unknown"]))
    if kind == "stories":
        params = draw(st.lists(st.tuples(st.sampled_from(["limit", "offset", "q"]),
                                         st.one_of(id_text(), hostile_text(2))), max_size=3))
        return Request("GET", "/api/stories", tuple(params))
    if kind in ("story", "report", "article"):
        ident = draw(id_text())
        path = {"story": "/api/stories/{}", "report": "/api/stories/{}/report", "article": "/api/articles/{}"}[kind]
        return Request("GET", path.format(ident))
    if kind in ("compare", "ingest"):
        count = draw(st.integers(0, 4) if kind == "ingest" else st.integers(1, 3))
        records = [draw(article_record(good=False if kind == "compare" and not compare_ok else None))
                   for _ in range(count)]
        body = dumps({"articles": [r for r, _ in records]})
        good = sum(expect == "accept" for _, expect in records)
        return Request("POST", f"/api/{kind}", body=body, content_type="application/json",
                       expect_ok=kind == "ingest" and count > 0
                       and all(e in ("accept", "refuse") for _, e in records),
                       good_count=good, refused=tuple(n for n, (_, e) in enumerate(records) if e == "refuse"))
    if kind == "raw":
        return Request("POST", draw(st.sampled_from(["/api/compare", "/api/ingest"])), body=draw(raw_json_body()),
                       content_type=draw(st.sampled_from(["application/json", "text/plain", None,
                                                          "application/json; charset=utf-16"])))
    return Request(draw(st.sampled_from(["GET", "POST", "DELETE", "PUT"])),
                   "/api/" + draw(st.text(st.characters(codec="ascii", categories=["L", "N"]), max_size=10)))


@st.composite
def page_requests(draw, compare_ok: bool = True, reach: bool = False) -> Request:
    """A request to the pages: the story list with hostile query values, stories by hostile
    ids, the compare form with hostile pasted texts and uploads. With ``reach`` a comparison
    of pasted and uploaded articles that mostly get into the analysis."""
    if reach:
        texts = draw(st.lists(st.one_of(good_article_text(), mostly_arabic_text()), min_size=1, max_size=2))
        form = [("text", t) for t in texts] + [("published", draw(st.sampled_from(["", "2021-03-09"])))]
        upload = draw(st.one_of(good_article_text(), mostly_arabic_text()))
        name = draw(st.sampled_from(["u1.txt", "خبر.txt", "u1\ud800.txt"]))
        return Request("POST", "/compare", form=tuple(form),
                       files=((name, encode(upload, draw(st.sampled_from(["utf-8", "cp1256", "utf-16"])))),))
    kind = draw(st.sampled_from(["list", "story", "form", "compare", "compare", "static"]))
    if kind == "list":
        params = draw(st.lists(st.tuples(st.sampled_from(["page", "q"]), st.one_of(id_text(), hostile_text(2))),
                               max_size=2))
        return Request("GET", "/", tuple(params))
    if kind == "story":
        return Request("GET", f"/stories/{draw(id_text())}")
    if kind == "form":
        return Request("GET", "/compare")
    if kind == "static":
        return Request("GET", "/static/" + draw(st.sampled_from(["report.css", "web.js", "..%2Fsettings.py", "x"])))
    texts = draw(st.lists(st.one_of(hostile_text(), mostly_arabic_text(), tatweel_only(),
                                    *( [good_article_text()] if compare_ok else [])), max_size=3))
    form = [("text", t) for t in texts]
    form += [("title", draw(st.one_of(st.just(""), hostile_text(2)))) for _ in texts[:1]]
    form += [("published", draw(st.sampled_from(["", "2021-03-09", *BAD_DATES[:5]])))]
    uploads = []
    for n in range(draw(st.integers(0, 2))):
        name = draw(st.sampled_from([f"u{n}.txt", f"u{n}.html", f"خبر{n}.txt", f"u{n}\ud800.txt", "", "../" * 3 + "x.txt"]))
        data = draw(st.one_of(encoded(hostile_text()), raw_bytes, foreign_text_bytes().map(lambda t: t[2]),
                              *( [good_article_text().map(str.encode)] if compare_ok else [])))
        uploads.append((name, data))
    if not compare_ok:  # keep the analysis out: never two readable articles
        form, uploads = form[:1] + [f for f in form if f[0] != "text"], uploads[:0]
    return Request("POST", "/compare", form=tuple(form), files=tuple(uploads))


@st.composite
def good_structured_file(draw, token: str) -> FileSpec:
    """A feed, a page or a JSONL batch holding good articles: given to `riwaya analyze` as a
    FILE, it must be read as what it is, never as plain text."""
    kind = draw(st.sampled_from(["jsonl", "rss", "atom", "html"]))
    texts = draw(st.lists(good_article_text(), min_size=1, max_size=1 if kind == "html" else 3,
                          unique_by=marker_of))
    markers = tuple(marker_of(text) for text in texts)
    if kind == "jsonl":
        data = "\n".join(json.dumps({"id": f"{token}-{n}", "text": t}, ensure_ascii=False)
                         for n, t in enumerate(texts)).encode()
        return FileSpec(token, f"{token}.jsonl".encode(), data, "accept", expects=("accept",) * len(texts),
                        kind="jsonl", markers=markers)
    if kind == "html":
        title, body = texts[0].split("\n\n", 1)
        page = (f"<html><head><title>{title}</title></head><body><nav>الرئيسية | أخبار</nav><article>"
                f"<h1>{title}</h1><p>{body}</p><p>{ARABIC_PHRASES[1]}، {ARABIC_PHRASES[4]}.</p></article></body></html>")
        return FileSpec(token, f"{token}.html".encode(), page.encode(), "accept", expects=("accept",),
                        kind="html", markers=markers)
    if kind == "rss":
        items = "".join(f"<item><title>{t.split(chr(10))[0]}</title><description>{xml_text(t)}</description></item>"
                        for t in texts)
        doc = f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>أخبار</title>{items}</channel></rss>'
        suffix = draw(st.sampled_from([".rss", ".xml"]))
    else:
        items = "".join(f"<entry><title>{t.split(chr(10))[0]}</title><content type=\"text\">{xml_text(t)}</content></entry>"
                        for t in texts)
        doc = f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>أخبار</title>{items}</feed>'
        suffix = draw(st.sampled_from([".atom", ".xml"]))
    return FileSpec(token, f"{token}{suffix}".encode(), doc.encode(), "accept", expects=("accept",) * len(texts),
                    kind="feed", markers=markers)
