"""Fault injection for the terminal's robustness tests (off unless asked for).

`POST /_faults {"mode", "count", "delay_s", "path"}` arms a fault: the next
`count` requests to `path` (any path when omitted) then
  500          answer 500 without doing anything,
  slow         wait delay_s seconds, then work normally,
  reset        drop the connection before doing anything,
  lose_answer  do the work (a push is committed) and drop the connection
               without a byte of the answer.
`DELETE /_faults` disarms everything. The wrapper sits outside the whole app,
where the server hands it the connection's own `send`; uvicorn's `send` is a
method of the request cycle, whose transport is what gets dropped.
"""
from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass

MODES = ("500", "slow", "reset", "lose_answer")


@dataclass
class Fault:
    mode: str
    count: int
    delay_s: float = 0.0
    path: str = ""

    def matches(self, path: str) -> bool:
        return self.count > 0 and (not self.path or self.path == path)


async def _answer(send, status: int, body: dict) -> None:
    data = json.dumps(body).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(data)).encode())]})
    await send({"type": "http.response.body", "body": data})


def _drop_connection(send) -> None:
    cycle = getattr(send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if cycle is None or transport is None:
        raise RuntimeError("fault injection needs uvicorn (no transport to drop)")
    transport.abort()
    cycle.disconnected = True   # so the server does not try to answer 500 on a dead socket


class FaultInjector:
    """ASGI wrapper around the app."""

    def __init__(self, app):
        self.app = app
        self.faults: list[Fault] = []

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if scope["path"] == "/_faults":
            return await self._arm(scope, receive, send)
        fault = next((f for f in self.faults if f.matches(scope["path"])), None)
        if fault is None:
            return await self.app(scope, receive, send)
        fault.count -= 1
        if fault.mode == "500":
            return await _answer(send, 500, {"error": "injected_fault", "detail": "500"})
        if fault.mode == "reset":
            return _drop_connection(send)
        if fault.mode == "slow":
            await asyncio.sleep(fault.delay_s)
            return await self.app(scope, receive, send)

        async def swallow(message):
            pass

        await self.app(scope, receive, swallow)
        _drop_connection(send)

    async def _arm(self, scope, receive, send):
        if scope["method"] == "DELETE":
            self.faults.clear()
            return await _answer(send, 200, {"faults": []})
        if scope["method"] != "POST":
            return await _answer(send, 405, {"error": "method_not_allowed",
                                             "detail": "POST or DELETE /_faults"})
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        try:
            spec = json.loads(body or b"{}")
            fault = Fault(mode=str(spec["mode"]), count=int(spec.get("count", 1)),
                          delay_s=float(spec.get("delay_s", 0)), path=str(spec.get("path", "")))
            if fault.mode not in MODES:
                raise ValueError(f"mode must be one of {', '.join(MODES)}")
        except (ValueError, KeyError, TypeError) as exc:
            return await _answer(send, 422, {"error": "bad_request", "detail": f"bad fault: {exc}"})
        self.faults = [f for f in self.faults if f.count > 0] + [fault]
        return await _answer(send, 200, {"faults": [f.__dict__ for f in self.faults]})
