"""Time as the whole system writes it: aware UTC datetimes, ISO 8601 on the wire.

``Clock`` is the injectable source of "now" (the centre and the services take
one, so tests and replays can set the time); ``now_utc`` is the real one.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

#: a source of the current time; the real one is ``now_utc``
Clock = Callable[[], datetime]


def now_utc() -> datetime:
    return datetime.now(UTC)


def iso(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat(timespec="seconds") if value else None


def parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    dt = datetime.fromisoformat(value)
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def time_of(value: str) -> datetime:
    """A time that must be there (a loan's start, an act's moment)."""
    dt = parse_time(value)
    if dt is None:
        raise ValueError("a required time is missing")
    return dt
