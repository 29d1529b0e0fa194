"""A terminal configured with backend = "sip2" does a whole visit through its services:
log in with card and PIN, borrow, renew and return, against pysip2's server."""
from __future__ import annotations

import pytest

from tests.sip2.conftest import NB_DUE_DATE
from tests.sip2.ils_server import INSTITUTION, LOCATION, PASSWORD, USER, Item, Patron


@pytest.fixture
def sip2_terminal(tmp_path, ils, library):
    from kiosk.app import build_terminal
    from kiosk.config import load_config
    from kiosk.demo_data import demo_dataset, load_into
    from sync.replica import Replica

    env = {"KIOSK_BACKEND_KIND": "sip2", "KIOSK_SIP2_HOST": "127.0.0.1",
           "KIOSK_SIP2_PORT": str(ils), "KIOSK_SIP2_USER": USER,
           "KIOSK_SIP2_PASSWORD": PASSWORD, "KIOSK_SIP2_LOCATION": LOCATION,
           "KIOSK_SIP2_INSTITUTION": INSTITUTION, "KIOSK_SIP2_ONLINE_NB_DUE_DATE": NB_DUE_DATE}
    config = load_config(tmp_path / "data", env=env)
    config.data_dir.mkdir(parents=True, exist_ok=True)
    replica = Replica(config.replica_path)  # the bulk import a SIP2 site starts from
    load_into(replica, demo_dataset())
    (card,) = replica.conn.execute("SELECT card FROM patrons WHERE status = 'active' "
                                   "ORDER BY card LIMIT 1").fetchone()
    barcode, title = replica.conn.execute(
        "SELECT i.barcode, t.title FROM items i JOIN titles t ON t.id = i.title_id "
        "WHERE i.status = 'available' AND i.parts = 1 AND NOT EXISTS (SELECT 1 FROM holds h "
        "WHERE h.title_id = i.title_id AND h.status IN ('pending', 'waiting')) "
        "ORDER BY i.barcode LIMIT 1").fetchone()
    replica.close()
    library.patrons[card] = Patron(card, "2468", "SIP2 Reader")
    library.items[barcode] = Item(barcode, title)
    terminal = build_terminal(config)
    yield terminal, card, barcode
    terminal.close()


def test_log_in_borrow_renew_and_return(sip2_terminal, library):
    terminal, card, barcode = sip2_terminal
    circ = terminal.circulation
    session = circ.login_card(card, "2468")
    assert session.name == "SIP2 Reader" and not session.offline
    out = circ.checkout(card, barcode)
    assert out.ok, out
    loan = library.items[barcode].loan
    assert loan.card == card and out.due_at.date() == loan.due.date()
    renewed = circ.renew(card, barcode)
    assert renewed.ok, renewed
    assert library.items[barcode].loan.renewals == 1
    back = circ.checkin(barcode)
    assert back.ok, back
    assert library.items[barcode].loan is None
    codes = [code for code, req in library.log
             if getattr(req, "item_identifier", None) == barcode]
    assert codes == ["11", "17", "29", "09"]  # 17: the due date before renewing, journalled
