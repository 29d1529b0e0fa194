"""The centre's own schema and its migrations.

The record tables hold records in the wire shape of docs/protocol.md (what a
pull sends) plus the columns only the centre keeps (a patron's PIN hash).
Beside them: the change log, devices, transactions, exceptions, payment
orders, lockouts, staff and the audit log. MIGRATIONS holds one function per
version, run in order inside one transaction each; a terminal's replica has
its own schema (sync/) and changing it never changes this one.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable

from kiosk.ports.backend import STREAMS

#: the primary key of each record table
TABLE_KEYS = {"titles": "id", "items": "barcode", "patrons": "card", "patron_cards": "uid",
              "loans": "id", "holds": "id", "fees": "id", "locations": "id", "policies": "key"}


def _script(conn: sqlite3.Connection, script: str) -> None:
    """Statement by statement: executescript() would commit the migration halfway."""
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _v1_base(conn: sqlite3.Connection) -> None:
    """Records and the centre's bookkeeping. IF NOT EXISTS throughout: a file made
    while the centre borrowed the terminal's replica schema already has them."""
    _script(conn, """
    CREATE TABLE IF NOT EXISTS titles (id TEXT PRIMARY KEY, title TEXT NOT NULL,
        author TEXT DEFAULT '', isbn TEXT DEFAULT '', publisher TEXT DEFAULT '', year INTEGER,
        language TEXT DEFAULT 'zh', material_type TEXT DEFAULT 'book',
        call_number TEXT DEFAULT '');
    CREATE TABLE IF NOT EXISTS items (barcode TEXT PRIMARY KEY, title_id TEXT NOT NULL,
        call_number TEXT DEFAULT '', location_id TEXT DEFAULT '',
        status TEXT DEFAULT 'available', material_type TEXT DEFAULT 'book',
        language TEXT DEFAULT 'zh', rfid_id TEXT DEFAULT '', parts INTEGER DEFAULT 1);
    CREATE INDEX IF NOT EXISTS items_title ON items(title_id);
    CREATE INDEX IF NOT EXISTS items_rfid ON items(rfid_id);
    CREATE TABLE IF NOT EXISTS patrons (card TEXT PRIMARY KEY, name TEXT NOT NULL,
        card_type TEXT NOT NULL, status TEXT DEFAULT 'active', blocks TEXT DEFAULT '[]',
        expires_at TEXT, points INTEGER, pin_hash TEXT, notes TEXT DEFAULT '');
    CREATE TABLE IF NOT EXISTS patron_cards (uid TEXT PRIMARY KEY, card TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS patron_cards_card ON patron_cards(card);
    CREATE TABLE IF NOT EXISTS loans (id TEXT PRIMARY KEY, item_barcode TEXT NOT NULL,
        patron_card TEXT NOT NULL, out_at TEXT NOT NULL, due_at TEXT NOT NULL,
        renewals INTEGER DEFAULT 0, returned_at TEXT, offline INTEGER DEFAULT 0);
    CREATE INDEX IF NOT EXISTS loans_item ON loans(item_barcode);
    CREATE INDEX IF NOT EXISTS loans_patron ON loans(patron_card);
    CREATE TABLE IF NOT EXISTS holds (id TEXT PRIMARY KEY, title_id TEXT NOT NULL,
        patron_card TEXT NOT NULL, placed_at TEXT NOT NULL, status TEXT DEFAULT 'pending',
        pickup_location TEXT DEFAULT '', item_barcode TEXT DEFAULT '', expires_at TEXT,
        advance INTEGER DEFAULT 0);
    CREATE INDEX IF NOT EXISTS holds_title ON holds(title_id);
    CREATE INDEX IF NOT EXISTS holds_patron ON holds(patron_card);
    CREATE TABLE IF NOT EXISTS fees (id TEXT PRIMARY KEY, patron_card TEXT NOT NULL,
        kind TEXT NOT NULL, amount_fen INTEGER NOT NULL, item_barcode TEXT DEFAULT '',
        paid_fen INTEGER DEFAULT 0, status TEXT DEFAULT 'open', created_at TEXT);
    CREATE INDEX IF NOT EXISTS fees_patron ON fees(patron_card);
    CREATE TABLE IF NOT EXISTS locations (id TEXT PRIMARY KEY, name_zh TEXT, name_en TEXT,
        kind TEXT, branch TEXT DEFAULT '', floor INTEGER, call_from TEXT, call_to TEXT);
    CREATE TABLE IF NOT EXISTS policies (key TEXT PRIMARY KEY, value TEXT NOT NULL);

    CREATE TABLE IF NOT EXISTS streams (kind TEXT PRIMARY KEY, epoch INTEGER NOT NULL,
        last_seq INTEGER NOT NULL);
    CREATE TABLE IF NOT EXISTS changes (stream TEXT NOT NULL, key TEXT NOT NULL,
        seq INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (stream, key));
    CREATE INDEX IF NOT EXISTS changes_seq ON changes(stream, seq);
    CREATE TABLE IF NOT EXISTS devices (id TEXT PRIMARY KEY, name TEXT NOT NULL,
        token_hash TEXT UNIQUE, code_hash TEXT, pending_token TEXT, branch TEXT DEFAULT '',
        created_at TEXT, last_seen TEXT, version TEXT, online INTEGER, outbox INTEGER,
        devices TEXT DEFAULT '{}', last_seq INTEGER DEFAULT 0);
    CREATE TABLE IF NOT EXISTS txns (id TEXT PRIMARY KEY, device_id TEXT, channel TEXT,
        seq INTEGER, type TEXT, occurred_at TEXT, received_at TEXT, status TEXT, reason TEXT,
        payload TEXT, answer TEXT, staff_user TEXT DEFAULT '');
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
    CREATE TABLE IF NOT EXISTS staff_tokens (token_hash TEXT PRIMARY KEY, user TEXT,
        created_at TEXT);
    CREATE TABLE IF NOT EXISTS audit (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT, by TEXT,
        action TEXT, reason TEXT, refusal TEXT, txn_id TEXT, device_id TEXT, detail TEXT)
    """)
    for table, column, kind in (("patrons", "notes", "TEXT DEFAULT ''"),
                                ("txns", "staff_user", "TEXT DEFAULT ''")):
        if column not in {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}:
            conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
    conn.executemany("INSERT OR IGNORE INTO streams VALUES (?, 1, 0)", [(k,) for k in STREAMS])


