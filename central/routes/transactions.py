"""Pushing circulation acts: a batch of transactions, answered one by one."""
from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Header
from pydantic import BaseModel, Field

from .. import circulation
from ..errors import ApiError
from .deps import CentreDep, Who

router = APIRouter()


class TxnIn(BaseModel):
    id: str = Field(min_length=1, max_length=64)
    seq: int = Field(ge=0)
    occurred_at: datetime
    type: str = Field(min_length=1, max_length=32)
    payload: dict


class PushIn(BaseModel):
    transactions: list[TxnIn] = Field(max_length=1000)


def _utc(value: datetime) -> datetime:
    return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)


@router.post("/push")
def push(body: PushIn, who: Who, here: CentreDep,
         x_kiosk_clock: Annotated[str | None, Header()] = None):
    if not x_kiosk_clock:
        raise ApiError(400, "bad_clock", "the X-Kiosk-Clock header is missing")
    try:
        clock = _utc(datetime.fromisoformat(x_kiosk_clock))
    except ValueError:
        raise ApiError(400, "bad_clock", f"X-Kiosk-Clock {x_kiosk_clock!r} is not an "
                       "ISO 8601 time") from None
    skew = abs((clock - here.clock()).total_seconds())
    if skew > here.max_skew_s:
        raise ApiError(422, "clock_skew", f"the device clock is off by {skew:.0f} s",
                       skew_s=round(skew, 1), allowed_s=here.max_skew_s)
    txns = [{**t.model_dump(), "occurred_at": _utc(t.occurred_at)} for t in body.transactions]
    return {"results": circulation.push(here.store, who, txns, max_future_s=here.max_skew_s)}
