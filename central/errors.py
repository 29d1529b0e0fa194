"""The one shape of every 4xx answer: {"error": code, "detail": text, ...}."""
from __future__ import annotations


class ApiError(Exception):
    """A request the server refuses; becomes JSON with this status."""

    def __init__(self, status: int, error: str, detail: str = "", **extra):
        super().__init__(detail or error)
        self.status, self.error, self.detail, self.extra = status, error, detail, extra

    def body(self) -> dict:
        return {"error": self.error, "detail": self.detail, **self.extra}
