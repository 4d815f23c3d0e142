"""The HTML report: one offline RTL page, every finding marked at its exact span, text escaped."""

from __future__ import annotations

import copy
import re
from datetime import date

import lxml.html
import pytest

from riwaya.compare import compare
from riwaya.ingest import read_article
from riwaya.report.html import render_html
from riwaya.report.wording import format_number

PUBLISHED = date(2021, 3, 9)  # a Tuesday

MARKET = """انفجار في سوق مدينة الزهور

الزهور - (وكالة النجم) - قُتل نحو 12 شخصاً في انفجار وقع يوم الجمعة الماضي في سوق المدينة القديم.
وقال مسؤول محلي إن ٣٠ محلاً تضررت بالكامل.
"""

TOLL = """حصيلة انفجار سوق الزهور ترتفع

أفادت مصادر طبية بمقتل 15 شخصاً صباح اليوم في سوق الزهور، بحسب ما نقله موقع القمر.
"""

HOSTILE = """خبر عن الزهور

نشر أحدهم <script>alert(1)</script> ثم <img src=x onerror=alert(1)> في تعليق & رد.
ووصل الخبر إلى 20 قرية.
"""


@pytest.fixture
def report(write) -> dict:
    paths = [write("01-market.txt", MARKET), write("02-toll.txt", TOLL),
             write("03-hostile.txt", HOSTILE)]
    articles = [read_article(path, published=PUBLISHED) for path in paths]
    return compare(articles).to_dict()


def parse(html: str):
    return lxml.html.document_fromstring(html)


def column_body(page, article_id: str):
    (body,) = page.xpath("//div[@class='body'][@data-article=$id]", id=article_id)
    return body


def marks_of(page, annotation_id: str) -> list:
    return page.xpath("//mark[contains(concat(' ', @data-id, ' '), $id)]", id=f" {annotation_id} ")


def visible(text: str) -> str:
    """The text without the invisible bidi isolates that keep dates in order."""
    return re.sub("[\u2066-\u2069]", "", text)


def span_of(report: dict, article_id: str, piece: str) -> tuple[int, int]:
    (article,) = [a for a in report["articles"] if a["id"] == article_id]
    start = article["text"].index(piece)
    return start, start + len(piece)


def test_page_is_arabic_right_to_left(report):
    page = parse(render_html(report))
    assert page.get("dir") == "rtl"
    assert page.get("lang") == "ar"
    assert 'dir="rtl"' in render_html(report)


def test_page_is_self_contained(report):
    html = render_html(report)
    page = parse(html)
    assert "http://" not in html and "https://" not in html
    for element in page.xpath("//*[@src or @href]"):
        reference = element.get("src") or element.get("href")
        assert not re.match(r"^(https?:)?//", reference), reference
        assert reference.startswith("#"), reference
    assert not page.xpath("//link | //script[@src] | //iframe | //object")
    (style,) = page.xpath("//style")
    assert "mark" in style.text and "@import" not in style.text
    assert page.xpath("//script")[0].text.strip(), "the small script is inlined"


def test_every_article_is_shown_whole(report):
    page = parse(render_html(report))
    for article in report["articles"]:
        assert column_body(page, article["id"]).text_content() == article["text"]


def test_title_line_is_the_column_heading(report):
    page = parse(render_html(report))
    (lede,) = column_body(page, "a1").xpath("./h2[@class='lede']")
    assert lede.text_content() == "انفجار في سوق مدينة الزهور"
    assert page.xpath("//h1")[0].text_content() == "انفجار في سوق مدينة الزهور"


def test_hostile_text_is_escaped(report):
    html = render_html(report)
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "onerror=alert(1)>" not in html
    assert "&lt;script&gt;alert(" in html
    page = parse(html)
    assert not page.xpath("//img")
    assert all(not (s.text or "").count("alert(") for s in page.xpath("//script"))
    body = column_body(page, "a3")
    assert "<script>alert(1)</script>" in body.text_content()
    assert "<img src=x onerror=alert(1)>" in body.text_content()
    assert body.text_content() == report["articles"][2]["text"]


