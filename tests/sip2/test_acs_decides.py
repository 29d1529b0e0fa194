"""The ACS decides: PINs need its CQ, status bits refuse one by one, its fees are
shown and paid by its own ids, its 98 flags and fee acknowledgement are honoured,
and the terminal sends what the site configured (AP, nb due date, encodings)."""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal

import pytest

from kiosk.ports.backend import Refused, Txn
from tests.sip2 import faults
from tests.sip2.ils_server import LOCATION
from tests.sip2.relay import Relay


@pytest.fixture
def behind(settings):
    """A started backend whose answers pass a relay with the given faults."""
    from sync.sip2.backend import Sip2Backend
    made = []

    def build(*, down=None, up=None, **changes):
        relay = Relay(settings.port, down=down, up=up)
        backend = Sip2Backend(replace(settings, port=relay.port, **changes))
        backend.start()
        made.append((relay, backend))
        return relay, backend
    yield build
    for relay, backend in made:
        backend.close()
        relay.close()


def test_no_cq_means_the_pin_was_not_checked(behind):
    _, backend = behind(down=faults.without_field(b"24", b"CQ"))
    with pytest.raises(Refused) as refused:
        backend.authenticate("P0001", "9999", timeout=5)
    assert refused.value.reason == "pin_wrong"
    with pytest.raises(Refused):
        backend.authenticate("P0001", "1234", timeout=5)  # not even the right one: unchecked


def test_a_site_may_trust_an_acs_that_never_sends_cq(behind):
    _, backend = behind(down=faults.without_field(b"24", b"CQ"), accept_missing_cq=True)
    assert backend.authenticate("P0001", "1234", timeout=5)["card"] == "P0001"


@pytest.mark.parametrize("bits, blocks", [
    ("  Y           ", ()),                                   # Evergreen: recall denied
    (" Y Y          ", ()),                                   # renewal and hold denied
    ("Y             ", ("charge privileges denied",)),
    ("          Y   ", ("excessive outstanding fines",)),
])
def test_status_bits_block_lending_one_by_one(backend, library, bits, blocks):
    library.patrons["P0001"].status = bits
    patron = backend.check_patron("P0001", "1234")
    assert patron.blocks == blocks  # what the replica keeps: the domain refuses on these
    if not blocks:
        assert patron.status.value == "active" and backend.checkout("P0001", "B0001").ok


def test_a_card_reported_lost_cannot_log_in(backend, library):
    library.patrons["P0001"].status = "    Y         "
    assert backend.check_patron("P0001", "1234").code == "card_lost"


def test_fees_owed_without_fine_lines_are_shown(settings):
    from sync.sip2.backend import Sip2Backend
    from tests.sip2.ils_server import Library, serve_in_thread
    library = Library.demo(fine_lines="none")
    library.patrons["P0002"].fees = {"F1": Decimal("12.50")}
    with serve_in_thread(library) as port:
        backend = Sip2Backend(replace(settings, port=port))
        account = backend.patron_info("P0002", timeout=5)
        backend.close()
    assert [f["amount_fen"] for f in account["fees"]] == [1250]


@pytest.mark.parametrize("lines, sent_id", [("ids", "F1"), ("koha", None),
                                             ("evergreen", None)])
def test_a_fee_is_paid_by_the_id_the_acs_gave(settings, lines, sent_id):
    from sync.sip2.backend import Sip2Backend
    from tests.sip2.ils_server import Library, serve_in_thread
    library = Library.demo(fine_lines=lines)
    library.patrons["P0002"].fees = {"F0": Decimal("1.00"), "F1": Decimal("2.50")}
    with serve_in_thread(library) as port:
        backend = Sip2Backend(replace(settings, port=port))
        fees = backend.patron_info("P0002", timeout=5)["fees"]
        assert [f["amount_fen"] for f in fees] == [100, 250]
        second = fees[1]["id"]
        pay = Txn("p1", 1, datetime.now(UTC), "pay",
                  {"patron": "P0002", "order_id": "o1", "fee_ids": [second]})
        result = backend.push([pay], timeout=5)[0]
        backend.close()
    paid = [req for code, req in library.log if code == "37"]
    assert [r.fee_identifier for r in paid] == [sent_id]
    if sent_id:  # the ACS's own id: exactly that fee is paid
        assert result.status == "applied" and library.patrons["P0002"].fees == {
            "F0": Decimal("1.00")}
    else:  # no id to send: the ACS applies the amount to the oldest fee, and refuses
        assert paid[0].fee_amount == "2.50"  # more than it, as this one does


def test_checkout_ok_n_refuses_lending_and_sends_nothing(behind, library):
    _, backend = behind(down=faults.acs_status(checkout_ok="N"))
    txns = [Txn("c1", 1, datetime.now(UTC), "checkout", {"patron": "P0001", "item": "B0001"}),
            Txn("c2", 2, datetime.now(UTC), "checkin", {"item": "B0001"})]
    out, back = backend.push(txns, timeout=5)
    assert out.status == "rejected" and "checkout_ok = N" in out.message
    assert back.status == "rejected" and "Not on loan" in back.message  # checkin still asked
    assert "11" not in [code for code, _ in library.log]


def test_checkin_ok_n_refuses_returns(behind, library):
    _, backend = behind(down=faults.acs_status(checkin_ok="N"))
    result = backend.push([Txn("r1", 1, datetime.now(UTC), "checkin", {"item": "B0001"})],
                          timeout=5)[0]
    assert result.status == "rejected" and "checkin_ok = N" in result.message
    assert "09" not in [code for code, _ in library.log]


