"""Exactly once for every act type, in every profile, whatever point the terminal
is killed at: pysip2's ACS (lists and fine lines shaped like each profile's
server), a relay that loses answers, and a fresh backend on the same journal
file for each restart, told by the outbox that the act was tried before."""
from __future__ import annotations

import importlib.util
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from kiosk.ports.backend import BackendUnavailable, Txn
from tests.peers import require_peer
from tests.sip2 import faults

PROFILES = ("generic", "koha", "evergreen", "folio")
ACTS = ("checkout", "checkin", "renew", "hold", "pay")
ANSWER = {"checkout": b"12", "checkin": b"10", "renew": b"30", "hold": b"16", "pay": b"38"}
REQUEST = {"checkout": "11", "checkin": "09", "renew": "29", "hold": "15", "pay": "37"}


@pytest.fixture(params=PROFILES)
def profile(request):
    return request.param


@pytest.fixture
def library(profile):
    require_peer(importlib.util.find_spec("pysip2") is not None,
                 "the pysip2 package (independent SIP2 server) is not installed")
    from tests.sip2.ils_server import Library
    return Library.demo(lists_titles=profile == "evergreen",
                        fine_lines={"koha": "koha", "evergreen": "evergreen"}.get(profile, "ids"))


@pytest.fixture
def site(settings, profile, tmp_path):
    """(relay, backend factory): every backend made is a terminal (re)started on the
    same journal file, behind the relay."""
    from sync.sip2.backend import Sip2Backend
    from tests.sip2.relay import Relay

    relay = Relay(settings.port)
    made = []

    def start():
        backend = Sip2Backend(replace(settings, port=relay.port, profile=profile, timeout_s=1,
                                      pickup_locations=("MAIN=Main library",)),
                              journal=tmp_path / "sip2-journal.db")
        made.append(backend)
        return backend
    yield relay, start
    for backend in made:
        backend.close()
    relay.close()


def prepare(act: str, library, backend) -> Txn:
    """The library's state before the act, and the act as the outbox holds it."""
    from tests.sip2.ils_server import Loan
    now = datetime.now(UTC)
    payload: dict = {"patron": "P0001", "item": "B0002"}
    if act in ("checkin", "renew"):
        local = datetime.now()
        library.items["B0002"].loan = Loan("P0001", local, local + timedelta(days=14))
    if act == "checkin":
        payload = {"item": "B0002", "patron": "P0001"}
    elif act == "hold":
        library.items["B0002"].loan = Loan("P0003", datetime.now(), datetime.now())
        payload = {"patron": "P0001", "title_id": "sip2:B0002", "item": "B0002",
                   "title": "Structure and Interpretation", "pickup_location": "MAIN"}
    elif act == "pay":
        fees, _ = backend.open_fees("P0002")
        payload = {"patron": "P0002", "order_id": "order-1", "fee_ids": [fees[0].id]}
    return Txn(f"txn-{act}", 1, now, act, payload)


def happened_once(act: str, library) -> bool:
    item = library.items["B0002"]
    return {"checkout": lambda: item.loan is not None and item.loan.card == "P0001",
            "checkin": lambda: item.loan is None,
            "renew": lambda: item.loan.renewals == 1,
            "hold": lambda: item.holds == ["P0001"],
            "pay": lambda: library.patrons["P0002"].fees == {}}[act]()


def sent(act: str, library) -> int:
    return [code for code, _ in library.log].count(REQUEST[act])


def holds_unsupported(act: str, profile: str) -> bool:
    return act == "hold" and profile == "evergreen"  # Evergreen's SIP2 places no holds


@pytest.mark.parametrize("act", ACTS)
def test_an_answer_lost_then_a_restart_applies_the_act_once(act, profile, library, site):
    relay, start = site
    first = start()
    txn = prepare(act, library, first)
    if holds_unsupported(act, profile):
        result = first.push([txn], timeout=1)[0]
        assert result.status == "rejected" and "places no holds" in result.message
        assert sent(act, library) == 0
        return
    relay.down = faults.lost_once(ANSWER[act])
    with pytest.raises(BackendUnavailable):
        first.push([txn], timeout=1)       # the ACS applied it; its answer never came
    assert sent(act, library) == 1 and happened_once(act, library)
    first.close()                          # kill -9: nothing but the journal file is left
    result = start().push([replace(txn, previous_attempts=1)], timeout=5)[0]
    assert result.status == "duplicate", result
    assert sent(act, library) == 1 and happened_once(act, library)


