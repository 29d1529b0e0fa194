"""The central server's SQLite store: the library's records and their change log.

Records are kept in the wire shape of docs/protocol.md (central/schema.py), so
a pull page is rows of the record tables as they are. Beside them the centre
keeps what only it knows: a change log giving every write of a record the next
sequence number of its stream, devices, transactions and their answers,
exceptions, payment orders, lockouts and the audit log.

One connection, shared by the server's worker threads under one lock: the
reference server favours being simply correct over concurrency. Slow work
(password hashing) is done outside the lock.
"""
from __future__ import annotations

import hashlib
import json
import os
import secrets
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from kiosk.domain import card_keys
from kiosk.domain.clock import Clock, iso, now_utc
from kiosk.domain.text import visible
from kiosk.ports.backend import DEVICE_KINDS, STREAMS

from . import schema
from .reads import Reads
from .schema import TABLE_KEYS
from .throttle import card_key

#: which stream a table's writes belong to (patron_cards rows are part of a patron record)
STREAM_OF = {**{kind: kind for kind in STREAMS}, "patron_cards": "patrons"}
#: columns the centre keeps for itself and never sends (isbn13: files made while the
#: centre used the terminal's replica schema still have it)
PRIVATE_COLUMNS = {"titles": {"isbn13"}, "patrons": {"pin_hash", "offline_pin_hash"}}


class StreamResetError(Exception):
    """The cursor belongs to an old epoch of the stream (HTTP 410)."""


class BadCursor(ValueError):
    """The cursor is not one this server gave out."""


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _check_kind(kind: str) -> None:
    if kind not in DEVICE_KINDS:
        raise ValueError(f"a device is one of {', '.join(DEVICE_KINDS)}, not {kind!r}")


def new_id(prefix: str) -> str:
    return f"{prefix}{secrets.token_hex(8).upper()}"


def _code_key(code: str, device_id: str, size: int) -> bytes:
    return hashlib.scrypt(code.encode(), salt=device_id.encode(), n=2 ** 14, r=8, p=1,
                          dklen=size)


def _seal(token: str, code: str, device_id: str) -> str:
    """A device token sealed with its enrolment code: the token XOR a key scrypt
    derives from the code, used once. The centre keeps no token in clear, and a
    copy of its file cannot open the seal without the code."""
    data = token.encode()
    return bytes(a ^ b for a, b in zip(data, _code_key(code, device_id, len(data)))).hex()


