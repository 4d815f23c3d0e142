"""The HTML report: one offline RTL page, every finding marked at its exact span, text escaped."""

from __future__ import annotations

import copy
import re
from datetime import date

import lxml.html
import pytest
from support import example_report

from riwaya.crosscheck import compare
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
    """The dateline is marked whole; the agency named in it («وكالة النجم», an organisation)
    is marked inside it, so the dateline's marks read its text together."""
    page = parse(render_html(report))
    pieces = page.xpath("//mark[contains(@class, 'l-dateline')]")
    assert "".join(p.text_content() for p in pieces) == report["articles"][0]["dateline"]["text"]
    assert all("وكالة النجم" in p.get("data-tip") for p in pieces)


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
    report = {**report, "entities": [], "quotes": [], "sources": [], "claims": [],
              "alignments": [], "facts": [], "summary": [], "similarity": []}
    page = parse(render_html(report))
    layers = set(page.xpath("//input[@data-layer]/@data-layer"))
    assert {"quantity", "time", "dateline"} <= layers
    assert not layers & {"entity", "quote", "source", "claim"}
    for empty in ("entity", "quote", "source", "similarity"):
        assert not page.xpath("//section[@id=$id]", id=f"table-{empty}")
    for section in ("conflicts", "corroborated", "single-source", "summary"):
        assert not page.xpath("//*[@id=$id]", id=section), "no cross-check without claims"
    assert not page.xpath("//*[@data-claim]")

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


# The cross-check: a small story in two reports, written for these tests. They clash on the
# number of lorries and on the crossing, agree on the aid, and each says one thing alone.
EAST = ("قال مسؤول إن 40 شاحنة دخلت المدينة صباح الأحد. وافتُتح المعبر أمام المسافرين. "
        "ووزّع الهلال الأحمر المساعدات على السكان. وأعلنت البلدية خطة لإصلاح الطريق.")
WEST = ("دخلت 25 شاحنة المدينة صباح الأحد بحسب شهود. ولم يُفتتح المعبر بعد. "
        "ووزّع الهلال الأحمر مساعدات على الأهالي. وتحدّث سكان عن نقص في المياه.")
LORRIES = "العدد مختلف: «40 شاحنة» في «وكالة الشرق» مقابل «25 شاحنة» في «صحيفة الغرب»"
CROSSING = "نفي مقابل تأكيد: «صحيفة الغرب» تنفي ما تذكره «وكالة الشرق»"


def sentence_claims(article_id: str, text: str, first: int) -> list[dict]:
    """One claim per sentence of text, numbered from ``first``."""
    claims, start = [], 0
    for number, sentence in enumerate(text.split(". "), first):
        sentence = sentence.rstrip(".")
        start = text.index(sentence, start)
        claims.append({"id": f"c{number}", "article": article_id, "start": start,
                       "end": start + len(sentence), "text": sentence, "attributed_to": None,
                       "quote": None, "negated": False, "negations": [], "hedged": False,
                       "headline": False})
        start += len(sentence)
    return claims


def quantity(article_id: str, text: str, piece: str, ident: str, value: int) -> dict:
    start = text.index(piece)
    return {"id": ident, "article": article_id, "start": start, "end": start + len(piece),
            "text": piece, "value": value, "unit": "شاحنة", "approx": False}


@pytest.fixture
def story() -> dict:
    """A hand-made report: two conflicts, one agreement, a single-source fact per report."""
    claims = sentence_claims("a1", EAST, 1) + sentence_claims("a2", WEST, 5)
    denial = WEST.index("ولم")
    claims[5].update(negated=True, negations=[{"start": denial, "end": denial + len("ولم يُفتتح")}])
    claims[4]["attributed_to"] = "s1"
    return {
        "schema": "riwaya.report/1",
        "articles": [{"id": "a1", "path": None, "title": None, "outlet": "وكالة الشرق",
                      "published": "2021-03-09", "language": "ar", "text": EAST, "sentences": []},
                     {"id": "a2", "path": None, "title": None, "outlet": "صحيفة الغرب",
                      "published": "2021-03-09", "language": "ar", "text": WEST, "sentences": []}],
        "entities": [], "quotes": [], "times": [],
        "sources": [{"id": "s1", "article": "a2", "start": WEST.index("شهود"),
                     "end": WEST.index("شهود") + 4, "text": "شهود", "kind": "anonymous"}],
        "quantities": [quantity("a1", EAST, "40 شاحنة", "q1", 40),
                       quantity("a2", WEST, "25 شاحنة", "q2", 25)],
        "claims": claims,
        "alignments": [
            {"claims": ["c1", "c5"], "articles": ["a1", "a2"], "relation": "conflict",
             "score": 0.9, "reasons": [LORRIES]},
            {"claims": ["c2", "c6"], "articles": ["a1", "a2"], "relation": "conflict",
             "score": 0.8, "reasons": [CROSSING]},
            {"claims": ["c3", "c7"], "articles": ["a1", "a2"], "relation": "agree",
             "score": 0.7, "reasons": []}],
        "facts": [
            {"id": "f1", "text": claims[0]["text"], "claims": ["c1", "c5"], "articles": ["a1", "a2"],
             "status": "conflicting", "independent_sources": 2, "reasons": [LORRIES]},
            {"id": "f2", "text": claims[1]["text"], "claims": ["c2", "c6"], "articles": ["a1", "a2"],
             "status": "conflicting", "independent_sources": 2, "reasons": [CROSSING]},
            {"id": "f3", "text": claims[2]["text"], "claims": ["c3", "c7"], "articles": ["a1", "a2"],
             "status": "corroborated", "independent_sources": 2, "reasons": []},
            {"id": "f4", "text": claims[3]["text"], "claims": ["c4"], "articles": ["a1"],
             "status": "single-source", "independent_sources": 1, "reasons": []},
            {"id": "f5", "text": claims[7]["text"], "claims": ["c8"], "articles": ["a2"],
             "status": "single-source", "independent_sources": 1, "reasons": []}],
        "summary": [{"text": "تختلف التقارير في عدد الشاحنات", "facts": ["f1"],
                     "articles": ["a1", "a2"]},
                    {"text": "أكّدها تقريران: توزيع المساعدات", "facts": ["f3"],
                     "articles": ["a1", "a2"]}],
        "similarity": [{"articles": ["a1", "a2"], "overall": 1.5, "entities": 2.0,
                        "geography": 1.0, "time": 1.0, "narrative": 2.5}],
    }


