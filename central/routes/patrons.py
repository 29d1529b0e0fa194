"""Patrons: a PIN check, one patron's account, staff notes on a patron."""
from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel, Field

from .. import accounts
from ..errors import ApiError
from ..for_terminals import patron_for, records_for
from .deps import CentreDep, Staff, Who
from .fields import Id, Notes, Text

router = APIRouter()
#: what GET /patrons/{card} answers beside the patron: open loans, live holds, fees
_ACCOUNT = {
    "loans": "SELECT * FROM loans WHERE patron_card = ? AND returned_at IS NULL ORDER BY due_at",
    "holds": ("SELECT * FROM holds WHERE patron_card = ? AND status IN ('pending', 'waiting') "
              "ORDER BY placed_at"),
    "fees": "SELECT * FROM fees WHERE patron_card = ? ORDER BY created_at"}


class AuthIn(BaseModel):
    card: Id
    pin: Text = Field(max_length=64)


class NotesIn(BaseModel):
    #: control and bidi characters are dropped: a note says what it shows
    notes: Notes


@router.post("/auth")
def auth(body: AuthIn, who: Who, here: CentreDep):
    record = accounts.check_pin(here.store, body.card, body.pin, device_id=who.device_id,
                                offline_pin_secret=here.offline_pin_secret)
    return {"patron": patron_for(who, record, here.offline_pin_secret)}


@router.get("/patrons/{card}")
def patron(card: Id, who: Who, here: CentreDep):
    store = here.store
    secret = here.offline_pin_secret
    with store.lock:
        found = accounts.find_card(store, card)
        if found is None:
            raise ApiError(404, "patron_unknown", f"no patron with card {card}")
        return {"patron": patron_for(who, store.record("patrons", found) or {}, secret),
                **{kind: records_for(who, kind, store.rows(sql, (found,)), secret)
                   for kind, sql in _ACCOUNT.items()}}


@router.put("/patrons/{card}/notes")
def patron_notes(card: Id, body: NotesIn, who: Staff, here: CentreDep):
    store = here.store
    with store.locked():
        found = accounts.find_card(store, card)
        if found is None:
            raise ApiError(404, "patron_unknown", f"no patron with card {card}")
        before = store.row("SELECT notes FROM patrons WHERE card = ?", (found,))
        notes = body.notes.strip()
        store.update("patrons", found, notes=notes)
        store.audit("patron_notes", by=who.staff_user, device_id=who.device_id,
                    detail={"patron": found, "before": (before or {}).get("notes") or "",
                            "notes": notes})
    return {"patron": store.record("patrons", found)}
