"""A SIP2 terminal through its services: the ACS decides while it answers, the
terminal's rules (policy, offline cap, the ACS's offline_ok) hold every act that
ends offline, the first after the line drops included; a card the replica never
saw lends; holds go to the configured pickup places."""
from __future__ import annotations

import pytest

from tests.sip2.conftest import NB_DUE_DATE
from tests.sip2.ils_server import INSTITUTION, LOCATION, PASSWORD, USER, Item, Patron
from tests.sip2.relay import Relay


def build_site(tmp_path, port: int, library, *, devices: bool = False, **env):
    """(terminal, card, barcodes, env): a terminal on a demo replica, configured by
    environment as a site would, whose reader and three copies the ACS knows too;
    devices=True opens its (simulated) devices, for a window."""
    from kiosk.app import build_terminal
    from kiosk.config import load_config
    from kiosk.demo_data import demo_dataset, load_into
    from sync.replica import Replica

    env = {"KIOSK_BACKEND_KIND": "sip2", "KIOSK_SIP2_HOST": "127.0.0.1",
           "KIOSK_SIP2_PORT": str(port), "KIOSK_SIP2_USER": USER,
           "KIOSK_SIP2_PASSWORD": PASSWORD, "KIOSK_SIP2_LOCATION": LOCATION,
           "KIOSK_SIP2_INSTITUTION": INSTITUTION, "KIOSK_SIP2_TIMEOUT_S": "2",
           "KIOSK_SIP2_HEARTBEAT_S": "0", "KIOSK_BACKEND_TIMEOUT_S": "2",
           "KIOSK_SIP2_ONLINE_NB_DUE_DATE": NB_DUE_DATE,
           "KIOSK_SIP2_PICKUP_LOCATIONS": "MAIN=Main library,EAST=East branch",
           "KIOSK_DATA_DIR": str(tmp_path / "data")} | env
    config = load_config(tmp_path / "data", env=env)
    config.data_dir.mkdir(parents=True, exist_ok=True)
    replica = Replica(config.replica_path)
    load_into(replica, demo_dataset())
    (card,) = replica.conn.execute("SELECT card FROM patrons WHERE status = 'active' "
                                   "ORDER BY card LIMIT 1").fetchone()
    rows = replica.conn.execute(
        "SELECT i.barcode, t.title FROM items i JOIN titles t ON t.id = i.title_id "
        "WHERE i.status = 'available' AND i.parts = 1 "
        "AND NOT EXISTS (SELECT 1 FROM holds h WHERE h.title_id = i.title_id "
        "AND h.status IN ('pending', 'waiting')) ORDER BY i.barcode LIMIT 3").fetchall()
    replica.close()
    library.patrons[card] = Patron(card, "2468", "SIP2 Reader")
    for barcode, title in rows:
        library.items[barcode] = Item(barcode, title)
    return build_terminal(config, devices=devices), card, [barcode for barcode, _ in rows], env


@pytest.fixture
def site(tmp_path, ils, library):
    """(make, line): make(**env) builds the terminal, reaching the ACS through line."""
    line = Relay(ils)
    terminals = []

    def make(**env):
        built = build_site(tmp_path, line.port, library, **env)
        terminals.append(built[0])
        return built
    yield make, line
    for terminal in terminals:
        terminal.close()
    line.close()


def cut(line):
    line.drop()
    line.close()


def test_the_offline_cap_holds_from_the_first_act_after_the_line_drops(site, library):
    make, line = site
    terminal, card, barcodes, _ = make(KIOSK_OFFLINE_MAX_LOANS_PER_PATRON="2")
    circ = terminal.circulation
    circ.login_card(card, "2468")
    cut(line)
    results = [circ.checkout(card, barcode) for barcode in barcodes]
    assert [(r.ok, r.offline) for r in results[:2]] == [(True, True), (True, True)]
    assert not results[2].ok and results[2].refusal.code == "offline_cap"
    assert all(item.loan is None for item in library.items.values())  # nothing reached it


def test_offline_ok_n_refuses_the_first_act_after_the_line_drops(tmp_path, library):
    from tests.sip2.ils_server import serve_in_thread
    with serve_in_thread(library, offline_ok=False) as port:
        line = Relay(port)
        try:
            terminal, card, barcodes, _ = build_site(tmp_path, line.port, library)
            terminal.circulation.login_card(card, "2468")
            cut(line)
            result = terminal.circulation.checkout(card, barcodes[0])
            terminal.close()
        finally:
            line.close()
    assert not result.ok and result.refusal.code == "offline_not_allowed"


def test_the_acs_decides_what_the_replica_would_refuse(site, library):
    """The replica (stale) says the copy is on loan to someone else; the ACS has it
    on the shelf and lends. The same copy with the line down is refused by the
    terminal's own rule, because then the terminal decides."""
    make, line = site
    terminal, card, barcodes, _ = make()
    with terminal.replica.transaction():
        terminal.replica.conn.execute(
            "INSERT INTO loans (id, item_barcode, patron_card, out_at, due_at, renewals, "
            "offline) VALUES ('stale', ?, 'SOMEONE', '2026-01-01T00:00:00+00:00', "
            "'2026-01-15T00:00:00+00:00', 0, 0)", (barcodes[0],))
        terminal.replica.conn.execute(
            "INSERT INTO loans (id, item_barcode, patron_card, out_at, due_at, renewals, "
            "offline) VALUES ('stale2', ?, 'SOMEONE', '2026-01-01T00:00:00+00:00', "
            "'2026-01-15T00:00:00+00:00', 0, 0)", (barcodes[1],))
    circ = terminal.circulation
    circ.login_card(card, "2468")
    assert circ.checkout(card, barcodes[0]).ok
    assert library.items[barcodes[0]].loan.card == card
    cut(line)
    offline = circ.checkout(card, barcodes[1])
    assert not offline.ok and offline.refusal.code == "item_on_loan"
    assert library.items[barcodes[1]].loan is None


