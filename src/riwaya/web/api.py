"""The JSON API: stories and their reports from the store, single articles, comparisons of
posted articles and ingestion into the store. Each endpoint is one call into the Python API."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse, Response

from riwaya.errors import InputError
from riwaya.model import Article
from riwaya.model.report import article_to_dict
from riwaya.store.schema import MAX_ID

from .guards import check_token
from .inputs import CompareIn, IngestIn, article_from_json
from .services import Services

router = APIRouter(prefix="/api")

REPORT = {200: {"description": "The cross-check as `riwaya.report/1` JSON (the schema ships as "
                               "`riwaya/model/report.schema.json`)."}}
ERRORS = {code: {"description": text} for code, text in (
    (404, "No such story or article"), (413, "The request body is too large"),
    (422, "An article cannot be read, or the request is malformed; the message says which and why"))}


def services(request: Request) -> Services:
    return request.app.state.services


Backend = Annotated[Services, Depends(services)]
StoreId = Annotated[int, Path(ge=1, le=MAX_ID, description="A story's or article's id in the store")]


def writer(request: Request, backend: Backend) -> None:
    """Let a write through only with the API token, when one is set."""
    check_token(request, backend.token)


def describe_story(story) -> dict[str, Any]:
    """A StoryInfo as JSON: dates as YYYY-MM-DD."""
    data = asdict(story)
    for key in ("first_published", "last_published"):
        data[key] = data[key].isoformat() if data[key] else None
    data["outlets"] = list(data["outlets"])
    return data


@router.get("/stories", summary="List stories, newest first", responses=ERRORS)
def list_stories(backend: Backend, limit: Annotated[int, Query(ge=1, le=500)] = 50,
                 offset: Annotated[int, Query(ge=0, le=MAX_ID)] = 0,
                 q: Annotated[str | None, Query(max_length=200, description="Words of the title")] = None,
                 ) -> dict[str, Any]:
    stories = backend.store.stories(limit=limit, offset=offset, search=q or None)
    return {"stories": [describe_story(s) for s in stories], "limit": limit, "offset": offset}


@router.get("/stories/{story_id}", summary="One story: its outlets, dates and articles", responses=ERRORS)
def get_story(story_id: StoreId, backend: Backend) -> dict[str, Any]:
    story = backend.store.story(story_id)
    articles = backend.store.story_articles(story_id)
    return {**describe_story(story), "articles": [describe_article(a) for a in articles]}


@router.get("/stories/{story_id}/report", summary="A story's cross-check (riwaya.report/1)",
            responses={**REPORT, **ERRORS})
def get_story_report(story_id: StoreId, backend: Backend) -> Response:
    return Response(backend.story_report_json(story_id), media_type="application/json")


@router.get("/articles/{article_id}", summary="One stored article with its text", responses=ERRORS)
def get_article(article_id: StoreId, backend: Backend) -> dict[str, Any]:
    return article_to_dict(backend.store.article(article_id))


@router.post("/compare", summary="Cross-check 2-10 posted reports of one story",
             responses={**REPORT, **ERRORS})
def compare_articles(body: CompareIn, backend: Backend) -> JSONResponse:
    articles = [article_from_json(item, f"articles[{n}]", backend.settings)
                for n, item in enumerate(body.articles)]
    return JSONResponse(backend.compare(articles))


@router.post("/ingest", summary="Add articles to the store (needs the API token when one is set)",
             responses={401: {"description": "The API token is set and was not given"}, **ERRORS},
             dependencies=[Depends(writer)])
def ingest_articles(body: IngestIn, backend: Backend) -> dict[str, Any]:
    items: list[Article | InputError] = []
    for n, item in enumerate(body.articles):
        try:
            items.append(article_from_json(item, f"articles[{n}]", backend.settings))
        except InputError as error:
            items.append(error)
    summary = backend.ingest(items)
    return {"added": summary.added, "updated": summary.updated, "duplicates": summary.duplicates,
            "copies": summary.copies, "stories_touched": sorted(summary.stories_touched),
            "bad": [str(error) for error in summary.bad]}


def describe_article(article: Article) -> dict[str, Any]:
    """An article's metadata without its text, for lists."""
    data = article_to_dict(article)
    return {key: data[key] for key in ("id", "title", "outlet", "published", "url", "language")}
