"""Errors as the client wants them: JSON with a clear message under /api, a page elsewhere.
Bad input is the user's to fix (422 with riwaya's own message naming the article), a missing
story 404, anything unexpected a 500 that is logged and says nothing of the internals."""

from __future__ import annotations

import logging
from collections.abc import Callable

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from riwaya.errors import InputError, NotFound, RiwayaError

log = logging.getLogger(__name__)

ErrorPage = Callable[[Request, int, str], Response]


def install_error_handlers(app: FastAPI, error_page: ErrorPage) -> None:
    """Answer every error in the client's format; ``error_page`` renders the HTML one."""

    def respond(request: Request, status: int, message: str, code: str | None = None,
                headers: dict[str, str] | None = None) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": {"status": status, "code": code, "message": message}},
                                status, headers=headers)
        response = error_page(request, status, message)
        response.headers.update(headers or {})
        return response

    async def on_riwaya_error(request: Request, error: RiwayaError) -> Response:
        status = 404 if isinstance(error, NotFound) else 422 if isinstance(error, InputError) else 400
        return respond(request, status, str(error), error.code)

    async def on_http_error(request: Request, error: HTTPException) -> Response:
        return respond(request, error.status_code, str(error.detail), headers=error.headers)

    async def on_invalid_request(request: Request, error: RequestValidationError) -> Response:
        return respond(request, 422, describe_invalid(error))

    async def on_unexpected(request: Request, error: Exception) -> Response:
        log.exception("web: %s %s failed", request.method, request.url.path)
        return respond(request, 500, "internal error: the server could not answer this request "
                                     "(the details are in its log)")

    app.add_exception_handler(RiwayaError, on_riwaya_error)
    app.add_exception_handler(HTTPException, on_http_error)
    app.add_exception_handler(RequestValidationError, on_invalid_request)
    app.add_exception_handler(Exception, on_unexpected)


def describe_invalid(error: RequestValidationError) -> str:
    """Word a validation failure as one line per problem: «articles.1.text: Field required»."""
    lines = []
    for problem in error.errors():
        where = ".".join(str(part) for part in problem.get("loc", ())
                         if part not in ("body", "query", "path"))
        lines.append(f"{where}: {problem.get('msg')}" if where else str(problem.get("msg")))
    return "; ".join(lines) or "the request is not valid"
