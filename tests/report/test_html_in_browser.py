"""The example report as a reader sees it, in a real Chromium: columns side by side, a tooltip
on hover, layers that switch off, a claim lighting up its partners in the other columns, no
script errors. Saves screenshots to test-artifacts/ and the test's tmp dir."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from support import ARTIFACTS, launch_chromium

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def page(tmp_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        report = tmp_path / "report.html"
        files = sorted((ROOT / "examples" / "hasakah-convoy").glob("*.txt"))
        subprocess.run([sys.executable, "-m", "riwaya", "compare", *map(str, files), "--published",
                        "2020-11-17", "-o", str(report)], check=True, capture_output=True)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.errors = []
        page.on("pageerror", lambda error: page.errors.append(str(error)))
        page.goto(report.as_uri())
        yield page
        browser.close()


def test_the_reports_stand_side_by_side_right_to_left(page):
    boxes = [page.locator(f"#article-a{n}").bounding_box() for n in (1, 2, 3)]
    assert boxes[0]["y"] == boxes[1]["y"] == boxes[2]["y"]
    assert boxes[0]["x"] > boxes[1]["x"] > boxes[2]["x"]  # the first report on the right
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "example-report.png"), full_page=True)
    assert page.errors == []


def test_hovering_a_quantity_shows_its_value_and_unit(page):
    page.locator("mark.l-quantity", has_text="نحو 50 آلية").first.hover()
    tip = page.locator(".tip")
    tip.wait_for(state="visible")
    assert "50" in tip.inner_text() and "آلية" in tip.inner_text()


def test_a_layer_switched_off_loses_its_highlight(page):
    mark = page.locator("mark.l-quantity", has_text="نحو 50 آلية").first
    colour = mark.evaluate("m => getComputedStyle(m).backgroundColor")
    page.locator("input[data-layer=quantity]").uncheck()
    assert mark.evaluate("m => getComputedStyle(m).backgroundColor") != colour
    assert page.errors == []


def test_hovering_a_claim_lights_its_conflicting_partner_in_another_column(page, tmp_path):
    claim = page.locator("#article-a1 .claim[data-conflict]").first
    partner_id = claim.get_attribute("data-conflict").split()[0]
    partner = page.locator(f'.claim[data-claim="{partner_id}"]').first
    assert partner.evaluate("p => p.closest('.body').dataset.article") != "a1"
    assert "is-partner" not in partner.get_attribute("class")
    colour = partner.evaluate("p => getComputedStyle(p).backgroundColor")

    claim.scroll_into_view_if_needed()
    x, y = claim.evaluate("c => { const r = c.getClientRects()[0];"
                          " return [r.left + r.width / 2, r.top + r.height / 2]; }")
    page.mouse.move(x, y)
    assert {"is-partner", "rel-conflict"} <= set(partner.get_attribute("class").split())
    assert "is-active" in claim.get_attribute("class").split()
    assert partner.evaluate("p => getComputedStyle(p).backgroundColor") != colour
    page.screenshot(path=str(tmp_path / "claim-hover.png"))
    assert (tmp_path / "claim-hover.png").stat().st_size > 0

    page.mouse.click(x, y)  # goes to the partner
    page.wait_for_function("p => { const r = p.getBoundingClientRect();"
                           " return r.top >= 0 && r.bottom <= innerHeight; }",
                           arg=partner.element_handle())
    page.mouse.move(1, 1)
    assert "is-partner" not in partner.get_attribute("class")
    assert page.errors == []


def test_the_conflicts_come_before_the_columns(page):
    conflicts = page.locator("#conflicts").bounding_box()
    assert conflicts["y"] < page.locator("#columns").bounding_box()["y"]
    assert page.locator("#conflicts .reasons li").count() >= 1


def test_an_english_column_reads_left_to_right_beside_arabic_ones(tmp_path):
    """An Arabic report beside the English report of the same story: the columns stand side by
    side right to left, the English one laid out left to right (its lines start at its left edge)."""
    from playwright.sync_api import sync_playwright

    report = tmp_path / "mixed.html"
    files = [ROOT / "examples" / "hasakah-convoy" / "01-rafed.txt",
             ROOT / "examples" / "hasakah-convoy-en" / "03-al-jisr.txt"]
    subprocess.run([sys.executable, "-m", "riwaya", "compare", *map(str, files), "--published",
                    "2020-11-17", "-o", str(report)], check=True, capture_output=True)
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(report.as_uri())
        arabic, english = (page.locator(f"#article-a{n} .body") for n in (1, 2))
        assert arabic.evaluate("e => getComputedStyle(e).direction") == "rtl"
        assert english.evaluate("e => getComputedStyle(e).direction") == "ltr"
        box_ar, box_en = arabic.bounding_box(), english.bounding_box()
        assert box_ar["y"] == box_en["y"] and box_ar["x"] > box_en["x"]
        mark = english.locator("mark.l-quantity", has_text="35 vehicles").first
        assert mark.bounding_box()["x"] < box_en["x"] + box_en["width"] / 2  # read from the left
        # the conflict card: its English claim reads left to right, and the Arabic reason keeps
        # «35 vehicles» in its own direction (not «vehicles 35»)
        quotes = page.locator("#conflicts .side blockquote")
        assert [quotes.nth(i).evaluate("e => getComputedStyle(e).direction")
                for i in range(quotes.count())] == ["rtl", "ltr"]
        piece = page.locator("#conflicts .reasons bdi", has_text="35 vehicles")
        assert piece.evaluate("e => getComputedStyle(e).direction") == "ltr"
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "mixed-report.png"), full_page=False)
        browser.close()
    assert errors == []
