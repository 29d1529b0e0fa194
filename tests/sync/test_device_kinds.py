"""Terminals receive only what their readers' flows need (issue 16): a device is a
terminal or a desk from its enrolment; a terminal's replica holds no staff notes
and no chip UID in clear, and readers still log in there by tap and by card.

A real centre on loopback, devices enrolled through POST /enrol (kiosk enrol's
own function), real replica files read back with sqlite3 and as bytes."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import requests

from kiosk.app import build_desk, build_terminal
from kiosk.cli import main
from kiosk.cli.enrol import enrol
from kiosk.config import load_config
from kiosk.domain.card_keys import card_key
from kiosk.services import LoginRefused
from tests.central_server import running_central

SECRET = b"library-deployment-secret-42"
NOTED = "0440000005"        # a demo reader with a staff note
TAPPED = ("04a1b2c3", "0440000001")     # a demo chip UID (as a reader reads it) and its card


def _enrolled(tmp_path: Path, central, name: str, kind: str, **env: str):
    """A data dir enrolled with a code the administrator made for `kind`."""
    data = tmp_path / name
    code = central.store.create_device(name, "SZL", kind)["code"]
    answer = enrol(data, data / "kiosk.toml", central.url, code, name, kind=kind)
    assert answer["kind"] == kind and "token" not in answer
    return load_config(data, env={"KIOSK_BACKEND_TIMEOUT_S": "2", **env})


def _file_bytes(config) -> bytes:
    path = Path(config.replica_path)
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())


def _secret_file(tmp_path: Path) -> str:
    path = tmp_path / "deployment-secret"
    path.write_bytes(SECRET)
    path.chmod(0o600)
    return str(path)


def test_a_terminal_holds_no_notes_and_no_chip_uid_and_readers_still_log_in(tmp_path):
    with running_central(tmp_path, demo=True, offline_pin_secret=SECRET) as central:
        uids = [r["uid"] for r in central.store.rows("SELECT uid FROM patron_cards")]
        notes = [r["notes"] for r in central.store.rows(
            "SELECT notes FROM patrons WHERE notes != ''")]
        assert uids and notes
        term_cfg = _enrolled(tmp_path, central, "kiosk-1", "terminal",
                             KIOSK_OFFLINE_PIN_SECRET_FILE=_secret_file(tmp_path),
                             KIOSK_OFFLINE_REPLICATE_PIN_HASHES="true")
        desk_cfg = _enrolled(tmp_path, central, "desk-1", "desk")
        term = build_terminal(term_cfg)
        desk, _ = build_desk(desk_cfg, devices=False)
        try:
            assert term.engine.sync_now().state == "online"
            assert desk.engine.sync_now().state == "online"

            # the desk: notes and UIDs as they are
            assert desk.replica.get_patron(NOTED).notes
            assert desk.replica.card_for_uid(TAPPED[0]) == TAPPED[1]

            # the terminal's file, read as it lies on the disk
            with sqlite3.connect(term_cfg.replica_path) as db:
                assert db.execute("SELECT count(*) FROM patrons").fetchone()[0] > 200
                assert db.execute("SELECT count(*) FROM patrons WHERE notes != ''"
                                  ).fetchone()[0] == 0
                held = [r[0] for r in db.execute("SELECT uid FROM patron_cards")]
            assert len(held) == len(uids) and not set(held) & set(uids)
            raw = _file_bytes(term_cfg)
            # (an all-digit UID may occur inside other numbers: those are checked above)
            assert not [uid for uid in uids if not uid.isdigit() and uid.encode() in raw]
            assert not [note for note in notes if note.encode() in raw]

            # readers log in at the terminal: online by tap and by card with the PIN
            assert not term.circulation.login_uid(TAPPED[0]).offline
            # (the terminal names the reader by the card's key: tests/sync/test_card_keys.py)
            assert term.circulation.login_uid(TAPPED[0]).card == card_key(SECRET, TAPPED[1])
            assert not term.circulation.login_card(TAPPED[1], "1234").offline
            assert term.engine.sync_now().state == "online"
            assert not _file_bytes(term_cfg).count(TAPPED[0].upper().encode())
            central.stop()
            assert term.engine.sync_now().state == "offline"
            # and offline: the tap, the card with its PIN, a presented card
            tapped = term.circulation.login_uid(TAPPED[0].upper())
            assert tapped.offline and tapped.card == card_key(SECRET, TAPPED[1])
            assert term.circulation.login_card(TAPPED[1], "1234").offline
            assert term.circulation.login_card("0440000004", None).offline
            with pytest.raises(LoginRefused) as unknown:
                term.circulation.login_uid("DEADBEEF")
            assert unknown.value.refusal.code == "patron_unknown"
        finally:
            term.close()
            desk.close()


def test_without_a_deployment_secret_a_terminal_holds_no_uids_and_asks_the_centre(tmp_path):
    with running_central(tmp_path, demo=True) as central:
        cfg = _enrolled(tmp_path, central, "kiosk-1", "terminal")
        term = build_terminal(cfg)
        try:
            assert term.engine.sync_now().state == "online"
            with sqlite3.connect(cfg.replica_path) as db:
                assert db.execute("SELECT count(*) FROM patron_cards").fetchone()[0] == 0
            assert term.circulation.login_uid(TAPPED[0]).card == TAPPED[1]   # online
            central.stop()
            assert term.engine.sync_now().state == "offline"
            with pytest.raises(LoginRefused) as offline:      # the tap needs the centre
                term.circulation.login_uid(TAPPED[0])
            assert offline.value.refusal.code == "patron_unknown"
            assert term.circulation.login_card(TAPPED[1], None).offline   # the number works
        finally:
            term.close()


def test_a_code_enrols_only_the_kind_it_was_made_for(tmp_path, capsys):
    """The administrator's `kiosk central enrol --kind desk` makes a desk's code; `kiosk
    enrol` (a terminal) is refused it and leaves it unused for the desk."""
    with running_central(tmp_path, demo=True) as central:
        centre_dir = str(central.app_store_path.parent)
        assert main(["central", "--data-dir", centre_dir, "enrol", "desk-2", "--kind", "desk"]) == 0
        printed = capsys.readouterr().out
        assert "a desk" in printed
        code = printed.split("enrolment code:")[1].split()[0]
        assert main(["--data-dir", str(tmp_path / "t"), "enrol", "--central", central.url,
                     "--code", code]) == 1
        assert "is for a desk, not a terminal" in capsys.readouterr().err
        answer = enrol(tmp_path / "d", tmp_path / "d" / "kiosk.toml", central.url, code, "d",
                       kind="desk")                  # the code was not used up
        assert answer["kind"] == "desk"
        fleet = {d["name"]: d["kind"] for d in requests.get(
            central.api + "/fleet", headers=central.headers(), timeout=10).json()}
        assert fleet["d"] == "desk" and fleet["test-terminal"] == "terminal"


def test_a_desk_enrolled_before_kinds_is_made_one_and_keeps_its_token(tmp_path, capsys):
    with running_central(tmp_path, demo=True) as central:
        old_desk = central.enrol("desk from last year")     # every old device is a terminal
        headers = central.headers(old_desk["token"])

        def note() -> str:
            return requests.get(central.api + f"/patrons/{NOTED}", headers=headers,
                                timeout=10).json()["patron"]["notes"]

        assert note() == ""
        centre_dir = str(central.app_store_path.parent)
        assert main(["central", "--data-dir", centre_dir, "set-kind", old_desk["device_id"],
                     "desk"]) == 0
        assert "is now a desk" in capsys.readouterr().out
        assert note()
        assert main(["central", "--data-dir", centre_dir, "set-kind", "D-NONE", "desk"]) == 1