@pytest.mark.parametrize("act", ACTS)
def test_killed_before_the_act_left_it_is_sent_after_the_restart(act, profile, library,
                                                                 site):
    relay, start = site
    first = start()
    txn = prepare(act, library, first)
    if holds_unsupported(act, profile):
        return
    first.client.connect()
    relay.drop()
    relay.close()                         # the line dies as the act is about to leave
    with pytest.raises(BackendUnavailable):
        first.push([txn], timeout=1)
    assert sent(act, library) == 0
    first.close()
    relay.start()
    result = start().push([replace(txn, previous_attempts=1)], timeout=5)[0]
    assert result.status == "applied", result
    assert sent(act, library) == 1 and happened_once(act, library)


@pytest.mark.parametrize("act", ACTS)
def test_killed_after_the_answer_came_the_act_is_not_asked_about_again(act, profile,
                                                                       library, site):
    _, start = site
    first = start()
    txn = prepare(act, library, first)
    if holds_unsupported(act, profile):
        return
    applied = first.push([txn], timeout=5)[0]
    assert applied.status == "applied", applied
    first.close()                         # killed before the outbox stored the answer
    library.log.clear()
    again = start().push([replace(txn, previous_attempts=1)], timeout=5)[0]
    assert again.status == "duplicate" and again.effect == applied.effect
    assert [code for code, _ in library.log] in ([], ["93", "99"])  # nothing asked
    assert happened_once(act, library)


def test_a_renewal_to_the_same_due_date_is_not_renewed_twice(profile, library, site):
    """The ACS renews but caps the due date at what it was (the card expires then):
    after the lost answer and a restart the due date looks untouched. SIP2 shows no
    renewal count, so the terminal cannot tell; it must not renew again, and says so
    for staff."""
    relay, start = site
    first = start()
    txn = prepare("renew", library, first)
    library.due_cap = library.items["B0002"].loan.due
    relay.down = faults.lost_once(ANSWER["renew"])
    with pytest.raises(BackendUnavailable):
        first.push([txn], timeout=1)
    assert sent("renew", library) == 1 and happened_once("renew", library)
    first.close()
    result = start().push([replace(txn, previous_attempts=1)], timeout=5)[0]
    assert result.status == "conflict", result
    assert "not confirmed" in result.resolution and "check the loan" in result.resolution
    assert result.effect["due_at"]
    assert sent("renew", library) == 1 and happened_once("renew", library)


def test_a_capped_renewal_killed_before_it_left_is_sent(profile, library, site):
    """The journal knows the renewal never left: no doubt, it is sent."""
    relay, start = site
    first = start()
    txn = prepare("renew", library, first)
    library.due_cap = library.items["B0002"].loan.due
    first.client.connect()
    relay.drop()
    relay.close()
    with pytest.raises(BackendUnavailable):
        first.push([txn], timeout=1)
    first.close()
    relay.start()
    result = start().push([replace(txn, previous_attempts=1)], timeout=5)[0]
    assert result.status == "applied", result
    assert sent("renew", library) == 1 and happened_once("renew", library)


def test_killed_after_a_refusal_came_the_act_stays_refused(profile, library, site):
    """A refusal journalled but not yet in the outbox is a refusal after the restart,
    not a duplicate (which the outbox would take as done)."""
    _, start = site
    first = start()
    txn = Txn("txn-refused", 1, datetime.now(UTC), "checkout", {"patron": "P0003",
                                                                "item": "B0002"})
    refused = first.push([txn], timeout=5)[0]
    assert refused.status == "rejected", refused
    first.close()
    again = start().push([replace(txn, previous_attempts=1)], timeout=5)[0]
    assert (again.status, again.message) == ("rejected", refused.message)
    assert sent("checkout", library) == 1 and library.items["B0002"].loan is None