def test_hostile_metadata_is_escaped(report):
    hostile = copy.deepcopy(report)
    hostile["articles"][0]["title"] = "<script>alert(1)</script>"
    hostile["articles"][0]["outlet"] = '"><img src=x onerror=alert(1)>'
    hostile["quantities"][0]["unit"] = '"><script>alert(2)</script>'
    html = render_html(hostile)
    assert "<script>alert" not in html and "<img src=x" not in html
    page = parse(html)
    assert page.xpath("//title")[0].text.startswith("<script>alert(1)</script>")
    (first,) = marks_of(page, hostile["quantities"][0]["id"])
    assert '"><script>alert(2)</script>' in first.get("data-tip")


def test_every_quantity_and_time_is_marked_at_its_span(report):
    assert len(report["quantities"]) >= 4 and len(report["times"]) >= 2
    page = parse(render_html(report))
    for layer, items in (("l-quantity", report["quantities"]), ("l-time", report["times"])):
        for item in items:
            marks = marks_of(page, item["id"])
            assert marks, item
            assert "".join(m.text_content() for m in marks) == item["text"]
            for mark in marks:
                assert layer in mark.get("class").split()
                assert mark.xpath("ancestor::div[@class='body']/@data-article") == [item["article"]]


def test_tooltips_word_the_findings(report):
    page = parse(render_html(report))
    by_text = {q["text"]: q for q in report["quantities"]}
    (about,) = marks_of(page, by_text["نحو 12 شخصاً"]["id"])
    assert about.get("data-tip") == "القيمة: 12 · الوحدة: شخصاً · تقريبي (نحو)"
    (friday,) = [t for t in report["times"] if t["text"] == "يوم الجمعة الماضي"]
    (mark,) = marks_of(page, friday["id"])
    tip = mark.get("data-tip")
    assert visible(tip).startswith("التاريخ: 2021-03-05 (نسبي، محسوب من تاريخ النشر)")
    assert "\u20662021-03-05\u2069" in tip, "the date is isolated left-to-right"
    assert "الجمعة" in tip


def test_unresolved_date_says_so(report):
    unresolved = copy.deepcopy(report)
    unresolved["times"][0]["value"] = None
    page = parse(render_html(unresolved))
    (mark,) = marks_of(page, unresolved["times"][0]["id"])
    assert "غير محدد" in mark.get("data-tip")


def test_dateline_is_marked(report):
    page = parse(render_html(report))
    (dateline,) = page.xpath("//mark[contains(@class, 'l-dateline')]")
    assert dateline.text_content() == report["articles"][0]["dateline"]["text"]
    assert "وكالة النجم" in dateline.get("data-tip")


def test_numbers_use_western_digits(report):
    page = parse(render_html(report))
    (table,) = page.xpath("//section[@id='table-quantity']//table")
    values = [td.text_content() for td in table.xpath(".//td[contains(@class, 'cell-num')]")]
    assert "30" in values  # written ٣٠ in the text
    assert not re.search("[٠-٩]", "".join(values))
    assert format_number(1500000) == "1,500,000" and format_number(2.5) == "2.5"


def test_tables_list_all_numbers_and_dates(report):
    page = parse(render_html(report))
    quantity_rows = page.xpath("//section[@id='table-quantity']//tbody/tr")
    time_rows = page.xpath("//section[@id='table-time']//tbody/tr")
    assert len(quantity_rows) == len(report["quantities"])
    assert len(time_rows) == len(report["times"])
    assert {r.get("data-ref") for r in time_rows} == {t["id"] for t in report["times"]}
    for row in quantity_rows:  # each row links to its highlight in the text
        (link,) = row.xpath(".//a")
        assert page.xpath("//*[@id=$id]", id=link.get("href")[1:])


