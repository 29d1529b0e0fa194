"""The central server's SQLite store: the library's records and their change log.

The records live in the same tables, with the same columns, as the terminal's
replica (so the centre reuses the replica's reads and a pulled record drops
straight into a replica table). Beside them the centre keeps what only it
knows: a change log giving every write of a record the next sequence number
of its stream, devices, transactions and their answers, exceptions, payment
orders, PIN and staff lockouts, and the audit log.

One connection, shared by the server's worker threads under one lock: the
reference server favours being simply correct over concurrency.
"""
from __future__ import annotations

import hashlib
import json
import secrets
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import orjson

from kiosk.domain.clock import iso, now_utc
from kiosk.ports.backend import STREAMS
from sync.replica import TABLE_KEYS, Replica
from sync.search_index import TITLE_COLUMNS

CENTRAL_SCHEMA = """
CREATE TABLE IF NOT EXISTS streams (kind TEXT PRIMARY KEY, epoch INTEGER NOT NULL,
    last_seq INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS changes (stream TEXT NOT NULL, key TEXT NOT NULL, seq INTEGER NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (stream, key));
CREATE INDEX IF NOT EXISTS changes_seq ON changes(stream, seq);
CREATE TABLE IF NOT EXISTS devices (id TEXT PRIMARY KEY, name TEXT NOT NULL, token_hash TEXT UNIQUE,
    code_hash TEXT, pending_token TEXT, branch TEXT DEFAULT '', created_at TEXT, last_seen TEXT,
    version TEXT, online INTEGER, outbox INTEGER, devices TEXT DEFAULT '{}',
    last_seq INTEGER DEFAULT 0);
CREATE TABLE IF NOT EXISTS txns (id TEXT PRIMARY KEY, device_id TEXT, channel TEXT, seq INTEGER,
    type TEXT, occurred_at TEXT, received_at TEXT, status TEXT, reason TEXT, payload TEXT,
    answer TEXT, staff_user TEXT DEFAULT '');
CREATE INDEX IF NOT EXISTS txns_occurred ON txns(occurred_at);
CREATE TABLE IF NOT EXISTS loan_txns (loan_id TEXT PRIMARY KEY, txn_id TEXT);
CREATE TABLE IF NOT EXISTS exceptions (id TEXT PRIMARY KEY, kind TEXT, created_at TEXT,
    txn_ids TEXT, loan_ids TEXT, item TEXT, patrons TEXT, resolution TEXT,
    status TEXT DEFAULT 'open', note TEXT DEFAULT '', resolved_by TEXT DEFAULT '',
    resolved_at TEXT);
CREATE TABLE IF NOT EXISTS orders (id TEXT PRIMARY KEY, patron_card TEXT, fee_ids TEXT,
    amount_fen INTEGER, status TEXT, created_at TEXT, expires_at TEXT, paid_at TEXT);
CREATE TABLE IF NOT EXISTS pin_state (card TEXT PRIMARY KEY, failures INTEGER DEFAULT 0,
    locked_until TEXT);
CREATE TABLE IF NOT EXISTS staff (user TEXT PRIMARY KEY, role TEXT NOT NULL,
    password_hash TEXT NOT NULL, failures INTEGER DEFAULT 0, locked_until TEXT);
CREATE TABLE IF NOT EXISTS staff_tokens (token_hash TEXT PRIMARY KEY, user TEXT, created_at TEXT);
CREATE TABLE IF NOT EXISTS audit (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT, by TEXT,
    action TEXT, reason TEXT, refusal TEXT, txn_id TEXT, device_id TEXT, detail TEXT);
"""

#: columns added to the centre's own tables after a store was first made: (table, column, type)
CENTRAL_COLUMNS = (("txns", "staff_user", "TEXT DEFAULT ''"),)
#: which stream a table's writes belong to (patron_cards rows are part of a patron record)
STREAM_OF = {**{kind: kind for kind in STREAMS}, "patron_cards": "patrons"}
#: columns the centre keeps for itself and never sends
PRIVATE_COLUMNS = {"titles": {"isbn13", *TITLE_COLUMNS}, "patrons": {"pin_hash"}}


class StreamResetError(Exception):
    """The cursor belongs to an old epoch of the stream (HTTP 410)."""


class BadCursor(ValueError):
    """The cursor is not one this server gave out."""


