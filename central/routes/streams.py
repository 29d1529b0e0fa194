"""Pulling a stream: one page of records and tombstones after a cursor."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from kiosk.ports.backend import STREAMS

from ..errors import ApiError
from ..store import BadCursor, StreamResetError
from .deps import CentreDep, Who

router = APIRouter()


@router.get("/streams/{kind}")
def pull(kind: str, who: Who, here: CentreDep, cursor: str | None = None,
         limit: Annotated[int, Query(ge=1, le=5000)] = 1000, with_pin_hashes: bool = False):
    if kind not in STREAMS:
        raise ApiError(404, "unknown_stream", f"no stream {kind!r}; one of {', '.join(STREAMS)}")
    try:
        return here.store.pull(kind, cursor, limit,
                               with_pin_hashes=with_pin_hashes and here.allow_pin_hashes)
    except StreamResetError:
        raise ApiError(410, "stream_reset", f"the {kind} stream was rebuilt; pull it "
                       "again from the start") from None
    except BadCursor as exc:
        raise ApiError(400, "bad_cursor", str(exc)) from None
