"""The centre's reads of its records as domain models, for its decisions.

A mixin over the store's connection: the push decisions (circulation), the
payment orders and the hold sweep ask these questions of the records.
"""
from __future__ import annotations

import json
import sqlite3

from kiosk.domain import records
from kiosk.domain.models import Hold, Item, Loan, Location, Patron, PatronAccount, Title
from kiosk.domain.policy import DEFAULT_POLICY, Policy

from .schema import TABLE_KEYS


class Reads:
    conn: sqlite3.Connection

    def row(self, sql: str, args=()) -> dict | None:
        cur = self.conn.execute(sql, args)
        values = cur.fetchone()
        return dict(zip([d[0] for d in cur.description], values)) if values else None

    def rows(self, sql: str, args=()) -> list[dict]:
        cur = self.conn.execute(sql, args)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, v)) for v in cur.fetchall()]

    def counts(self) -> dict[str, int]:
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in TABLE_KEYS}

    def get_title(self, title_id: str) -> Title | None:
        row = self.row("SELECT * FROM titles WHERE id = ?", (title_id,))
        return records.title(row) if row else None

    def get_item(self, barcode: str) -> Item | None:
        row = self.row("SELECT * FROM items WHERE barcode = ?", (barcode,))
        return records.item(row) if row else None

    def item_by_rfid(self, rfid_id: str) -> Item | None:
        """By barcode, or by the separate RFID id some libraries put on tags."""
        row = self.row("SELECT * FROM items WHERE barcode = ? OR (rfid_id != '' AND "
                       "rfid_id = ?) LIMIT 1", (rfid_id, rfid_id))
        return records.item(row) if row else None

    def get_patron(self, card: str) -> Patron | None:
        row = self.row("SELECT * FROM patrons WHERE card = ?", (card,))
        if not row:
            return None
        uids = tuple(r[0] for r in self.conn.execute(
            "SELECT uid FROM patron_cards WHERE card = ?", (card,)))
        return records.patron(row, uids)

    def patron_pin_hash(self, card: str) -> str | None:
        row = self.row("SELECT pin_hash FROM patrons WHERE card = ?", (card,))
        return row["pin_hash"] if row else None

    def card_for_uid(self, uid: str) -> str | None:
        row = self.row("SELECT card FROM patron_cards WHERE uid = ?", (uid.upper(),))
        return row["card"] if row else None

    def open_loan(self, barcode: str) -> Loan | None:
        row = self.row("SELECT * FROM loans WHERE item_barcode = ? AND returned_at IS NULL "
                       "ORDER BY out_at DESC LIMIT 1", (barcode,))
        return records.loan(row) if row else None

    def account(self, card: str) -> PatronAccount | None:
        patron = self.get_patron(card)
        if patron is None:
            return None
        loans = tuple(records.loan(r) for r in self.rows(
            "SELECT * FROM loans WHERE patron_card = ? AND returned_at IS NULL ORDER BY due_at",
            (card,)))
        items = tuple(self.get_item(loan.item_barcode) or Item(loan.item_barcode, "")
                      for loan in loans)
        fees = tuple(records.fee(r) for r in self.rows(
            "SELECT * FROM fees WHERE patron_card = ? ORDER BY created_at", (card,)))
        holds = tuple(records.hold(r) for r in self.rows(
            "SELECT * FROM holds WHERE patron_card = ? ORDER BY placed_at", (card,)))
        return PatronAccount(patron, loans, items, fees, holds)

    def holds_for_others(self, item: Item, card: str) -> int:
        """Holds by other readers this copy would have to serve: one waiting
        with this very copy, or a pending queue for the title when no other
        copy is on the shelf to satisfy it."""
        waiting = self.conn.execute(
            "SELECT count(*) FROM holds WHERE item_barcode = ? AND status = 'waiting' "
            "AND patron_card != ?", (item.barcode, card)).fetchone()[0]
        if waiting:
            return waiting
        pending = self.conn.execute(
            "SELECT count(*) FROM holds WHERE title_id = ? AND status = 'pending' "
            "AND patron_card != ?", (item.title_id, card)).fetchone()[0]
        if not pending:
            return 0
        other_copies = self.conn.execute(
            "SELECT count(*) FROM items WHERE title_id = ? AND barcode != ? AND "
            "status = 'available'", (item.title_id, item.barcode)).fetchone()[0]
        return max(pending - other_copies, 0)

    def waiting_hold_for(self, item: Item) -> Hold | None:
        """The hold this returned copy should go to: trapped for it, or first in the queue."""
        row = self.row("SELECT * FROM holds WHERE (item_barcode = ? AND status = 'waiting') OR "
                       "(title_id = ? AND status = 'pending') ORDER BY status = 'waiting' DESC, "
                       "placed_at LIMIT 1", (item.barcode, item.title_id))
        return records.hold(row) if row else None

    def policy(self) -> Policy:
        row = self.row("SELECT value FROM policies WHERE key = 'loan_policy'")
        return Policy.from_dict(json.loads(row["value"])) if row else DEFAULT_POLICY

    def get_location(self, location_id: str) -> Location | None:
        row = self.row("SELECT * FROM locations WHERE id = ?", (location_id,))
        return records.location(row) if row else None
