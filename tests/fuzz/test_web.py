"""The HTTP API and the pages on hostile requests, through the app in this process: never a
5xx; under /api every 4xx is JSON with a message; an ingest stores its good articles and names
its bad ones."""

from __future__ import annotations

from fuzz.harness import run_web
from fuzz.strategies import Request, api_requests, article_record, bounded, dumps, page_requests
from hypothesis import given
from hypothesis import strategies as st


@bounded(300)
@given(api_requests(compare_ok=False))
def test_the_api_answers_hostile_requests_under_500(request):
    outcome = run_web(request)
    assert outcome.clean, str(outcome)


@bounded(6)
@given(api_requests(reach=True))
def test_the_api_compares_posted_articles_or_says_why_not(request):
    outcome = run_web(request)
    assert outcome.clean, str(outcome)


@bounded(25)
@given(st.lists(article_record(), min_size=1, max_size=5))
def test_the_api_ingest_stores_the_good_articles_and_names_the_bad(records):
    known = [(record, expect) for record, expect in records if expect is not None]
    invalid = any(expect == "invalid" for _, expect in known)
    request = Request("POST", "/api/ingest", body=dumps({"articles": [r for r, _ in known]}),
                      content_type="application/json", expect_ok=bool(known) and not invalid,
                      good_count=sum(expect == "accept" for _, expect in known),
                      refused=tuple(n for n, (_, expect) in enumerate(known) if expect == "refuse"))
    outcome = run_web(request)
    assert outcome.clean, str(outcome)
    if invalid:
        assert outcome.kind == "refused", str(outcome)


@bounded(150)
@given(page_requests(compare_ok=False))
def test_the_pages_answer_hostile_requests_under_500(request):
    outcome = run_web(request)
    assert outcome.clean, str(outcome)


@bounded(4)
@given(page_requests(reach=True))
def test_the_compare_form_compares_pasted_and_uploaded_articles_or_says_why_not(request):
    outcome = run_web(request)
    assert outcome.clean, str(outcome)
