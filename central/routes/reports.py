"""What the desk reads: the holds shelf and the day's statistics."""
from __future__ import annotations

from fastapi import APIRouter

from .. import reports
from .deps import CentreDep, Staff
from .fields import Day

router = APIRouter()


@router.get("/holds/shelf")
def holds_shelf(who: Staff, here: CentreDep):
    here.sweeper.now()
    return reports.holds_shelf(here.store)


@router.get("/stats")
def stats(who: Staff, here: CentreDep, day: Day | None = None):
    return reports.stats(here.store, day or reports.today(here.zone, here.clock()), here.zone)
