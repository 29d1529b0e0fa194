"""Time as the whole system writes it: aware UTC datetimes, ISO 8601 on the wire.

``Clock`` is the injectable source of "now" (the centre and the services take
one, so tests and replays can set the time); ``now_utc`` is the real one.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

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


#: British English month abbreviations (as CLDR has them for en_GB)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec")


def day_text(day: date, lang: str) -> str:
    """The one way the terminal writes a day, per language: 2025年3月4日 in Chinese,
    4 Mar 2025 in English (never ISO, which readers misread)."""
    if lang.startswith("zh"):
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
