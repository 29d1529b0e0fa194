"""Pulling a stream: one page of records and tombstones after a cursor."""
from __future__ import annotations

from typing import Annotated

import orjson
from fastapi import APIRouter, Query
from fastapi.responses import Response

from kiosk.ports.backend import STREAMS

from .. import accounts
from ..errors import ApiError
from ..for_terminals import page_for
from ..store import BadCursor, StreamResetError
from .deps import CentreDep, Who
from .fields import Id

router = APIRouter()


@router.get("/streams/{kind}")
def pull(kind: Id, who: Who, here: CentreDep, cursor: Id | None = None,
         limit: Annotated[int, Query(ge=1, le=20000)] = 1000, with_pin_hashes: bool = False):
    if kind not in STREAMS:
        raise ApiError(404, "unknown_stream", f"no stream {kind!r}; one of {', '.join(STREAMS)}")
    tag = None
    if with_pin_hashes:
        if here.offline_pin_secret is None:
            raise ApiError(403, "pin_hashes_disabled", "this centre sends no PIN hashes: "
                           "offline PIN checks need a deployment secret (docs/admin-guide.md)")
        tag = accounts.secret_id(here.offline_pin_secret)
    try:
        page = here.store.pull(kind, cursor, limit, offline_pin_tag=tag)
    except StreamResetError:
        raise ApiError(410, "stream_reset", f"the {kind} stream was rebuilt; pull it "
                       "again from the start") from None
    except BadCursor as exc:
        raise ApiError(400, "bad_cursor", str(exc)) from None
    page = page_for(who, page, here.offline_pin_secret)
    # orjson writes the page's plain values directly: FastAPI's encoder walked every value
    # of every record first, which cost more than reading them (bench/sync_initial.py)
    return Response(orjson.dumps(page), media_type="application/json")
