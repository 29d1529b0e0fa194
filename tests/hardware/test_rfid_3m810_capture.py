"""The 3M 810 driver with default options against the emulator built from a real session
(tests/hardware/capture_3m810.py): the same bytes on the wire both ways, UIDs as on the
wire, one unreadable tag on its own, and a reader that fails every poll backing off."""
from __future__ import annotations

import io
import itertools
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


def test_a_reader_failing_every_poll_is_retried_with_back_off_and_reported_once(emulator):
    emulator.fail_commands = True
    device = hardware.open_device("rfid", f"serial:{emulator.url}?driver=3m810",
                                  reconnect_interval=0.2)
    events = Events(device)
    polls, enough = [], threading.Event()

    def at_inventory(frame):
        if frame[3] == 0xFE:
            polls.append(time.monotonic())
            if len(polls) >= 4:
                enough.set()
    emulator.on_request = at_inventory
    device.open()
    try:
        assert enough.wait(30)
    finally:
        device.close()
    gaps = [b - a for a, b in itertools.pairwise(polls[:4])]
    # the back-off doubles: 0.2, 0.4, 0.8 s (more on a slow machine, never less)
    assert gaps[0] >= 0.18 and gaps[2] >= 0.72, gaps
    errors = [e for _, e in events.items if isinstance(e, hardware.DeviceError)]
    assert len(errors) == 1 and "CRC" in errors[0].detail  # one line, not one per retry


def test_health_stays_bad_between_failing_polls_even_when_the_reader_reconnects(emulator):
    emulator.fail_commands = True
    device = hardware.open_device("rfid", f"serial:{emulator.url}?driver=3m810",
                                  reconnect_interval=0.05)
    seen, enough = [], threading.Event()

    def at_inventory(frame):  # the driver waits for this answer: its health is settled
        if frame[3] == 0xFE:
            seen.append(device.health().ok)
            if len(seen) >= 4:
                enough.set()
    emulator.on_request = at_inventory
    device.open()
    try:
        assert enough.wait(30)
    finally:
        device.close()
    assert seen[0] is True and not any(seen[1:4]), seen  # healthy until the first failure


def test_devices_watch_on_a_failing_reader_prints_one_error_line(emulator, tmp_path):
    emulator.fail_commands = True
    out = subprocess.run(
        [sys.executable, "-m", "kiosk", "--data-dir", str(tmp_path), "devices", "watch",
         "--card", "none", "--scanner", "none", "--printer", "none",
         "--rfid", f"serial:{emulator.url}?driver=3m810", "--seconds", "3"],
        check=False, capture_output=True, text=True, timeout=60)
    assert out.stdout.count("DeviceError(") == 1, out.stdout  # not one per retry
