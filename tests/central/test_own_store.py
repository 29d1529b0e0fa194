"""The centre stands on its own: its store, schema and migrations are its own
(nothing of the terminal's replica, UI or hardware is imported), and every
"now" it uses comes from the clock it was given."""
from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import requests

from central.schema import SCHEMA_VERSION
from central.store import CentralStore
from kiosk.domain.clock import iso
from tests.central_server import running_central, txn

#: a day well after the wall clock (demo cards are valid then), to the second
BEGIN = (datetime.now(UTC) + timedelta(days=40)).replace(microsecond=0)


class SetClock:
    """A clock tests move by hand."""

    def __init__(self, at: datetime):
        self.at = at

    def __call__(self) -> datetime:
        return self.at


def test_the_centre_imports_nothing_of_the_terminal(tmp_path):
    code = ("import sys, central.app, central.runner\n"
            f"store = central.runner.open_store({str(tmp_path)!r}, demo=True)\n"
            "central.app.create_app(store)\n"
            "print([m for m in sys.modules if m.split('.')[0] in "
            "('sync', 'ui', 'hardware', 'PySide6')])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120, check=True).stdout
    assert out.strip() == "[]"


def test_every_now_of_the_centre_is_its_clock(tmp_path):
    clock = SetClock(BEGIN)
    with running_central(tmp_path, clock=clock) as central:
        def call(method, path, at, **kw):
            return requests.request(method, central.api + path, timeout=15,
                                    headers=central.headers(clock=at), **kw)

        assert call("GET", "/time", BEGIN).json() == {"now": iso(BEGIN)}
        # the device's clock is compared with the centre's, not with the wall
        late = call("POST", "/push", datetime.now(UTC), json={"transactions": []})
        assert late.status_code == 422 and late.json()["error"] == "clock_skew"
        with central.store.lock:
            barcode = central.store.row("SELECT barcode FROM items WHERE status = 'available' "
                                        "AND parts = 1 ORDER BY barcode LIMIT 1")["barcode"]
            card = central.store.row("SELECT card FROM patrons WHERE status = 'active' AND "
                                     "blocks = '[]' AND card > '0440000006' AND card NOT IN "
                                     "(SELECT patron_card FROM fees) ORDER BY card")["card"]
        out = call("POST", "/push", BEGIN, json={"transactions": [
            txn("T-own-1", 1, "checkout", {"patron": card, "item": barcode}, BEGIN)]})
        assert out.json()["results"][0]["status"] == "applied", out.text
        due = datetime.fromisoformat(out.json()["results"][0]["effect"]["due_at"])
        assert due > BEGIN

        clock.at = due + timedelta(days=3)
        back = call("POST", "/push", clock.at, json={"transactions": [
            txn("T-own-2", 2, "checkin", {"item": barcode}, clock.at)]}).json()["results"][0]
        assert back["effect"]["fee_fen"] > 0
        with central.store.lock:
            logged = central.store.row("SELECT received_at FROM txns WHERE id = 'T-own-2'")
            fee = central.store.row("SELECT created_at FROM fees WHERE id = ?",
                                    (back["effect"]["fee_id"],))
        assert logged["received_at"] == fee["created_at"] == iso(clock.at)
        heartbeat = call("POST", "/heartbeat", clock.at, json={}).json()
        assert heartbeat["now"] == iso(clock.at)


def test_the_sweep_expires_pickups_by_the_centres_clock(tmp_path):
    clock = SetClock(BEGIN)
    with running_central(tmp_path, clock=clock) as central:
        with central.store.locked():
            # the demo's uncollected hold, as if its pickup time ran to tomorrow
            central.store.conn.execute("UPDATE holds SET status = 'waiting', expires_at = ? "
                                       "WHERE id = 'H00099'", (iso(BEGIN + timedelta(days=1)),))
        login = requests.post(central.api + "/staff/login", timeout=15,
                              json={"user": "librarian", "password": "librarian"}).json()
        shelf = requests.get(central.api + "/holds/shelf", timeout=15,
                             headers={"Authorization": f"Bearer {login['token']}"})
        assert "H00099" in {h["hold_id"] for h in shelf.json()["waiting"]}
        clock.at = BEGIN + timedelta(days=2)
        login = requests.post(central.api + "/staff/login", timeout=15,     # 8 h idle: ended
                              json={"user": "librarian", "password": "librarian"}).json()
        shelf = requests.get(central.api + "/holds/shelf", timeout=15,
                             headers={"Authorization": f"Bearer {login['token']}"})
        assert "H00099" in {h["hold_id"] for h in shelf.json()["expired"]}


def test_a_store_keeps_records_in_wire_shape(tmp_path):
    old = os.umask(0o022)
    try:
        store = CentralStore(tmp_path / "centre" / "central.db", clock=SetClock(BEGIN))
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "centre").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "centre" / "central.db").stat().st_mode) == 0o600
    store.load({"patrons": [{"card": "123", "name": "A", "card_type": "pengcheng",
                             "blocks": ["lost_card"], "card_uids": ["04aa"],
                             "pin_hash": "secret-hash"}],
                "policies": [{"key": "loan_policy", "value": {"loan_days": 7}}]})
    assert store.record("patrons", "123")["blocks"] == ["lost_card"]
    assert store.record("patrons", "123")["card_uids"] == ["04AA"]
    assert "pin_hash" not in store.pull("patrons", None, 10)["records"][0]
    assert store.record("policies", "loan_policy")["value"] == {"loan_days": 7}
    assert json.loads(store.row("SELECT value FROM policies")["value"]) == {"loan_days": 7}
    assert store.row("SELECT max(version) AS v, applied_at FROM central_schema") == {
        "v": SCHEMA_VERSION, "applied_at": iso(BEGIN)}
    store.close()
    assert CentralStore(tmp_path / "centre" / "central.db").migrate() == []
