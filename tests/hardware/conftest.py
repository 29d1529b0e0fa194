"""Fixtures for the hardware tests: protocol emulators on loopback, and pcscd with vpcd."""
from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

VPCD_READER = "Virtual PCD 00 00"


def _vpcd_readers() -> list[str]:
    try:
        from smartcard.System import readers
        return [str(r) for r in readers() if str(r).startswith("Virtual PCD")]
    except Exception:  # noqa: BLE001 - no pcscd, no pyscard: both mean "not available"
        return []


class Pcscd:
    """A pcscd this session started; a test may stop it (every reader "unplugged") and
    start it again."""

    def __init__(self, binary: str) -> None:
        self.binary, self.proc = binary, None

    def start(self) -> None:
        os.makedirs("/run/pcscd", exist_ok=True)
        self.proc = subprocess.Popen([self.binary, "--foreground"], stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        for _ in range(100):
            if _vpcd_readers() or self.proc.poll() is not None:
                break
            time.sleep(0.1)

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


_started: list[Pcscd] = []


@pytest.fixture(scope="session")
def pcscd():
    """A pcscd with the vpcd virtual reader: the running one, or one started (and stopped) here."""
    from tests.peers import require_peer
    if _vpcd_readers():
        yield VPCD_READER
        return
    binary = shutil.which("pcscd") or ("/usr/sbin/pcscd" if os.path.exists("/usr/sbin/pcscd")
                                       else None)
    require_peer(binary is not None and os.geteuid() == 0,
                 "pcscd with vsmartcard-vpcd (Debian packages pcscd, vsmartcard-vpcd) as root")
    require_peer(os.path.isdir("/etc/reader.conf.d") and any(
        "vpcd" in p.read_text(errors="replace")
        for p in Path("/etc/reader.conf.d").iterdir()), "vpcd reader config in /etc/reader.conf.d")
    daemon = Pcscd(binary)
    daemon.start()
    try:
        require_peer(bool(_vpcd_readers()), "pcscd started but shows no Virtual PCD reader")
        _started.append(daemon)
        yield VPCD_READER
    finally:
        daemon.stop()


@pytest.fixture
def own_pcscd(pcscd) -> Pcscd:
    """The pcscd of this session, to stop and restart; one run by the system is not ours."""
    from tests.peers import require_peer
    require_peer(bool(_started), "a pcscd started by this test session (stop the system's "
                 "pcscd, or run as root on a machine without one)")
    return _started[0]
