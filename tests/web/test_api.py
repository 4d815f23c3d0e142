"""The JSON API over real HTTP: stories, reports and articles from the store, comparisons of
posted articles, ingestion behind the token, and errors that say what is wrong."""

from __future__ import annotations

import httpx2
import pytest
from support import EXAMPLE_STORY
from web.articles import MARKET, TOLL_HOSTILE
from web.serving import SMALL_LIMIT, TOKEN

from riwaya.model.report import validate_report


def error_of(response) -> dict:
    """The error body every failure carries."""
    assert response.headers["content-type"].startswith("application/json")
    return response.json()["error"]


def test_the_example_story_is_listed_with_its_outlets_dates_and_size(client, story_id):
    response = client.get("/api/stories")
    assert response.status_code == 200
    (story,) = response.json()["stories"]
    assert story["id"] == story_id
    assert story["size"] == 3
    assert set(story["outlets"]) == {"رافد", "الفرات اليوم", "الجسر"}
    assert story["first_published"] == story["last_published"] == "2020-11-17"
    assert "تل شعيب" in story["title"]


def test_stories_are_searched_by_title_words(client, story_id):
    found = client.get("/api/stories", params={"q": "تل شعيب"}).json()["stories"]
    assert [s["id"] for s in found] == [story_id]
    assert client.get("/api/stories", params={"q": "زلزال"}).json()["stories"] == []


def test_a_story_lists_its_articles_without_their_texts(client, story_id):
    story = client.get(f"/api/stories/{story_id}").json()
    assert {a["outlet"] for a in story["articles"]} == {"رافد", "الفرات اليوم", "الجسر"}
    assert all("text" not in a for a in story["articles"])


def test_a_story_report_is_a_valid_cross_check_with_reasons_for_its_conflicts(client, story_id):
    report = client.get(f"/api/stories/{story_id}/report").json()
    validate_report(report)
    assert report["schema"] == "riwaya.report/1"
    assert len(report["articles"]) == 3
    conflicts = [a for a in report["alignments"] if a["relation"] == "conflict"]
    assert conflicts and all(a["reasons"] for a in conflicts)
    assert any("50" in reason for a in conflicts for reason in a["reasons"])


def test_an_article_comes_with_its_exact_text(client, story_id):
    listed = client.get(f"/api/stories/{story_id}").json()["articles"]
    rafed = next(a for a in listed if a["outlet"] == "رافد")
    article = client.get(f"/api/articles/{rafed['id']}").json()
    expected = (EXAMPLE_STORY / "01-rafed.txt").read_text(encoding="utf-8").strip()
    assert article["text"] == expected
    assert article["title"].startswith("رتل للتحالف الدولي")


@pytest.mark.parametrize("path", ["/api/stories/9999", "/api/stories/9999/report", "/api/articles/9999"])
def test_a_missing_story_or_article_is_a_404_naming_it(client, path):
    response = client.get(path)
    assert response.status_code == 404
    error = error_of(response)
    assert error["code"] == "E301"
    assert "9999" in error["message"] and "no such" in error["message"]


def test_a_malformed_id_is_refused_with_the_parameter_named(client):
    response = client.get("/api/stories/الأولى")
    assert response.status_code == 422
    assert "story_id" in error_of(response)["message"]


@pytest.mark.parametrize("path, params, named", [
    (f"/api/stories/{2**63}", {}, "story_id"),
    (f"/api/stories/{2**63}/report", {}, "story_id"),
    (f"/api/articles/{2**63}", {}, "article_id"),
    ("/api/stories", {"offset": 2**63}, "offset"),
])
def test_an_id_or_offset_beyond_64_bits_is_a_422_naming_it(client, path, params, named):
    response = client.get(path, params=params)
    assert response.status_code == 422
    assert error_of(response)["message"].startswith(f"{named}: ")


def test_an_unknown_api_path_is_a_json_404(client):
    response = client.get("/api/nothing-here")
    assert response.status_code == 404
    assert error_of(response)["status"] == 404


