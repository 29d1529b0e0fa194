"""The terminal's local SQLite replica of the centre's data.

Everything the terminal shows comes from here, online or offline. The file is
opened in WAL mode with synchronous=FULL so a committed act survives a power
cut. The schema is versioned: MIGRATIONS holds one function per version, run
in order from whatever version a file is at, after a backup of the file.
"""
from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import sqlite_utils

from kiosk.domain import records
from kiosk.domain.clock import iso, now_utc, parse_time
from kiosk.domain.models import (
    Hold,
    Item,
    Loan,
    Location,
    Patron,
    PatronAccount,
    Title,
)
from kiosk.domain.policy import DEFAULT_POLICY, Policy
from kiosk.domain.routing import branch_of

from . import search_index, search_terms

log = logging.getLogger(__name__)

# --------------------------------------------------------------------------- schema


def _run_script(db: sqlite_utils.Database, script: str) -> None:
    """Statement by statement: executescript() would COMMIT the migration's
    transaction halfway."""
    for statement in script.split(";"):
        if statement.strip():
            db.conn.execute(statement)


def _v1_base(db: sqlite_utils.Database) -> None:
    _run_script(db, """
    CREATE TABLE titles (id TEXT PRIMARY KEY, title TEXT NOT NULL, author TEXT DEFAULT '',
        isbn TEXT DEFAULT '', publisher TEXT DEFAULT '', year INTEGER, language TEXT DEFAULT 'zh',
        material_type TEXT DEFAULT 'book', call_number TEXT DEFAULT '');
    CREATE TABLE items (barcode TEXT PRIMARY KEY, title_id TEXT NOT NULL, call_number TEXT DEFAULT '',
        location_id TEXT DEFAULT '', status TEXT DEFAULT 'available',
        material_type TEXT DEFAULT 'book', language TEXT DEFAULT 'zh', rfid_id TEXT DEFAULT '',
        parts INTEGER DEFAULT 1);
    CREATE INDEX items_title ON items(title_id);
    CREATE TABLE patrons (card TEXT PRIMARY KEY, name TEXT NOT NULL, card_type TEXT NOT NULL,
        status TEXT DEFAULT 'active', blocks TEXT DEFAULT '[]', expires_at TEXT,
        points INTEGER, pin_hash TEXT);
    CREATE TABLE patron_cards (uid TEXT PRIMARY KEY, card TEXT NOT NULL);
    CREATE TABLE loans (id TEXT PRIMARY KEY, item_barcode TEXT NOT NULL, patron_card TEXT NOT NULL,
        out_at TEXT NOT NULL, due_at TEXT NOT NULL, renewals INTEGER DEFAULT 0, returned_at TEXT,
        offline INTEGER DEFAULT 0);
    CREATE INDEX loans_item ON loans(item_barcode);
    CREATE INDEX loans_patron ON loans(patron_card);
    CREATE TABLE holds (id TEXT PRIMARY KEY, title_id TEXT NOT NULL, patron_card TEXT NOT NULL,
        placed_at TEXT NOT NULL, status TEXT DEFAULT 'pending', pickup_location TEXT DEFAULT '',
        item_barcode TEXT DEFAULT '', expires_at TEXT, advance INTEGER DEFAULT 0);
    CREATE INDEX holds_title ON holds(title_id);
    CREATE INDEX holds_patron ON holds(patron_card);
    CREATE TABLE fees (id TEXT PRIMARY KEY, patron_card TEXT NOT NULL, kind TEXT NOT NULL,
        amount_fen INTEGER NOT NULL, item_barcode TEXT DEFAULT '', paid_fen INTEGER DEFAULT 0,
        status TEXT DEFAULT 'open', created_at TEXT);
    CREATE INDEX fees_patron ON fees(patron_card);
    CREATE TABLE locations (id TEXT PRIMARY KEY, name_zh TEXT, name_en TEXT, kind TEXT,
        branch TEXT DEFAULT '', floor INTEGER, call_from TEXT, call_to TEXT);
    CREATE TABLE policies (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
    """)


