"""The web UI: the story list, a story's cross-check (the HTML report's page with the web's
panels), and the compare form. Templates extend the report's own, so the story view and
`riwaya compare -o report.html` are one page; the CSS and JS are served from a fixed list,
never from a path a request names."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse
from jinja2 import ChoiceLoader, PackageLoader
from starlette.datastructures import UploadFile

from riwaya import __version__
from riwaya.errors import InputError
from riwaya.model import Article
from riwaya.report.html import build_context, make_environment, report_loader
from riwaya.report.wording import describe_count, format_date
from riwaya.settings import Settings

from .api import StoreId
from .inputs import MAX_COMPARED, MIN_COMPARED, article_from_form, article_from_upload
from .panels import PANEL_LAYERS, build_panels
from .services import Services

router = APIRouter(include_in_schema=False)

STORIES_PER_PAGE = 30
ASSET_FILES = {  # name -> (package, media type): everything /static/ can ever answer
    "report.css": ("riwaya.report", "text/css"),
    "report.js": ("riwaya.report", "text/javascript"),
    "web.css": ("riwaya.web", "text/css"),
    "web.js": ("riwaya.web", "text/javascript"),
}


@dataclass(frozen=True)
class Asset:
    body: bytes
    media_type: str
    version: str


@cache
def load_asset(name: str) -> Asset:
    """One of the fixed assets, read once from the package."""
    package, media_type = ASSET_FILES[name]
    body = (resources.files(package) / "templates" / name).read_bytes()
    return Asset(body, media_type, hashlib.sha256(body).hexdigest()[:12])


def asset_url(name: str) -> str:
    """The address of an asset, with its content hash so a new version is never stale."""
    return f"/static/{name}?v={load_asset(name).version}"


@cache
def environment():
    """The web's templates, falling back to the report's (which they extend)."""
    env = make_environment(ChoiceLoader([PackageLoader("riwaya.web", "templates"), report_loader()]))
    env.globals.update(asset=asset_url, version=__version__)
    return env


def render(name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    return HTMLResponse(environment().get_template(name).render(**context), status_code)


def render_error(request: Request, status: int, message: str) -> HTMLResponse:
    """The page for an error on a UI route."""
    return render("error.html.j2", status, status=status, message=message, section="")


def render_report(report: dict[str, Any], section: str) -> HTMLResponse:
    """A cross-check as the story view: the report's page, with the panels in place of the
    tables they show; ``section`` is the part of the site it belongs to (stories, compare)."""
    context = build_context(report)
    context["tables"] = [t for t in context["tables"] if t["layer"] not in PANEL_LAYERS]
    return render("story.html.j2", **context, panels=build_panels(report), section=section)


def services(request: Request) -> Services:
    return request.app.state.services


Backend = Annotated[Services, Depends(services)]


@router.get("/static/{name}")
def static_asset(name: str) -> Response:
    if name not in ASSET_FILES:
        raise HTTPException(404, f"no such file: {name}")
    asset = load_asset(name)
    return Response(asset.body, media_type=asset.media_type,
                    headers={"cache-control": "public, max-age=86400"})


@router.get("/", response_class=HTMLResponse)
def stories_page(backend: Backend, q: Annotated[str, Query(max_length=200)] = "",
                 page: Annotated[int, Query(ge=1, le=100_000)] = 1) -> HTMLResponse:
    found = backend.store.stories(limit=STORIES_PER_PAGE + 1, offset=(page - 1) * STORIES_PER_PAGE,
                                  search=q.strip() or None)
    stories = [{"id": s.id, "title": s.title, "size": describe_count(s.size), "outlets": s.outlets,
                "first": format_date(s.first_published.isoformat()) if s.first_published else None,
                "last": format_date(s.last_published.isoformat()) if s.last_published else None}
               for s in found[:STORIES_PER_PAGE]]
    return render("stories.html.j2", stories=stories, q=q, page=page,
                  more=len(found) > STORIES_PER_PAGE, section="stories")


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(story_id: StoreId, backend: Backend) -> HTMLResponse:
    return HTMLResponse(render_story(backend.story_report_json(story_id)))


@lru_cache(maxsize=16)
def render_story(report: str) -> bytes:
    """A stored story's page, kept for as long as its report (given as JSON text) is the
    same: laying a report out takes ~20 ms, many readers open the same few stories."""
    return render_report(json.loads(report), "stories").body


@router.get("/compare", response_class=HTMLResponse)
def compare_form() -> HTMLResponse:
    return render("compare.html.j2", slots=blank_slots(), published="", error=None, section="compare")


@router.post("/compare", response_class=HTMLResponse)
async def compare_posted(request: Request, backend: Backend) -> HTMLResponse:
    settings = backend.settings
    form = await request.form(max_files=MAX_COMPARED, max_fields=8 * MAX_COMPARED,
                              max_part_size=settings.max_input_bytes)
    slots = read_slots(form)
    published = str(form.get("published") or "")
    uploads = [(upload.filename, await upload.read()) for upload in form.getlist("files")
               if isinstance(upload, UploadFile) and upload.filename]
    try:
        articles = await run_in_threadpool(read_posted, slots, uploads, published, settings)
    except InputError as error:
        return render("compare.html.j2", 422, slots=slots + blank_slots(len(slots)),
                      published=published, error=str(error), section="compare")
    report = await run_in_threadpool(backend.compare, articles)
    return await run_in_threadpool(render_report, report, "compare")


def read_posted(slots: list[dict[str, str]], uploads: list[tuple[str, bytes]], published: str,
                settings: Settings) -> list[Article]:
    """The articles of the compare form, pasted ones first; InputError naming the one that
    cannot be read, or saying how many are needed."""
    articles = [article_from_form(slot["text"], f"المقال {n}", settings, title=slot["title"],
                                  outlet=slot["outlet"], published=published)
                for n, slot in enumerate(slots, 1) if slot["text"].strip()]
    articles += [article_from_upload(name, data, settings, published) for name, data in uploads]
    if not MIN_COMPARED <= len(articles) <= MAX_COMPARED:
        raise InputError("النموذج", f"قارن بين {MIN_COMPARED} و{MAX_COMPARED} مقالات: وصل {len(articles)}")
    return articles


def blank_slots(filled: int = 0) -> list[dict[str, str]]:
    """Empty article slots up to the most one comparison takes."""
    return [{"text": "", "title": "", "outlet": ""} for _ in range(MAX_COMPARED - filled)]


def read_slots(form) -> list[dict[str, str]]:
    """The pasted articles of the form, one per slot, as typed."""
    fields = {name: [str(value) for value in form.getlist(name)][:MAX_COMPARED]
              for name in ("text", "title", "outlet")}
    slots = [{"text": text, "title": "", "outlet": ""} for text in fields["text"]]
    for name in ("title", "outlet"):
        for slot, value in zip(slots, fields[name]):
            slot[name] = value
    return slots
