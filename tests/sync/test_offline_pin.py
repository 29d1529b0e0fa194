"""Offline PIN checks (issue 16): only with a deployment secret, against a hash
keyed with it, and wrong tries that a restart does not forget.

A real centre on loopback with --offline-pin-secret-file's secret, and a terminal
configured with the same secret in a 0600 file."""
from __future__ import annotations

import pytest
import requests
from argon2 import PasswordHasher

from kiosk.app import build_terminal
from kiosk.config import ConfigError
from kiosk.domain.card_keys import card_key
from kiosk.domain.pins import offline_pin_input
from kiosk.services import LoginRefused
from tests.central_server import running_central
from tests.sync.terminals import terminal_config

SECRET = b"library-deployment-secret-42"
CARD = "0440000004"
KEY = card_key(SECRET, CARD)        # the terminal's name of the card (kiosk.domain.card_keys)


def test_offline_pin_log_in_uses_the_keyed_hash_and_remembers_wrong_tries(tmp_path):
    secret_file = tmp_path / "pin-secret"
    secret_file.write_bytes(SECRET)
    secret_file.chmod(0o600)
    env = {"KIOSK_OFFLINE_REPLICATE_PIN_HASHES": "true",
           "KIOSK_OFFLINE_PIN_SECRET_FILE": str(secret_file)}
    with running_central(tmp_path, demo=True, offline_pin_secret=SECRET) as central:
        cfg = terminal_config(tmp_path, central, "t1", **env)
        term = build_terminal(cfg)
        try:
            assert term.engine.sync_now().state == "online"
            assert not term.replica.patron_pin_hash(KEY)     # nothing before a log-in
            assert not term.circulation.login_card(CARD, "1234").offline
            assert term.engine.sync_now().state == "online"
            keyed = term.replica.patron_pin_hash(KEY)
            assert PasswordHasher().verify(keyed, offline_pin_input(SECRET, CARD, "1234"))
            central.stop()
            assert term.circulation.login_card(CARD, "1234").offline
            for left in (4, 3):
                with pytest.raises(LoginRefused) as wrong:
                    term.circulation.login_card(CARD, "0000")
                assert wrong.value.refusal.params == {"left": left}
        finally:
            term.close()
        again = build_terminal(cfg)                # a restart remembers the wrong tries
        try:
            with pytest.raises(LoginRefused) as wrong:
                again.circulation.login_card(CARD, "0000")
            assert wrong.value.refusal.params == {"left": 2}
        finally:
            again.close()


def test_replicating_pin_hashes_needs_the_secret(tmp_path):
    with running_central(tmp_path, demo=True) as central, \
            pytest.raises(ConfigError, match="pin_secret_file"):
        terminal_config(tmp_path, central, "t1", KIOSK_OFFLINE_REPLICATE_PIN_HASHES="true")


def _secret_env(tmp_path) -> dict:
    secret_file = tmp_path / "pin-secret"
    secret_file.write_bytes(SECRET)
    secret_file.chmod(0o600)
    return {"KIOSK_OFFLINE_REPLICATE_PIN_HASHES": "true",
            "KIOSK_OFFLINE_PIN_SECRET_FILE": str(secret_file)}


def test_wrong_pins_typed_offline_lock_the_card_at_the_centre(tmp_path):
    """Five wrong PINs at a terminal cut off from the centre reach it with the next
    push: the centre then refuses the card even with its right PIN."""
    with running_central(tmp_path, demo=True, offline_pin_secret=SECRET) as central:
        term = build_terminal(terminal_config(tmp_path, central, "t1", **_secret_env(tmp_path)))
        try:
            assert not term.circulation.login_card(CARD, "1234").offline   # keys the hash
            assert term.engine.sync_now().state == "online"
            central.stop()
            for _ in range(5):
                with pytest.raises(LoginRefused) as wrong:
                    term.circulation.login_card(CARD, "0000")
                assert wrong.value.refusal.code == "pin_wrong"
            central.start()
            assert term.engine.sync_now().state == "online"
            pushed = central.store.rows("SELECT status FROM txns WHERE type = 'pin_failed'")
            assert [row["status"] for row in pushed] == ["applied"] * 5
            with pytest.raises(LoginRefused) as locked:
                term.circulation.login_card(CARD, "1234")       # online, the right PIN
            assert locked.value.refusal.code == "pin_locked"
            other = requests.post(central.api + "/auth", json={"card": CARD, "pin": "1234"},
                                  headers=central.headers(central.enrol("t2")["token"]),
                                  timeout=10)
            assert other.status_code == 423 and other.json()["error"] == "pin_locked"
        finally:
            term.close()


def test_a_card_locked_at_the_centre_is_locked_offline_after_a_pull(tmp_path):
    """Wrong PINs typed elsewhere lock a card at the centre; the terminal's next pull
    carries the lock, and offline it refuses the right PIN with the words it uses."""
    card = "0440000006"
    with running_central(tmp_path, demo=True, offline_pin_secret=SECRET) as central:
        term = build_terminal(terminal_config(tmp_path, central, "t1", **_secret_env(tmp_path)))
        try:
            for each in (card, "0440000004"):
                assert not term.circulation.login_card(each, "1234").offline
            assert term.engine.sync_now().state == "online"
            elsewhere = central.headers(central.enrol("t2")["token"])
            answers = [requests.post(central.api + "/auth", json={"card": card, "pin": "9999"},
                                     headers=elsewhere, timeout=10).status_code
                       for _ in range(5)]
            assert answers == [401, 401, 401, 401, 423]
            assert term.engine.sync_now().state == "online"
            central.stop()
            with pytest.raises(LoginRefused) as locked:
                term.circulation.login_card(card, "1234")       # offline, the right PIN
            refusal = locked.value.refusal
            assert refusal.code == "pin_locked" and refusal.params == {"minutes": 1}
            assert refusal.message("en") == ("Too many wrong PINs. Try again in 1 minutes "
                                             "or ask at the desk.")
            assert term.circulation.login_card("0440000004", "1234").offline  # others log in
        finally:
            term.close()