def _unseal(sealed: str, code: str, device_id: str) -> str | None:
    data = bytes.fromhex(sealed)
    try:
        return bytes(a ^ b for a, b in zip(data, _code_key(code, device_id, len(data)))
                     ).decode("ascii")
    except UnicodeDecodeError:
        return None


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on error; nests by savepoint."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn, self.nested = conn, False

    def __enter__(self) -> sqlite3.Connection:
        self.nested = self.conn.in_transaction
        self.conn.execute("SAVEPOINT tx" if self.nested else "BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type, exc, tb) -> None:
        if self.nested:
            if exc_type:
                self.conn.execute("ROLLBACK TO tx")
            self.conn.execute("RELEASE tx")
        else:
            self.conn.execute("ROLLBACK" if exc_type else "COMMIT")


class CentralStore(Reads):
    """The centre's file. Every method that writes takes the lock itself or
    runs inside `with store.locked():`. `clock` is the centre's "now"."""

    def __init__(self, path: str | Path, *, clock: Clock = now_utc):
        self.path, self.clock = Path(path), clock
        # readers, PIN hashes, staff: the directory 0700 and the file 0600 from the start
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600))
        self.conn = sqlite3.connect(self.path, timeout=30, isolation_level=None,
                                    check_same_thread=False)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=FULL")
        self.lock = threading.RLock()
        #: the deployment secret terminals' card keys are made with (use_card_secret)
        self.card_secret: bytes | None = None
        self.migrate()

    def close(self) -> None:
        self.conn.close()

    def migrate(self) -> list[int]:
        """Run the missing migrations of central/schema.py, one transaction each."""
        current = schema.version(self.conn)
        if current > schema.SCHEMA_VERSION:
            raise RuntimeError(f"central store schema {current} is newer than this program "
                               f"({schema.SCHEMA_VERSION}); install a newer version")
        applied = []
        for version in range(current + 1, schema.SCHEMA_VERSION + 1):
            with self.transaction():
                self.conn.execute("CREATE TABLE IF NOT EXISTS central_schema "
                                  "(version INTEGER PRIMARY KEY, applied_at TEXT)")
                schema.MIGRATIONS[version - 1](self.conn)
                self.conn.execute("INSERT INTO central_schema VALUES (?, ?)",
                                  (version, iso(self.clock())))
            applied.append(version)
        return applied

    def transaction(self) -> _Transaction:
        """`with store.transaction():` one atomic SQLite transaction (a savepoint inside one)."""
        return _Transaction(self.conn)

    def use_card_secret(self, secret: bytes | None) -> bool:
        """Key cards with this secret from now on; the index of keys is made again when
        it does not hold the keys of this secret (a new secret, a new file). True: rebuilt."""
        self.card_secret = secret
        with self.locked():
            cards = [row[0] for row in self.conn.execute("SELECT card FROM patrons")]
            if secret is None:
                return False
            known = self.conn.execute("SELECT count(*) FROM card_keys").fetchone()[0]
            if known == len(cards) and (not cards or self.row(
                    "SELECT 1 FROM card_keys WHERE key = ?",
                    (card_keys.card_key(secret, cards[0]),))):
                return False
            self.conn.execute("DELETE FROM card_keys")
            self._index_card_keys(cards)
        return True

    def _index_card_keys(self, cards: Iterable[str]) -> None:
        if self.card_secret is not None:
            self.conn.executemany("INSERT OR REPLACE INTO card_keys VALUES (?, ?)",
                                  [(card_keys.card_key(self.card_secret, c), c) for c in cards])

    def card_of(self, card_or_key: str) -> str:
        """The card number a terminal's key stands for; anything else as it is (an
        unknown key stays unknown: no patron has it)."""
        if not card_keys.is_card_key(card_or_key):
            return card_or_key
        row = self.row("SELECT card FROM card_keys WHERE key = ?", (card_or_key,))
        return row["card"] if row else card_or_key

    @contextmanager
    def locked(self) -> Iterator[None]:
        """The lock and one SQLite transaction: a unit of work of the server."""
        with self.lock, self.transaction():
            yield

    # -- writing records ---------------------------------------------------------------
    def upsert(self, table: str, rows: Iterable[dict]) -> int:
        """Insert or update records given in wire shape; only the columns a record
        carries change. A patron's card_uids replace its linked cards."""
        key = TABLE_KEYS[table]
        by_columns: dict[tuple[str, ...], list[list]] = {}
        uids: dict[str, list[str]] = {}
        count = 0
        for record in rows:
            row: dict[str, Any] = dict(record)
            if table == "patrons":
                self._index_card_keys([row["card"]])
                if (card_uids := row.pop("card_uids", None)) is not None:
                    uids[row["card"]] = card_uids
                if "blocks" in row:
                    row["blocks"] = json.dumps(list(row["blocks"] or []), ensure_ascii=False)
            if table == "policies" and not isinstance(row.get("value"), str):
                row["value"] = json.dumps(row["value"], ensure_ascii=False)
            by_columns.setdefault(tuple(row), []).append(list(row.values()))
            count += 1
        for columns, values in by_columns.items():
            updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != key)
            self.conn.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
                f"({', '.join('?' * len(columns))}) ON CONFLICT({key}) DO "
                + (f"UPDATE SET {updates}" if updates else "NOTHING"), values)
        self.conn.executemany("DELETE FROM patron_cards WHERE card = ?", [(c,) for c in uids])
        self.conn.executemany("INSERT OR REPLACE INTO patron_cards VALUES (?, ?)",
                              [(uid.upper(), card) for card, card_uids in uids.items()
                               for uid in card_uids])
        return count

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
        """Insert or replace records (wire shape) and log the change of each."""
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
        self.conn.execute(f"DELETE FROM {table} WHERE {TABLE_KEYS[table]} = ?", (key,))
        if table == "patrons":
            self.conn.execute("DELETE FROM patron_cards WHERE card = ?", (key,))
            self.conn.execute("DELETE FROM card_keys WHERE card = ?", (key,))
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

    # -- pulling -----------------------------------------------------------------------
    def pull(self, kind: str, cursor: str | None, limit: int, *,
             offline_pin_tag: str | None = None) -> dict:
        """One page of a stream after cursor, in sequence order; with offline_pin_tag,
        patrons carry the PIN hash keyed with that deployment secret (accounts.py)."""
        with self.lock:
            state = self.row("SELECT epoch, last_seq FROM streams WHERE kind = ?", (kind,))
            assert state is not None
            after = 0
            if cursor:
                try:
                    epoch_text, seq_text = cursor.split(".")
                    epoch, after = int(epoch_text), int(seq_text)
                except ValueError:
                    raise BadCursor(f"cursor {cursor!r} is not <epoch>.<sequence>") from None
                if after < 0:
                    raise BadCursor(f"cursor {cursor!r} is not one this server gave out")
                if epoch != state["epoch"] or after > state["last_seq"]:
                    raise StreamResetError(kind)
            changes = self.rows("SELECT key, seq, deleted FROM changes WHERE stream = ? AND "
                                "seq > ? ORDER BY seq LIMIT ?", (kind, after, limit + 1))
            more = len(changes) > limit
            changes = changes[:limit]
            live = [c["key"] for c in changes if not c["deleted"]]
            found = self.records(kind, live, offline_pin_tag=offline_pin_tag)
            records = [found[k] for k in live if k in found]
            last = changes[-1]["seq"] if changes else after
            return {"kind": kind, "records": records,
                    "tombstones": [c["key"] for c in changes if c["deleted"]],
                    "cursor": f"{state['epoch']}.{last}", "more": more}

    def records(self, kind: str, keys: list[str], *, offline_pin_tag: str | None = None
                ) -> dict[str, dict]:
        """Records in wire shape, by key."""
        key = TABLE_KEYS[kind]
        hidden = PRIVATE_COLUMNS.get(kind, set())
        out: dict[str, dict] = {}
        for start in range(0, len(keys), 500):
            part = keys[start:start + 500]
            marks = ",".join("?" * len(part))
            for row in self.rows(f"SELECT * FROM {kind} WHERE {key} IN ({marks})", part):
                keyed = row.get("offline_pin_hash") or ""
                for column in hidden:
                    row.pop(column, None)
                if offline_pin_tag is not None:
                    prefix = offline_pin_tag + "$"
                    row["pin_hash"] = keyed[len(prefix):] if keyed.startswith(prefix) else None
                out[row[key]] = row
        if kind == "patrons" and out:
            for record in out.values():
                record["blocks"] = json.loads(record["blocks"] or "[]")
                record["notes"] = visible(record.get("notes") or "")
                record["card_uids"] = []
                record["pin_locked_until"] = None
            marks = ",".join("?" * len(out))
            for uid, card in self.conn.execute(
                    f"SELECT uid, card FROM patron_cards WHERE card IN ({marks})", list(out)):
                out[card]["card_uids"].append(uid)
            # a card the centre makes wait for wrong PINs waits offline too (throttle.py)
            locks = {card_key(card): card for card in out}
            for key, until in self.conn.execute(
                    f"SELECT key, until FROM throttle WHERE key IN ({marks}) AND until IS NOT "
                    "NULL", list(locks)):
                out[locks[key]]["pin_locked_until"] = until
        if kind == "policies":
            for record in out.values():
                record["value"] = json.loads(record["value"])
        return out

    def record(self, kind: str, key: str) -> dict | None:
        return self.records(kind, [key]).get(key)

    # -- devices ---------------------------------------------------------------------
    def create_device(self, name: str, branch: str = "", kind: str = "terminal") -> dict:
        """A new device of a kind (DEVICE_KINDS) with a token (usable at once)
        and a one-time enrolment code that hands the same token to the device itself."""
        _check_kind(kind)
        device_id, token = new_id("D"), secrets.token_urlsafe(24)
        code = "-".join(secrets.token_hex(2).upper() for _ in range(3))
        sealed = _seal(token, code, device_id)
        with self.locked():
            self.conn.execute(
                "INSERT INTO devices (id, name, token_hash, code_hash, sealed_token, branch, "
                "created_at, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (device_id, name, token_hash(token), token_hash(code), sealed, branch,
                 iso(self.clock()), kind))
        return {"device_id": device_id, "name": name, "kind": kind, "token": token,
                "code": code}

    def rotate_token(self, device_id: str) -> dict | None:
        """A new token and enrolment code for a device; its old token stops working."""
        token = secrets.token_urlsafe(24)
        code = "-".join(secrets.token_hex(2).upper() for _ in range(3))
        with self.locked():
            changed = self.conn.execute(
                "UPDATE devices SET token_hash = ?, code_hash = ?, sealed_token = ? "
                "WHERE id = ?", (token_hash(token), token_hash(code),
                                 _seal(token, code, device_id), device_id)).rowcount
        return {"device_id": device_id, "token": token, "code": code} if changed else None

    def code_kind(self, code: str) -> str | None:
        """The kind of device an unused enrolment code is for (None: no such code)."""
        with self.lock:
            row = self.row("SELECT kind FROM devices WHERE code_hash = ?",
                           (token_hash(code.strip().upper()),))
        return row["kind"] if row else None

    def set_kind(self, device_id: str, kind: str) -> bool:
        """Make a device a terminal or a desk (a desk enrolled before kinds existed);
        its token stays. False: no such device."""
        _check_kind(kind)
        with self.locked():
            return self.conn.execute("UPDATE devices SET kind = ? WHERE id = ?",
                                     (kind, device_id)).rowcount > 0

    def redeem_code(self, code: str) -> dict | None:
        code = code.strip().upper()
        with self.locked():
            row = self.row("SELECT id, kind, sealed_token, token_hash FROM devices "
                           "WHERE code_hash = ?", (token_hash(code),))
            if not row:
                return None
            self.conn.execute("UPDATE devices SET code_hash = NULL, sealed_token = NULL "
                              "WHERE id = ?", (row["id"],))
        token = _unseal(row["sealed_token"], code, row["id"])
        if token is None or token_hash(token) != row["token_hash"]:
            return None
        return {"device_id": row["id"], "kind": row["kind"], "token": token}

    def device_for_token(self, token: str) -> dict | None:
        with self.lock:
            return self.row("SELECT * FROM devices WHERE token_hash = ?", (token_hash(token),))

    # -- exceptions and audit ------------------------------------------------------
    def add_exception(self, kind: str, *, txn_ids: list[str], item: str, patrons: list[str],
                      resolution: str, loan_ids: list[str] | None = None,
                      at: datetime | None = None, detail: dict | None = None) -> str:
        """A case for staff. `resolution` says what the centre did in English (for logs);
        `detail` holds the same as data (times ISO, cards, fen) for the desk to word in
        its own language. Kinds: double_checkout (two offline loans of one copy),
        override_on_loan (a desk override ended another patron's loan), offline_policy,
        unknown_item, stale_checkin, payment_after_logout (paid on the phone after the
        reader left the terminal)."""
        exception_id = new_id("X")
        self.conn.execute(
            "INSERT INTO exceptions (id, kind, created_at, txn_ids, loan_ids, item, patrons, "
            "resolution, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (exception_id, kind, iso(at or self.clock()), json.dumps(txn_ids),
             json.dumps(loan_ids or []), item, json.dumps(patrons), resolution,
             json.dumps(detail or {}, ensure_ascii=False)))
        return exception_id

    def exceptions(self, status: str | None) -> list[dict]:
        with self.lock:
            rows = self.rows("SELECT * FROM exceptions WHERE ? IS NULL OR status = ? "
                             "ORDER BY created_at, id", (status, status))
        for row in rows:
            for column in ("txn_ids", "loan_ids", "patrons", "detail"):
                row[column] = json.loads(row[column] or "{}")
        return rows

    def audit(self, action: str, *, by: str, reason: str = "", refusal: str = "",
              txn_id: str = "", device_id: str = "", detail: dict | None = None) -> None:
        self.conn.execute(
            "INSERT INTO audit (at, by, action, reason, refusal, txn_id, device_id, detail) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (iso(self.clock()), by, action, reason, refusal, txn_id, device_id,
             json.dumps(detail or {}, ensure_ascii=False)))
