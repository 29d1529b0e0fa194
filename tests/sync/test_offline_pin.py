"""Offline PIN checks (issue 16): only with a deployment secret, against a hash
keyed with it, and wrong tries that a restart does not forget.

A real centre on loopback with --offline-pin-secret-file's secret, and a terminal
configured with the same secret in a 0600 file."""
from __future__ import annotations

import pytest
from argon2 import PasswordHasher

from kiosk.app import build_terminal
from kiosk.config import ConfigError
from kiosk.domain.pins import offline_pin_input
from kiosk.services import LoginRefused
from tests.central_server import running_central
from tests.sync.terminals import terminal_config

SECRET = b"library-deployment-secret-42"
CARD = "0440000004"


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
            assert not term.replica.patron_pin_hash(CARD)     # nothing before a log-in
            assert not term.circulation.login_card(CARD, "1234").offline
            assert term.engine.sync_now().state == "online"
            keyed = term.replica.patron_pin_hash(CARD)
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
