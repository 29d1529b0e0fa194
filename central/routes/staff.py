"""Staff sessions: log-in with a password for a staff token, and log-out."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Request
from pydantic import BaseModel, Field

from .. import accounts
from ..errors import ApiError
from .deps import Bearer, CentreDep
from .fields import Id, Text

router = APIRouter()


class StaffLoginIn(BaseModel):
    user: Id
    password: Text = Field(max_length=200)


@router.post("/staff/login")
def staff_login(body: StaffLoginIn, here: CentreDep, request: Request, creds: Bearer):
    """Wrong passwords are throttled per source: a desk (its device token) or, without
    one, the client's address."""
    device = here.store.device_for_token(creds.credentials) if creds else None
    source = (f"device:{device['id']}" if device else
              f"address:{request.client.host if request.client else 'unknown'}")
    return accounts.staff_login(here.store, body.user, body.password, source=source)


@router.post("/staff/logout")
def staff_logout(here: CentreDep, creds: Bearer,
                 x_staff_token: Annotated[str | None, Header()] = None):
    """End a staff token: X-Staff-Token at a desk, else the bearer token itself."""
    token = x_staff_token or (creds.credentials if creds else None)
    if not token:
        raise ApiError(401, "unauthorized", "no staff token to end")
    if not accounts.staff_logout(here.store, token):
        raise ApiError(401, "unauthorized", "unknown or expired staff token")
    return {"ok": True}