def section(page, ident: str):
    (found,) = page.xpath("//section[@id=$id]", id=ident)
    return found


def test_the_conflicts_come_first_with_their_reasons(story):
    page = parse(render_html(story))
    order = [element.get("id") for element in page.xpath(
        "//main/section[@id] | //main/div[@class='tables']")]
    assert order[:5] == ["conflicts", "columns", "corroborated", "single-source", "summary"]
    conflicts = section(page, "conflicts")
    for fact, reason, pair in (("f1", LORRIES, ("c1", "c5")), ("f2", CROSSING, ("c2", "c6"))):
        (card,) = conflicts.xpath(".//article[@id=$id]", id=f"fact-{fact}")
        assert reason in card.xpath(".//ul[@class='reasons']")[0].text_content()
        sides = card.xpath(".//div[@class='side']")
        assert [s.xpath(".//p[@class='side-outlet']")[0].text_content() for s in sides] == [
            "وكالة الشرق", "صحيفة الغرب"]
        assert [s.xpath(".//a[@data-claim-link]/@href") for s in sides] == [[f"#m-{c}"] for c in pair]
    # the pieces the reason quotes, and the denial, are marked in the cited claims
    hits = [b.text_content() for b in conflicts.xpath(".//b[@class='hit']")]
    assert hits == ["40 شاحنة", "25 شاحنة", "ولم يُفتتح"]


def test_every_aligned_claim_is_linked_in_its_column():
    report = example_report()
    assert any(a["relation"] == "conflict" for a in report["alignments"])
    page = parse(render_html(report))
    articles = {c["id"]: c["article"] for c in report["claims"]}
    for alignment in report["alignments"]:
        for mine in alignment["claims"]:
            (anchor,) = page.xpath("//*[@id=$id]", id=f"m-{mine}")
            assert anchor.get("data-claim") == mine
            assert anchor.xpath("ancestor::div[@class='body']/@data-article") == [articles[mine]]
            partners = anchor.get(f"data-{alignment['relation']}").split()
            assert set(alignment["claims"]) - {mine} <= set(partners)
    for link in page.xpath("//a[starts-with(@href, '#')]"):  # every link lands somewhere
        assert page.xpath("//*[@id=$id]", id=link.get("href")[1:]), link.get("href")


def test_claims_keep_their_own_hover_text_out_of_the_highlights(story):
    page = parse(render_html(story))
    (lorries,) = marks_of(page, "q1")
    assert lorries.get("data-tip") == "القيمة: 40 · الوحدة: شاحنة"
    (claim,) = page.xpath("//span[@data-claim='c1']")
    assert lorries in claim.iter("mark")
    assert claim.get("class").split() == ["claim", "st-conflict"]
    assert claim.get("data-conflict") == "c5"
    tip = claim.get("data-claim-tip").split("\n")
    assert tip[:2] == ["ادعاء تعارضه تقارير أخرى", "يتعارض مع ما ورد في: صحيفة الغرب"]
    statuses = {c: page.xpath("//span[@data-claim=$c]/@class", c=c)[0] for c in ("c3", "c4", "c6")}
    assert statuses == {"c3": "claim st-agree", "c4": "claim st-single", "c6": "claim st-conflict"}
    assert "منسوب إلى: شهود" in page.xpath("//span[@data-claim='c5']/@data-claim-tip")[0]
    for article in story["articles"]:
        assert column_body(page, article["id"]).text_content() == article["text"]