def test_posted_articles_are_compared_and_their_text_kept_exactly(hostile_report):
    validate_report(hostile_report)
    outlets = [a["outlet"] for a in hostile_report["articles"]]
    assert outlets == ["وكالة الأفق", "صحيفة المدار"]
    assert hostile_report["articles"][1]["text"] == TOLL_HOSTILE["text"]
    assert hostile_report["articles"][0]["published"] == "2021-03-09"
    # «يوم الجمعة الماضي» resolved against the posted date, in both reports
    assert {t["value"] for t in hostile_report["times"]} == {"2021-03-05"}


def test_comparing_one_article_is_refused(client):
    response = client.post("/api/compare", json={"articles": [MARKET]})
    assert response.status_code == 422
    message = error_of(response)["message"]
    assert message.startswith("articles:") and "at least 2" in message


def test_an_unreadable_posted_article_is_named_with_the_reason(client):
    empty = {**TOLL_HOSTILE, "text": "   \n  "}
    response = client.post("/api/compare", json={"articles": [MARKET, empty]})
    assert response.status_code == 422
    error = error_of(response)
    assert error["code"] == "E102"
    assert error["message"].startswith("articles[1]:") and "empty" in error["message"]


def test_a_bad_publication_date_is_named(client):
    response = client.post("/api/compare", json={"articles": [MARKET, {**TOLL_HOSTILE, "published": "الجمعة"}]})
    assert response.status_code == 422
    assert error_of(response)["code"] == "E110"


def test_unknown_fields_are_refused_not_ignored(client):
    response = client.post("/api/compare", json={"articles": [MARKET, {**MARKET, "auther": "x"}]})
    assert response.status_code == 422
    assert "articles.1.auther" in error_of(response)["message"]


def test_the_openapi_spec_lists_every_endpoint(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/stories", "/api/stories/{story_id}", "/api/stories/{story_id}/report",
            "/api/articles/{article_id}", "/api/compare", "/api/ingest"} <= set(spec["paths"])
    assert "/" not in spec["paths"]  # pages are not API


def test_every_response_forbids_foreign_scripts(client):
    policy = client.get("/api/stories").headers["content-security-policy"]
    assert "script-src 'self'" in policy and "default-src 'none'" in policy
    assert client.get("/").headers["x-content-type-options"] == "nosniff"


def test_ingest_needs_the_token(writer_url):
    body = {"articles": [MARKET]}
    missing = httpx2.post(f"{writer_url}/api/ingest", json=body)
    assert missing.status_code == 401
    assert "Authorization: Bearer" in error_of(missing)["message"]
    wrong = httpx2.post(f"{writer_url}/api/ingest", json=body, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401


def test_ingest_adds_articles_once_and_reports_bad_ones(writer_url):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    bad = {"text": "", "title": "فارغ"}
    first = httpx2.post(f"{writer_url}/api/ingest", json={"articles": [MARKET, TOLL_HOSTILE, bad]},
                        headers=auth, timeout=120)
    assert first.status_code == 200, first.text
    summary = first.json()
    assert summary["added"] == 2
    assert len(summary["bad"]) == 1 and summary["bad"][0].startswith("articles[2]:")
    assert len(summary["stories_touched"]) >= 1
    again = httpx2.post(f"{writer_url}/api/ingest", json={"articles": [MARKET]}, headers=auth).json()
    assert again["added"] == 0 and again["duplicates"] == 1
    stories = httpx2.get(f"{writer_url}/api/stories").json()["stories"]
    assert {outlet for s in stories for outlet in s["outlets"]} == {"وكالة الأفق", "صحيفة المدار"}


def test_a_body_over_the_limit_is_refused_before_it_is_read(writer_url):
    huge = {"articles": [{**MARKET, "text": MARKET["text"] * 200}, TOLL_HOSTILE]}
    response = httpx2.post(f"{writer_url}/api/compare", json=huge)
    assert response.status_code == 413
    assert f"{SMALL_LIMIT:,}" in error_of(response)["message"]


def test_a_streamed_body_over_the_limit_is_cut_off(writer_url):
    def chunks():  # no Content-Length: the size is only known while reading
        yield b'{"articles": [{"text": "'
        for _ in range(SMALL_LIMIT // 1000 + 2):
            yield "خبر ".encode() * 250
        yield b'"}]}'

    response = httpx2.post(f"{writer_url}/api/compare", content=chunks(),
                           headers={"content-type": "application/json"})
    assert response.status_code == 413
