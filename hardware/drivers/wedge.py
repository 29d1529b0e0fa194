"""Telling a keyboard-wedge scanner from a person typing.

A scanner "types" a whole code in a burst (a few ms between keys) and ends with Enter;
a person is far slower. WedgeDetector is fed (character, timestamp) from wherever key
events arrive (the Qt layer's event filter) and knows nothing of Qt.
"""
from __future__ import annotations

from dataclasses import dataclass

TERMINATORS = ("\r", "\n")


@dataclass
class WedgeResult:
    """`code` is set when a scan completed; `swallow` says the key belongs to a scan burst."""
    code: str | None = None
    swallow: bool = False


class WedgeDetector:
    """Feed every key; a run of >= `min_length` characters, each at most `max_gap` seconds
    after the previous one, ended by Enter within `max_gap`, is a scan."""

    def __init__(self, max_gap: float = 0.05, min_length: int = 4) -> None:
        if max_gap <= 0 or min_length < 1:
            raise ValueError("wedge max_gap must be > 0 and min_length >= 1")
        self.max_gap = float(max_gap)
        self.min_length = int(min_length)
        self._buffer: list[str] = []
        self._last: float | None = None

    def feed(self, char: str, timestamp: float) -> WedgeResult:
        fast = self._last is not None and timestamp - self._last <= self.max_gap
        self._last = timestamp
        if char in TERMINATORS:
            code = "".join(self._buffer) if fast else ""
            self._buffer.clear()
            if len(code) >= self.min_length:
                return WedgeResult(code, swallow=True)
            return WedgeResult()
        if not fast:
            self._buffer.clear()
        self._buffer.append(char)
        return WedgeResult(swallow=len(self._buffer) > 1)

    def reset(self) -> None:
        self._buffer.clear()
        self._last = None
