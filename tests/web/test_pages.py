"""The web UI's pages as served: the story list, a story's cross-check with its panels, the
compare form, the fixed asset list, and article text that can never become markup."""

from __future__ import annotations

import lxml.html
import pytest
from web.articles import MARKET, TOLL_HOSTILE

from riwaya.web.pages import render_report


def parse(response):
    assert response.headers["content-type"].startswith("text/html")
    return lxml.html.document_fromstring(response.text)


def texts(page, xpath: str) -> list[str]:
    return [" ".join(node.text_content().split()) for node in page.xpath(xpath)]


@pytest.fixture(scope="module")
def story_page(client, story_id):
    response = client.get(f"/stories/{story_id}")
    assert response.status_code == 200
    return parse(response)


def test_the_story_list_shows_outlets_date_and_size(client, story_id):
    page = parse(client.get("/"))
    (item,) = page.xpath("//li[contains(@class, 'story-item')]")
    (link,) = item.xpath(".//a[@class='story-link']")
    assert link.get("href") == f"/stories/{story_id}"
    assert "تل شعيب" in link.text_content()
    assert texts(item, ".//span[@class='meta-count']") == ["3 تقارير"]
    assert texts(item, ".//span[@class='story-dates']") == ["17 نوفمبر 2020"]
    assert set(texts(item, ".//p[@class='story-outlets']/span")) == {"رافد", "الفرات اليوم", "الجسر"}


def test_a_search_without_match_says_so(client, story_id):
    page = parse(client.get("/", params={"q": "زلزال"}))
    assert not page.xpath("//li[contains(@class, 'story-item')]")
    assert "زلزال" in texts(page, "//p[contains(@class, 'empty')]")[0]


def test_the_story_view_is_right_to_left_with_the_conflicts_before_the_columns(story_page):
    assert story_page.get("dir") == "rtl" and story_page.get("lang") == "ar"
    sections = [s.get("id") for s in story_page.xpath("//main/section")]
    assert sections.index("conflicts") < sections.index("columns")
    assert len(story_page.xpath("//section[@id='columns']/article")) == 3
    reasons = texts(story_page, "//section[@id='conflicts']//ul[@class='reasons']/li")
    assert any("«نحو 50 آلية»" in reason for reason in reasons)


@pytest.fixture(scope="module")
def report(client, story_id) -> dict:
    return client.get(f"/api/stories/{story_id}/report").json()


def test_who_said_what_puts_a_speaker_quoted_by_two_outlets_first(story_page, report):
    outlets = {a["id"]: a["outlet"] for a in report["articles"]}
    names = {e["id"]: e["name"] for e in report["entities"]}
    quoted_by: dict[str, set[str]] = {}
    for quote in report["quotes"]:
        if quote["speaker"]:
            quoted_by.setdefault(names[quote["speaker"]], set()).add(outlets[quote["article"]])
    widest = max(len(found) for found in quoted_by.values())
    assert widest >= 2  # the colonel is quoted by رافد and الجسر, under two spellings
    (first,) = story_page.xpath("//section[@id='who-said-what']/article[1]")
    (name,) = texts(first, ".//span[@class='speaker-name']")
    assert len(quoted_by[name]) == widest
    assert set(texts(first, ".//span[contains(@class, 'outlet-chip')]")) == quoted_by[name]
    anonymous = story_page.xpath("//section[@id='who-said-what']/article[contains(@class, 'is-anonymous')]")
    assert "مصادر محلية" in [texts(a, ".//span[@class='speaker-name']")[0] for a in anonymous]


def test_the_entity_panel_shows_every_spelling_with_a_link_to_it(story_page, report):
    panel = {texts(e, ".//span[contains(@class, 'entity-name')]")[0]:
             {a.text_content(): a.get("href") for a in e.xpath(".//a[@class='spelling']")}
             for e in story_page.xpath("//section[@id='entities']//li[@class='entity']")}
    for entity in report["entities"]:
        assert set(panel[entity["name"]]) == {m["text"] for m in entity["mentions"]}
    assert any(len(spellings) > 1 for spellings in panel.values())
    for spellings in panel.values():  # each spelling leads to a highlighted mention in a column
        for href in spellings.values():
            assert story_page.xpath(f"//section[@id='columns']//*[@id='{href[1:]}']")


