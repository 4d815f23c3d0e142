"""The web UI as a reader uses it, in Debian's chromium driven by Playwright: open a story from
the list, read a conflict and its reason, hover a claim to light its partner, paste two
articles and get their cross-check; on a phone the columns stack. Screenshots go to
test-artifacts/."""

from __future__ import annotations

import pytest
from support import ARTIFACTS, EXAMPLE_STORY, launch_chromium
from web.articles import MARKET, TOLL_HOSTILE


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        yield browser
        browser.close()


@pytest.fixture
def open_page(browser, base_url):
    """Open a page of the server in a fresh tab that records script errors and dialogs."""
    pages = []

    def open_page(path: str, width: int = 1400, height: int = 1000):
        page = browser.new_page(viewport={"width": width, "height": height})
        page.errors, page.dialogs = [], []
        page.on("pageerror", lambda error: page.errors.append(str(error)))
        page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
        page.on("console", lambda message: page.errors.append(message.text)
                if message.type == "error" else None)
        page.goto(base_url + path)
        pages.append(page)
        return page

    yield open_page
    for page in pages:
        page.close()


def save(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)
    assert (ARTIFACTS / name).stat().st_size > 10_000


def test_a_story_opened_from_the_list_shows_a_conflict_with_its_reason(open_page, story_id):
    page = open_page("/")
    page.get_by_role("link", name="رتل للتحالف الدولي").click()
    page.wait_for_url(f"**/stories/{story_id}")
    conflict = page.locator("#conflicts article.conflict").first
    assert conflict.is_visible()
    reason = conflict.locator(".reasons li").first.inner_text()
    assert "«نحو 50 آلية»" in reason
    assert page.locator("#conflicts").bounding_box()["y"] < page.locator("#columns").bounding_box()["y"]
    boxes = [page.locator(f"#article-a{n}").bounding_box() for n in (1, 2, 3)]
    assert boxes[0]["y"] == boxes[1]["y"] == boxes[2]["y"]
    assert boxes[0]["x"] > boxes[1]["x"] > boxes[2]["x"]  # the first report on the right
    save(page, "web-story.png")
    assert page.errors == []


def test_hovering_a_claim_lights_its_partner_in_another_column(open_page, story_id):
    page = open_page(f"/stories/{story_id}")
    claim = page.locator("#article-a1 .claim[data-conflict]").first
    partner_id = claim.get_attribute("data-conflict").split()[0]
    partner = page.locator(f'.claim[data-claim="{partner_id}"]').first
    assert partner.evaluate("p => p.closest('.body').dataset.article") != "a1"
    assert "is-partner" not in partner.get_attribute("class")
    claim.scroll_into_view_if_needed()
    x, y = claim.evaluate("c => { const r = c.getClientRects()[0];"
                          " return [r.left + r.width / 2, r.top + r.height / 2]; }")
    page.mouse.move(x, y)
    assert {"is-partner", "rel-conflict"} <= set(partner.get_attribute("class").split())
    assert page.locator(".tip").is_visible()
    page.mouse.move(1, 1)
    assert "is-partner" not in partner.get_attribute("class")
    assert page.errors == []


def test_a_panel_link_leads_to_the_mention_in_the_columns(open_page, story_id):
    page = open_page(f"/stories/{story_id}")
    spelling = page.locator("#entities a.spelling").last
    words, target = spelling.inner_text(), spelling.get_attribute("href")
    spelling.click()
    page.wait_for_function("id => { const r = document.getElementById(id).getBoundingClientRect();"
                           " return r.top >= 0 && r.bottom <= innerHeight; }", arg=target[1:])
    assert page.locator(target).inner_text() in words  # a mention cut by a quote starts there


def test_two_pasted_articles_get_a_report_with_their_markup_as_text(open_page):
    page = open_page("/compare")
    slots = page.locator("fieldset.slot")
    assert slots.nth(1).is_visible() and not slots.nth(2).is_visible()
    page.locator("button.add-slot").click()  # a third slot on demand, left empty
    assert slots.nth(2).is_visible()
    for n, article in enumerate((MARKET, TOLL_HOSTILE)):
        slots.nth(n).locator("textarea").fill(article["text"])
        slots.nth(n).locator("input[name=outlet]").fill(article["outlet"])
    page.locator("input[name=published]").fill(MARKET["published"])
    with page.expect_navigation(timeout=120_000):
        page.get_by_role("button", name="قارن").click()
    assert page.locator("#columns article.report").count() == 2
    assert page.locator("#article-a1 .outlet").inner_text() == "وكالة الأفق"
    column = page.locator("#article-a2 .body").inner_text()
    assert "<script>alert('riwaya')</script>" in column and "onerror=alert(1)" in column
    assert page.locator("#article-a2 img").count() == 0
    assert page.locator("#conflicts").is_visible()
    assert page.locator("#timeline time").first.get_attribute("datetime") == "2021-03-05"
    save(page, "web-compare.png")
    assert page.dialogs == [] and page.errors == []


def test_on_a_phone_the_reports_stack_and_nothing_overflows(open_page, story_id):
    page = open_page(f"/stories/{story_id}", width=390, height=844)
    boxes = [page.locator(f"#article-a{n}").bounding_box() for n in (1, 2, 3)]
    assert boxes[0]["y"] < boxes[1]["y"] < boxes[2]["y"]
    assert page.evaluate("document.documentElement.scrollWidth <= innerWidth")
    page.screenshot(path=str(ARTIFACTS / "web-story-phone.png"))
    assert page.errors == []


def test_an_english_report_pasted_beside_an_arabic_one_reads_left_to_right(open_page):
    """The web UI lays out mixed-direction columns as the report does: the English text left to
    right beside the Arabic column, and the number they disagree on is a conflict."""
    root = EXAMPLE_STORY.parent
    page = open_page("/compare")
    slots = page.locator("fieldset.slot")
    for n, path in enumerate((root / "hasakah-convoy" / "01-rafed.txt", root / "hasakah-convoy-en" / "03-al-jisr.txt")):
        slots.nth(n).locator("textarea").fill(path.read_text(encoding="utf-8"))
    page.locator("input[name=published]").fill("2020-11-17")
    with page.expect_navigation(timeout=120_000):
        page.get_by_role("button", name="قارن").click()
    arabic, english = (page.locator(f"#article-a{n} .body") for n in (1, 2))
    assert arabic.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert english.evaluate("e => getComputedStyle(e).direction") == "ltr"
    assert page.locator("#article-a1").bounding_box()["x"] > page.locator("#article-a2").bounding_box()["x"]
    assert "35 vehicles" in page.locator("#conflicts").inner_text()
    save(page, "web-compare-mixed-languages.png")
    assert page.dialogs == [] and page.errors == []