def _record_json(conn: sqlite3.Connection, kind: str, with_pin_hashes: bool) -> str:
    """SQL for the JSON of a record of table `kind` (alias t) as a pull sends
    it: its columns but the private ones, patrons' blocks and card UIDs and
    policies' values as JSON values, not text."""
    hidden = PRIVATE_COLUMNS.get(kind, set()) - ({"pin_hash"} if with_pin_hashes else set())
    fields = []
    for (column,) in conn.execute("SELECT name FROM pragma_table_info(?)", (kind,)):
        if column in hidden:
            continue
        value = (f"json(coalesce(t.{column}, '[]'))" if (kind, column) == ("patrons", "blocks")
                 else f"json(t.{column})" if (kind, column) == ("policies", "value")
                 else f"t.{column}")
        fields.append(f"'{column}', {value}")
    if kind == "patrons":
        fields.append("'card_uids', (SELECT json_group_array(uid) FROM patron_cards "
                      "WHERE card = t.card)")
    return f"json_object({', '.join(fields)})"


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_id(prefix: str) -> str:
    return f"{prefix}{secrets.token_hex(8).upper()}"


class CentralStore(Replica):
    """The centre's file. Every method that writes takes the lock itself or
    runs inside `with store.locked():`."""

    def __init__(self, path: str | Path):
        super().__init__(path)
        self.lock = threading.RLock()
        with self.transaction():
            for statement in CENTRAL_SCHEMA.split(";"):
                if statement.strip():
                    self.conn.execute(statement)
            for table, column, kind in CENTRAL_COLUMNS:
                known = {r[1] for r in self.conn.execute(f"PRAGMA table_info({table})")}
                if column not in known:
                    self.conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
            self.conn.executemany("INSERT OR IGNORE INTO streams VALUES (?, 1, 0)",
                                  [(k,) for k in STREAMS])

    @contextmanager
    def locked(self) -> Iterator[None]:
        """The lock and one SQLite transaction: a unit of work of the server."""
        with self.lock, self.transaction():
            yield

    def rows(self, sql: str, args=()) -> list[dict]:
        return self._all(sql, args)

    def row(self, sql: str, args=()) -> dict | None:
        return self._one(sql, args)

    # -- the change log ------------------------------------------------------------
    def touch(self, stream: str, key: str, *, deleted: bool = False) -> int:
        """Give a record's change the next sequence number of its stream."""
        seq = self.conn.execute("UPDATE streams SET last_seq = last_seq + 1 WHERE kind = ? "
                                "RETURNING last_seq", (stream,)).fetchone()[0]
        self.conn.execute(
            "INSERT INTO changes VALUES (?, ?, ?, ?) ON CONFLICT(stream, key) DO UPDATE SET "
            "seq = excluded.seq, deleted = excluded.deleted", (stream, key, seq, int(deleted)))
        return seq

    def put(self, table: str, rows: Iterable[dict]) -> int:
        """Insert or replace records (replica shape) and log the change of each."""
        rows = list(rows)
        count = self.upsert(table, rows)
        stream = STREAM_OF[table]
        key = "card" if table == "patron_cards" else TABLE_KEYS[table]
        for row in rows:
            self.touch(stream, row[key])
        return count

    def update(self, table: str, key: str, **values) -> None:
        """Change some columns of one record and log it."""
        sets = ", ".join(f"{column} = ?" for column in values)
        self.conn.execute(f"UPDATE {table} SET {sets} WHERE {TABLE_KEYS[table]} = ?",
                          (*values.values(), key))
        self.touch(STREAM_OF[table], key)

    def remove(self, table: str, key: str) -> None:
        """Delete a record; pullers get a tombstone."""
        self.delete(table, [key])
        if table == "patrons":
            self.conn.execute("DELETE FROM patron_cards WHERE card = ?", (key,))
        self.touch(STREAM_OF[table], key, deleted=True)

    def load(self, dataset: dict[str, list[dict]]) -> dict[str, int]:
        """Load a whole dataset (demo data, an import) in one transaction."""
        with self.locked():
            return {table: self.put(table, rows) for table, rows in dataset.items()}

    def reset_stream(self, kind: str) -> int:
        """Start a new epoch: every cursor given out so far answers 410, and the
        tombstones a fresh start does not need are dropped."""
        if kind not in STREAMS:
            raise ValueError(f"unknown stream {kind!r}; one of {', '.join(STREAMS)}")
        with self.locked():
            self.conn.execute("DELETE FROM changes WHERE stream = ? AND deleted = 1", (kind,))
            return self.conn.execute("UPDATE streams SET epoch = epoch + 1 WHERE kind = ? "
                                     "RETURNING epoch", (kind,)).fetchone()[0]

    def pull(self, kind: str, cursor: str | None, limit: int, *,
             with_pin_hashes: bool = False) -> dict:
        """One page of a stream after cursor, in sequence order."""
        with self.lock:
            state = self._one("SELECT epoch, last_seq FROM streams WHERE kind = ?", (kind,))
            after = 0
            if cursor:
                try:
                    epoch_text, seq_text = cursor.split(".")
                    epoch, after = int(epoch_text), int(seq_text)
                except ValueError:
                    raise BadCursor(f"cursor {cursor!r} is not <epoch>.<sequence>") from None
                if epoch != state["epoch"] or after > state["last_seq"]:
                    raise StreamResetError(kind)
            rows = self.conn.execute(
                f"SELECT c.key, c.seq, c.deleted, {_record_json(self.conn, kind, with_pin_hashes)} "
                f"FROM changes c LEFT JOIN {kind} t ON t.{TABLE_KEYS[kind]} = c.key "
                "WHERE c.stream = ? AND c.seq > ? ORDER BY c.seq LIMIT ?",
                (kind, after, limit + 1)).fetchall()
            more = len(rows) > limit
            rows = rows[:limit]
            # SQLite writes each record's JSON; the page embeds it as it is
            records = [orjson.Fragment(r[3]) for r in rows if not r[2] and r[3] is not None]
            last = rows[-1][1] if rows else after
            return {"kind": kind, "records": records,
                    "tombstones": [r[0] for r in rows if r[2]],
                    "cursor": f"{state['epoch']}.{last}", "more": more}

    def records(self, kind: str, keys: list[str], *, with_pin_hashes: bool = False
                ) -> dict[str, dict]:
        """Records in the shape the replica stores, by key."""
        out: dict[str, dict] = {}
        for start in range(0, len(keys), 500):
            part = keys[start:start + 500]
            marks = ",".join("?" * len(part))
            for key, record in self.conn.execute(
                    f"SELECT t.{TABLE_KEYS[kind]}, {_record_json(self.conn, kind, with_pin_hashes)} "
                    f"FROM {kind} t WHERE t.{TABLE_KEYS[kind]} IN ({marks})", part):
                out[key] = orjson.loads(record)
        return out

    def record(self, kind: str, key: str) -> dict | None:
        return self.records(kind, [key]).get(key)

    # -- devices ---------------------------------------------------------------------
    def create_device(self, name: str, branch: str = "") -> dict:
        """A new device with a token (usable at once) and a one-time enrolment
        code that hands the same token to the device itself."""
        device_id, token = new_id("D"), secrets.token_urlsafe(24)
        code = "-".join(secrets.token_hex(2).upper() for _ in range(3))
        with self.locked():
            self.conn.execute(
                "INSERT INTO devices (id, name, token_hash, code_hash, pending_token, branch, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (device_id, name, token_hash(token), token_hash(code), token, branch,
                 iso(now_utc())))
        return {"device_id": device_id, "name": name, "token": token, "code": code}

    def redeem_code(self, code: str) -> dict | None:
        with self.locked():
            row = self._one("SELECT id, pending_token FROM devices WHERE code_hash = ?",
                            (token_hash(code.strip().upper()),))
            if not row:
                return None
            self.conn.execute("UPDATE devices SET code_hash = NULL, pending_token = NULL "
                              "WHERE id = ?", (row["id"],))
            return {"device_id": row["id"], "token": row["pending_token"]}

    def device_for_token(self, token: str) -> dict | None:
        with self.lock:
            return self._one("SELECT * FROM devices WHERE token_hash = ?", (token_hash(token),))

    # -- exceptions and audit ------------------------------------------------------
    def add_exception(self, kind: str, *, txn_ids: list[str], item: str, patrons: list[str],
                      resolution: str, loan_ids: list[str] | None = None,
                      at: datetime | None = None) -> str:
        exception_id = new_id("X")
        self.conn.execute(
            "INSERT INTO exceptions (id, kind, created_at, txn_ids, loan_ids, item, patrons, "
            "resolution) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (exception_id, kind, iso(at or now_utc()), json.dumps(txn_ids),
             json.dumps(loan_ids or []), item, json.dumps(patrons), resolution))
        return exception_id

    def exceptions(self, status: str | None) -> list[dict]:
        with self.lock:
            rows = self._all("SELECT * FROM exceptions WHERE ? IS NULL OR status = ? "
                             "ORDER BY created_at, id", (status, status))
        for row in rows:
            for column in ("txn_ids", "loan_ids", "patrons"):
                row[column] = json.loads(row[column])
        return rows

    def audit(self, action: str, *, by: str, reason: str = "", refusal: str = "",
              txn_id: str = "", device_id: str = "", detail: dict | None = None) -> None:
        self.conn.execute(
            "INSERT INTO audit (at, by, action, reason, refusal, txn_id, device_id, detail) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (iso(now_utc()), by, action, reason, refusal, txn_id, device_id,
             json.dumps(detail or {}, ensure_ascii=False)))
