"""Records as the sync protocol carries them (docs/protocol.md), made into models.

A record is one row of a stream in wire shape: times ISO 8601, enums as their
values, patron blocks a JSON list. The centre's store and the terminal's
replica keep records in this shape, so both read them into models here.
"""
from __future__ import annotations

import json

from kiosk.domain.clock import parse_time, time_of
from kiosk.domain.models import (
    CardType,
    Fee,
    FeeKind,
    FeeStatus,
    Hold,
    HoldStatus,
    Item,
    ItemStatus,
    LanguageClass,
    Loan,
    Location,
    MaterialType,
    Patron,
    PatronStatus,
    Title,
)


def title(r: dict) -> Title:
    return Title(r["id"], r["title"], r["author"] or "", r["isbn"] or "", r["publisher"] or "",
                 r["year"], r["language"] or "zh", MaterialType(r["material_type"]),
                 r["call_number"] or "")


def item(r: dict) -> Item:
    return Item(r["barcode"], r["title_id"], r["call_number"] or "", r["location_id"] or "",
                ItemStatus(r["status"]), MaterialType(r["material_type"]),
                LanguageClass(r["language"]), r["rfid_id"] or "", r["parts"] or 1)


def patron(r: dict, uids: tuple[str, ...]) -> Patron:
    blocks = r["blocks"]
    return Patron(r["card"], r["name"], CardType(r["card_type"]), PatronStatus(r["status"]),
                  tuple(json.loads(blocks or "[]") if isinstance(blocks, str) else blocks or ()),
                  uids, parse_time(r["expires_at"]), r["points"], r.get("notes") or "")


def loan(r: dict) -> Loan:
    return Loan(r["id"], r["item_barcode"], r["patron_card"], time_of(r["out_at"]),
                time_of(r["due_at"]), r["renewals"], parse_time(r["returned_at"]),
                bool(r["offline"]))


def hold(r: dict) -> Hold:
    return Hold(r["id"], r["title_id"], r["patron_card"], time_of(r["placed_at"]),
                HoldStatus(r["status"]), r["pickup_location"] or "", r["item_barcode"] or "",
                parse_time(r["expires_at"]), bool(r["advance"]))


def fee(r: dict) -> Fee:
    return Fee(r["id"], r["patron_card"], FeeKind(r["kind"]), r["amount_fen"],
               r["item_barcode"] or "", r["paid_fen"], FeeStatus(r["status"]),
               parse_time(r["created_at"]))


def location(r: dict) -> Location:
    rng = (r["call_from"], r["call_to"]) if r["call_from"] else None
    return Location(r["id"], r["name_zh"], r["name_en"], r["kind"], r["branch"] or "",
                    r["floor"], rng)
