"""Devices: the centre's time, enrolment with a one-time code, heartbeats, the fleet."""
from __future__ import annotations

import json

from fastapi import APIRouter
from pydantic import BaseModel, Field

from kiosk.domain.clock import iso

from ..errors import ApiError
from .deps import CentreDep, Who

router = APIRouter()
DEMO_BRANCH = "SZL"     # where a device enrolled with the demo code stands


class EnrolIn(BaseModel):
    code: str = Field(min_length=1, max_length=64)
    name: str = Field("", max_length=200)


class HeartbeatIn(BaseModel):
    version: str = Field("", max_length=64)
    online: bool = True
    outbox: int = Field(0, ge=0)
    devices: dict = Field(default_factory=dict)


@router.get("/time")
def time_now(here: CentreDep):
    return {"now": iso(here.clock())}


@router.post("/enrol")
def enrol(body: EnrolIn, here: CentreDep):
    store = here.store
    if here.demo_code and body.code.strip().upper() == here.demo_code.upper():
        made = store.create_device(body.name or "demo device", DEMO_BRANCH)
        return store.redeem_code(made["code"])
    device = store.redeem_code(body.code)
    if device is None:
        raise ApiError(403, "bad_code", "unknown or already used enrolment code")
    if body.name:
        with store.locked():
            store.conn.execute("UPDATE devices SET name = ? WHERE id = ?",
                               (body.name, device["device_id"]))
    return device


@router.post("/heartbeat")
def heartbeat(body: HeartbeatIn, who: Who, here: CentreDep):
    now = iso(here.clock())
    with here.store.locked():
        here.store.conn.execute(
            "UPDATE devices SET last_seen = ?, version = ?, online = ?, outbox = ?, "
            "devices = ? WHERE id = ?",
            (now, body.version, int(body.online), body.outbox,
             json.dumps(body.devices, ensure_ascii=False), who.device_id))
    return {"ok": True, "now": now}


@router.get("/fleet")
def fleet(who: Who, here: CentreDep):
    with here.store.lock:
        rows = here.store.rows("SELECT id AS device_id, name, branch, last_seen, version, "
                               "online, outbox, devices, last_seq FROM devices ORDER BY name")
    for row in rows:
        row["devices"] = json.loads(row["devices"] or "{}")
        row["online"] = None if row["online"] is None else bool(row["online"])
    return rows