def _v2_search(db: sqlite_utils.Database) -> None:
    """The catalogue index (see search_terms) and the columns exact lookups use."""
    _run_script(db, """
    ALTER TABLE titles ADD COLUMN isbn13 TEXT DEFAULT '';
    CREATE INDEX titles_isbn13 ON titles(isbn13);
    CREATE INDEX titles_call ON titles(call_number COLLATE NOCASE);
    CREATE INDEX items_rfid ON items(rfid_id);
    CREATE INDEX items_call ON items(call_number COLLATE NOCASE);
    CREATE VIRTUAL TABLE title_search USING fts5(title_terms, author_terms, extra_terms,
        tokenize = 'unicode61 remove_diacritics 2');
    """)
    cur = db.conn.execute("SELECT rowid, id, title, author, isbn, publisher FROM titles")
    cols = [d[0] for d in cur.description]
    for row in [dict(zip(cols, v)) for v in cur.fetchall()]:
        row["isbn13"] = search_terms.isbn13(row["isbn"] or "") or ""
        db.conn.execute("UPDATE titles SET isbn13 = ? WHERE rowid = ?", (row["isbn13"], row["rowid"]))
        _index_title(db.conn, row)


def _v3_sync(db: sqlite_utils.Database) -> None:
    """The outbox lives in the replica's file so an act and its local effect
    commit together; cursors and sync state live beside the rows they describe."""
    _run_script(db, """
    CREATE TABLE outbox (id TEXT PRIMARY KEY, seq INTEGER NOT NULL UNIQUE,
        occurred_at TEXT NOT NULL, type TEXT NOT NULL, payload TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'queued', attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT NOT NULL DEFAULT '', result TEXT, offline INTEGER NOT NULL DEFAULT 0,
        ops TEXT NOT NULL DEFAULT '[]', before TEXT NOT NULL DEFAULT '[]', updated_at TEXT);
    CREATE INDEX outbox_state ON outbox(state, seq);
    CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
    INSERT INTO counters VALUES ('outbox_seq', 0);
    CREATE TABLE stream_cursors (stream TEXT PRIMARY KEY, cursor TEXT, pulled_at TEXT,
        rows INTEGER NOT NULL DEFAULT 0);
    CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT)
    """)


def _v4_card_index(db: sqlite_utils.Database) -> None:
    """A pulled patron replaces its card UIDs: find them by card, not by scanning."""
    db.conn.execute("CREATE INDEX IF NOT EXISTS patron_cards_card ON patron_cards(card)")


def _v5_patron_notes(db: sqlite_utils.Database) -> None:
    """Staff notes on a patron ("deposit not paid, send to the desk"), shown at the desk."""
    db.conn.execute("ALTER TABLE patrons ADD COLUMN notes TEXT DEFAULT ''")


def _v6_ranked_search(db: sqlite_utils.Database) -> None:
    """Search that stops early (see search_index): the title's normalised form
    in a B-tree for exact and prefix matches, its copies counted by triggers,
    and the index rebuilt with the static rank in its rowid."""
    _run_script(db, """
    ALTER TABLE titles ADD COLUMN title_norm TEXT NOT NULL DEFAULT '';
    ALTER TABLE titles ADD COLUMN holdings INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE titles ADD COLUMN search_rank INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX titles_norm ON titles(title_norm);
    DROP TABLE title_search;
    """)
    search_index.create(db.conn)
    ids = [r[0] for r in db.conn.execute("SELECT id FROM titles")]
    for start in range(0, len(ids), 5000):
        search_index.index_titles(db.conn, ids[start:start + 5000])


