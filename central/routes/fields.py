"""What a field of a request may hold: every string Unicode text of bounded length,
every integer one SQLite can store, every time one UTC can express, free-form
JSON shallow and small. A request outside these is a 422 naming the field,
never a 500 (a 5xx tells a terminal to retry: one bad act would block its
queue for good)."""
from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, Field, StringConstraints

from kiosk.domain.text import visible

#: SQLite's INTEGER
INT_MAX = 2 ** 63 - 1
#: times the centre deals in: a library's records, not the ends of the calendar
YEARS = (2000, 2999)
_SURROGATE = re.compile("[\ud800-\udfff]")


def _text(value: str) -> str:
    if _SURROGATE.search(value):
        raise ValueError("is not Unicode text (a lone surrogate)")
    return value


def _visible(value: str) -> str:
    """Text without the control and bidi characters that hide or disguise it."""
    return visible(_text(value))


def _json(value: Any, depth: int = 0) -> Any:
    if depth > 8:
        raise ValueError("is nested too deep")
    if isinstance(value, str):
        _text(value)
    elif isinstance(value, int) and not isinstance(value, bool):
        if abs(value) > INT_MAX:
            raise ValueError(f"holds a number beyond ±{INT_MAX}")
    elif isinstance(value, dict):
        for key, item in value.items():
            _text(key)
            _json(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            _json(item, depth + 1)
    return value


def _utc(value: datetime) -> datetime:
    try:
        value = value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    except OverflowError:
        raise ValueError("is out of range") from None
    return _day(value)


def _day(value):
    if not YEARS[0] <= value.year <= YEARS[1]:
        raise ValueError(f"must fall in the years {YEARS[0]}–{YEARS[1]}")
    return value


def utc(value: datetime) -> datetime:
    """A parsed time in UTC, or ValueError (out of range)."""
    return _utc(value)


Id = Annotated[str, StringConstraints(min_length=1, max_length=64), AfterValidator(_text)]
Name = Annotated[str, StringConstraints(max_length=200), AfterValidator(_text)]
Text = Annotated[str, StringConstraints(max_length=2000), AfterValidator(_text)]
Notes = Annotated[str, StringConstraints(max_length=2000), AfterValidator(_visible)]
Count = Annotated[int, Field(ge=0, le=INT_MAX)]
Json = Annotated[dict[str, Any], AfterValidator(_json)]
UtcTime = Annotated[datetime, AfterValidator(_utc)]
Day = Annotated[date, AfterValidator(_day)]
