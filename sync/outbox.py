"""The durable outbox: every circulation act, written before anything else happens.

An act is one SQLite transaction holding the outbox row AND its optimistic
local effect on the replica, so after a power cut either both exist or
neither does. The service says the effect in the domain's words
(kiosk/ports/effects.py); it is kept here as a short list of operations:

    ["insert", table, row]          a new row with a local id ("local-<txn id>")
    ["update", table, key, {col: value}]

so that it can be re-applied on top of rows the centre sends before it has
seen the act ("rebase", see ``rebase``) and undone when the centre refuses the
act (the values the update replaced are kept in ``before``). When the centre
answers, its values replace the optimistic ones (``settle``).
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

import uuid6

from kiosk.domain.clock import iso, now_utc, time_of
from kiosk.domain.routing import HOLDS_SHELF, SHELF, TRANSIT, route_item_status
from kiosk.ports.backend import PushResult, Txn
from kiosk.ports.effects import (
    Effect,
    FeeCharged,
    FeesSettled,
    HoldPlaced,
    HoldStatusSet,
    ItemStatusSet,
    LoanClosed,
    LoanOpened,
    LoanRenewed,
)
from sync.crashpoints import crash_point
from sync.replica import TABLE_KEYS, Replica

PENDING = ("queued", "delivering")
#: withdrawn: no answer came for an act that may not stand offline (needs the centre's
#: yes, or broke the offline policy): its local effect is undone and it is never sent again
STATES = ("queued", "delivering", "applied", "rejected", "conflict", "withdrawn")
_OP_TABLES = ("items", "loans", "holds", "fees")


def local_id(txn_id: str) -> str:
    """The id a row created by an act carries until the centre names it."""
    return f"local-{txn_id}"


@dataclass(frozen=True)
class OutboxEntry:
    id: str
    seq: int
    occurred_at: datetime
    type: str
    payload: dict
    state: str
    attempts: int = 0
    last_error: str = ""
    result: dict | None = None
    offline: bool = False
    ops: list = field(default_factory=list)

    @property
    def pending(self) -> bool:
        return self.state in PENDING

    def txn(self) -> Txn:
        return Txn(self.id, self.seq, self.occurred_at, self.type, self.payload,
                   previous_attempts=self.attempts)

    def to_json(self) -> dict:
        return {"id": self.id, "seq": self.seq, "occurred_at": iso(self.occurred_at),
                "type": self.type, "payload": self.payload, "state": self.state,
                "attempts": self.attempts, "last_error": self.last_error,
                "result": self.result, "offline": self.offline}


def _entry(row: tuple) -> OutboxEntry:
    (id_, seq, occurred, type_, payload, state, attempts, error, result, offline, ops) = row
    return OutboxEntry(id_, seq, time_of(occurred), type_, json.loads(payload), state,
                       attempts, error, json.loads(result) if result else None, bool(offline),
                       json.loads(ops))


_COLUMNS = ("id, seq, occurred_at, type, payload, state, attempts, last_error, result, "
            "offline, ops")


class Outbox:
    """The outbox of one replica file, through that replica's connection."""


    def __init__(self, replica: Replica):
        self.replica = replica
        self.conn = replica.conn
        self.lock = replica.lock

    # -- writing an act -----------------------------------------------------------
    def record(self, type_: str, payload: dict, effects: Sequence[Effect], *,
               offline: bool = False, occurred_at: datetime | None = None,
               txn_id: str | None = None) -> OutboxEntry:
        """Write the act and apply its local effect in ONE transaction."""
        txn_id = txn_id or str(uuid6.uuid7())
        occurred_at = occurred_at or now_utc()
        with self.replica.transaction():
            ops = self._ops(txn_id, effects)
            seq = self.conn.execute("UPDATE counters SET value = value + 1 "
                                    "WHERE name = 'outbox_seq' RETURNING value").fetchone()[0]
            before = self._apply_ops(ops, snapshot=True)
            self.conn.execute(
                "INSERT INTO outbox (id, seq, occurred_at, type, payload, offline, ops, before, "
                "updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
                (txn_id, seq, iso(occurred_at), type_, json.dumps(payload, ensure_ascii=False),
                 int(offline), json.dumps(ops, ensure_ascii=False),
                 json.dumps(before, ensure_ascii=False), iso(now_utc())))
        crash_point("after_outbox_commit")
        return self.get(txn_id)

    def _ops(self, txn_id: str, effects: Sequence[Effect]) -> list:
        """An act's effects as rows (the ops this module re-applies and undoes);
        a row the act creates carries the act's local id until the centre names it."""
        ops: list = []
        new_id = local_id(txn_id)
        for effect in effects:
            match effect:
                case LoanOpened():
                    ops.append(["insert", "loans", {
                        "id": new_id, "item_barcode": effect.item, "patron_card": effect.patron,
                        "out_at": iso(effect.out_at), "due_at": iso(effect.due_at),
                        "renewals": 0, "returned_at": None, "offline": int(effect.offline)}])
                case LoanClosed():
                    ops.append(["update", "loans", effect.loan_id,
                                {"returned_at": iso(effect.at)}])
                case LoanRenewed():
                    ops.append(["update", "loans", effect.loan_id,
                                {"due_at": iso(effect.due_at), "renewals": effect.renewals}])
                case ItemStatusSet():
                    ops.append(["update", "items", effect.item, {"status": effect.status.value}])
                case HoldPlaced():
                    ops.append(["insert", "holds", {
                        "id": new_id, "title_id": effect.title_id, "patron_card": effect.patron,
                        "placed_at": iso(effect.placed_at), "status": "pending",
                        "pickup_location": effect.pickup_location, "item_barcode": "",
                        "expires_at": None, "advance": int(effect.advance)}])
                case HoldStatusSet():
                    values: dict = {"status": effect.status.value}
                    if effect.item is not None:
                        values["item_barcode"] = effect.item
                    ops.append(["update", "holds", effect.hold_id, values])
                case FeeCharged():
                    ops.append(["insert", "fees", {
                        "id": new_id, "patron_card": effect.patron, "kind": "overdue",
                        "amount_fen": effect.amount_fen, "item_barcode": effect.item,
                        "paid_fen": 0, "status": "open", "created_at": iso(effect.at)}])
                case FeesSettled():
                    marks = ",".join("?" * len(effect.fee_ids))
                    for fee_id, amount in self.conn.execute(
                            f"SELECT id, amount_fen FROM fees WHERE id IN ({marks})",
                            effect.fee_ids).fetchall():
                        values = {"status": effect.status}
                        if effect.status == "paid":
                            values["paid_fen"] = amount
                        ops.append(["update", "fees", fee_id, values])
        return ops

    def _apply_ops(self, ops: list, *, snapshot: bool) -> list:
        before = []
        for op in ops:
            kind, table = op[0], op[1]
            if table not in _OP_TABLES:
                raise ValueError(f"outbox op on table {table!r}")
            key = TABLE_KEYS[table]
            if kind == "insert":
                row = op[2]
                cols = ", ".join(row)
                self.conn.execute(f"INSERT OR REPLACE INTO {table} ({cols}) VALUES "
                                  f"({','.join('?' * len(row))})", list(row.values()))
                before.append(["delete", table, row[key]])
            elif kind == "update":
                _, _, pk, values = op
                if snapshot:
                    old = self.replica._one(f"SELECT {', '.join(values)} FROM {table} "
                                            f"WHERE {key} = ?", (pk,))
                    if old is not None:
                        before.append(["update", table, pk, old])
                sets = ", ".join(f"{c} = ?" for c in values)
                self.conn.execute(f"UPDATE {table} SET {sets} WHERE {key} = ?",
                                  [*values.values(), pk])
            else:
                raise ValueError(f"unknown outbox op {kind!r}")
        return before

    def _undo(self, txn_id: str, tables: tuple[str, ...] = _OP_TABLES) -> None:
        row = self.conn.execute("SELECT before FROM outbox WHERE id = ?", (txn_id,)).fetchone()
        for op in reversed(json.loads(row[0])):
            kind, table = op[0], op[1]
            if table not in tables:
                continue
            key = TABLE_KEYS[table]
            if kind == "delete":
                self.conn.execute(f"DELETE FROM {table} WHERE {key} = ?", (op[2],))
            else:
                sets = ", ".join(f"{c} = ?" for c in op[3])
                self.conn.execute(f"UPDATE {table} SET {sets} WHERE {key} = ?",
                                  [*op[3].values(), op[2]])

    def rebase(self, tables: set[str] | None = None) -> None:
        """Re-apply the effects of acts the centre has not confirmed yet, after
        centre rows were written over them. The caller owns the transaction."""
        for (ops,) in self.conn.execute(
                "SELECT ops FROM outbox WHERE state IN ('queued', 'delivering') ORDER BY seq"
        ).fetchall():
            ops = json.loads(ops)
            if tables is None or any(op[1] in tables for op in ops):
                self._apply_ops(ops, snapshot=False)

    # -- reading --------------------------------------------------------------------
    def find(self, txn_id: str) -> OutboxEntry | None:
        with self.lock:
            row = self.conn.execute(f"SELECT {_COLUMNS} FROM outbox WHERE id = ?",
                                    (txn_id,)).fetchone()
        return _entry(row) if row else None

    def get(self, txn_id: str) -> OutboxEntry:
        """An act this terminal wrote (KeyError for an id it never wrote)."""
        entry = self.find(txn_id)
        if entry is None:
            raise KeyError(f"no act {txn_id} in the outbox")
        return entry

    def pending(self, limit: int = 500, up_to_seq: int | None = None) -> list[OutboxEntry]:
        """Undelivered acts in kiosk-sequence order ('delivering' ones too: a
        crash or a lost answer leaves them so, and the centre dedupes by id)."""
        sql = f"SELECT {_COLUMNS} FROM outbox WHERE state IN ('queued', 'delivering')"
        args: list = []
        if up_to_seq is not None:
            sql += " AND seq <= ?"
            args.append(up_to_seq)
        with self.lock:
            rows = self.conn.execute(sql + " ORDER BY seq LIMIT ?", [*args, limit]).fetchall()
        return [_entry(r) for r in rows]

    def entries(self, states: tuple[str, ...] = STATES, limit: int = 1000) -> list[OutboxEntry]:
        marks = ",".join("?" * len(states))
        with self.lock:
            rows = self.conn.execute(f"SELECT {_COLUMNS} FROM outbox WHERE state IN ({marks}) "
                                     "ORDER BY seq DESC LIMIT ?", [*states, limit]).fetchall()
        return [_entry(r) for r in rows]

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(STATES, 0)
        with self.lock:
            counts.update(self.conn.execute("SELECT state, count(*) FROM outbox GROUP BY state"))
        return counts

    def offline_loans(self, card: str) -> int:
        """Open loans of this patron made offline (the [offline] cap counts these)."""
        with self.lock:
            return self.conn.execute("SELECT count(*) FROM loans WHERE patron_card = ? AND "
                                     "returned_at IS NULL AND offline = 1", (card,)).fetchone()[0]

    # -- delivery bookkeeping ------------------------------------------------------
    def mark_delivering(self, ids: list[str]) -> None:
        with self.replica.transaction():
            self.conn.executemany("UPDATE outbox SET state = 'delivering', attempts = attempts "
                                  "+ 1, updated_at = ? WHERE id = ?",
                                  [(iso(now_utc()), i) for i in ids])

    def mark_error(self, ids: list[str], error: str) -> None:
        """No answer: the acts stay queued for the next attempt."""
        with self.replica.transaction():
            self.conn.executemany("UPDATE outbox SET state = 'queued', last_error = ?, "
                                  "updated_at = ? WHERE id = ? AND state = 'delivering'",
                                  [(error[:500], iso(now_utc()), i) for i in ids])

    def mark_offline(self, txn_id: str) -> None:
        """The act stands without the centre's answer: deliver it later as offline, so the
        centre applies what physically happened instead of judging it again."""
        with self.replica.transaction():
            row = self.conn.execute("SELECT payload FROM outbox WHERE id = ?",
                                    (txn_id,)).fetchone()
            payload = json.loads(row[0])
            if "offline" in payload:
                payload["offline"] = True
            self.conn.execute("UPDATE outbox SET offline = 1, payload = ? WHERE id = ?",
                              (json.dumps(payload, ensure_ascii=False), txn_id))
            self.conn.execute("UPDATE loans SET offline = 1 WHERE id = ?", (local_id(txn_id),))

    def withdraw(self, txn_id: str, reason: str, params: dict | None = None) -> OutboxEntry:
        """Undo a pending act's local effect and keep it, withdrawn, with the reason.
        The caller holds the engine's push lock (the act is not on the wire)."""
        with self.replica.transaction():
            entry = self.find(txn_id)
            if entry is not None and entry.pending:
                self._undo(txn_id)
                self.conn.execute(
                    "UPDATE outbox SET state = 'withdrawn', result = ?, updated_at = ? "
                    "WHERE id = ?", (json.dumps({"status": "withdrawn", "reason": reason,
                                                 "params": params or {}}, ensure_ascii=False),
                                     iso(now_utc()), txn_id))
        return self.get(txn_id)

    def settle(self, results: list[PushResult]) -> list[OutboxEntry]:
        """Store the centre's answers: its values replace the optimistic ones,
        a rejection undoes the local effect. One transaction for the batch."""
        settled: list[OutboxEntry] = []
        with self.replica.transaction():
            ids = [r.id for r in results]
            marks = ",".join("?" * len(ids))
            entries = {row[0]: _entry(row) for row in self.conn.execute(
                f"SELECT {_COLUMNS} FROM outbox WHERE id IN ({marks})", ids)}
            now = iso(now_utc())
            for result in results:
                entry = entries.pop(result.id, None)
                if entry is None or not entry.pending:
                    continue
                if result.status == "rejected":
                    self._undo(entry.id)
                    state = "rejected"
                else:
                    _EFFECTS[entry.type](self, entry, result.effect or {})
                    state = "conflict" if result.status == "conflict" else "applied"
                stored = {"status": result.status, "reason": result.reason,
                          "message": result.message, "effect": result.effect,
                          "resolution": result.resolution}
                settled.append(replace(entry, state=state, result=stored, last_error=""))
            self.conn.executemany(
                "UPDATE outbox SET state = ?, result = ?, last_error = '', updated_at = ? "
                "WHERE id = ?", [(e.state, json.dumps(e.result, ensure_ascii=False), now, e.id)
                                 for e in settled])
        return settled

    # -- the centre's effect, by act type ----------------------------------------
    def _rename(self, table: str, old: str, new: str) -> None:
        """Give a locally created row the centre's id (or drop it if the centre's
        row already came down a stream)."""
        if not new or new == old:
            return
        if self.conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (new,)).fetchone():
            self.conn.execute(f"DELETE FROM {table} WHERE id = ?", (old,))
        else:
            self.conn.execute(f"UPDATE {table} SET id = ? WHERE id = ?", (new, old))

    def _effect_checkout(self, entry: OutboxEntry, effect: dict) -> None:
        loan_id = effect.get("loan_id") or local_id(entry.id)
        self._rename("loans", local_id(entry.id), loan_id)
        if effect.get("due_at"):
            self.conn.execute("UPDATE loans SET due_at = ? WHERE id = ? AND returned_at IS NULL",
                              (effect["due_at"], loan_id))

    def _effect_renew(self, entry: OutboxEntry, effect: dict) -> None:
        if effect.get("due_at"):
            self.conn.execute("UPDATE loans SET due_at = ? WHERE item_barcode = ? AND "
                              "patron_card = ? AND returned_at IS NULL",
                              (effect["due_at"], entry.payload["item"], entry.payload["patron"]))

    def _effect_checkin(self, entry: OutboxEntry, effect: dict) -> None:
        """The centre routes the copy and charges the fee: drop the local guesses."""
        self._undo(entry.id, tables=("holds", "fees"))
        item = entry.payload["item"]
        route = effect.get("route", SHELF)
        self.conn.execute("UPDATE items SET status = ? WHERE barcode = ?",
                          (route_item_status(route).value, item))
        if effect.get("hold_id") and route in (HOLDS_SHELF, TRANSIT):
            self.conn.execute("UPDATE holds SET item_barcode = ?, status = ? WHERE id = ?",
                              (item, "waiting" if route == HOLDS_SHELF else "pending",
                               effect["hold_id"]))
        if effect.get("fee_id") and effect.get("fee_fen"):
            patron = entry.payload.get("patron") or self._last_borrower(entry)
            self.conn.execute(
                "INSERT INTO fees (id, patron_card, kind, amount_fen, item_barcode, created_at) "
                "VALUES (?, ?, 'overdue', ?, ?, ?) ON CONFLICT(id) DO NOTHING",
                (effect["fee_id"], patron, effect["fee_fen"], item, iso(entry.occurred_at)))

    def _last_borrower(self, entry: OutboxEntry) -> str:
        row = self.conn.execute("SELECT patron_card FROM loans WHERE item_barcode = ? "
                                "ORDER BY returned_at = ? DESC, out_at DESC LIMIT 1",
                                (entry.payload["item"], iso(entry.occurred_at))).fetchone()
        return row[0] if row else ""

    def _effect_hold(self, entry: OutboxEntry, effect: dict) -> None:
        self._rename("holds", local_id(entry.id), effect.get("hold_id", ""))

    def _effect_none(self, entry: OutboxEntry, effect: dict) -> None:
        """cancel_hold, the fee acts and reports: the optimistic effect is the centre's."""


_EFFECTS = {"checkout": Outbox._effect_checkout, "renew": Outbox._effect_renew,
            "checkin": Outbox._effect_checkin, "hold": Outbox._effect_hold,
            "cancel_hold": Outbox._effect_none, "pay": Outbox._effect_none,
            "pay_cash": Outbox._effect_none, "waive": Outbox._effect_none,
            "security_failed": Outbox._effect_none, "pin_failed": Outbox._effect_none}
