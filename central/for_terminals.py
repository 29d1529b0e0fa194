"""What a reader-facing terminal gets of a patron record (issue 16).

A desk (and a librarian signed in alone) sees patrons whole. A terminal is in a
public place and holds only what its readers' flows need: no staff notes, and
chip UIDs only keyed with the deployment secret (kiosk.domain.chip_uids), so
the terminal can find whose card was tapped without holding any UID. Without a
secret a terminal gets no UIDs and asks the centre for a tapped card online.
One function for every route that hands a patron to a device.
"""
from __future__ import annotations

from kiosk.domain.chip_uids import uid_key

from .circulation import Actor


def patron_for(who: Actor, record: dict, secret: bytes | None) -> dict:
    if who.kind != "terminal" or not record:
        return record
    uids = [uid_key(secret, uid) for uid in record.get("card_uids") or ()] if secret else []
    return {**record, "notes": "", "card_uids": uids}
