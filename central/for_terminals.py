"""What a reader-facing terminal gets of the library's records (issue 16).

A desk (and a librarian signed in alone) sees records whole. A terminal is in a
public place and holds only what its readers' flows need: no staff notes, chip
UIDs only keyed with the deployment secret (kiosk.domain.chip_uids), and with
that secret no card number either: every field naming a reader carries the
card's key (kiosk.domain.card_keys), which the terminal makes the same way from
a card it is shown, and which the centre turns back into the card
(CentralStore.card_of) wherever a terminal names a reader. Without a secret a
terminal gets clear cards and no UIDs (a tapped card is asked of the centre).
The one place for every route that hands a terminal a record naming a reader.
"""
from __future__ import annotations

from kiosk.domain.card_keys import card_key
from kiosk.domain.chip_uids import uid_key

from .circulation import Actor

#: the field naming a reader, by table or answer
PATRON_FIELD = {"patrons": "card", "loans": "patron_card", "holds": "patron_card",
                "fees": "patron_card", "orders": "patron"}


def _keys(who: Actor, secret: bytes | None) -> bool:
    return who.kind == "terminal" and secret is not None


def patron_for(who: Actor, record: dict, secret: bytes | None) -> dict:
    if who.kind != "terminal" or not record:
        return record
    uids = [uid_key(secret, uid) for uid in record.get("card_uids") or ()] if secret else []
    return _keyed(who, "patrons", {**record, "notes": "", "card_uids": uids}, secret)


def _keyed(who: Actor, kind: str, record: dict, secret: bytes | None) -> dict:
    field = PATRON_FIELD.get(kind)
    if field is None or secret is None or not _keys(who, secret) or not record.get(field):
        return record
    return {**record, field: card_key(secret, record[field])}


def record_for(who: Actor, kind: str, record: dict | None, secret: bytes | None) -> dict | None:
    """A record of a kind (PATRON_FIELD) with its reader named by the card's key."""
    return _keyed(who, kind, record, secret) if record else record


def records_for(who: Actor, kind: str, records: list[dict], secret: bytes | None) -> list[dict]:
    if kind == "patrons":
        return [patron_for(who, r, secret) for r in records]
    return [_keyed(who, kind, r, secret) for r in records]


def page_for(who: Actor, page: dict, secret: bytes | None) -> dict:
    """A pull page: its records, and a deleted patron's tombstone by the key the
    terminal knows the patron by."""
    kind = page["kind"]
    page["records"] = records_for(who, kind, page["records"], secret)
    if kind == "patrons" and _keys(who, secret):
        assert secret is not None
        page["tombstones"] = [card_key(secret, card) for card in page["tombstones"]]
    return page
