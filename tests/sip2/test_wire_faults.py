"""The client against a misbehaving line or ACS (pysip2's answers, rewritten by
tests/sip2/faults.py): every fault ends the exchange within its deadline with a
clear error, and a fault the protocol can repair (97) is repaired."""
from __future__ import annotations

import threading
from dataclasses import replace

import pytest

from sync.sip2.client import Sip2Client, Sip2Timeout
from sync.sip2.codec import make
from tests.sip2 import faults
from tests.sip2.relay import Relay

ITEM_INFO = make("17", {"AO": "TESTLIB", "AB": "B0001", "AC": ""},
                 transaction_date="20260101    120000")


@pytest.fixture
def line(settings):
    """A connected client behind a relay whose faults the test picks."""
    made = []

    def build(timeout_s: float = 1.0, **faulty):
        relay = Relay(settings.port, **faulty)
        client = Sip2Client(replace(settings, port=relay.port, timeout_s=timeout_s,
                                    resend_limit=2))
        client.connect()
        made.append((relay, client))
        return relay, client
    yield build
    for relay, client in made:
        client.close()
        relay.close()


def finishes(call, *args) -> BaseException | object:
    """Run ``call`` in a thread; its result or exception. A hang fails the test
    (a generous bound, far beyond the 1 s deadline under test)."""
    outcome: list = []

    def run():
        try:
            outcome.append(call(*args))
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            outcome.append(exc)
    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(60)
    assert outcome, "the client hung: no deadline ended the exchange"
    return outcome[0]


@pytest.mark.parametrize("fault", [faults.streams_without_cr(b"18"), faults.drips(b"18"),
                                   faults.floods_wrong_sequence(b"18")],
                         ids=["streams-without-cr", "drips", "floods-wrong-sequence"])
def test_a_babbling_server_cannot_hold_the_client(line, fault):
    _, client = line(down=fault)
    outcome = finishes(client.request, ITEM_INFO)
    assert isinstance(outcome, Sip2Timeout), outcome
    assert not client.connected  # the connection is dropped, the next request starts clean
    assert ("without ending the frame" in str(outcome) or "within 1 s" in str(outcome))


@pytest.mark.parametrize("keep", [0, 3, 5])
def test_an_answer_cut_before_its_checksum_is_not_taken(line, keep):
    relay, client = line(down=faults.truncated(b"18", keep))
    outcome = finishes(client.request, ITEM_INFO)
    assert isinstance(outcome, Sip2Timeout) and "no clean answer" in str(outcome)
    assert sum(f.startswith(b"97") for f in relay.frames_up) == 2  # asked again, limited


def test_without_error_detection_a_plain_answer_is_taken(settings):
    client = Sip2Client(replace(settings, error_detection=False))
    client.connect()
    try:
        assert client.request(ITEM_INFO).get("AJ") == "三体"
    finally:
        client.close()


def test_evergreens_answer_to_97_with_ay0_is_taken(line):
    relay, client = line(down=faults.damaged_once(b"18"))
    relay.reply = faults.EvergreenResend(relay.frames_down)
    outcome = finishes(client.request, ITEM_INFO)
    assert not isinstance(outcome, BaseException), outcome
    assert outcome.code == "18" and outcome.get("AJ") == "三体" and outcome.sequence == 0
    assert any(f.startswith(b"97") for f in relay.frames_up)


def test_after_a_fault_the_next_request_reconnects(line, library):
    relay, client = line(down=faults.truncated(b"18"))
    assert isinstance(finishes(client.request, ITEM_INFO), Sip2Timeout)
    relay.down = lambda frame: frame
    library.log.clear()
    assert client.request(ITEM_INFO).get("AJ") == "三体"
    assert [code for code, _ in library.log] == ["93", "17"]
