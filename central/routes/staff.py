"""Staff sessions: log-in with a password for a staff token."""
from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel, Field

from .. import accounts
from .deps import CentreDep

router = APIRouter()


class StaffLoginIn(BaseModel):
    user: str = Field(min_length=1, max_length=64)
    password: str = Field(max_length=200)


@router.post("/staff/login")
def staff_login(body: StaffLoginIn, here: CentreDep):
    return accounts.staff_login(here.store, body.user, body.password)
