"""Pull streams: paging, strictly increasing cursors, tombstones, 410 after a reset,
and records that drop straight into the terminal's replica."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError

from kiosk.domain.card_keys import card_key
from kiosk.domain.chip_uids import uid_key
from kiosk.domain.pins import offline_pin_input
from kiosk.ports.backend import STREAMS
from sync.replica import TABLE_KEYS, Replica
from tests.central.conftest import Api
from tests.central_server import running_central


def pull_all(api: Api, kind: str, cursor: str | None = None, limit: int = 700,
             **params) -> tuple[list[dict], list[str], str | None, int]:
    """Every page after cursor: (records, tombstones, last cursor, pages)."""
    records, tombstones, pages = [], [], 0
    while True:
        answer = api.get(f"/streams/{kind}", params={"cursor": cursor, "limit": limit, **params})
        assert answer.status_code == 200, answer.text
        page = answer.json()
        pages += 1
        if page["records"] or page["tombstones"]:
            assert cursor is None or _seq(page["cursor"]) > _seq(cursor)
        records += page["records"]
        tombstones += page["tombstones"]
        cursor = page["cursor"]
        assert len(page["records"]) + len(page["tombstones"]) <= limit
        if not page["more"]:
            return records, tombstones, cursor, pages


def _seq(cursor: str) -> tuple[int, int]:
    epoch, seq = cursor.split(".")
    return int(epoch), int(seq)


def test_every_stream_pulls_to_the_end_into_a_replica(central, api, tmp_path):
    replica = Replica(tmp_path / "replica.db")
    with central.store.lock:
        expected = central.store.counts()
    for kind in STREAMS:
        records, tombstones, cursor, pages = pull_all(api, kind)
        keys = [r[TABLE_KEYS[kind]] for r in records]
        assert len(keys) == len(set(keys)) == expected[kind], kind
        assert not tombstones
        if expected[kind] > 700:
            assert pages > 1
        with replica.transaction():
            replica.upsert(kind, records)
        # nothing more after the end
        rest = api.get(f"/streams/{kind}", params={"cursor": cursor}).json()
        assert rest["records"] == [] and rest["cursor"] == cursor and not rest["more"]
    assert replica.counts()["items"] == expected["items"]
    hits = replica.search("三体")
    assert hits and hits[0].title.title == "三体"
    account = replica.account("0440000002")
    assert account.open_fees_fen() == 890 and len(account.loans) == 2
    assert replica.policy().overdue_fen_per_day == 30


def test_patrons_carry_card_uids_and_no_pin_hash_unless_the_deployment_keys_them(
        central, api, tmp_path):
    desk = Api(central, central.enrol("desk", kind="desk")["token"])
    patron = desk.get("/streams/patrons", params={"limit": 1}).json()["records"][0]
    assert patron["card"] == "0440000001" and patron["card_uids"] == ["04A1B2C3"]
    assert "pin_hash" not in patron and "offline_pin_hash" not in patron
    # a terminal gets chip UIDs only keyed with the deployment secret: here there is none
    patron = api.get("/streams/patrons", params={"limit": 1}).json()["records"][0]
    assert patron["card"] == "0440000001" and patron["card_uids"] == []
    asked = api.get("/streams/patrons", params={"limit": 1, "with_pin_hashes": 1})
    assert asked.status_code == 403 and asked.json()["error"] == "pin_hashes_disabled"

    secret = b"deployment-secret-0123456789"
    with running_central(tmp_path, demo=True, offline_pin_secret=secret) as keyed_centre:
        keyed = Api(keyed_centre)
        plain = keyed.get("/streams/patrons", params={"limit": 1}).json()["records"][0]
        assert "pin_hash" not in plain  # allowed, but not asked for
        assert plain["card_uids"] == [uid_key(secret, "04a1b2c3")] != ["04A1B2C3"]
        _, _, cursor, _ = pull_all(keyed, "patrons", with_pin_hashes=1)
        # the stored argon2 hash of the bare PIN never leaves; the keyed one is made at
        # the reader's next online log-in, and travels as a change of the patron
        before = keyed.get("/streams/patrons", params={"with_pin_hashes": 1, "limit": 5000})
        assert all(r["pin_hash"] is None for r in before.json()["records"])
        assert keyed.post("/auth", json={"card": "0440000004", "pin": "1234"}).ok
        [changed] = keyed.get("/streams/patrons", params={"cursor": cursor,
                                                          "with_pin_hashes": 1}).json()["records"]
        assert changed["card"] == card_key(secret, "0440000004")    # a terminal: the key
        assert PasswordHasher().verify(changed["pin_hash"],
                                       offline_pin_input(secret, "0440000004", "1234"))
        with keyed_centre.store.lock:
            stored = keyed_centre.store.row("SELECT pin_hash FROM patrons WHERE card = ?",
                                            ("0440000004",))["pin_hash"]
        assert changed["pin_hash"] != stored
        with pytest.raises(VerifyMismatchError):        # the bare PIN does not open it
            PasswordHasher().verify(changed["pin_hash"], "1234")


def test_a_change_moves_the_record_to_the_stream_end_and_a_deletion_is_a_tombstone(
        central, api, pick):
    _, _, cursor, _ = pull_all(api, "items")
    barcode, gone = pick.items(2)
    (patron,) = pick.patrons()
    assert api.act("checkout", {"patron": patron, "item": barcode})["status"] == "applied"
    with central.store.locked():
        central.store.remove("items", gone)

    records, tombstones, new_cursor, _ = pull_all(api, "items", cursor)
    assert [r["barcode"] for r in records] == [barcode]
    assert records[0]["status"] == "on_loan"
    assert tombstones == [gone]
    assert _seq(new_cursor) > _seq(cursor)
    loans, _, _, _ = pull_all(api, "loans", limit=5000)
    assert any(r["item_barcode"] == barcode and r["returned_at"] is None for r in loans)


def test_a_reset_stream_answers_410_until_pulled_again(central, api, pick):
    _, _, cursor, _ = pull_all(api, "titles")
    _, _, locations_cursor, _ = pull_all(api, "locations")
    with central.store.locked():
        central.store.remove("titles", "T0002999")   # a tombstone the reset will drop
    kiosk = Path(sys.executable).parent / "kiosk"
    done = subprocess.run([str(kiosk), "central", "reset-stream", "titles", "--data-dir",
                           str(central.app_store_path.parent)],
                          check=False, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr

    old = api.get("/streams/titles", params={"cursor": cursor})
    assert old.status_code == 410 and old.json()["error"] == "stream_reset"
    other = api.get("/streams/locations", params={"cursor": locations_cursor})
    assert other.status_code == 200            # only that stream was reset

    records, tombstones, fresh, _ = pull_all(api, "titles", limit=5000)
    assert _seq(fresh)[0] == _seq(cursor)[0] + 1
    assert tombstones == []                     # a fresh start needs no tombstones
    assert "T0002999" not in {r["id"] for r in records}
    assert len(records) == central.store.counts()["titles"]


@pytest.mark.parametrize("cursor", ["1.99999999", "0.1"])
def test_a_cursor_from_another_life_of_the_server_is_410(api, cursor):
    answer = api.get("/streams/policies", params={"cursor": cursor})
    assert answer.status_code == 410
