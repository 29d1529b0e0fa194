"""The reference central server's HTTP face (docs/protocol.md), as a FastAPI app.

Every route but enrolment, the time and the simulated payment page needs a
bearer token: a device's (terminal) or a staff member's (desk). Every refusal
is JSON `{"error", "detail"}` with a 4xx status; FastAPI's own validation and
routing errors are reshaped to match, and nothing answers with a stack trace.
"""

import json
import logging
from datetime import UTC, date, datetime
from typing import Annotated

import orjson
from fastapi import APIRouter, Depends, FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from kiosk import __version__
from kiosk.domain.clock import iso, now_utc
from kiosk.ports.backend import STREAMS

from . import accounts, circulation, payments, reports
from .errors import ApiError
from .faults import FaultInjector
from .hold_expiry import SWEEP_EVERY_S, Sweeper
from .store import BadCursor, CentralStore, StreamResetError

log = logging.getLogger("kiosk.central")
DEMO_BRANCH = "SZL"     # where a device enrolled with the demo code stands


class EnrolIn(BaseModel):
    code: str = Field(min_length=1, max_length=64)
    name: str = Field("", max_length=200)


class TxnIn(BaseModel):
    id: str = Field(min_length=1, max_length=64)
    seq: int = Field(ge=0)
    occurred_at: datetime
    type: str = Field(min_length=1, max_length=32)
    payload: dict


class PushIn(BaseModel):
    transactions: list[TxnIn] = Field(max_length=1000)


class AuthIn(BaseModel):
    card: str = Field(min_length=1, max_length=64)
    pin: str = Field(max_length=64)


class PaymentIn(BaseModel):
    patron: str = Field(min_length=1, max_length=64)
    fee_ids: list[str] = Field(min_length=1, max_length=200)


class HeartbeatIn(BaseModel):
    version: str = Field("", max_length=64)
    online: bool = True
    outbox: int = Field(0, ge=0)
    devices: dict = Field(default_factory=dict)


class ResolveIn(BaseModel):
    note: str = Field("", max_length=2000)
    by: str = Field("", max_length=64)


class NotesIn(BaseModel):
    notes: str = Field(max_length=2000)


class StaffLoginIn(BaseModel):
    user: str = Field(min_length=1, max_length=64)
    password: str = Field(max_length=200)


def _utc(value: datetime) -> datetime:
    return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)


def _json(body: dict) -> Response:
    """A page or a batch answer: records are plain JSON values already, so
    orjson writes them directly (FastAPI's encoder walked every value first,
    which cost more than the database on a 5,000-record page)."""
    return Response(orjson.dumps(body), media_type="application/json")


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError):
        return JSONResponse(exc.body(), status_code=exc.status)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        detail = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}"
                           for e in exc.errors())
        return JSONResponse({"error": "bad_request", "detail": detail}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return JSONResponse({"error": code, "detail": f"{request.method} {request.url.path}: "
                             f"{exc.detail}"}, status_code=exc.status_code)

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception):
        log.exception("internal error on %s %s", request.method, request.url.path)
        return JSONResponse({"error": "internal", "detail": "internal error; see the server log"},
                            status_code=500)


