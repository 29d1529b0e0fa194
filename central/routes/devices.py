"""Devices: the centre's time, enrolment with a one-time code, heartbeats, the fleet."""
from __future__ import annotations

import json
from typing import Literal

from fastapi import APIRouter
from pydantic import BaseModel, Field

from kiosk.domain.clock import iso

from ..errors import ApiError
from .deps import CentreDep, DeviceClock, Who
from .fields import Count, Id, Json, Name

router = APIRouter()
DEMO_BRANCH = "SZL"     # where a device enrolled with the demo code stands


class EnrolIn(BaseModel):
    code: Id
    name: Name = ""
    #: what the enrolling device is; a code is for one kind (the demo code for either)
    kind: Literal["terminal", "desk"] | None = None


class HeartbeatIn(BaseModel):
    version: Name = Field("", max_length=64)
    online: bool = True
    outbox: Count | None = None     # None: unknown (an empty queue is 0)
    devices: Json = Field(default_factory=dict)


@router.get("/time")
def time_now(here: CentreDep):
    return {"now": iso(here.clock())}


@router.post("/enrol")
def enrol(body: EnrolIn, here: CentreDep):
    """A code's kind is the administrator's: a device asking for another kind is
    refused (409) and the code stays unused, so a terminal never gets a desk's view."""
    store = here.store
    if here.demo_code and body.code.strip().upper() == here.demo_code.upper():
        made = store.create_device(body.name or "demo device", DEMO_BRANCH,
                                   body.kind or "terminal")
        return store.redeem_code(made["code"])
    kind = store.code_kind(body.code)
    if kind is not None and body.kind is not None and kind != body.kind:
        raise ApiError(409, "wrong_kind", f"this code enrols a {kind}, not a {body.kind}",
                       kind=kind)
    device = store.redeem_code(body.code)
    if device is None:
        raise ApiError(403, "bad_code", "unknown or already used enrolment code")
    if body.name:
        with store.locked():
            store.conn.execute("UPDATE devices SET name = ? WHERE id = ?",
                               (body.name, device["device_id"]))
    return device


@router.post("/heartbeat")
def heartbeat(body: HeartbeatIn, who: Who, here: CentreDep, clock: DeviceClock):
    """A device reporting an empty queue at its time T cannot later push an act dated
    before T: the centre keeps T (drained_at) to catch back-dated checkins."""
    now = here.clock()
    with here.store.locked():
        here.store.conn.execute(
            "UPDATE devices SET last_seen = ?, version = ?, online = ?, outbox = ?, "
            "devices = ?, clock_skew_s = coalesce(?, clock_skew_s), "
            "drained_at = CASE WHEN ? = 0 THEN ? ELSE drained_at END WHERE id = ?",
            (iso(now), body.version, int(body.online), body.outbox,
             json.dumps(body.devices, ensure_ascii=False),
             round((clock - now).total_seconds(), 3) if clock else None,
             body.outbox, iso(clock or now), who.device_id))
    return {"ok": True, "now": iso(now)}


@router.get("/fleet")
def fleet(who: Who, here: CentreDep):
    with here.store.lock:
        rows = here.store.rows("SELECT id AS device_id, name, kind, branch, last_seen, version, "
                               "online, outbox, devices, last_seq FROM devices ORDER BY name")
    for row in rows:
        row["devices"] = json.loads(row["devices"] or "{}")
        row["online"] = None if row["online"] is None else bool(row["online"])
    return rows
