"""Fixtures for the hardware tests: protocol emulators on loopback, and pcscd with vpcd."""
from __future__ import annotations

import sys
from pathlib import Path

# tests/ has no package marker; make `tests.peers` importable however pytest was started.
ROOT = str(Path(__file__).resolve().parents[2])
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)


import os
import shutil
import subprocess
import time

import pytest

VPCD_READER = "Virtual PCD 00 00"


def _vpcd_readers() -> list[str]:
    try:
        from smartcard.System import readers
        return [str(r) for r in readers() if str(r).startswith("Virtual PCD")]
    except Exception:  # noqa: BLE001 - no pcscd, no pyscard: both mean "not available"
        return []


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
    os.makedirs("/run/pcscd", exist_ok=True)
    proc = subprocess.Popen([binary, "--foreground"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            if _vpcd_readers() or proc.poll() is not None:
                break
            time.sleep(0.1)
        require_peer(bool(_vpcd_readers()), "pcscd started but shows no Virtual PCD reader")
        yield VPCD_READER
    finally:
        proc.terminate()
        proc.wait(timeout=10)
