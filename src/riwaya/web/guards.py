"""What keeps the server safe to run: a cap on request bodies (checked as they stream in, so a
lying Content-Length cannot get past it), headers that stop a page from loading anything but
our own files, and the optional token on writes."""

from __future__ import annotations

import hmac

from fastapi import HTTPException, Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Pages load only our own scripts and styles (style attributes carry the column counts).
CONTENT_SECURITY_POLICY = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                           "img-src 'self' data:; connect-src 'self'; form-action 'self'; "
                           "base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


def too_large(limit: int) -> HTTPException:
    return HTTPException(413, f"the request body is larger than the limit of {limit:,} bytes "
                              "(set max_request_bytes in the settings to raise it)")


class Guard:
    """ASGI middleware: request bodies capped at ``limit`` bytes, security headers on every
    response."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            receive = self.refuse
        else:
            receive = self.count(receive)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, send_with_headers)

    async def refuse(self) -> Message:
        """Refuse a body whose declared length is already too large, before reading any of it."""
        raise too_large(self.limit)

    def count(self, receive: Receive) -> Receive:
        """Pass the body on chunk by chunk, refusing it once it grows past the limit."""
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise too_large(self.limit)
            return message

        return counted


def check_token(request: Request, token: str | None) -> None:
    """Refuse a write without the configured bearer token (none configured: all may write)."""
    if token is None:
        return
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise HTTPException(401, "this server takes writes only with its API token: send "
                                 "'Authorization: Bearer TOKEN' (the api_token setting or $RIWAYA_API_TOKEN)",
                            headers={"WWW-Authenticate": "Bearer"})
