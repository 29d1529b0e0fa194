"""Help alerts: a terminal calls staff, every desk of its branch sees the call.

    POST /alerts {kind: "help"}        device token   -> 201 {id, status: "open"}
    GET  /alerts/{id}                  device token   -> {id, status, acked_by}
    POST /alerts/{id}/cancel           device token   (the reader changed their mind)
    GET  /alerts?status=open           staff token    -> the calls of the desk's branch
    POST /alerts/{id}/ack              staff token    (someone is on the way)

A terminal sees only its own calls. A desk sees the calls of its branch (and of
terminals enrolled without one); a librarian signed in without an enrolled desk
(no branch) sees every branch's. An acknowledged or cancelled alert stays so:
acknowledging a cancelled call, or cancelling an acknowledged one, is a 409
that says which it is.
"""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends
from pydantic import BaseModel

from kiosk.domain.clock import iso

from ..circulation import Actor
from ..errors import ApiError
from ..store import CentralStore, new_id
from .deps import CentreDep, Staff, Who
from .fields import Id

router = APIRouter(tags=["alerts"])


class AlertIn(BaseModel):
    kind: Literal["help"] = "help"


def terminal(who: Who) -> Actor:
    if who.channel != "terminal":
        raise ApiError(403, "terminal_only", "help is called from a terminal's device token")
    return who


Terminal = Annotated[Actor, Depends(terminal)]


def _find(store: CentralStore, alert_id: str) -> dict:
    row = store.row("SELECT * FROM alerts WHERE id = ?", (alert_id,))
    if row is None:
        raise ApiError(404, "alert_unknown", f"no alert {alert_id}")
    return row


def _own(store: CentralStore, alert_id: str, who: Actor) -> dict:
    row = _find(store, alert_id)
    if row["device_id"] != who.device_id:          # another terminal's call: not there
        raise ApiError(404, "alert_unknown", f"no alert {alert_id}")
    return row


@router.post("/alerts", status_code=201)
def call(body: AlertIn, who: Terminal, here: CentreDep):
    alert_id = new_id("A")
    with here.store.locked():
        here.store.conn.execute(
            "INSERT INTO alerts (id, kind, device_id, branch, created_at) VALUES (?, ?, ?, ?, ?)",
            (alert_id, body.kind, who.device_id, who.branch, iso(here.clock())))
    return {"id": alert_id, "status": "open"}


@router.get("/alerts/{alert_id}")
def state(alert_id: Id, who: Terminal, here: CentreDep):
    with here.store.lock:
        row = _own(here.store, alert_id, who)
    return {"id": row["id"], "status": row["status"], "acked_by": row["acked_by"] or ""}


@router.post("/alerts/{alert_id}/cancel")
def cancel(alert_id: Id, who: Terminal, here: CentreDep):
    store = here.store
    with store.locked():
        row = _own(store, alert_id, who)
        if row["status"] == "acked":
            raise ApiError(409, "alert_acked", f"alert {alert_id} was acknowledged by "
                           f"{row['acked_by']}", acked_by=row["acked_by"])
        store.conn.execute("UPDATE alerts SET status = 'cancelled', closed_at = ? WHERE id = ?",
                           (iso(here.clock()), alert_id))
    return {"id": alert_id, "status": "cancelled", "acked_by": ""}


@router.get("/alerts")
def listing(who: Staff, here: CentreDep,
            status: Literal["open", "acked", "cancelled"] | None = None):
    with here.store.lock:
        rows = here.store.rows(
            "SELECT a.id, a.kind, a.device_id, d.name AS device_name, a.branch, a.created_at, "
            "a.status, a.acked_by, a.acked_at FROM alerts a LEFT JOIN devices d ON "
            "d.id = a.device_id WHERE (? IS NULL OR a.status = ?) AND "
            "(? = '' OR a.branch IN (?, '')) ORDER BY a.created_at, a.id",
            (status, status, who.branch, who.branch))
    for row in rows:
        row["device_name"] = row["device_name"] or row["device_id"]
    return rows


@router.post("/alerts/{alert_id}/ack")
def ack(alert_id: Id, who: Staff, here: CentreDep):
    store = here.store
    with store.locked():
        row = _find(store, alert_id)
        if who.branch and row["branch"] not in (who.branch, ""):
            raise ApiError(404, "alert_unknown", f"no alert {alert_id} at this branch")
        if row["status"] == "cancelled":
            raise ApiError(409, "alert_cancelled", f"alert {alert_id} was cancelled by the "
                           "reader")
        if row["status"] == "open":
            store.conn.execute("UPDATE alerts SET status = 'acked', acked_by = ?, acked_at = ? "
                               "WHERE id = ?", (who.staff_user, iso(here.clock()), alert_id))
        row = _find(store, alert_id)
    return {"id": row["id"], "status": row["status"], "acked_by": row["acked_by"],
            "acked_at": row["acked_at"]}
