"""The exceptions list: conflicts staff must look at, and resolving one."""
from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel, Field

from kiosk.domain.clock import iso

from ..errors import ApiError
from .deps import CentreDep, Staff, Who
from .fields import Id, Text

router = APIRouter()


class ResolveIn(BaseModel):
    note: Text = ""
    by: Text = Field("", max_length=64)


@router.get("/exceptions")
def exceptions(who: Who, here: CentreDep, status: Id | None = None):
    return here.store.exceptions(status)


@router.post("/exceptions/{exception_id}/resolve")
def resolve(exception_id: Id, body: ResolveIn, who: Staff, here: CentreDep):
    store = here.store
    with store.locked():
        row = store.row("SELECT status FROM exceptions WHERE id = ?", (exception_id,))
        if row is None:
            raise ApiError(404, "exception_unknown", f"no exception {exception_id}")
        if row["status"] != "open":
            raise ApiError(409, "already_resolved", f"exception {exception_id} is resolved")
        store.conn.execute(
            "UPDATE exceptions SET status = 'resolved', note = ?, resolved_by = ?, "
            "resolved_at = ? WHERE id = ?",
            (body.note, body.by or who.staff_user, iso(here.clock()), exception_id))
        store.audit("resolve_exception", by=who.staff_user, reason=body.note,
                    device_id=who.device_id, detail={"exception": exception_id})
    return next(e for e in store.exceptions(None) if e["id"] == exception_id)
