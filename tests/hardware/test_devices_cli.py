"""`kiosk devices` as an administrator runs it."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest

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


@pytest.mark.parametrize("kind, spec, says", [
    ("rfid", "serial:/dev/ttyUSB0?driver=bogus", "driver='bogus'; allowed: 3m810, feig"),
    ("rfid", "serial:/dev/ttyUSB0", "driver=''; allowed: 3m810, feig"),
    ("rfid", "nfc:usb", "scheme 'nfc' is not one of pcsc15693, serial, sim"),
    ("rfid", "ttyUSB0", "has no scheme; expected e.g. 'sim:'"),
    ("rfid", "pcsc15693:*?modle=omnikey", "unknown parameter 'modle'; allowed: .*model"),
    ("rfid", "serial:/dev/ttyUSB0?driver=3m810&com_adr=3", "unknown parameter 'com_adr'"),
    ("rfid", "serial:/dev/ttyUSB0?driver=feig&blocks=lots", "blocks='lots' is not a whole"),
    ("rfid", "sim:?afi_on_loan=0x1C2", "afi_on_loan must be a byte"),
    ("printer", "escpos:usb:0416", "USB ids '0416' must be VID:PID"),
    ("printer", "escpos:lpt:1", "connection 'lpt' is not one of usb, serial, network, file"),
    ("printer", "escpos:file:/tmp/x?cut=no", "unknown parameter 'cut'; allowed: baudrate"),
    ("scanner", "serial:", "names no port"),
])
def test_test_fails_on_every_misconfiguration_naming_the_key(tmp_path, kind, spec, says):
    others = [a for k in ("card", "rfid", "scanner", "printer") if k != kind
              for a in (f"--{k}", "none")]
    out = subprocess.run(_kiosk(tmp_path, "test", *others, f"--{kind}", spec), check=False,
                         capture_output=True, text=True)
    assert out.returncode == 1, out.stdout
    assert re.search(says, out.stdout), out.stdout
    assert "BAD SPEC" in out.stdout and "Traceback" not in out.stderr


def test_a_usb_printer_that_is_not_there_is_one_clear_line(tmp_path):
    out = subprocess.run(_kiosk(tmp_path, "test", "--card", "none", "--rfid", "none",
                                "--scanner", "none", "--printer", "escpos:usb:0416:5011"),
                         check=False, capture_output=True, text=True)
    assert out.returncode == 1
    assert "no such USB device 0416:5011" in out.stdout, out.stdout
    assert out.stderr == ""  # no traceback, no "Exception ignored in __del__"


def test_without_pyusb_the_usb_printer_says_what_to_install(tmp_path):
    code = ("import sys; sys.modules['usb'] = None; from kiosk.cli import main; "
            f"sys.exit(main(['--data-dir', {str(tmp_path)!r}, 'devices', 'test', '--card', "
            "'none', '--rfid', 'none', '--scanner', 'none', '--printer', "
            "'escpos:usb:0416:5011']))")
    out = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True,
                         text=True)
    assert out.returncode == 1
    assert "USB printers need pyusb" in out.stdout and "kiosk[usb]" in out.stdout, out.stdout
    assert out.stderr == ""


def test_doctor_names_the_missing_usb_printer_without_a_traceback(tmp_path):
    config = tmp_path / "kiosk.toml"
    config.write_text('[devices]\ncard = "none"\nrfid = "none"\nscanner = "none"\n'
                      'printer = "escpos:usb:0416:5011"\n', encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "kiosk", "--data-dir", str(tmp_path),
                          "--config", str(config), "doctor"], check=False,
                         capture_output=True, text=True)
    assert "FAIL devices" in out.stdout and "no such USB device 0416:5011" in out.stdout
    assert "Traceback" not in out.stderr and "Exception ignored" not in out.stderr


def test_health_checks_never_write_into_a_file_output(tmp_path):
    receipt = tmp_path / "receipt.bin"
    receipt.touch()
    out = subprocess.run(_kiosk(tmp_path, "test", "--card", "none", "--rfid", "none",
                                "--scanner", "none", "--printer", f"escpos:file:{receipt}"),
                         check=False, capture_output=True, text=True)
    assert out.returncode == 0 and "PASS" in out.stdout, out.stdout
    assert receipt.read_bytes() == b""  # no DLE EOT status request in the output