def _v2_security(conn: sqlite3.Connection) -> None:
    """Issue 16: transaction ids scoped per device, staff tokens that expire, no
    enrolment token in clear, throttled log-ins, signed payment notices, the
    keyed PIN hashes offline terminals may hold, and what the centre last knew
    of each device's clock. The token of an enrolment code not used yet was kept
    in clear: that code ends (issue a new one: kiosk central rotate-token)."""
    _script(conn, """
    CREATE TABLE txns_by_device (id TEXT NOT NULL, device_id TEXT NOT NULL, channel TEXT,
        seq INTEGER, type TEXT, occurred_at TEXT, received_at TEXT, status TEXT, reason TEXT,
        payload TEXT, answer TEXT, staff_user TEXT DEFAULT '', PRIMARY KEY (device_id, id));
    INSERT INTO txns_by_device SELECT id, coalesce(device_id, ''), channel, seq, type,
        occurred_at, received_at, status, reason, payload, answer, staff_user FROM txns;
    DROP TABLE txns;
    ALTER TABLE txns_by_device RENAME TO txns;
    CREATE INDEX txns_occurred ON txns(occurred_at);
    ALTER TABLE staff_tokens ADD COLUMN last_used TEXT;
    UPDATE staff_tokens SET last_used = created_at;
    ALTER TABLE devices ADD COLUMN sealed_token TEXT;
    UPDATE devices SET code_hash = NULL WHERE pending_token IS NOT NULL;
    ALTER TABLE devices DROP COLUMN pending_token;
    ALTER TABLE staff DROP COLUMN failures;
    ALTER TABLE staff DROP COLUMN locked_until;
    ALTER TABLE devices ADD COLUMN clock_skew_s REAL;
    ALTER TABLE devices ADD COLUMN drained_at TEXT;
    ALTER TABLE patrons ADD COLUMN offline_pin_hash TEXT;
    CREATE TABLE throttle (key TEXT PRIMARY KEY, failures INTEGER NOT NULL,
        last_at TEXT NOT NULL, until TEXT);
    DROP TABLE IF EXISTS pin_state;
    CREATE TABLE payment_notices (notify_id TEXT PRIMARY KEY, order_id TEXT,
        status TEXT, received_at TEXT)
    """)


def _v3_desk(conn: sqlite3.Connection) -> None:
    """Issue 13 and 12: a case's facts as data (for the desk to word them), and the
    readers' calls for help from the terminals (central/routes/alerts.py)."""
    _script(conn, """
    ALTER TABLE exceptions ADD COLUMN detail TEXT DEFAULT '{}';
    CREATE TABLE alerts (id TEXT PRIMARY KEY, kind TEXT NOT NULL, device_id TEXT NOT NULL,
        branch TEXT DEFAULT '', created_at TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'open',
        acked_by TEXT DEFAULT '', acked_at TEXT, closed_at TEXT);
    CREATE INDEX alerts_open ON alerts(status, branch)
    """)


def _v4_device_kind(conn: sqlite3.Connection) -> None:
    """Issue 16: a device is a terminal or a desk; devices enrolled before are terminals."""
    conn.execute("ALTER TABLE devices ADD COLUMN kind TEXT NOT NULL DEFAULT 'terminal'")


def _v5_card_keys(conn: sqlite3.Connection) -> None:
    """Issue 16: terminals name readers by a keyed card (kiosk.domain.card_keys); the
    centre finds the card of a key here (filled by CentralStore.use_card_secret)."""
    conn.execute("CREATE TABLE card_keys (key TEXT PRIMARY KEY, card TEXT NOT NULL)")


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1_base, _v2_security, _v3_desk,
                                                          _v4_device_kind, _v5_card_keys]
SCHEMA_VERSION = len(MIGRATIONS)


def version(conn: sqlite3.Connection) -> int:
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'central_schema'").fetchone():
        return 0
    return conn.execute("SELECT max(version) FROM central_schema").fetchone()[0] or 0