def test_corroborated_facts_name_their_outlets_and_independent_sources(story):
    page = parse(render_html(story))
    (fact,) = section(page, "corroborated").xpath(".//article[@id='fact-f3']")
    meta = fact.xpath(".//p[@class='fact-meta']")[0]
    assert "نقلته تقريران" in meta.text_content() and "مصدران مستقلان" in meta.text_content()
    assert [(a.text_content(), a.get("href")) for a in meta.xpath(".//a")] == [
        ("وكالة الشرق", "#m-c3"), ("صحيفة الغرب", "#m-c7")]


def test_single_source_facts_are_grouped_by_outlet(story):
    page = parse(render_html(story))
    groups = section(page, "single-source").xpath(".//section[contains(@class, 'outlet-group')]")
    found = [(g.xpath(".//h3/a")[0].text_content(), g.xpath(".//li//a[@data-claim-link]/@href"))
             for g in groups]
    assert found == [("وكالة الشرق", ["#m-c4"]), ("صحيفة الغرب", ["#m-c8"])]
    assert page.xpath("//li[@id='fact-f4']//a")[0].text_content() == "وأعلنت البلدية خطة لإصلاح الطريق"


def test_summary_sentences_link_to_their_facts_and_reports(story):
    page = parse(render_html(story))
    items = section(page, "summary").xpath(".//li")
    assert [i.xpath(".//a/@href") for i in items] == [
        ["#fact-f1", "#article-a1", "#article-a2"], ["#fact-f3", "#article-a1", "#article-a2"]]
    assert items[0].xpath(".//a")[0].text_content() == "تفاصيل التعارض"


def test_hostile_claims_and_reasons_are_escaped(story):
    hostile = copy.deepcopy(story)
    payload = '<script>alert(3)</script>"><img src=x onerror=alert(4)>'
    hostile["alignments"][0]["reasons"] = [payload]
    hostile["facts"][2]["text"] = payload
    hostile["summary"][0]["text"] = payload
    hostile["sources"][0]["text"] = payload  # named in a claim's tooltip and citation
    hostile["claims"][7]["text"] = payload  # not the article's words: cited as given
    html = render_html(hostile)
    assert "<script>alert" not in html and "<img src=x" not in html
    page = parse(html)
    assert not page.xpath("//img") and len(page.xpath("//script")) == 1
    assert payload in section(page, "conflicts").text_content()
    assert payload in section(page, "summary").text_content()
    assert payload in section(page, "single-source").text_content()
    assert payload in page.xpath("//span[@data-claim='c5']/@data-claim-tip")[0]


def test_a_range_of_days_and_a_clock_time_are_shown_whole(write):
    """«منتصف آذار» is ten days, «الساعة 3 عصراً» an hour of a day: the table and the tooltip
    show both, not only the first day."""
    text = ("افتتاح جسر الزهور\n\nتفتتح البلدية الجسر في منتصف آذار المقبل، "
            "وكانت قد أغلقت الطريق أمس الساعة 3 عصراً.\n")
    report = compare([read_article(write("bridge.txt", text), published=date(2024, 1, 10))]).to_dict()
    page = parse(render_html(report))
    cells = [visible(" ".join(row.xpath(".//td//text()")))
             for row in page.xpath("//section[@id='table-time']//tbody/tr")]
    assert any("2024-03-11 – 2024-03-20" in cell for cell in cells)
    assert any("2024-01-09 15:00" in cell for cell in cells)


def test_a_clash_to_verify_has_its_own_section_after_the_conflicts():
    """The planted denial is a kind of clash the blind reads found mostly false: it is shown
    apart, with its reason and both claims, and not among the conflicts."""
    page = parse(render_html(example_report()))
    verify = section(page, "verify")
    (card,) = verify.xpath(".//article")
    assert visible(card.xpath(".//ul[@class='reasons']")[0].text_content()).startswith("نفي مقابل تأكيد")
    assert len(card.xpath(".//div[@class='side']")) == 2
    assert "نفي مقابل تأكيد" not in section(page, "conflicts").text_content()
    assert page.xpath("//nav//a[@href='#verify']")


def test_the_same_words_credited_to_different_sources_have_their_own_section():
    """Not among the conflicts: a section of its own names both sources, side by side."""
    page = parse(render_html(example_report()))
    order = [element.get("id") for element in page.xpath("//main/section[@id]")]
    assert order[:4] == ["conflicts", "verify", "credited", "columns"]
    credited = section(page, "credited")
    (card,) = credited.xpath(".//article")
    reason = visible(card.xpath(".//ul[@class='reasons']")[0].text_content())
    assert "ديرموت غالاغان» (مصدر مسمّى)" in reason and "«مصادر خاصة» (مصدر غير مسمّى)" in reason
    assert len(card.xpath(".//div[@class='side']")) == 2
    assert "القول نفسه منسوب" not in section(page, "conflicts").text_content()
    assert page.xpath("//nav//a[@href='#credited']")
