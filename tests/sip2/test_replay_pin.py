"""An ACS that checks the patron's PIN on every checkout and renewal (FOLIO with
patronPasswordVerificationRequired; here pysip2's server with
``Library(password_required=True)``) refuses an act replayed after the line comes
back, because the terminal never stores PINs. With ``replay_needs_pin`` the
terminal lends and renews only online and refuses those acts at once while the
ACS cannot be reached; a return (no patron, no PIN) is still recorded offline."""
from __future__ import annotations

import pytest

from tests.sip2.relay import Relay
from tests.sip2.test_terminal_policy import build_site, cut


@pytest.fixture
def pin_library():
    from tests.peers import require_peer
    require_peer(__import__("importlib.util").util.find_spec("pysip2") is not None,
                 "the pysip2 package (independent SIP2 server) is not installed")
    from tests.sip2.ils_server import Library
    return Library.demo(password_required=True)


@pytest.fixture
def site(tmp_path, pin_library):
    from tests.sip2.ils_server import serve_in_thread
    terminals = []
    with serve_in_thread(pin_library) as port:
        line = Relay(port)

        def make(**env):
            built = build_site(tmp_path, line.port, pin_library,
                               KIOSK_SIP2_PROFILE="folio", **env)
            terminals.append(built[0])
            return built
        yield make, line
        for terminal in terminals:
            terminal.close()
        line.close()


def test_replay_needs_pin_refuses_offline_loans_at_once(site, pin_library):
    make, line = site
    terminal, card, barcodes, _ = make(KIOSK_SIP2_REPLAY_NEEDS_PIN="true")
    circ = terminal.circulation
    circ.login_card(card, "2468")
    assert circ.checkout(card, barcodes[0]).ok                # online: the PIN goes along
    assert pin_library.items[barcodes[0]].loan.card == card
    cut(line)
    lent = circ.checkout(card, barcodes[1])
    assert not lent.ok and lent.refusal.code == "offline_not_allowed"
    renewed = circ.renew(card, barcodes[0])
    assert not renewed.ok and renewed.refusal.code == "offline_not_allowed"
    returned = circ.checkin(barcodes[0])
    assert returned.ok and returned.offline                   # a return needs no PIN
    assert not [e for e in terminal.replica.outbox.entries()
                if e.type in ("checkout", "renew") and e.pending]


def test_without_it_an_offline_loan_is_recorded_and_then_rejected(site, pin_library):
    """Why the setting exists: the same ACS refuses the replay (no PIN)."""
    from kiosk.app import build_terminal
    from kiosk.config import load_config
    make, line = site
    terminal, card, barcodes, env = make()
    circ = terminal.circulation
    circ.login_card(card, "2468")
    cut(line)
    lent = circ.checkout(card, barcodes[1])
    assert lent.ok and lent.offline
    terminal.close()                      # a restart: the PIN was only ever in memory
    terminal = build_terminal(load_config(env["KIOSK_DATA_DIR"], env=env))
    line.start()
    try:
        terminal.engine.push_pending(timeout=5)
        entries = terminal.replica.outbox.entries()
    finally:
        terminal.close()
    (entry,) = [e for e in entries if e.type == "checkout"]
    assert entry.state == "rejected" and "Wrong PIN" in entry.result["message"]
    assert pin_library.items[barcodes[1]].loan is None
