"""Each serial RFID driver against an emulator of its protocol (frames and CRCs as the
protocol describes them), through pyserial's socket:// transport."""
from __future__ import annotations

import threading

import pytest

import hardware
from hardware.drivers.virtual_tags import make_tag
from tests.hardware.rfid_emulators import FeigEmulator, M3M810Emulator

DRIVERS = {"3m810": M3M810Emulator, "feig": FeigEmulator}


@pytest.fixture(params=sorted(DRIVERS))
def rig(request):
    emulator = DRIVERS[request.param]()
    device = hardware.open_device("rfid", f"serial:{emulator.url}?driver={request.param}",
                                  poll_interval=0.05, reconnect_interval=0.05,
                                  afi_on_loan=0xC2, afi_in_library=0x07)
    yield emulator, device
    device.close()
    emulator.unplug()


def _stack(emulator, n=12):
    return [emulator.field.place(make_tag(f"3101{i:04d}", "CN-110108-H")) for i in range(n)]


def test_inventory_sees_a_stack_of_twelve_tags_with_their_data(rig):
    emulator, device = rig
    placed = _stack(emulator)
    tags = device.inventory()
    assert sorted(t.uid for t in tags) == sorted(t.uid for t in placed)
    assert sorted(t.data.item_id for t in tags) == [f"3101{i:04d}" for i in range(12)]
    assert {t.data.owner_library for t in tags} == {"CN-110108-H"}
    assert emulator.bad_frames == 0


def test_write_is_read_back_and_security_switches_the_afi(rig):
    emulator, device = rig
    tag = _stack(emulator, 1)[0]
    new = hardware.rfid.iso28560_2.encode(
        hardware.rfid.TagData("iso28560-2", "99887766", "CN-1", part=2, parts=3))
    written = device.write_tag(tag.uid, new)
    assert written.data.item_id == "99887766" and (written.data.part, written.data.parts) == (2, 3)
    assert bytes(emulator.field.get(tag.uid).memory[:len(new)]) == new

    assert device.set_security(tag.uid, on_loan=True).afi == 0xC2
    assert emulator.field.get(tag.uid).afi == 0xC2
    assert device.set_security(tag.uid, on_loan=False).afi == 0x07
    assert emulator.field.get(tag.uid).afi == 0x07


def test_tag_leaving_mid_write_and_write_that_does_not_stick(rig):
    emulator, device = rig
    a, b = _stack(emulator, 2)
    emulator.field.inject(a.uid, "leave_on_write")
    with pytest.raises(hardware.TagGone):
        device.set_security(a.uid, on_loan=True)
    emulator.field.inject(b.uid, "no_verify")
    with pytest.raises(hardware.WriteVerifyFailed, match=b.uid):
        device.set_security(b.uid, on_loan=True)
    emulator.field.inject(b.uid, "no_verify")
    with pytest.raises(hardware.WriteVerifyFailed):
        device.write_tag(b.uid, b"\x11\x01\x05" + bytes(13))


def test_corrupted_answer_is_a_protocol_error_not_data(rig):
    emulator, device = rig
    _stack(emulator, 1)
    device.connect()
    emulator.corrupt_next = True
    with pytest.raises(hardware.ProtocolError, match="CRC"):
        device.inventory()


class Events:
    def __init__(self, device):
        self.items, self.cond = [], threading.Condition()
        device.subscribe(self.add)

    def add(self, event):
        with self.cond:
            self.items.append(event)
            self.cond.notify_all()

    def wait_for(self, predicate, timeout=10):
        with self.cond:
            assert self.cond.wait_for(lambda: any(predicate(e) for e in self.items), timeout), \
                f"no matching event in {self.items}"
            return next(e for e in self.items if predicate(e))


def test_pad_events_name_the_missing_part_and_replug_is_found_again(rig):
    emulator, device = rig
    events = Events(device)
    device.open()
    book = emulator.field.place(make_tag("55501", "CN-1", part=1, parts=2))
    first = events.wait_for(lambda e: isinstance(e, hardware.TagsChanged))
    assert first.added == (book.uid,)
    assert first.missing_parts[0].item_id == "55501" and first.missing_parts[0].missing == (2,)

    cd = emulator.field.place(make_tag("55501", "CN-1", part=2, parts=2))
    both = events.wait_for(lambda e: isinstance(e, hardware.TagsChanged) and len(e.tags) == 2)
    assert both.added == (cd.uid,) and both.missing_parts == ()

    emulator.unplug()
    error = events.wait_for(lambda e: isinstance(e, hardware.DeviceError))
    assert error.kind == "rfid"
    assert not device.health().ok
    emulator.field.lift(cd.uid)
    emulator.plug()
    back = events.wait_for(lambda e: isinstance(e, hardware.TagsChanged) and e.removed)
    assert back.removed == (cd.uid,) and back.missing_parts[0].missing == (2,)
    assert device.health().ok


def test_inventory_spanning_several_answers(rig):
    emulator, device = rig
    if isinstance(emulator, FeigEmulator):
        emulator.page = 5  # forces status 94 (more data) twice for 12 tags
    _stack(emulator, 12)
    assert len(device.inventory()) == 12


def test_feig_eas_follows_the_loan():
    emulator = FeigEmulator()
    device = hardware.open_device("rfid", f"serial:{emulator.url}?driver=feig")
    try:
        tag = emulator.field.place(make_tag("123", "CN-1"))
        assert device.set_security(tag.uid, on_loan=True).eas is False
        assert emulator.field.get(tag.uid).eas is False
        assert device.set_security(tag.uid, on_loan=False).eas is True
        without = hardware.open_device("rfid", f"serial:{emulator.url}?driver=feig&use_eas=no")
        assert without.set_security(tag.uid, on_loan=True).eas is True  # AFI only
        assert emulator.field.get(tag.uid).afi == 0xC2
        without.close()
    finally:
        device.close()
        emulator.unplug()


def test_nothing_listening_is_unhealthy_not_a_crash():
    emulator = M3M810Emulator()
    emulator.unplug()
    device = hardware.open_device("rfid", f"serial:{emulator.url}?driver=3m810",
                                  reconnect_interval=0.05)
    device.open()
    try:
        assert not device.health().ok
        assert "not connected" in device.health().detail
    finally:
        device.close()
