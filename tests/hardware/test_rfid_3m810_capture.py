"""The 3M 810 driver with default options against the emulator built from a real session
(tests/hardware/capture_3m810.py): the same bytes on the wire both ways, UIDs as on the
wire, one unreadable tag on its own, and a reader that fails every poll backing off."""
from __future__ import annotations

import io
import subprocess
import sys
import threading
import time

import pytest

import hardware
from hardware.drivers.virtual_tags import VirtualTag
from tests.hardware import capture_3m810 as capture
from tests.hardware.rfid_emulators import M3M810Emulator


@pytest.fixture
def emulator():
    emulator = M3M810Emulator()
    for uid in capture.UIDS:  # 28 blocks, the first 8 as the capture read them
        memory = bytearray(capture.blocks_of(uid) + bytes(80))
        emulator.field.place(VirtualTag(uid, memory, afi=capture.AFI, dsfid=0))
    yield emulator
    emulator.unplug()


def test_emulator_answers_the_captured_requests_with_the_captured_answers(emulator):
    answers = [capture.with_crc(text) for d, text in capture.SESSION if d == "<<"]
    assert [emulator.handle(io.BytesIO(r)) for r in capture.requests()] == answers


def test_driver_with_default_options_sends_what_3m_software_sent(emulator):
    device = hardware.open_device("rfid", f"serial:{emulator.url}?driver=3m810")
    try:
        tags = device.inventory()
    finally:
        device.close()
    assert emulator.requests == capture.requests()
    assert [(t.uid, t.afi, t.data.item_id) for t in tags] == [
        ("E004010031269117", 0xDA, "1302099999"), ("E00401001F77FB98", 0xDA, "200000000042")]
    assert device.version == capture.VERSION


class Events:
    def __init__(self, device):
        self.items: list[tuple[float, object]] = []
        self.cond = threading.Condition()
        device.subscribe(self.add)

    def add(self, event):
        with self.cond:
            self.items.append((time.monotonic(), event))
            self.cond.notify_all()

    def wait_for(self, predicate, count=1, timeout=30):
        with self.cond:
            assert self.cond.wait_for(
                lambda: sum(predicate(e) for _, e in self.items) >= count, timeout), \
                f"no {count} matching events in {self.items}"
            return [(t, e) for t, e in self.items if predicate(e)]


def test_an_unreadable_tag_is_reported_alone_and_read_when_it_answers(emulator):
    book, card = capture.UIDS
    emulator.busy.add(book)
    device = hardware.open_device("rfid", f"serial:{emulator.url}?driver=3m810",
                                  poll_interval=0.05)
    events = Events(device)
    device.open()
    try:
        first = events.wait_for(lambda e: isinstance(e, hardware.TagsChanged))[0][1]
        by_uid = {t.uid: t for t in first.tags}
        assert by_uid[card].data.item_id == "200000000042"
        assert by_uid[book].data is None and by_uid[book].error.startswith("unreadable")
        assert device.health().ok
        emulator.busy.clear()
        later = events.wait_for(lambda e: isinstance(e, hardware.TagsChanged), count=2)[1][1]
        assert {t.uid: t.data.item_id for t in later.tags} == {
            book: "1302099999", card: "200000000042"}
    finally:
        device.close()


def test_a_reader_failing_every_poll_reports_once_per_back_off_period(emulator):
    emulator.fail_commands = True
    device = hardware.open_device("rfid", f"serial:{emulator.url}?driver=3m810",
                                  reconnect_interval=0.2)
    events = Events(device)
    device.open()
    try:
        errors = events.wait_for(lambda e: isinstance(e, hardware.DeviceError), count=4)
    finally:
        device.close()
    times = [t for t, _ in errors[:4]]
    gaps = [b - a for a, b in zip(times, times[1:])]
    # the back-off doubles: 0.2, 0.4, 0.8 s (more on a slow machine, never less)
    assert gaps[0] >= 0.18 and gaps[2] >= 0.72, gaps
    assert "CRC" in str(errors[0][1].detail)


def test_devices_watch_on_a_failing_reader_prints_a_line_per_back_off_period(emulator, tmp_path):
    emulator.fail_commands = True
    out = subprocess.run(
        [sys.executable, "-m", "kiosk", "--data-dir", str(tmp_path), "devices", "watch",
         "--card", "none", "--scanner", "none", "--printer", "none",
         "--rfid", f"serial:{emulator.url}?driver=3m810", "--seconds", "3"],
        check=False, capture_output=True, text=True, timeout=60)
    errors = out.stdout.count("DeviceError(")
    # back-off 1, 2, 4 s: errors at about 0, 1 and 3 s (fewer on a slow machine)
    assert 1 <= errors <= 3, out.stdout
