"""A serial RFID driver on a real terminal device: the 3M 810 emulator on one end of a
socat pty pair, the driver opening the other as ``serial:/dev/pts/N?driver=3m810``."""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest

import hardware
from hardware.drivers.virtual_tags import make_tag
from tests.hardware.rfid_emulators import M3M810Emulator
from tests.hardware.test_rfid_serial_drivers import Events
from tests.peers import require_peer


@pytest.fixture
def pty_pair():
    """Two linked pseudo-terminals from socat; yields their paths."""
    socat = shutil.which("socat")
    require_peer(socat is not None, "socat (Debian package socat) for a pty pair")
    proc = subprocess.Popen([socat, "-d", "-d", "pty,raw,echo=0", "pty,raw,echo=0"],
                            stderr=subprocess.PIPE, text=True)
    paths = []
    try:
        for line in proc.stderr:  # socat names each pty, then says it is transferring
            paths += re.findall(r"PTY is (\S+)", line)
            if "starting data transfer loop" in line:
                break
        require_peer(len(paths) == 2, f"socat gave no pty pair (got {paths})")
        yield paths
    finally:
        proc.terminate()
        proc.wait(timeout=5)


def test_3m810_driver_on_a_socat_pty(pty_pair):
    reader_end, host_end = pty_pair
    emulator = M3M810Emulator()
    emulator.unplug()  # this one answers on the pty only
    emulator.serve_tty(reader_end)
    book = emulator.field.place(make_tag("31010042", "CN-110108-H", part=1, parts=2))
    device = hardware.open_device("rfid", f"serial:{host_end}?driver=3m810",
                                  poll_interval=0.05, reconnect_interval=0.1)
    events = Events(device)
    device.open()
    try:
        assert device.health().ok and device.version == "10.5.0.2"
        seen = events.wait_for(lambda e: isinstance(e, hardware.TagsChanged))
        assert seen.added == (book.uid,) and seen.tags[0].data.item_id == "31010042"
        assert seen.missing_parts[0].missing == (2,)
        assert device.set_security(book.uid, on_loan=True).afi == 0xC2
        assert emulator.field.get(book.uid).afi == 0xC2
        assert emulator.bad_frames == 0
    finally:
        device.close()
