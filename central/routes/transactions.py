"""Pushing circulation acts: a batch of transactions, answered one by one."""
from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel, Field

from kiosk.domain.clock import iso

from .. import circulation
from ..errors import ApiError
from .deps import CentreDep, DeviceClock, Who
from .fields import Count, Id, Json, UtcTime

router = APIRouter()


class TxnIn(BaseModel):
    id: Id
    seq: Count
    occurred_at: UtcTime
    type: Id = Field(max_length=32)
    payload: Json


class PushIn(BaseModel):
    transactions: list[TxnIn] = Field(max_length=1000)


@router.post("/push")
def push(body: PushIn, who: Who, here: CentreDep, clock: DeviceClock):
    """The device's clock must agree with the centre's within max_skew_s; what it was
    off by is kept, and bounds how far in the future its acts may be dated."""
    if clock is None:
        raise ApiError(400, "bad_clock", "the X-Kiosk-Clock header is missing")
    now = here.clock()
    skew = (clock - now).total_seconds()
    if abs(skew) > here.max_skew_s:
        raise ApiError(422, "clock_skew", f"the device clock is off by {abs(skew):.0f} s",
                       skew_s=round(abs(skew), 1), allowed_s=here.max_skew_s)
    with here.store.locked():
        here.store.conn.execute("UPDATE devices SET clock_skew_s = ?, last_seen = ? "
                                "WHERE id = ?", (round(skew, 3), iso(now), who.device_id))
    txns = [t.model_dump() for t in body.transactions]
    future = min(here.max_skew_s, abs(skew) + circulation.CLOCK_MARGIN.total_seconds())
    return {"results": circulation.push(here.store, who, txns, max_future_s=future)}
