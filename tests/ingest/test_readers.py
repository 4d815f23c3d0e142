"""Reading each input kind into Articles, and refusing bad ones with one clear reason."""

import json
from datetime import date

import pytest

from riwaya.errors import InputError
from riwaya.ingest import read_article, read_articles
from riwaya.settings import Settings

ARTICLE = """وصول قافلة مساعدات إلى البلدة

حلب - (وكالة الشمال) - وصلت قافلة مساعدات إنسانية تضم 12 شاحنة إلى البلدة صباح السبت، بحسب ما أفاد به مسؤول محلي.
وقال المسؤول إن القافلة حملت مواد غذائية وطبية تكفي نحو ثلاثة آلاف عائلة.
"""


def test_a_text_file_gives_title_body_dateline_and_outlet(write):
    article = read_article(write("a.txt", ARTICLE), published=date(2021, 3, 9))
    assert article.title == "وصول قافلة مساعدات إلى البلدة"
    assert article.text.startswith(article.title)
    assert article.span_text(article.dateline) == "حلب - (وكالة الشمال) -"
    assert (article.dateline.place, article.outlet) == ("حلب", "وكالة الشمال")
    assert article.language == "ar"
    assert article.published == date(2021, 3, 9)


def test_windows_1256_and_crlf_files_read_the_same(write):
    utf8 = read_article(write("a.txt", ARTICLE))
    legacy = read_article(write("b.txt", ARTICLE.replace("\n", "\r\n"), encoding="cp1256"))
    assert legacy.text == utf8.text


def test_english_is_accepted(write):
    article = read_article(write("en.txt", "Aid convoy arrives\n\nTwelve trucks reached the town on Saturday, officials said."))
    assert article.language == "en"


def test_an_html_page_gives_its_main_text_and_metadata(write):
    page = """<html><head><title>قافلة - موقع الشمال</title>
    <meta property="og:site_name" content="موقع الشمال">
    <meta property="article:published_time" content="2021-03-09T10:00:00+03:00"></head>
    <body><nav>الرئيسية | سياسة | اقتصاد</nav><article><h1>وصول قافلة مساعدات إلى البلدة</h1>
    <p>وصلت قافلة مساعدات إنسانية تضم 12 شاحنة إلى البلدة صباح السبت، بحسب ما أفاد به مسؤول محلي في المجلس البلدي.</p>
    <p>وقال المسؤول إن القافلة حملت مواد غذائية وطبية تكفي نحو ثلاثة آلاف عائلة لمدة شهر كامل.</p></article>
    <footer>جميع الحقوق محفوظة</footer></body></html>"""
    article = read_article(write("page.html", page))
    assert "12 شاحنة" in article.text
    assert "جميع الحقوق" not in article.text
    assert article.outlet == "موقع الشمال"
    assert article.published == date(2021, 3, 9)


def test_a_jsonl_batch_reports_bad_lines_and_reads_the_rest(write):
    lines = [
        json.dumps({"id": "n1", "text": "وصلت القافلة إلى البلدة صباح السبت.", "outlet": "الشمال", "published": "2021-03-09"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "n2", "title": "بلا نص"}, ensure_ascii=False),
        json.dumps({"id": "n3", "text": "   "}),
        json.dumps({"id": "n4", "text": "غادرت القافلة البلدة مساء الأحد."}, ensure_ascii=False),
    ]
    items = list(read_articles([write("batch.jsonl", "\n".join(lines) + "\n")]))
    good = [item for item in items if not isinstance(item, InputError)]
    bad = [item for item in items if isinstance(item, InputError)]
    assert [a.id for a in good] == ["n1", "n4"]
    assert good[0].outlet == "الشمال" and good[0].published == date(2021, 3, 9)
    assert [(e.source.rsplit(":", 1)[1], e.code) for e in bad] == [("2", "E108"), ("3", "E108"), ("4", "E102")]


def test_an_rss_feed_gives_one_article_per_entry(write):
    feed = """<?xml version="1.0" encoding="utf-8"?>
    <rss version="2.0"><channel><title>أخبار الشمال</title>
    <item><title>وصول قافلة</title><link>https://example.org/1</link>
      <pubDate>Tue, 09 Mar 2021 08:00:00 GMT</pubDate>
      <description>&lt;p&gt;وصلت قافلة مساعدات تضم 12 شاحنة إلى البلدة.&lt;/p&gt;</description></item>
    <item><title>مغادرة القافلة</title><link>https://example.org/2</link>
      <description>غادرت القافلة البلدة مساء الأحد بعد توزيع المساعدات.</description></item>
    </channel></rss>"""
    articles = list(read_articles([write("news.rss", feed)]))
    assert [a.title for a in articles] == ["وصول قافلة", "مغادرة القافلة"]
    assert articles[0].text == "وصلت قافلة مساعدات تضم 12 شاحنة إلى البلدة."
    assert articles[0].outlet == "أخبار الشمال"
    assert articles[0].published == date(2021, 3, 9)
    assert articles[0].url == "https://example.org/1"


def test_an_atom_feed_is_read_too(write):
    feed = """<?xml version="1.0" encoding="utf-8"?>
    <feed xmlns="http://www.w3.org/2005/Atom"><title>نشرة المدينة</title>
    <entry><title>افتتاح جسر</title><updated>2021-04-02T09:00:00Z</updated>
    <content type="html">&lt;p&gt;افتتح المحافظ الجسر الجديد بكلفة 1.5 مليون دولار.&lt;/p&gt;</content></entry></feed>"""
    (article,) = read_articles([write("city.atom", feed)])
    assert article.text == "افتتح المحافظ الجسر الجديد بكلفة 1.5 مليون دولار."
    assert article.published == date(2021, 4, 2)


@pytest.mark.parametrize("name, content, code", [
    ("empty.txt", b"", "E102"),
    ("blank.txt", b" \n\t\n  \n", "E102"),
    ("binary.txt", b"\x7fELF\x02\x01\x01\x00\x00\x00" * 50, "E103"),
    ("latin.txt", b"Gallia est omnis divisa in partes tres, quarum unam incolunt Belgae, aliam Aquitani.", "E106"),
    ("nothing.html", b"<html><head><title>x</title></head><body><nav>menu</nav></body></html>", "E107"),
])
def test_bad_single_inputs_raise_one_clear_error(write, name, content, code):
    path = write(name, content)
    with pytest.raises(InputError) as caught:
        read_article(path)
    assert caught.value.code == code
    assert str(path) in str(caught.value)


def test_a_file_over_the_size_limit_is_refused_before_reading(write):
    path = write("huge.txt", "وصلت القافلة. ".encode() * 1000)
    with pytest.raises(InputError) as caught:
        read_article(path, Settings(max_input_bytes=10_000))
    assert caught.value.code == "E105"