def test_the_timeline_orders_the_dated_events(story_page):
    days = story_page.xpath("//ol[@class='timeline']/li")
    values = [day.xpath(".//time/@datetime")[0] for day in days]
    assert values == sorted(values)
    saturday = days[values.index("2020-11-14")]
    assert texts(saturday, ".//time") == ["السبت 14 نوفمبر 2020"]
    events = saturday.xpath(".//li[@class='event']")
    assert {texts(e, ".//span[contains(@class, 'outlet-chip')]")[0] for e in events} == {
        "رافد", "الفرات اليوم", "الجسر"}
    assert "يوم السبت الماضي" in texts(saturday, ".//b[@class='when']")


def test_no_page_loads_anything_from_elsewhere(client, story_id):
    for path in ("/", f"/stories/{story_id}", "/compare", "/stories/9999"):
        html = client.get(path).text
        assert "http://" not in html and "https://" not in html and "//cdn" not in html, path


def test_the_story_view_loads_only_its_own_files(story_page):
    scripts = story_page.xpath("//script")
    assert [s.get("src").split("?")[0] for s in scripts] == ["/static/report.js"]
    assert all(not (s.text or "").strip() for s in scripts)
    links = story_page.xpath("//link[@rel='stylesheet']/@href")
    assert [href.split("?")[0] for href in links] == ["/static/report.css", "/static/web.css"]


def test_a_missing_story_is_an_arabic_404_page(client):
    response = client.get("/stories/9999")
    assert response.status_code == 404
    page = parse(response)
    assert texts(page, "//h1") == ["الصفحة غير موجودة"]
    assert "story 9999" in texts(page, "//p[@class='error-message']")[0]


def test_a_story_id_beyond_64_bits_is_an_error_page(client):
    response = client.get(f"/stories/{2**63}")
    assert response.status_code == 422
    page = parse(response)
    assert texts(page, "//h1") == ["تعذّر قبول الطلب"]
    assert texts(page, "//p[@class='error-message']")[0].startswith("story_id: ")


def test_assets_come_from_a_fixed_list(client):
    css = client.get("/static/report.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    for path in ("/static/html.py", "/static/..%2f..%2fsettings.py", "/static/%2e%2e%2fhtml.py",
                 "/static/../../../etc/passwd", "/static/templates%2freport.html.j2"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert "import" not in response.text and "root:" not in response.text


def test_hostile_article_text_is_shown_as_text(hostile_report):
    html = render_report(hostile_report, "compare").body.decode()
    assert "&lt;script&gt;alert(&#39;riwaya&#39;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    page = lxml.html.document_fromstring(html)
    assert [s.get("src").split("?")[0] for s in page.xpath("//script")] == ["/static/report.js"]
    assert not page.xpath("//img") and not page.xpath("//*[@onerror]")
    column = page.xpath("//div[@data-article='a2']")[0].text_content()
    assert "<script>alert('riwaya')</script>" in column


def test_the_compare_form_offers_ten_slots_and_an_upload(client):
    page = parse(client.get("/compare"))
    assert len(page.xpath("//form[@action='/compare']//textarea[@name='text']")) == 10
    assert page.xpath("//input[@type='file'][@name='files'][@multiple]")


def test_one_pasted_article_is_refused_and_kept_in_the_form(client):
    response = client.post("/compare", data={"text": [MARKET["text"], "", ""], "title": ["", "", ""],
                                             "outlet": ["", "", ""], "published": ""})
    assert response.status_code == 422
    page = parse(response)
    assert "وصل 1" in texts(page, "//p[@role='alert']")[0]
    assert page.xpath("//textarea[@name='text']")[0].text_content() == MARKET["text"]
    assert len(page.xpath("//textarea[@name='text']")) == 10


def test_an_unreadable_upload_is_named(client):
    files = [("files", ("notes.txt", b"\x00\x01\x02binary" * 20, "text/plain")),
             ("files", ("toll.txt", TOLL_HOSTILE["text"].encode(), "text/plain"))]
    response = client.post("/compare", data={"text": [MARKET["text"]]}, files=files)
    assert response.status_code == 422
    assert texts(parse(response), "//p[@role='alert']")[0].startswith("notes.txt: [E103]")
