"""`kiosk devices` as an administrator runs it."""
from __future__ import annotations

import subprocess
import sys

from tests.hardware.vpcd_card import VirtualCard

NONE = ["--rfid", "none", "--scanner", "none", "--printer", "none"]


def _kiosk(tmp_path, *args):
    return [sys.executable, "-m", "kiosk", "--data-dir", str(tmp_path), "devices", *args]


def test_watch_shows_a_tap_of_a_virtual_card(pcscd, tmp_path):
    proc = subprocess.Popen(_kiosk(tmp_path, "watch", "--card", f"pcsc:{pcscd}", *NONE,
                                   "--events", "1", "--seconds", "30"),
                            stdout=subprocess.PIPE, text=True)
    try:
        assert "watching card" in proc.stdout.readline()
        card = VirtualCard("04C0FFEE123456")
        card.insert()
        out = proc.stdout.read()
        card.remove()
    finally:
        proc.wait(timeout=30)
    assert "CardPresented(uid='04C0FFEE123456'" in out


def test_test_passes_on_simulators_and_fails_on_a_missing_reader(tmp_path):
    ok = subprocess.run(_kiosk(tmp_path, "test", "--card", "sim:", "--rfid", "sim:",
                               "--scanner", "sim:", "--printer", "sim:", "--print"),
                        check=False, capture_output=True, text=True)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert ok.stdout.count("PASS") == 4 and "test receipt printed" in ok.stdout
    bad = subprocess.run(_kiosk(tmp_path, "test", "--card", "none", "--rfid",
                                "serial:socket://127.0.0.1:9?driver=3m810", "--scanner", "none",
                                "--printer", "none"), check=False, capture_output=True, text=True)
    assert bad.returncode == 1 and "FAIL" in bad.stdout and "Traceback" not in bad.stderr
