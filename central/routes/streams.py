"""Pulling a stream: one page of records and tombstones after a cursor."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from kiosk.ports.backend import STREAMS

from .. import accounts
from ..errors import ApiError
from ..store import BadCursor, StreamResetError
from .deps import CentreDep, Who
from .fields import Id

router = APIRouter()


@router.get("/streams/{kind}")
def pull(kind: Id, who: Who, here: CentreDep, cursor: Id | None = None,
         limit: Annotated[int, Query(ge=1, le=5000)] = 1000, with_pin_hashes: bool = False):
    if kind not in STREAMS:
        raise ApiError(404, "unknown_stream", f"no stream {kind!r}; one of {', '.join(STREAMS)}")
    tag = None
    if with_pin_hashes:
        if here.offline_pin_secret is None:
            raise ApiError(403, "pin_hashes_disabled", "this centre sends no PIN hashes: "
                           "offline PIN checks need a deployment secret (docs/admin-guide.md)")
        tag = accounts.secret_id(here.offline_pin_secret)
    try:
        return here.store.pull(kind, cursor, limit, offline_pin_tag=tag)
    except StreamResetError:
        raise ApiError(410, "stream_reset", f"the {kind} stream was rebuilt; pull it "
                       "again from the start") from None
    except BadCursor as exc:
        raise ApiError(400, "bad_cursor", str(exc)) from None
