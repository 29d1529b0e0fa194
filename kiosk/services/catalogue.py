"""The catalogue as a reader sees it: search, a title, its copies and where they are."""
from __future__ import annotations

from kiosk.domain.models import Title
from kiosk.ports.store import Store

from .results import Copy


class CatalogueService:
    def __init__(self, replica: Store):
        self.replica = replica
        self._lock = replica.lock           # the store's one lock

    def search(self, query: str, limit: int = 20):
        """Hits (sync.replica.SearchHit: title + availability per place), best first."""
        with self._lock:
            return self.replica.search(query, limit=limit)

    def title(self, title_id: str) -> Title | None:
        with self._lock:
            return self.replica.get_title(title_id)

    def copies(self, title_id: str) -> list[Copy]:
        with self._lock:
            copies = []
            for item in self.replica.items_of(title_id):
                barcode = item.barcode
                place = self.replica.get_location(item.location_id)
                loan = self.replica.open_loan(barcode)
                name = f"{place.name_zh} / {place.name_en}" if place else item.location_id
                copies.append(Copy(item, name, loan.due_at if loan else None))
            return copies
