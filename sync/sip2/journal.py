"""What the SIP2 backend sent and what the ACS answered, kept across a kill -9.

SIP2 has no transaction ids, so exactly once is the backend's job. Before an
act goes out its row is written here with what the ACS said just before
(``before``: a loan's due date, the fees owed), and the ACS's answer is added
when it comes. After a restart an act with an answer here is a duplicate; an
act with a row but no answer may have reached the ACS and is checked against
it (the snapshot tells a renewal that happened from one that did not); an act
with no row never left. Payment orders are kept too, so that one the provider
took while the terminal was down is still paid at the ACS. Rows are kept for
``KEEP_DAYS``: the outbox settles an act long before that.
"""
from __future__ import annotations

import json
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

KEEP_DAYS = 30


class Journal:
    def __init__(self, path: str | Path | None = None):
        """``path``: a SQLite file (created private); None keeps it in memory (tests, probe)."""
        target = str(path) if path else ":memory:"
        if path:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            Path(path).touch(mode=0o600, exist_ok=True)
        self._db = sqlite3.connect(target, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL" if path else "PRAGMA journal_mode=MEMORY")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute("CREATE TABLE IF NOT EXISTS sent (txn_id TEXT PRIMARY KEY, "
                         "before TEXT NOT NULL, answer TEXT, at TEXT NOT NULL)")
        self._db.execute("CREATE TABLE IF NOT EXISTS orders (order_id TEXT PRIMARY KEY, "
                         "card TEXT NOT NULL, fees TEXT NOT NULL, amount_fen INTEGER NOT NULL, "
                         "state TEXT NOT NULL, at TEXT NOT NULL)")
        self._lock = threading.Lock()
        self._prune()

    def sending(self, txn_id: str, before: dict) -> None:
        """Written (and synced) before the act's frame leaves."""
        with self._lock:
            self._db.execute("INSERT OR IGNORE INTO sent (txn_id, before, at) VALUES (?, ?, ?)",
                             (txn_id, json.dumps(before), datetime.now(UTC).isoformat()))

    def answered(self, txn_id: str, answer: dict) -> None:
        with self._lock:
            self._db.execute("INSERT INTO sent (txn_id, before, answer, at) VALUES (?, '{}', ?, ?) "
                             "ON CONFLICT (txn_id) DO UPDATE SET answer = excluded.answer",
                             (txn_id, json.dumps(answer), datetime.now(UTC).isoformat()))

    def get(self, txn_id: str) -> tuple[dict, dict | None] | None:
        """(before, answer or None) for an act that went out; None if it never did."""
        with self._lock:
            row = self._db.execute("SELECT before, answer FROM sent WHERE txn_id = ?",
                                   (txn_id,)).fetchone()
        if row is None:
            return None
        return json.loads(row[0]), (json.loads(row[1]) if row[1] else None)

    # -- payment orders: a payment the provider took is not lost by a restart ----------
    def order_made(self, order_id: str, card: str, fees: dict[str, int], amount_fen: int) -> None:
        with self._lock:
            self._db.execute("INSERT INTO orders VALUES (?, ?, ?, ?, 'open', ?)",
                             (order_id, card, json.dumps(fees), amount_fen,
                              datetime.now(UTC).isoformat()))

    def order_state(self, order_id: str, state: str) -> None:
        """'seen': the terminal saw it paid and recorded it; 'settled': nothing is left
        to do (paid after a restart, or closed by the provider)."""
        with self._lock:
            self._db.execute("UPDATE orders SET state = ? WHERE order_id = ?", (state, order_id))

    def order(self, order_id: str) -> dict | None:
        with self._lock:
            row = self._db.execute("SELECT order_id, card, fees, amount_fen, state, at FROM orders "
                                   "WHERE order_id = ?", (order_id,)).fetchone()
        return _order(row) if row else None

    def open_orders(self, since: datetime) -> list[dict]:
        """Orders made since ``since`` that the terminal never saw paid or closed."""
        with self._lock:
            rows = self._db.execute("SELECT order_id, card, fees, amount_fen, state, at FROM "
                                    "orders WHERE state = 'open' AND at >= ? ORDER BY at",
                                    (since.isoformat(),)).fetchall()
        return [_order(row) for row in rows]

    def _prune(self) -> None:
        cutoff = (datetime.now(UTC) - timedelta(days=KEEP_DAYS)).isoformat()
        with self._lock:
            self._db.execute("DELETE FROM sent WHERE at < ?", (cutoff,))
            self._db.execute("DELETE FROM orders WHERE at < ?", (cutoff,))

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _order(row) -> dict:
    order_id, card, fees, amount_fen, state, at = row
    return {"order_id": order_id, "card": card, "fees": json.loads(fees),
            "amount_fen": amount_fen, "state": state, "at": datetime.fromisoformat(at)}
