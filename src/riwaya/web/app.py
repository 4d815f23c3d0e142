"""The web app: the JSON API under /api (OpenAPI at /openapi.json) and the UI, one process."""

from __future__ import annotations

from fastapi import FastAPI

from riwaya import __version__
from riwaya.settings import Settings, load_settings
from riwaya.store import Store

from . import api, pages
from .errors import install_error_handlers
from .guards import Guard
from .services import Services

DESCRIPTION = """Cross-check how Arabic news outlets report one story.

Stories come from the store `riwaya ingest` fills; `POST /api/compare` cross-checks articles
sent in the request. Reports follow the `riwaya.report/1` schema. Errors are
`{"error": {"status", "code", "message"}}`."""


def create_app(store: Store, settings: Settings | None = None, encoder=None) -> FastAPI:
    """The app over ``store`` (its caller closes it); ``encoder`` defaults to the one the
    settings name, loaded on the first comparison."""
    services = Services(store, settings or load_settings(), encoder)
    # no /docs page: it would load its script from a CDN, and the UI works offline
    app = FastAPI(title="riwaya", version=__version__, description=DESCRIPTION, docs_url=None,
                  redoc_url=None)
    app.state.services = services
    app.add_middleware(Guard, limit=services.settings.max_request_bytes)
    app.include_router(api.router)
    app.include_router(pages.router)
    install_error_handlers(app, pages.render_error)
    return app
