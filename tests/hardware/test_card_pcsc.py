"""The PC/SC card reader driver against a real pcscd with the vpcd virtual reader and a
virtual card speaking vpcd's socket protocol."""
from __future__ import annotations

import pytest

import hardware
from tests.hardware.test_rfid_serial_drivers import Events
from tests.hardware.vpcd_card import ATR, VirtualCard


@pytest.fixture
def reader(pcscd):
    device = hardware.open_device("card", f"pcsc:{pcscd}", reconnect_interval=0.2)
    events = Events(device)
    device.open()
    yield device, events
    device.close()


def test_tap_gives_uid_and_atr_and_removal_is_seen(reader, pcscd):
    device, events = reader
    assert device.health().ok
    card = VirtualCard("04A1B2C3D4E5F6")
    card.insert()
    try:
        tap = events.wait_for(lambda e: isinstance(e, hardware.CardPresented))
        assert tap.uid == "04A1B2C3D4E5F6"
        assert tap.atr == ATR.hex().upper()
        assert tap.reader == pcscd
        assert bytes.fromhex("FFCA000000") in card.apdus
    finally:
        card.remove()
    gone = events.wait_for(lambda e: isinstance(e, hardware.CardRemoved))
    assert gone.uid == "04A1B2C3D4E5F6"


def test_card_pulled_during_read_is_an_error_event_and_the_next_tap_works(pcscd):
    device = hardware.open_device("card", "pcsc:Virtual PCD*", reconnect_interval=0.2)
    events = Events(device)
    device.open()
    try:
        _pull_then_tap(events)
    finally:
        device.close()


def _pull_then_tap(events):
    flaky = VirtualCard("04000000000001", pull_on_uid=True)
    flaky.insert()
    error = events.wait_for(lambda e: isinstance(e, hardware.DeviceError))
    assert error.kind == "card" and "04000000000001" not in error.detail
    assert not any(isinstance(e, hardware.CardPresented) for e in events.items)
    events.wait_for(lambda e: isinstance(e, hardware.CardRemoved))
    # the next tap goes to vpcd's second reader: vpcd itself ignores a client that connects
    # within a moment of the previous one being dropped mid-APDU
    good = VirtualCard("04000000000002", port=35964)
    good.insert()
    try:
        tap = events.wait_for(lambda e: isinstance(e, hardware.CardPresented))
        assert tap.uid == "04000000000002" and tap.reader == "Virtual PCD 00 01"
    finally:
        good.remove()


def test_no_matching_reader_is_reported_not_raised(pcscd):
    device = hardware.open_device("card", "pcsc:No Such Reader*", reconnect_interval=0.2)
    device.open()
    try:
        health = device.health()
        assert not health.ok and "No Such Reader*" in health.detail
    finally:
        device.close()
