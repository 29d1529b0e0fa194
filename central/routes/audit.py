"""The audit log: overrides, waivers, cash, notes and resolutions, newest first."""
from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, Query

from .deps import CentreDep, Staff

router = APIRouter()


@router.get("/audit")
def audit(who: Staff, here: CentreDep, limit: Annotated[int, Query(ge=1, le=5000)] = 500):
    with here.store.lock:
        rows = here.store.rows("SELECT * FROM audit ORDER BY id DESC LIMIT ?", (limit,))
    for row in rows:
        row["detail"] = json.loads(row["detail"] or "{}")
    return rows
