"""Items: one copy by barcode or RFID id, with its title and open loan."""
from __future__ import annotations

from fastapi import APIRouter

from ..errors import ApiError
from ..for_terminals import record_for
from .deps import CentreDep, Who
from .fields import Id

router = APIRouter()


@router.get("/items/{barcode}")
def item(barcode: Id, who: Who, here: CentreDep):
    store = here.store
    with store.lock:
        found = store.item_by_rfid(barcode)
        if found is None:
            raise ApiError(404, "item_unknown", f"no item {barcode}")
        return {"item": store.record("items", found.barcode),
                "title": store.record("titles", found.title_id),
                "loan": record_for(who, "loans", store.row(
                    "SELECT * FROM loans WHERE item_barcode = ? AND returned_at IS NULL "
                    "ORDER BY out_at DESC LIMIT 1", (found.barcode,)), here.offline_pin_secret)}
