"""Start-up safety for the replica file, run before anything else opens it.

The replica is a cache of the centre and can always be taken again; the
outbox in the same file holds what readers did and cannot. So a file that
fails ``PRAGMA integrity_check`` (or that a newer version migrated beyond
what this program knows, after a rollback) is moved aside whole, with its
-wal and -shm, never deleted; its outbox rows are copied into a fresh replica,
which the sync engine then fills from the centre as on a new terminal.

Rows are read with a plain scan, which works whenever the damage is outside
the outbox's pages (the catalogue is most of the file); around damaged outbox
pages every readable row is still taken (see _read_outbox). The sqlite3
tool's ``.recover`` is not used: Debian 12's build lacks the sqlite_dbpage
table it needs. The set-aside file stays for a person to examine.
"""
from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sync.replica import SCHEMA_VERSION, Replica

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StartupReport:
    """What start-up found and did; `detail` is one line for the log and doctor."""
    status: str                     # new | ok | recovered
    detail: str
    set_aside: Path | None = None
    salvaged: int = 0               # outbox rows carried into the fresh replica
    pending: int = 0                # of those, acts the centre has not answered yet
    method: str = ""                # scan (whole table) | salvage (around damage) | none


class _Damaged(Exception):
    pass


def _inspect(path: Path) -> int:
    """The file's schema version if it is sound; _Damaged with the reason if not."""
    try:
        conn = sqlite3.connect(path, timeout=30)
        try:
            result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
            if result != ["ok"]:
                raise _Damaged("integrity_check: " + "; ".join(result[:3]))
            has_versions = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                        "AND name = 'schema_version'").fetchone()
            if not has_versions:
                return 0
            return conn.execute("SELECT coalesce(max(version), 0) FROM schema_version"
                                ).fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise _Damaged(str(exc)) from None


def _counter(conn: sqlite3.Connection) -> int:
    try:
        row = conn.execute("SELECT value FROM counters WHERE name = 'outbox_seq'").fetchone()
    except sqlite3.DatabaseError:
        return 0
    return row[0] if row else 0


def _scan(conn: sqlite3.Connection, sql: str, args=()) -> tuple[list[tuple], bool]:
    """Rows up to the first damaged page, and whether the scan got to the end."""
    rows: list[tuple] = []
    try:
        rows.extend(conn.execute(sql, args))     # keeps the rows read before an error
    except sqlite3.DatabaseError:
        return rows, False
    return rows, True


PROBE_SLACK = 1000  # rowids tried past the last known one when the table's end is unreadable


def _read_outbox(path: Path) -> tuple[list[str], list[tuple], int, str]:
    """Columns, rows, the last kiosk sequence number used, and how the rows were read.

    A damaged leaf page breaks a table scan where it lies, so the rows are read
    forwards to the damage, backwards to it, and the rowids in between one by
    one, each lookup reaching its own leaf (as `.dump` does, plus the gap)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(outbox)")]
        if not columns:
            raise sqlite3.DatabaseError("no outbox table in the file")
        counter = _counter(conn)
        forward, complete = _scan(conn, "SELECT rowid, * FROM outbox ORDER BY rowid")
        if complete:
            return columns, [r[1:] for r in forward], counter, "scan"
        low = forward[-1][0] if forward else 0
        backward, _ = _scan(conn, "SELECT rowid, * FROM outbox WHERE rowid > ? "
                                  "ORDER BY rowid DESC", (low,))
        high = backward[-1][0] if backward else max(counter, low) + PROBE_SLACK
        between = []
        for rowid in range(low + 1, high):
            found, _ = _scan(conn, "SELECT rowid, * FROM outbox WHERE rowid = ?", (rowid,))
            between += found
        rows = forward + between + backward[::-1]
        return columns, [r[1:] for r in rows], counter, "salvage"
    finally:
        conn.close()


def _set_aside(path: Path, why: str) -> Path:
    """Rename the file and its WAL companions together (the WAL may hold committed acts)."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.{why}-{stamp}")
    for suffix in ("-wal", "-shm", ""):
        companion = Path(str(path) + suffix)
        if companion.exists():
            companion.rename(Path(str(target) + suffix))
    return target


def _restore_outbox(path: Path, columns: list[str], rows: list[tuple], counter: int) -> int:
    """Put salvaged rows into a fresh replica, keeping the sequence going forward."""
    replica = Replica(path)
    try:
        known = {r[1] for r in replica.conn.execute("PRAGMA table_info(outbox)")}
        keep = [i for i, c in enumerate(columns) if c in known]
        names = ", ".join(columns[i] for i in keep)
        marks = ", ".join("?" * len(keep))
        with replica.transaction():
            replica.conn.executemany(f"INSERT OR IGNORE INTO outbox ({names}) VALUES ({marks})",
                                     [[row[i] for i in keep] for row in rows])
            seq = max([counter, *(row[columns.index("seq")] for row in rows)], default=0)
            replica.conn.execute("UPDATE counters SET value = max(value, ?) "
                                 "WHERE name = 'outbox_seq'", (seq,))
        return replica.conn.execute(
            "SELECT count(*) FROM outbox WHERE state IN ('queued', 'delivering')").fetchone()[0]
    finally:
        replica.close()


def check_replica(path: str | Path) -> StartupReport:
    """Make `path` a sound replica this program can open, keeping every outbox row it can."""
    path = Path(path)
    if not path.exists():
        return StartupReport("new", f"{path} does not exist yet; it will be created")
    try:
        version = _inspect(path)
        if version <= SCHEMA_VERSION:
            return StartupReport("ok", f"{path}: integrity ok, schema {version}")
        why, reason = "newer-schema", (f"schema {version} is newer than this program "
                                       f"({SCHEMA_VERSION}), e.g. after a rollback")
    except _Damaged as exc:
        why, reason = "damaged", str(exc)
    log.error("replica %s: %s; setting it aside and taking it again from the centre",
              path, reason)

    try:
        columns, rows, counter, method = _read_outbox(path)
    except sqlite3.DatabaseError as exc:
        log.error("outbox of %s unreadable: %s", path, exc)
        columns, rows, counter, method = [], [], 0, "none"
    aside = _set_aside(path, why)
    pending = _restore_outbox(path, columns, rows, counter) if rows else 0
    if not rows:
        Replica(path).close()
    detail = (f"{reason}; set aside as {aside.name}; {len(rows)} outbox acts salvaged "
              f"({pending} not yet delivered) by {method}")
    if method == "none":
        detail += "; the outbox could not be read: keep the set-aside file for staff"
    log.warning("replica recovered: %s", detail)
    return StartupReport("recovered", detail, aside, len(rows), pending, method)