def _v7_pin_lock(db: sqlite_utils.Database) -> None:
    """Until when the centre makes a card wait for wrong PINs (offline too)."""
    db.conn.execute("ALTER TABLE patrons ADD COLUMN pin_locked_until TEXT")


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _v1_base, _v2_search, _v3_sync, _v4_card_index, _v5_patron_notes, _v6_ranked_search,
    _v7_pin_lock]
SCHEMA_VERSION = len(MIGRATIONS)

# --------------------------------------------------------------------------- helpers


def _index_title(conn: sqlite3.Connection, row: dict) -> None:
    """Index one title the way schema versions 2 to 5 did (rowid = titles.rowid)."""
    extra = " ".join(filter(None, [row.get("isbn13") or "", row.get("publisher") or ""]))
    conn.execute("DELETE FROM title_search WHERE rowid = ?", (row["rowid"],))
    conn.execute(
        "INSERT INTO title_search(rowid, title_terms, author_terms, extra_terms) VALUES (?,?,?,?)",
        (row["rowid"], search_terms.index_terms(row["title"]),
         search_terms.index_terms(row.get("author") or ""), search_terms.index_terms(extra)))


def _like_literal(text: str) -> str:
    """text matched as itself by LIKE … ESCAPE '\\' (its % and _ are no wildcards)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class IntegrityError(RuntimeError):
    """The replica file is damaged (PRAGMA integrity_check failed)."""


@dataclass(frozen=True)
class Availability:
    location_id: str
    location_zh: str
    location_en: str
    available: int
    total: int


@dataclass(frozen=True)
class SearchHit:
    title: Title
    availability: tuple[Availability, ...] = field(default=())

    @property
    def available(self) -> int:
        return sum(a.available for a in self.availability)

    def to_json(self) -> dict:
        t = self.title
        return {
            "id": t.id, "title": t.title, "author": t.author, "isbn": t.isbn,
            "call_number": t.call_number, "material_type": str(t.material_type),
            "available": self.available,
            "availability": [a.__dict__ for a in self.availability],
        }


# --------------------------------------------------------------------------- replica

#: secondary indexes a first load of the table builds once, at its end
#: (Replica.defer_indexes): copies arrive in no order of title or call number,
#: and keeping these in step row by row rewrote most of each index on every
#: page. As migrations v1 and v2 made them; the two must stay the same.
DEFERRABLE_INDEXES = {"items": {"items_title": "items(title_id)",
                                "items_call": "items(call_number COLLATE NOCASE)",
                                "items_rfid": "items(rfid_id)"}}

TABLE_KEYS = {"titles": "id", "items": "barcode", "patrons": "card", "patron_cards": "uid",
              "loans": "id", "holds": "id", "fees": "id", "locations": "id", "policies": "key"}


class Replica:
    """One replica file, one connection, one lock.

    Every read and every transaction takes ``lock`` (re-entrant), so the
    services on the worker threads and the sync engine's thread can share the
    one object (see sync/store.py) without interleaving inside a transaction.
    """

    def __init__(self, path: str | Path, *, migrate: bool = True):
        self.path = Path(path)
        # readers' cards, names and notes: the directory 0700 and the file 0600 from
        # the start (SQLite gives its -wal and -shm files the database file's mode)
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600))
        self.conn = sqlite3.connect(self.path, timeout=30, isolation_level=None,
                                    check_same_thread=False)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=FULL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        # INSERT OR REPLACE of a copy fires the delete trigger that counts holdings
        self.conn.execute("PRAGMA recursive_triggers=ON")
        # a pull page inserts copies all over the items indexes: with SQLite's 2 MiB
        # default cache a million-copy load spent most of its time re-reading and
        # spilling index pages (bench/sync_initial.py, raw insert of 1M copies: 54 → 35 s)
        self.conn.execute("PRAGMA cache_size=-65536")
        self.lock = threading.RLock()
        self.db = sqlite_utils.Database(self.conn)
        if migrate:
            self.migrate()
            self.build_indexes()      # a first load cut short left them out

    def close(self) -> None:
        with self.lock:
            self.conn.close()

    # -- schema ------------------------------------------------------------------
    def schema_version(self) -> int:
        if not self.db["schema_version"].exists():
            return 0
        row = self.conn.execute("SELECT max(version) FROM schema_version").fetchone()
        return row[0] or 0

    def backup(self, suffix: str) -> Path:
        """Copy the file with SQLite's online backup (consistent even in WAL)."""
        target = self.path.with_name(f"{self.path.name}.{suffix}.bak")
        dest = sqlite3.connect(target)
        with dest:
            self.conn.backup(dest)
        dest.close()
        return target

    def migrate(self, to: int = SCHEMA_VERSION) -> list[int]:
        """Run the missing migrations; back the file up first if it has data."""
        current = self.schema_version()
        if current > SCHEMA_VERSION:
            raise RuntimeError(f"replica schema {current} is newer than this program "
                               f"({SCHEMA_VERSION}); install a newer version")
        if current >= to:
            return []
        if current > 0:
            self.backup(f"v{current}-{now_utc():%Y%m%dT%H%M%S}")
        applied = []
        for version in range(current + 1, to + 1):
            with self.transaction():
                self.db.execute("CREATE TABLE IF NOT EXISTS schema_version "
                                "(version INTEGER PRIMARY KEY, applied_at TEXT)")
                MIGRATIONS[version - 1](self.db)
                self.conn.execute("INSERT INTO schema_version VALUES (?, ?)",
                                  (version, iso(now_utc())))
            applied.append(version)
        return applied

    def integrity_check(self) -> str:
        return self.conn.execute("PRAGMA integrity_check").fetchone()[0]

    def transaction(self):
        """`with replica.transaction():` one atomic SQLite transaction, under the lock."""
        return _Transaction(self.conn, self.lock)

    # -- import (pull pages, demo data) -----------------------------------------
    def upsert(self, table: str, rows: Iterable[dict]) -> int:
        """Insert or replace records of one kind, keeping the search index in step.
        The caller owns the transaction (a pull page and its cursor go together)."""
        rows = list(rows)
        uids = {r["card"]: r["card_uids"] for r in rows
                if table == "patrons" and r.get("card_uids") is not None}
        if table in ("titles", "patrons", "policies"):   # the others are stored as they come
            rows = [self._row_in(table, r) for r in rows]
        if not rows:
            return 0
        key = TABLE_KEYS[table]
        known = {r[1] for r in self.conn.execute(f"PRAGMA table_info({table})")}
        if unknown := set().union(*rows) - known:
            # a centre newer than this terminal sends fields it cannot store yet;
            # the rest of the record is still worth having (update terminals first)
            log.warning("%s: ignoring unknown column(s) %s", table, ", ".join(sorted(unknown)))
            rows = [{c: v for c, v in row.items() if c in known} for row in rows]
        by_columns: dict[tuple[str, ...], list[tuple]] = {}
        for row in rows:
            by_columns.setdefault(tuple(row), []).append(tuple(row.values()))
        for cols, values in by_columns.items():
            # only the columns a record carries change, as sqlite-utils' upsert does
            updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c != key)
            self.conn.executemany(
                f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) "
                f"ON CONFLICT({key}) DO " + (f"UPDATE SET {updates}" if updates else "NOTHING"),
                values)
        if uids:
            self.conn.executemany("DELETE FROM patron_cards WHERE card = ?",
                                  [(card,) for card in uids])
            self.conn.executemany("INSERT OR REPLACE INTO patron_cards VALUES (?, ?)",
                                  [(u.upper(), card) for card, card_uids in uids.items()
                                   for u in card_uids])
        if table == "titles":
            search_index.index_titles(self.conn, [r["id"] for r in rows])
        elif table == "items":
            search_index.rerank(self.conn, {r["title_id"] for r in rows if "title_id" in r})
        return len(rows)

    def defer_indexes(self, table: str) -> None:
        """Drop the table's DEFERRABLE_INDEXES (for copies, and stop counting
        them row by row) for a first load; build_indexes() puts them back. The
        caller owns the transaction."""
        for name in DEFERRABLE_INDEXES.get(table, {}):
            self.conn.execute(f"DROP INDEX IF EXISTS {name}")
        if table == "items":
            search_index.pause_holdings(self.conn)

    def build_indexes(self, table: str | None = None) -> None:
        """Build the deferred indexes that are missing (of one table, or all):
        at the end of a first load, and on opening a file whose load was cut short."""
        for of, indexes in DEFERRABLE_INDEXES.items():
            for name, on in indexes.items() if table in (None, of) else ():
                self.conn.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {on}")
        if table in (None, "items"):
            search_index.resume_holdings(self.conn)

    def delete(self, table: str, keys: Iterable[str]) -> None:
        key = TABLE_KEYS[table]
        keys = list(keys)
        touched: set[str] = set()
        for value in keys:
            if table == "items":
                touched.update(r[0] for r in self.conn.execute(
                    "SELECT title_id FROM items WHERE barcode = ?", (value,)))
            if table == "titles":
                search_index.unindex_title(self.conn, value)
            if table == "patrons":
                self.conn.execute("DELETE FROM patron_cards WHERE card = ?", (value,))
            self.conn.execute(f"DELETE FROM {table} WHERE {key} = ?", (value,))
        if touched:
            search_index.rerank(self.conn, touched)

    def drop_open_loans_but(self, card: str, loan_ids: list[str]) -> None:
        """A fresh account from the centre: the reader's open loans it did not list
        are gone (returned elsewhere). The caller owns the transaction."""
        marks = ",".join("?" * len(loan_ids))
        self.conn.execute(f"DELETE FROM loans WHERE patron_card = ? AND returned_at IS NULL "
                          f"AND id NOT IN ({marks})", [card, *loan_ids])

    def drop_centre_loan_of(self, barcode: str) -> None:
        """The centre says this copy is not on loan: drop the loan it had sent
        (not one this terminal made and has not delivered yet)."""
        self.conn.execute("DELETE FROM loans WHERE item_barcode = ? AND returned_at IS NULL "
                          "AND id NOT LIKE 'local-%'", (barcode,))

    def drop_table_rows(self, table: str) -> None:
        """Empty one stream's table (a 410 from the centre); the caller owns the transaction."""
        if table == "titles":
            self.conn.execute("DELETE FROM title_search")
        if table == "patrons":
            self.conn.execute("DELETE FROM patron_cards")
        self.conn.execute(f"DELETE FROM {table}")  # table is one of TABLE_KEYS, never input

    # -- sync bookkeeping ---------------------------------------------------------
    def stream_cursor(self, stream: str) -> str | None:
        row = self._one("SELECT cursor FROM stream_cursors WHERE stream = ?", (stream,))
        return row["cursor"] if row else None

    def set_stream_cursor(self, stream: str, cursor: str | None, rows: int) -> None:
        """Store a stream's cursor; the caller commits it with the page it belongs to."""
        self.conn.execute(
            "INSERT INTO stream_cursors VALUES (?, ?, ?, ?) ON CONFLICT(stream) DO UPDATE SET "
            "cursor = excluded.cursor, pulled_at = excluded.pulled_at, "
            "rows = CASE WHEN excluded.cursor IS NULL THEN 0 ELSE rows + excluded.rows END",
            (stream, cursor, iso(now_utc()), rows))

    def stream_cursors(self) -> dict[str, dict]:
        return {r["stream"]: r for r in self._all("SELECT * FROM stream_cursors")}

    def sync_state(self, key: str, default: str | None = None) -> str | None:
        row = self._one("SELECT value FROM sync_state WHERE key = ?", (key,))
        return row["value"] if row else default

    def set_sync_state(self, key: str, value: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO sync_state VALUES (?, ?)", (key, value))

    @staticmethod
    def _row_in(table: str, row: dict) -> dict:
        row = dict(row)
        if table == "titles":
            row["isbn13"] = search_terms.isbn13(row.get("isbn") or "") or ""
            for private in search_index.TITLE_COLUMNS:
                row.pop(private, None)
        elif table == "patrons":
            blocks = row.get("blocks")
            row["blocks"] = json.dumps(list(blocks), ensure_ascii=False) if blocks else "[]"
            row.pop("card_uids", None)
        elif table == "policies" and not isinstance(row.get("value"), str):
            row["value"] = json.dumps(row["value"], ensure_ascii=False)
        return row

    # -- reads -------------------------------------------------------------------
    def _one(self, sql: str, args=()) -> dict | None:
        with self.lock:
            cur = self.conn.execute(sql, args)
            values = cur.fetchone()
            return dict(zip([d[0] for d in cur.description], values)) if values else None

    def _all(self, sql: str, args=()) -> list[dict]:
        with self.lock:
            cur = self.conn.execute(sql, args)
            cols = [d[0] for d in cur.description]
            return [dict(zip(cols, v)) for v in cur.fetchall()]

    def get_title(self, title_id: str) -> Title | None:
        row = self._one("SELECT * FROM titles WHERE id = ?", (title_id,))
        return records.title(row) if row else None

    def get_item(self, barcode: str) -> Item | None:
        row = self._one("SELECT * FROM items WHERE barcode = ?", (barcode,))
        return records.item(row) if row else None

    def items_of(self, title_id: str) -> list[Item]:
        """The copies of a title, by place and barcode."""
        return [records.item(r) for r in self._all("SELECT * FROM items WHERE title_id = ? "
                                            "ORDER BY location_id, barcode", (title_id,))]

    def item_by_rfid(self, rfid_id: str) -> Item | None:
        """A tag's item id is the barcode on most tags; some libraries use a
        separate RFID id, so both are tried."""
        row = self._one("SELECT * FROM items WHERE barcode = ? OR (rfid_id != '' AND rfid_id = ?)"
                        " LIMIT 1", (rfid_id, rfid_id))
        return records.item(row) if row else None

    def get_patron(self, card: str) -> Patron | None:
        row = self._one("SELECT * FROM patrons WHERE card = ?", (card,))
        if not row:
            return None
        uids = tuple(r[0] for r in self.conn.execute(
            "SELECT uid FROM patron_cards WHERE card = ?", (card,)))
        return records.patron(row, uids)

    def patrons_named(self, fragment: str, limit: int = 50) -> list[Patron]:
        """Patrons whose name contains `fragment`, by name."""
        cards = [r[0] for r in self.conn.execute(
            "SELECT card FROM patrons WHERE name LIKE ? ESCAPE '\\' ORDER BY name, card "
            "LIMIT ?", (f"%{_like_literal(fragment)}%", limit))]
        return [p for c in cards if (p := self.get_patron(c))]

    def patron_pin_hash(self, card: str) -> str | None:
        row = self._one("SELECT pin_hash FROM patrons WHERE card = ?", (card,))
        return row["pin_hash"] if row else None

    def pin_locked_until(self, card: str) -> datetime | None:
        """Until when the centre makes this card wait for wrong PINs (None: it does not)."""
        row = self._one("SELECT pin_locked_until FROM patrons WHERE card = ?", (card,))
        return parse_time(row["pin_locked_until"]) if row else None

    def card_for_uid(self, uid: str) -> str | None:
        row = self._one("SELECT card FROM patron_cards WHERE uid = ?", (uid.upper(),))
        return row["card"] if row else None

    def open_loan(self, barcode: str) -> Loan | None:
        row = self._one("SELECT * FROM loans WHERE item_barcode = ? AND returned_at IS NULL "
                        "ORDER BY out_at DESC LIMIT 1", (barcode,))
        return records.loan(row) if row else None

    def account(self, card: str) -> PatronAccount | None:
        patron = self.get_patron(card)
        if patron is None:
            return None
        loans = tuple(records.loan(r) for r in self._all(
            "SELECT * FROM loans WHERE patron_card = ? AND returned_at IS NULL ORDER BY due_at",
            (card,)))
        items = tuple(self.get_item(loan.item_barcode) or Item(loan.item_barcode, "")
                      for loan in loans)
        fees = tuple(records.fee(r) for r in self._all(
            "SELECT * FROM fees WHERE patron_card = ? ORDER BY created_at", (card,)))
        holds = tuple(records.hold(r) for r in self._all(
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
            "SELECT count(*) FROM items WHERE title_id = ? AND barcode != ? AND status = 'available'",
            (item.title_id, item.barcode)).fetchone()[0]
        return max(pending - other_copies, 0)

    def waiting_hold_for(self, item: Item) -> Hold | None:
        """The hold this returned copy should go to: trapped for it (waiting, or
        pending while it travels to the pickup place), or first in its title's
        queue among the holds no other copy is travelling to."""
        row = self._one("SELECT * FROM holds WHERE (item_barcode = ? AND status IN ('waiting', "
                        "'pending')) OR (title_id = ? AND status = 'pending' AND "
                        "coalesce(item_barcode, '') = '') ORDER BY item_barcode = ? DESC, "
                        "placed_at LIMIT 1", (item.barcode, item.title_id, item.barcode))
        return records.hold(row) if row else None

    def on_shelf_at(self, title_id: str, branch: str) -> bool:
        """Whether a copy of the title is available on a shelf of this branch."""
        return any(branch_of(self.get_location(r["location_id"]), r["location_id"]) == branch
                   for r in self._all("SELECT DISTINCT location_id FROM items WHERE title_id = ? "
                                      "AND status = 'available'", (title_id,)))

    def copy_of(self, title_id: str) -> str:
        """A copy's barcode for a hold that must name one (SIP2): one on loan first."""
        row = self._one("SELECT barcode FROM items WHERE title_id = ? "
                        "ORDER BY status = 'available', barcode LIMIT 1", (title_id,))
        return row["barcode"] if row else ""

    def policy(self) -> Policy:
        row = self._one("SELECT value FROM policies WHERE key = 'loan_policy'")
        return Policy.from_dict(json.loads(row["value"])) if row else DEFAULT_POLICY

    def locations(self) -> list[Location]:
        return [records.location(r) for r in self._all("SELECT * FROM locations ORDER BY id")]

    def get_location(self, location_id: str) -> Location | None:
        row = self._one("SELECT * FROM locations WHERE id = ?", (location_id,))
        return records.location(row) if row else None

    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self._one("SELECT value FROM meta WHERE key = ?", (key,))
        return row["value"] if row else default

    def counts(self) -> dict[str, int]:
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in TABLE_KEYS}

    # -- search ------------------------------------------------------------------
    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Catalogue search for one query box; exact matches (ISBN, barcode, call
        number, exact title) come first, then the index's best."""
        query = query.strip()
        if not query:
            return []
        with self.lock:
            return self._search(query, limit)

    def _search(self, query: str, limit: int) -> list[SearchHit]:
        ordered: list[str] = []
        if isbn := search_terms.isbn13(query):
            ordered += [r[0] for r in self.conn.execute(
                "SELECT id FROM titles WHERE isbn13 = ?", (isbn,))]
        ordered += [r[0] for r in self.conn.execute(
            "SELECT title_id FROM items WHERE barcode = ? OR (rfid_id != '' AND rfid_id = ?)",
            (query, query))]
        ordered += [r[0] for r in self.conn.execute(
            "SELECT id FROM titles WHERE call_number = ? COLLATE NOCASE UNION "
            "SELECT title_id FROM items WHERE call_number = ? COLLATE NOCASE", (query, query))]
        ordered += self._ranked_text_matches(query, limit)
        seen: dict[str, None] = {}
        for title_id in ordered:
            seen.setdefault(title_id)
        ids = list(seen)[:limit]
        titles = {t.id: t for t in self._titles(ids)}
        availability = self._availability(ids)
        return [SearchHit(titles[i], tuple(availability.get(i, ()))) for i in ids if i in titles]

    def _ranked_text_matches(self, query: str, limit: int) -> list[str]:
        """Exact title, then title prefix (B-tree), then titles whose title
        matches, then any field: each closeness by holdings. Every source is a
        bounded pool read best first (see search_index), so the cost does not
        grow with the number of matches."""
        expression = search_terms.fts_query(query)
        if not expression:
            return []
        wanted = search_terms.simplify(query)
        pool = max(limit * 5, 100)
        found: dict[str, tuple[int, int, int]] = {}

        def take(rows, closeness: int) -> None:
            for title_id, norm, holdings in rows:
                near = 0 if norm == wanted else 1 if norm.startswith(wanted) else closeness
                found.setdefault(title_id, (near, -holdings, len(norm)))

        take(self.conn.execute(
            "SELECT id, title_norm, holdings FROM titles WHERE title_norm >= ? AND "
            "title_norm < ? ORDER BY title_norm LIMIT ?", (wanted, wanted + "\U0010ffff", pool)),
            1)
        matches = ("SELECT t.id, t.title_norm, t.holdings FROM title_search s JOIN titles t "
                   f"ON t.rowid = {search_index.title_rowid('s.rowid')} "
                   "WHERE title_search MATCH ? ORDER BY s.rowid LIMIT ?")
        take(self.conn.execute(matches, (f"{{title_terms}} : ({expression})", pool)), 2)
        if len(found) < limit:   # author, ISBN, publisher matches rank below every title match
            take(self.conn.execute(matches, (expression, pool)), 3)
        return sorted(found, key=found.__getitem__)

    def _titles(self, ids: list[str]) -> list[Title]:
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        return [records.title(r)
                for r in self._all(f"SELECT * FROM titles WHERE id IN ({marks})", ids)]

    def _availability(self, ids: list[str]) -> dict[str, list[Availability]]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        out: dict[str, list[Availability]] = {}
        for r in self._all(
                "SELECT i.title_id, i.location_id, coalesce(l.name_zh, i.location_id) AS zh, "
                "coalesce(l.name_en, i.location_id) AS en, "
                "sum(i.status = 'available') AS available, count(*) AS total "
                f"FROM items i LEFT JOIN locations l ON l.id = i.location_id "
                f"WHERE i.title_id IN ({marks}) GROUP BY i.title_id, i.location_id "
                "ORDER BY available DESC", ids):
            out.setdefault(r["title_id"], []).append(
                Availability(r["location_id"], r["zh"], r["en"], r["available"], r["total"]))
        return out


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on error; nests by savepoint."""

    def __init__(self, conn: sqlite3.Connection, lock: threading.RLock):
        self.conn = conn
        self.lock = lock
        self.nested = False

    def __enter__(self):
        self.lock.acquire()
        try:
            self.nested = self.conn.in_transaction
            self.conn.execute("SAVEPOINT tx" if self.nested else "BEGIN IMMEDIATE")
        except BaseException:
            self.lock.release()
            raise
        return self.conn

    def __exit__(self, exc_type, exc, tb):
        try:
            if self.nested:
                if exc_type:
                    self.conn.execute("ROLLBACK TO tx")
                self.conn.execute("RELEASE tx")
            else:
                self.conn.execute("ROLLBACK" if exc_type else "COMMIT")
        finally:
            self.lock.release()
        return False