def test_overlapping_spans_keep_every_layer_and_the_text(report):
    overlapped = copy.deepcopy(report)
    (quantity,) = [q for q in overlapped["quantities"] if q["text"] == "نحو 12 شخصاً"]
    quote_text = "قُتل نحو 12 شخصاً في انفجار"
    start, end = span_of(overlapped, "a1", quote_text)
    overlapped["quotes"] = [{"id": "qt1", "article": "a1", "start": start, "end": end,
                             "text": quote_text, "direct": False, "speaker": None,
                             "speaker_text": "مسؤول محلي", "cue": "قال", "negated": False}]
    # an entity mention that starts inside the quantity and runs past the quote's end
    e_start, e_end = quantity["start"] + 4, end + 5
    article_text = overlapped["articles"][0]["text"]
    overlapped["entities"] = [{"id": "e1", "type": "MISC", "name": "تجربة", "latin": None,
                               "mentions": [{"article": "a1", "start": e_start, "end": e_end,
                                             "text": article_text[e_start:e_end]}]}]
    page = parse(render_html(overlapped))

    assert column_body(page, "a1").text_content() == article_text
    shared = [m for m in marks_of(page, quantity["id"]) if "l-quote" in m.get("class").split()]
    assert shared and all({"l-quantity", "l-quote"} <= set(m.get("class").split()) for m in shared)
    assert all({quantity["id"], "qt1"} <= set(m.get("data-id").split()) for m in shared)
    triple = [m for m in shared if "l-entity" in m.get("class").split()]
    assert [m.text_content() for m in triple] == [article_text[e_start:quantity["end"]]]
    assert "\n" in triple[0].get("data-tip")  # one line per annotation
    assert "".join(m.text_content() for m in marks_of(page, "qt1")) == quote_text
    assert "".join(m.text_content() for m in marks_of(page, quantity["id"])) == quantity["text"]
    assert "".join(m.text_content() for m in marks_of(page, "e1")) == article_text[e_start:e_end]


def test_layer_sections_appear_only_when_filled(report):
    report = {**report, "entities": [], "quotes": [], "sources": []}
    page = parse(render_html(report))
    layers = set(page.xpath("//input[@data-layer]/@data-layer"))
    assert {"quantity", "time", "dateline"} <= layers
    assert not layers & {"entity", "quote", "source", "claim"}
    for empty in ("entity", "quote", "source", "claim", "alignment", "fact", "similarity"):
        assert not page.xpath("//section[@id=$id]", id=f"table-{empty}")

    filled = copy.deepcopy(report)
    start, end = span_of(filled, "a2", "مصادر طبية")
    filled["sources"] = [{"id": "s1", "article": "a2", "start": start, "end": end,
                          "text": "مصادر طبية", "kind": "anonymous"}]
    page = parse(render_html(filled))
    assert "source" in page.xpath("//input[@data-layer]/@data-layer")
    (row,) = page.xpath("//section[@id='table-source']//tbody/tr")
    assert "مصادر طبية" in row.text_content()
    (mark,) = marks_of(page, "s1")
    assert mark.text_content() == "مصادر طبية" and "l-source" in mark.get("class")


def test_header_and_footer(report):
    page = parse(render_html(report))
    meta = page.xpath("//ul[@class='meta']")[0].text_content()
    assert "3 تقارير" in meta and "وكالة النجم" in meta and "9 مارس 2021" in meta
    assert page.xpath("//footer")[0].text_content() == "riwaya report · schema riwaya.report/1"


def test_entities_are_coloured_by_type_and_listed_with_their_spellings(report):
    page = parse(render_html(report))
    for entity in report["entities"]:
        marks = marks_of(page, entity["id"])
        assert marks and all(f"k-{entity['type']}" in m.get("class") for m in marks)
    rows = page.xpath("//section[@id='table-entity']//tbody/tr")
    assert len(rows) == len(report["entities"])