def test_a_card_never_seen_lends_by_cli(site, library, capsys, monkeypatch):
    from kiosk.cli import main
    make, _ = site
    terminal, _, barcodes, env = make()
    terminal.close()
    library.patrons["NEW0001"] = Patron("NEW0001", "1111", "New Reader")
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    code = main(["circ", "checkout", "--patron", "NEW0001", "--item", barcodes[0]])
    out = capsys.readouterr().out
    assert code == 0, out
    assert library.items[barcodes[0]].loan.card == "NEW0001" and "recorded offline" not in out


def test_a_hold_goes_to_a_configured_pickup_place(site, library):
    make, _ = site
    terminal, card, barcodes, _ = make()
    circ = terminal.circulation
    assert [(p.id, p.name_en) for p in circ.pickup_locations()] == [
        ("MAIN", "Main library"), ("EAST", "East branch")]
    title_id = terminal.replica.get_item(barcodes[0]).title_id
    library.items[barcodes[0]].loan = None
    result = circ.place_hold(card, title_id, "EAST", advance=True)
    assert result.ok, result
    (hold,) = [req for code, req in library.log if code == "15"]
    assert hold.pickup_location == "EAST" and hold.item_identifier in barcodes
    assert card in library.items[hold.item_identifier].holds


def test_a_whole_session_is_scripted_by_cli(site, library, capsys, monkeypatch):
    """Log in with a PIN, see the fees the ACS lists, pay one, place a hold, and
    borrow a copy with a rental fee the reader accepts: each a `kiosk circ` call."""
    from decimal import Decimal

    from kiosk.cli import main
    make, _ = site
    terminal, card, barcodes, env = make()
    terminal.close()
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    library.patrons[card].fees = {"F7": Decimal("12.50")}
    library.items[barcodes[1]].loan = None
    library.items[barcodes[2]].rental = Decimal("1.00")

    def kiosk(*argv) -> tuple[int, str]:
        code = main(["circ", *argv])
        captured = capsys.readouterr()
        return code, captured.out + captured.err

    assert kiosk("login", "--patron", card, "--pin", "0000")[0] == 1
    code, out = kiosk("login", "--patron", card, "--pin", "2468")
    assert code == 0 and "SIP2 Reader" in out
    code, out = kiosk("patron", card)
    assert f"sip2:{card}:F7" in out and "12.50" in out
    code, out = kiosk("pay", "--patron", card, "--pin", "2468", "--fee", f"sip2:{card}:F7",
                      "--reference", "R-1")
    assert code == 0, out
    assert library.patrons[card].fees == {}
    (fee_paid,) = [req for c, req in library.log if c == "37"]
    assert (fee_paid.fee_identifier, fee_paid.transaction_id) == ("F7", "R-1")
    code, out = kiosk("hold", "--patron", card, "--pin", "2468", "--item", barcodes[1],
                      "--pickup", "MAIN")
    assert code == 0, out
    (hold,) = [req for c, req in library.log if c == "15"]  # a copy of that title
    assert hold.item_identifier in barcodes and hold.pickup_location == "MAIN"
    assert library.items[hold.item_identifier].holds == [card]
    code, out = kiosk("checkout", "--patron", card, "--pin", "2468", "--item", barcodes[2])
    assert code == 1 and "Rental fee" in out
    code, out = kiosk("checkout", "--patron", card, "--item", barcodes[2], "--accept-fee")
    assert code == 0, out
    assert library.items[barcodes[2]].loan.card == card


def test_offline_ok_n_refuses_a_renewal_too(tmp_path, library):
    from tests.sip2.ils_server import serve_in_thread
    with serve_in_thread(library, offline_ok=False) as port:
        line = Relay(port)
        try:
            terminal, card, barcodes, _ = build_site(tmp_path, line.port, library)
            circ = terminal.circulation
            circ.login_card(card, "2468")
            assert circ.checkout(card, barcodes[0]).ok
            cut(line)
            result = circ.renew(card, barcodes[0])
            terminal.close()
        finally:
            line.close()
    assert not result.ok and result.refusal.code == "offline_not_allowed"
    assert library.items[barcodes[0]].loan.renewals == 0


def test_a_babbling_acs_leaves_a_clear_outbox_error_and_the_act(site, library):
    from tests.sip2 import faults
    make, line = site
    terminal, card, barcodes, _ = make()
    circ = terminal.circulation
    circ.login_card(card, "2468")
    line.down = faults.streams_without_cr(b"12")
    result = circ.checkout(card, barcodes[0])
    assert result.ok and result.offline                   # it stands, offline
    (entry,) = [e for e in terminal.replica.outbox.entries() if e.type == "checkout"]
    assert entry.pending and "without ending the frame" in entry.last_error