def test_a_rental_fee_is_lent_once_the_reader_accepts_it(backend, library):
    library.items["B0003"].rental = Decimal("1.00")
    first = backend.checkout("P0001", "B0003")
    assert not first.ok and first.fee_fen == 100 and "Rental fee" in first.screen[0]
    accepted = Txn("f1", 1, datetime.now(UTC), "checkout",
                   {"patron": "P0001", "item": "B0003", "fee_acknowledged": True})
    assert backend.push([accepted], timeout=5)[0].status == "applied"
    requests = [req for code, req in library.log if code == "11"]
    assert [r.fee_acknowledged for r in requests] == [None, "Y"]
    assert library.items["B0003"].loan.card == "P0001"


def test_checkin_sends_its_own_ap_and_online_acts_no_nb_due_date(behind, library):
    blank = b" " * 18

    def strict_server_reads(frame: bytes) -> bytes:
        """pysip2 insists on a date: give it one after recording what was sent."""
        if frame.startswith(b"11") and frame[22:40] == blank:
            return faults.with_sequence(frame[:22] + frame[4:22] + frame[40:],
                                        faults._sequence_of(frame))
        return frame
    relay, backend = behind(up=strict_server_reads, checkin_location="RETURNS",
                            online_nb_due_date="blank")
    assert backend.checkout("P0001", "B0001").ok
    assert backend.checkin("B0001").ok
    (checkout,) = [f for f in relay.frames_up if f.startswith(b"11")]
    assert checkout[22:40] == blank
    (checkin,) = [req for code, req in library.log if code == "09"]
    assert checkin.current_location == "RETURNS"
    login = next(req for code, req in library.log if code == "93")
    assert login.location_code == LOCATION  # CP stays the login location


def test_cp850_is_spoken_end_to_end(settings, library):
    from sync.sip2.backend import Sip2Backend
    from tests.sip2.ils_server import serve_in_thread
    library.patrons["P0001"].name = "Jürgen Müller"
    with serve_in_thread(library, encoding="cp850") as port:
        backend = Sip2Backend(replace(settings, port=port, encoding="cp850"))
        assert backend.authenticate("P0001", "1234", timeout=5)["name"] == "Jürgen Müller"
        backend.close()


@pytest.mark.parametrize("encoding", ["cp850", "ascii", "utf-8", "gb18030", "latin-1"])
def test_the_config_takes_every_documented_encoding(tmp_path, encoding):
    from kiosk.config import load_config
    config = load_config(tmp_path, env={"KIOSK_SIP2_ENCODING": encoding,
                                        "KIOSK_SIP2_CHECKIN_LOCATION": "RETURNS",
                                        "KIOSK_SIP2_PICKUP_LOCATIONS": "MAIN=Main,EAST=East"})
    assert config.sip2.encoding == encoding and config.sip2.checkin_location == "RETURNS"
    from sync.sip2.settings import Sip2Settings
    assert Sip2Settings.from_mapping(config.sip2).pickup_places == {"MAIN": "Main",
                                                                    "EAST": "East"}


def test_a_site_may_hold_by_title(behind, library):
    _, backend = behind(hold_by="title", pickup_locations=("MAIN=Main library",))
    txn = Txn("h1", 1, datetime.now(UTC), "hold",
              {"patron": "P0001", "title_id": "T9", "item": "B0002",
               "title": "Structure and Interpretation", "pickup_location": "MAIN"})
    assert backend.push([txn], timeout=5)[0].status == "applied"
    (hold,) = [req for code, req in library.log if code == "15"]
    assert (hold.item_identifier, hold.title_identifier) == (None, "Structure and Interpretation")
    assert library.items["B0002"].holds == ["P0001"]


def test_a_pickup_place_not_configured_is_refused_not_sent(behind, library):
    _, backend = behind(pickup_locations=("MAIN=Main library",))
    txn = Txn("h2", 1, datetime.now(UTC), "hold",
              {"patron": "P0001", "title_id": "T9", "item": "B0002", "pickup_location": "X"})
    result = backend.push([txn], timeout=5)[0]
    assert result.status == "rejected" and "pickup_locations" in result.message
    assert "15" not in [code for code, _ in library.log]


@pytest.mark.parametrize("profile, sent", [("koha", "1234"), ("folio", "1234"),
                                           ("generic", None), ("evergreen", None)])
def test_the_pin_goes_again_with_circulation_where_the_profile_wants_it(behind, library,
                                                                         profile, sent):
    _, backend = behind(profile=profile)
    backend.authenticate("P0001", "1234", timeout=5)
    txns = [Txn("k1", 1, datetime.now(UTC), "checkout", {"patron": "P0001", "item": "B0001"}),
            Txn("k2", 2, datetime.now(UTC), "renew", {"patron": "P0001", "item": "B0001"})]
    assert [r.status for r in backend.push(txns, timeout=5)] == ["applied", "applied"]
    circulation = [req for code, req in library.log if code in ("11", "29")]
    assert [req.patron_password for req in circulation] == [sent, sent]
    stranger = Txn("k3", 3, datetime.now(UTC), "checkout", {"patron": "P0002", "item": "B0003"})
    backend.push([stranger], timeout=5)  # no log-in of P0002 here: no PIN to send
    assert [req for code, req in library.log if code == "11"][-1].patron_password is None