def create_app(store: CentralStore, *, max_skew_s: float = 300, faults: bool = False,
               allow_pin_hashes: bool = False, public_url: str | None = None,
               timezone: str = reports.DEFAULT_TIMEZONE, demo_code: str | None = None,
               sweep_every_s: float = SWEEP_EVERY_S) -> FastAPI:
    """The app over an open store. faults=True arms POST /_faults (tests only);
    timezone is the library's, for statistics; demo_code (demo centres only) is an
    enrolment code that never wears out: each use enrols a new device."""
    zone = reports.local_zone(timezone)
    app = FastAPI(title="Library kiosk central server", version=__version__,
                  description="The sync protocol of docs/protocol.md.")
    _install_error_handlers(app)
    api = APIRouter(prefix="/api/v1")
    bearer = HTTPBearer(auto_error=False)
    sweeper = Sweeper(store, sweep_every_s)
    sweeper.now()

    def actor(creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
              x_staff_token: Annotated[str | None, Header()] = None) -> circulation.Actor:
        if creds is None:
            raise ApiError(401, "unauthorized", "an Authorization: Bearer <token> header is needed")
        sweeper.when_due()
        device = store.device_for_token(creds.credentials)
        if device and x_staff_token:
            # a desk: its device token and the signed-in librarian's, one actor
            staff_row = accounts.staff_for_token(store, x_staff_token)
            if staff_row is None:
                raise ApiError(401, "unauthorized", "unknown X-Staff-Token; sign in again")
            return circulation.Actor(device["id"], "desk", device["branch"] or "",
                                     staff_row["user"], staff_row["role"])
        if device:
            return circulation.Actor(device["id"], "terminal", device["branch"] or "")
        if x_staff_token:
            raise ApiError(401, "unauthorized", "X-Staff-Token goes with a device token in "
                           "Authorization; this bearer token is not a device's")
        if staff_row := accounts.staff_for_token(store, creds.credentials):
            return circulation.Actor(f"staff:{staff_row['user']}", "desk", "",
                                     staff_row["user"], staff_row["role"])
        raise ApiError(401, "unauthorized", "unknown token")

    def staff(who: Annotated[circulation.Actor, Depends(actor)]) -> circulation.Actor:
        if not who.staff_user:
            raise ApiError(403, "staff_only", "this needs a staff login (POST /staff/login)")
        return who

    Who = Annotated[circulation.Actor, Depends(actor)]
    Staff = Annotated[circulation.Actor, Depends(staff)]

    def base_url(request: Request) -> str:
        return (public_url or str(request.base_url)).rstrip("/")

    # -- open to all -----------------------------------------------------------------
    @api.get("/time")
    def time_now():
        return {"now": iso(now_utc())}

    @api.post("/enrol")
    def enrol(body: EnrolIn):
        if demo_code and body.code.strip().upper() == demo_code.upper():
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

    # -- sync --------------------------------------------------------------------------
    @api.get("/streams/{kind}")
    def pull(kind: str, who: Who, cursor: str | None = None,
             limit: Annotated[int, Query(ge=1, le=20000)] = 1000, with_pin_hashes: bool = False):
        if kind not in STREAMS:
            raise ApiError(404, "unknown_stream", f"no stream {kind!r}; one of "
                           f"{', '.join(STREAMS)}")
        try:
            page = store.pull(kind, cursor, limit,
                              with_pin_hashes=with_pin_hashes and allow_pin_hashes)
        except StreamResetError:
            raise ApiError(410, "stream_reset", f"the {kind} stream was rebuilt; pull it "
                           "again from the start") from None
        except BadCursor as exc:
            raise ApiError(400, "bad_cursor", str(exc)) from None
        return _json(page)

    @api.post("/push")
    def push(body: PushIn, who: Who,
             x_kiosk_clock: Annotated[str | None, Header()] = None):
        if not x_kiosk_clock:
            raise ApiError(400, "bad_clock", "the X-Kiosk-Clock header is missing")
        try:
            clock = _utc(datetime.fromisoformat(x_kiosk_clock))
        except ValueError:
            raise ApiError(400, "bad_clock", f"X-Kiosk-Clock {x_kiosk_clock!r} is not an "
                           "ISO 8601 time") from None
        skew = abs((clock - now_utc()).total_seconds())
        if skew > max_skew_s:
            raise ApiError(422, "clock_skew", f"the device clock is off by {skew:.0f} s",
                           skew_s=round(skew, 1), allowed_s=max_skew_s)
        txns = [{**t.model_dump(), "occurred_at": _utc(t.occurred_at)}
                for t in body.transactions]
        with store.locked():     # the batch is one transaction: one fsync, not one per act
            return _json({"results": circulation.push(store, who, txns,
                                                      max_future_s=max_skew_s)})

    # -- patrons and items ------------------------------------------------------------
    @api.post("/auth")
    def auth(body: AuthIn, who: Who):
        return {"patron": accounts.check_pin(store, body.card, body.pin)}

    @api.get("/patrons/{card}")
    def patron(card: str, who: Who):
        with store.lock:
            found = accounts.find_card(store, card)
            if found is None:
                raise ApiError(404, "patron_unknown", f"no patron with card {card}")
            return {
                "patron": store.record("patrons", found),
                "loans": store.rows("SELECT * FROM loans WHERE patron_card = ? AND "
                                    "returned_at IS NULL ORDER BY due_at", (found,)),
                "holds": store.rows("SELECT * FROM holds WHERE patron_card = ? AND status IN "
                                    "('pending', 'waiting') ORDER BY placed_at", (found,)),
                "fees": store.rows("SELECT * FROM fees WHERE patron_card = ? ORDER BY "
                                   "created_at", (found,))}

    @api.put("/patrons/{card}/notes")
    def patron_notes(card: str, body: NotesIn, who: Staff):
        with store.locked():
            found = accounts.find_card(store, card)
            if found is None:
                raise ApiError(404, "patron_unknown", f"no patron with card {card}")
            before = store.row("SELECT notes FROM patrons WHERE card = ?", (found,))["notes"]
            notes = body.notes.strip()
            store.update("patrons", found, notes=notes)
            store.audit("patron_notes", by=who.staff_user, device_id=who.device_id,
                        detail={"patron": found, "before": before or "", "notes": notes})
        return {"patron": store.record("patrons", found)}

    @api.get("/items/{barcode}")
    def item(barcode: str, who: Who):
        with store.lock:
            found = store.item_by_rfid(barcode)
            if found is None:
                raise ApiError(404, "item_unknown", f"no item {barcode}")
            return {"item": store.record("items", found.barcode),
                    "title": store.record("titles", found.title_id),
                    "loan": store.row("SELECT * FROM loans WHERE item_barcode = ? AND "
                                      "returned_at IS NULL ORDER BY out_at DESC LIMIT 1",
                                      (found.barcode,))}

    # -- payments ----------------------------------------------------------------------
    @api.post("/payments", status_code=201)
    def create_payment(body: PaymentIn, who: Who, request: Request):
        return payments.create(store, body.patron, body.fee_ids, base_url(request))

    @api.get("/payments/{order_id}")
    def payment(order_id: str, who: Who, request: Request):
        return payments.status(store, order_id, base_url(request))

    @api.delete("/payments/{order_id}")
    def cancel_payment(order_id: str, who: Who, request: Request):
        return payments.cancel(store, order_id, base_url(request))

    @api.get("/pay/{order_id}", response_class=HTMLResponse, tags=["simulated provider"])
    def pay_page(order_id: str):
        return payments.page(store, order_id)

    @api.post("/pay/{order_id}", response_class=HTMLResponse, tags=["simulated provider"])
    def pay_now(order_id: str):
        payments.mark_paid(store, order_id)
        return payments.page(store, order_id)

    # -- terminals ---------------------------------------------------------------------
    @api.post("/heartbeat")
    def heartbeat(body: HeartbeatIn, who: Who):
        with store.locked():
            store.conn.execute(
                "UPDATE devices SET last_seen = ?, version = ?, online = ?, outbox = ?, "
                "devices = ? WHERE id = ?",
                (iso(now_utc()), body.version, int(body.online), body.outbox,
                 json.dumps(body.devices, ensure_ascii=False), who.device_id))
        return {"ok": True, "now": iso(now_utc())}

    @api.get("/fleet")
    def fleet(who: Who):
        with store.lock:
            rows = store.rows("SELECT id AS device_id, name, branch, last_seen, version, online, "
                              "outbox, devices, last_seq FROM devices ORDER BY name")
        for row in rows:
            row["devices"] = json.loads(row["devices"] or "{}")
            row["online"] = None if row["online"] is None else bool(row["online"])
        return rows

    # -- staff -------------------------------------------------------------------------
    @api.post("/staff/login")
    def staff_login(body: StaffLoginIn):
        return accounts.staff_login(store, body.user, body.password)

    @api.get("/exceptions")
    def exceptions(who: Who, status: str | None = None):
        return store.exceptions(status)

    @api.post("/exceptions/{exception_id}/resolve")
    def resolve(exception_id: str, body: ResolveIn, who: Staff):
        with store.locked():
            row = store.row("SELECT status FROM exceptions WHERE id = ?", (exception_id,))
            if row is None:
                raise ApiError(404, "exception_unknown", f"no exception {exception_id}")
            if row["status"] != "open":
                raise ApiError(409, "already_resolved", f"exception {exception_id} is resolved")
            store.conn.execute(
                "UPDATE exceptions SET status = 'resolved', note = ?, resolved_by = ?, "
                "resolved_at = ? WHERE id = ?",
                (body.note, body.by or who.staff_user, iso(now_utc()), exception_id))
            store.audit("resolve_exception", by=who.staff_user, reason=body.note,
                        device_id=who.device_id, detail={"exception": exception_id})
        return next(e for e in store.exceptions(None) if e["id"] == exception_id)

    @api.get("/audit")
    def audit(who: Staff, limit: Annotated[int, Query(ge=1, le=5000)] = 500):
        with store.lock:
            rows = store.rows("SELECT * FROM audit ORDER BY id DESC LIMIT ?", (limit,))
        for row in rows:
            row["detail"] = json.loads(row["detail"] or "{}")
        return rows

    @api.get("/holds/shelf")
    def holds_shelf(who: Staff):
        sweeper.now()
        return reports.holds_shelf(store)

    @api.get("/stats")
    def stats(who: Staff, day: date | None = None):
        return reports.stats(store, day or reports.today(zone), zone)

    app.include_router(api)
    if faults:
        app.state.faults = FaultInjector(app.build_middleware_stack())
        app.middleware_stack = app.state.faults
    return app
