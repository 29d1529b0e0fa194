"""The terminal killed with SIGKILL at the worst moments (sync.crashpoints),
then restarted: nothing lost, nothing applied twice, cursors never go back,
the file intact. The terminal side is the real `kiosk` CLI in a subprocess."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from sync.replica import Replica
from tests.sync.terminals import centre_open_loans, free_items

ZHANG = "0440000001"
KIOSK = str(Path(sys.executable).with_name("kiosk"))   # the installed command


def kiosk(term, *args, crash_at: str = "") -> subprocess.CompletedProcess:
    env = {**os.environ, "KIOSK_BACKEND_URL": term.config.backend.url,
           "KIOSK_BACKEND_TOKEN": term.config.backend.token, "KIOSK_BACKEND_TIMEOUT_S": "5",
           "KIOSK_BACKEND_KIND": "rest"}
    env.pop("KIOSK_CRASH_AT", None)
    if crash_at:
        env["KIOSK_CRASH_AT"] = crash_at
    return subprocess.run([KIOSK, "--data-dir",
                           str(term.config.data_dir), *args], env=env, capture_output=True,
                          text=True, timeout=120, check=False)


def cursors(path) -> dict[str, tuple[int, int]]:
    replica = Replica(path)
    try:
        return {s: tuple(int(p) for p in row["cursor"].split("."))
                for s, row in replica.stream_cursors().items() if row["cursor"]}
    finally:
        replica.close()


@pytest.mark.parametrize("point", ["after_outbox_commit", "before_push", "after_server_commit"])
def test_killed_during_an_act(make_terminal, central, point):
    term = make_terminal()
    barcode = free_items(term.replica, 1)[0]
    term.close()
    before = cursors(term.replica_path)
    crashed = kiosk(term, "circ", "checkout", "--patron", ZHANG, "--item", barcode,
                    crash_at=point)
    assert crashed.returncode == -signal.SIGKILL, crashed.stderr
    on_centre = len(centre_open_loans(central, barcode))
    assert on_centre == (1 if point == "after_server_commit" else 0)

    synced = kiosk(term, "sync", "now", "--json")
    assert synced.returncode == 0, synced.stdout + synced.stderr
    [loan] = centre_open_loans(central, barcode)
    replica = Replica(term.replica_path)
    try:
        assert replica.integrity_check() == "ok"
        rows = replica.conn.execute("SELECT state, result FROM outbox").fetchall()
        assert len(rows) == 1 and rows[0][0] == "applied"
        assert replica.open_loan(barcode).id == loan["id"]
        assert replica.conn.execute("SELECT count(*) FROM loans WHERE item_barcode = ? AND "
                                    "returned_at IS NULL", (barcode,)).fetchone()[0] == 1
    finally:
        replica.close()
    after = cursors(term.replica_path)
    assert all(after[s] >= before[s] for s in before)


def test_killed_in_the_middle_of_a_pull_page(make_terminal, central):
    term = make_terminal()
    other = make_terminal("t2")
    items = free_items(other.replica, 3)
    for barcode in items:                          # changes t1 has not pulled yet
        assert other.circulation.checkout("0440000004", barcode).ok
    term.close()
    before = cursors(term.replica_path)
    crashed = kiosk(term, "sync", "now", crash_at="mid_pull_page")
    assert crashed.returncode == -signal.SIGKILL
    assert cursors(term.replica_path) == before     # the torn page left no trace
    synced = kiosk(term, "sync", "now")
    assert synced.returncode == 0, synced.stdout + synced.stderr
    after = cursors(term.replica_path)
    assert all(after[s] >= before[s] for s in before) and after["loans"] > before["loans"]
    replica = Replica(term.replica_path)
    try:
        assert replica.integrity_check() == "ok"
        assert [replica.open_loan(b).patron_card for b in items] == ["0440000004"] * 3
        assert [replica.get_item(b).status for b in items] == ["on_loan"] * 3
    finally:
        replica.close()
