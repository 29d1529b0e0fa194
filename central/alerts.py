"""Help alerts: a terminal calls staff, every desk of its branch sees the call.

    POST /alerts {kind: "help"}        device token   -> 201 {id, status: "open"}
    GET  /alerts/{id}                  device token   -> {id, status, acked_by}
    POST /alerts/{id}/cancel           device token   (the reader changed their mind)
    GET  /alerts?status=open           staff token    -> the calls of the desk's branch
    POST /alerts/{id}/ack              staff token    (someone is on the way)

A terminal sees only its own calls. A desk sees the calls of its branch (and of
terminals enrolled without one); a librarian signed in without an enrolled desk
(no branch) sees every branch's.
An alert that is acknowledged or cancelled stays so: acknowledging a cancelled
call, or cancelling an acknowledged one, is a 409 that says which it is.
"""
# no `from __future__ import annotations`: FastAPI must see the local Annotated types
from collections.abc import Callable
from typing import Annotated, Literal

from fastapi import APIRouter, Depends
from pydantic import BaseModel

from kiosk.domain.clock import iso, now_utc

from .circulation import Actor
from .errors import ApiError
from .store import CentralStore, new_id

SCHEMA = """CREATE TABLE IF NOT EXISTS alerts (id TEXT PRIMARY KEY, kind TEXT NOT NULL,
    device_id TEXT NOT NULL, branch TEXT DEFAULT '', created_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open', acked_by TEXT DEFAULT '', acked_at TEXT,
    closed_at TEXT)"""
STATUSES = ("open", "acked", "cancelled")


class AlertIn(BaseModel):
    kind: Literal["help"] = "help"


def router(store: CentralStore, actor: Callable[..., Actor]) -> APIRouter:
    """The alert routes over `store`; `actor` is the app's dependency that turns
    the request's tokens into an Actor (device, desk or librarian)."""
    with store.locked():
        store.conn.execute(SCHEMA)
    api = APIRouter(tags=["alerts"])
    Who = Annotated[Actor, Depends(actor)]

    def device(who: Who) -> Actor:
        if who.channel != "terminal":
            raise ApiError(403, "terminal_only", "help is called from a terminal's device token")
        return who

    def staff(who: Who) -> Actor:
        if not who.staff_user:
            raise ApiError(403, "staff_only", "this needs a staff login (POST /staff/login)")
        return who

    Terminal = Annotated[Actor, Depends(device)]
    Staff = Annotated[Actor, Depends(staff)]

    def find(alert_id: str) -> dict:
        row = store.row("SELECT * FROM alerts WHERE id = ?", (alert_id,))
        if row is None:
            raise ApiError(404, "alert_unknown", f"no alert {alert_id}")
        return row

    def own(alert_id: str, who: Actor) -> dict:
        row = find(alert_id)
        if row["device_id"] != who.device_id:      # another terminal's call: not there
            raise ApiError(404, "alert_unknown", f"no alert {alert_id}")
        return row

    @api.post("/alerts", status_code=201)
    def call(body: AlertIn, who: Terminal):
        alert_id = new_id("A")
        with store.locked():
            store.conn.execute("INSERT INTO alerts (id, kind, device_id, branch, created_at) "
                               "VALUES (?, ?, ?, ?, ?)",
                               (alert_id, body.kind, who.device_id, who.branch, iso(now_utc())))
        return {"id": alert_id, "status": "open"}

    @api.get("/alerts/{alert_id}")
    def state(alert_id: str, who: Terminal):
        with store.lock:
            row = own(alert_id, who)
        return {"id": row["id"], "status": row["status"], "acked_by": row["acked_by"] or ""}

    @api.post("/alerts/{alert_id}/cancel")
    def cancel(alert_id: str, who: Terminal):
        with store.locked():
            row = own(alert_id, who)
            if row["status"] == "acked":
                raise ApiError(409, "alert_acked", f"alert {alert_id} was acknowledged by "
                               f"{row['acked_by']}", acked_by=row["acked_by"])
            store.conn.execute("UPDATE alerts SET status = 'cancelled', closed_at = ? "
                               "WHERE id = ?", (iso(now_utc()), alert_id))
        return {"id": alert_id, "status": "cancelled", "acked_by": ""}

    @api.get("/alerts")
    def listing(who: Staff, status: Literal["open", "acked", "cancelled"] | None = None):
        with store.lock:
            rows = store.rows(
                "SELECT a.id, a.kind, a.device_id, d.name AS device_name, a.branch, "
                "a.created_at, a.status, a.acked_by, a.acked_at FROM alerts a "
                "LEFT JOIN devices d ON d.id = a.device_id WHERE (? IS NULL OR a.status = ?) "
                "AND (? = '' OR a.branch IN (?, '')) ORDER BY a.created_at, a.id",
                (status, status, who.branch, who.branch))
        for row in rows:
            row["device_name"] = row["device_name"] or row["device_id"]
        return rows

    @api.post("/alerts/{alert_id}/ack")
    def ack(alert_id: str, who: Staff):
        with store.locked():
            row = find(alert_id)
            if who.branch and row["branch"] not in (who.branch, ""):
                raise ApiError(404, "alert_unknown", f"no alert {alert_id} at this branch")
            if row["status"] == "cancelled":
                raise ApiError(409, "alert_cancelled", f"alert {alert_id} was cancelled by "
                               "the reader")
            if row["status"] == "open":
                store.conn.execute("UPDATE alerts SET status = 'acked', acked_by = ?, "
                                   "acked_at = ? WHERE id = ?",
                                   (who.staff_user, iso(now_utc()), alert_id))
            row = find(alert_id)
        return {"id": row["id"], "status": row["status"], "acked_by": row["acked_by"],
                "acked_at": row["acked_at"]}

    return api
