"""The replica and outbox across hard stops and damaged files (kiosk.startup).

SIGKILL stops the writer between any two instructions, which is what a power
cut does to the process; what it cannot show is a disk losing its cache, for
which the file relies on WAL with synchronous=FULL (checked below as set).
"""
from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from kiosk.demo_data import demo_dataset, load_into
from kiosk.startup import check_replica
from sync.outbox import Outbox
from sync.replica import SCHEMA_VERSION, Replica

WRITER = Path(__file__).with_name("act_writer.py")
ROOT = Path(__file__).resolve().parents[2]


def _kill_at_random(path: Path, delay: float) -> list[str]:
    """Run the writer, SIGKILL it after `delay` seconds; the ids it reported committed."""
    proc = subprocess.Popen([sys.executable, str(WRITER), str(path)], stdout=subprocess.PIPE,
                            text=True, cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    ids: list[str] = []
    reader = threading.Thread(target=lambda: ids.extend(line.strip() for line in proc.stdout))
    reader.start()
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    reader.join()
    return [i for i in ids if i]


def test_every_committed_act_survives_sigkill_at_random_moments(tmp_path):
    path = tmp_path / "replica.db"
    rng = random.Random(8)
    committed: list[str] = []
    # the first rounds may die while the file is created and migrated
    for delay in [0.05, 0.2] + [rng.uniform(0.3, 1.2) for _ in range(6)]:
        committed += _kill_at_random(path, delay)
        report = check_replica(path)
        assert report.status in ("ok", "new"), report.detail
    assert len(committed) > 50, "the writer barely ran; the test proves nothing"

    replica = Replica(path)
    try:
        conn = replica.conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2    # FULL
        assert replica.integrity_check() == "ok"
        stored = {r[0]: r[1] for r in conn.execute("SELECT id, seq FROM outbox")}
        assert set(committed) <= set(stored)
        # no act without its local effect, no effect without its act, no gap in the sequence
        loans = {r[0] for r in conn.execute("SELECT id FROM loans")}
        assert loans == {f"local-{i}" for i in stored}
        assert sorted(stored.values()) == list(range(1, len(stored) + 1))
    finally:
        replica.close()


def _replica_with_acts(path: Path, acts: int, payload_size: int = 20) -> list[tuple]:
    replica = Replica(path)
    load_into(replica, demo_dataset())
    outbox = Outbox(replica)
    for n in range(acts):
        outbox.record("checkin", {"item": f"I{n:05d}", "note": "x" * payload_size}, [])
    rows = replica.conn.execute("SELECT id, seq, payload, state FROM outbox ORDER BY seq").fetchall()
    replica.close()         # the last close checkpoints the WAL into the file
    assert not Path(str(path) + "-wal").exists()
    return rows


def _pages(path: Path, table: str, pagetype: str | None = None):
    """(page number, cells) of one table's b-tree pages in key order, and the page size."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT pageno, ncell, pagetype FROM dbstat WHERE name = ? "
                            "ORDER BY path", (table,)).fetchall()   # path: b-tree key order
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    return [(p, n) for p, n, t in rows if pagetype in (None, t)], page_size


def _overwrite(path: Path, pages: list[int], page_size: int) -> None:
    rng = random.Random(1)
    with open(path, "r+b") as f:
        for page in pages:
            f.seek((page - 1) * page_size)
            f.write(bytes(rng.randrange(256) for _ in range(page_size)))


def _outbox(path: Path) -> list[tuple]:
    replica = Replica(path)
    try:
        assert replica.integrity_check() == "ok"
        return replica.conn.execute("SELECT id, seq, payload, state FROM outbox ORDER BY seq"
                                    ).fetchall()
    finally:
        replica.close()


def test_damaged_catalogue_is_set_aside_and_the_outbox_carried_over(tmp_path):
    path = tmp_path / "replica.db"
    acts = _replica_with_acts(path, 40)
    pages, page_size = _pages(path, "titles")
    _overwrite(path, [p for p, _ in pages], page_size)

    report = check_replica(path)

    assert report.status == "recovered" and report.method == "scan", report.detail
    assert (report.salvaged, report.pending) == (40, 40)
    assert report.set_aside.exists() and "damaged" in report.set_aside.name
    assert _outbox(path) == acts
    replica = Replica(path)
    try:
        assert replica.counts()["titles"] == 0          # to be taken again from the centre
        nxt = Outbox(replica).record("checkout", {"item": "X"}, [])
        assert nxt.seq == 41                            # the kiosk sequence goes on, no reuse
    finally:
        replica.close()
    assert check_replica(path).status == "ok"


@pytest.mark.parametrize("damaged", [[0], [1, 3], [-1]], ids=["first", "two", "last"])
def test_rows_around_damaged_outbox_pages_are_salvaged(tmp_path, damaged):
    path = tmp_path / "replica.db"
    acts = _replica_with_acts(path, 300, payload_size=200)
    leaves, page_size = _pages(path, "outbox", "leaf")
    assert len(leaves) > 4
    hit = [leaves[i] for i in damaged]
    _overwrite(path, [page for page, _ in hit], page_size)

    report = check_replica(path)

    lost = sum(cells for _, cells in hit)
    assert report.status == "recovered" and report.method == "salvage", report.detail
    assert report.salvaged == 300 - lost > 0
    salvaged = _outbox(path)
    assert len(salvaged) == 300 - lost and set(salvaged) <= set(acts)


def test_unreadable_file_is_kept_aside_and_a_fresh_replica_made(tmp_path):
    path = tmp_path / "replica.db"
    _replica_with_acts(path, 5)
    _overwrite(path, [1], 4096)                          # the header and the schema page
    report = check_replica(path)
    assert report.status == "recovered" and report.salvaged == 0
    assert "keep the set-aside file" in report.detail
    assert report.set_aside.stat().st_size > 0
    assert _outbox(path) == []


def test_a_replica_from_a_newer_version_is_replaced_keeping_its_outbox(tmp_path):
    """After a rollback the older program cannot read the newer schema."""
    path = tmp_path / "replica.db"
    acts = _replica_with_acts(path, 3)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("ALTER TABLE outbox ADD COLUMN from_the_future TEXT")
        conn.execute("INSERT INTO schema_version VALUES (?, 'later')", (SCHEMA_VERSION + 1,))
    conn.close()
    report = check_replica(path)
    assert report.status == "recovered" and "newer" in report.detail
    assert "newer-schema" in report.set_aside.name
    assert _outbox(path) == acts


def test_missing_and_sound_files(tmp_path):
    path = tmp_path / "replica.db"
    assert check_replica(path).status == "new"
    Replica(path).close()
    report = check_replica(path)
    assert report.status == "ok" and f"schema {SCHEMA_VERSION}" in report.detail
