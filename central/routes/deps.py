"""What every route needs: the Centre (store, clock, settings) and who is asking.

create_app() puts one Centre on app.state; routes take it and the caller as
FastAPI dependencies (`centre: CentreDep`, `who: Who`, `who: Staff`).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Annotated
from zoneinfo import ZoneInfo

from fastapi import Depends, Header, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from kiosk.domain.clock import Clock

from .. import accounts
from ..circulation import Actor
from ..errors import ApiError
from ..hold_expiry import Sweeper
from ..providers import PaymentProvider
from ..store import CentralStore
from .fields import utc


@dataclass
class Centre:
    """One running centre: its store, its clock and its settings."""

    store: CentralStore
    clock: Clock
    sweeper: Sweeper
    zone: ZoneInfo
    max_skew_s: float = 300
    #: the deployment secret offline PIN hashes are keyed with; None: no PIN hash leaves
    offline_pin_secret: bytes | None = None
    public_url: str | None = None
    demo_code: str | None = None
    payment_provider: PaymentProvider | None = None
    staff_idle: timedelta = accounts.STAFF_IDLE

    def base_url(self, request: Request) -> str:
        return (self.public_url or str(request.base_url)).rstrip("/")


def centre(request: Request) -> Centre:
    return request.app.state.centre


CentreDep = Annotated[Centre, Depends(centre)]
_bearer = HTTPBearer(auto_error=False)
Bearer = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


def actor(here: CentreDep, creds: Bearer, x_staff_token: Annotated[str | None, Header()] = None) -> Actor:
    """A terminal (device token), a desk (device token and X-Staff-Token) or a
    librarian alone (staff token); 401 for anything else."""
    if creds is None:
        raise ApiError(401, "unauthorized", "an Authorization: Bearer <token> header is needed")
    store = here.store
    here.sweeper.when_due()
    device = store.device_for_token(creds.credentials)
    if device and x_staff_token:
        # a desk: its device token and the signed-in librarian's, one actor
        staff_row = accounts.staff_for_token(store, x_staff_token, here.staff_idle)
        if staff_row is None:
            raise ApiError(401, "unauthorized", "unknown X-Staff-Token; sign in again")
        return Actor(device["id"], "desk", device["branch"] or "",
                     staff_row["user"], staff_row["role"], device["kind"])
    if device:
        return Actor(device["id"], "terminal", device["branch"] or "", kind=device["kind"])
    if x_staff_token:
        raise ApiError(401, "unauthorized", "X-Staff-Token goes with a device token in "
                       "Authorization; this bearer token is not a device's")
    if staff_row := accounts.staff_for_token(store, creds.credentials, here.staff_idle):
        return Actor(f"staff:{staff_row['user']}", "desk", "", staff_row["user"],
                     staff_row["role"], "desk")
    raise ApiError(401, "unauthorized", "unknown or expired token")


def staff(who: Annotated[Actor, Depends(actor)]) -> Actor:
    if not who.staff_user:
        raise ApiError(403, "staff_only", "this needs a staff login (POST /staff/login)")
    return who


def device_clock(x_kiosk_clock: Annotated[str | None, Header()] = None) -> datetime | None:
    """The device's own time when it sent the request (X-Kiosk-Clock), if it said."""
    if x_kiosk_clock is None:
        return None
    try:
        return utc(datetime.fromisoformat(x_kiosk_clock))
    except ValueError:
        raise ApiError(400, "bad_clock", f"X-Kiosk-Clock {x_kiosk_clock!r} is not an "
                       "ISO 8601 time of this millennium") from None


DeviceClock = Annotated[datetime | None, Depends(device_clock)]
Who = Annotated[Actor, Depends(actor)]
Staff = Annotated[Actor, Depends(staff)]
