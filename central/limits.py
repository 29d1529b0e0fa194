"""Guards in front of the routes: a request body limit and a masked access log.

The body limit is checked before anything parses the body: a declared
Content-Length over the limit is answered 413 at once, and a body sent in
chunks is counted as it arrives and cut off at the limit.
"""
from __future__ import annotations

import json
import logging
import re
from urllib.parse import unquote

from starlette.exceptions import HTTPException

from kiosk.logs import mask_card, redact

MAX_BODY_BYTES = 1_000_000      # a push of 1000 transactions is ~300 kB
_PATRON_PATH = re.compile(r"(/patrons/)([^/?\s]+)")


class BodyLimit:
    """ASGI middleware: 413 for a request body over max_bytes."""

    def __init__(self, app, max_bytes: int = MAX_BODY_BYTES):
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or
                                     int(declared) > self.max_bytes):
            return await self._refuse(send)
        seen = 0

        async def counted():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise TooLarge(self.max_bytes)
            return message

        try:
            await self.app(scope, counted, send)
        except TooLarge:        # only if nothing inside answered it already
            await self._refuse(send)

    async def _refuse(self, send) -> None:
        body = json.dumps({"error": "too_large", "detail": f"request bodies are limited to "
                           f"{self.max_bytes} bytes"}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


class TooLarge(HTTPException):
    """Raised while the body is read; the app's handler answers it 413."""

    def __init__(self, max_bytes: int):
        super().__init__(413, f"request bodies are limited to {max_bytes} bytes")


def masked_path(path: str) -> str:
    """A request line as the access log may keep it: a card in /patrons/<card> shown
    as ****1234, and long numbers and PINs masked as in every log."""
    return redact(_PATRON_PATH.sub(lambda m: m.group(1) + mask_card(unquote(m.group(2))),
                                   path))


class MaskedAccessLog(logging.Filter):
    """On uvicorn's access logger: its path argument masked (masked_path)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and len(record.args) >= 3:
            args = list(record.args)
            args[2] = masked_path(str(args[2]))
            record.args = tuple(args)
        return True


def mask_access_log() -> None:
    access = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, MaskedAccessLog) for f in access.filters):
        access.addFilter(MaskedAccessLog())
