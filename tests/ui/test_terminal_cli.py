"""`kiosk staff-pin` and `kiosk run` on a real data directory (demo replica, no centre)."""
from __future__ import annotations

import io
import os
import socket
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kiosk.cli import main

ROOT = Path(__file__).resolve().parents[2]
CONFIG = '# the branch\'s terminal\n[backend]\nkind = "none"  # no centre\n\n[ui]\nfullscreen = false\n'


@pytest.fixture
def data_dir(tmp_path):
    (tmp_path / "kiosk.toml").write_text(CONFIG, encoding="utf-8")
    assert main(["--data-dir", str(tmp_path), "init", "--demo"]) == 0
    return tmp_path


def test_staff_pin_is_stored_as_a_hash_and_opens_the_staff_exit(data_dir, monkeypatch, qtbot):
    from kiosk.app import build_terminal
    from kiosk.config import load_config
    from ui.kiosk.build import build_kiosk, dispose

    monkeypatch.setattr(sys, "stdin", io.StringIO("2468\n"))
    assert main(["--data-dir", str(data_dir), "staff-pin", "--pin-stdin"]) == 0
    text = (data_dir / "kiosk.toml").read_text(encoding="utf-8")
    assert text.startswith(CONFIG.rstrip("\n")) and "# no centre" in text   # nothing clobbered
    stored = tomllib.loads(text)["ui"]["staff_pin"]
    assert stored.startswith("$argon2") and "2468" not in text

    config = load_config(data_dir, env={})
    terminal = build_terminal(config)
    window = build_kiosk(config, terminal, speech_engine="mock")
    window.show()
    try:
        for _ in range(5):
            qtbot.mouseClick(window.header.name, Qt.MouseButton.LeftButton)
        exit_ = window.staff
        assert exit_.isVisible()

        def enter(pin: str) -> None:
            for digit in pin:
                qtbot.mouseClick(exit_.keypad.keys[digit], Qt.MouseButton.LeftButton)
            qtbot.mouseClick(exit_.keypad.ok, Qt.MouseButton.LeftButton)

        enter("1357")
        assert exit_.error.text() == "管理密码错误。" and window.isVisible()
        enter("2468")
        assert window.allow_close and not window.isVisible()
    finally:
        dispose(window)
        terminal.close()


def test_staff_pin_asks_twice_and_changes_nothing_when_they_differ(data_dir, monkeypatch,
                                                                    capsys):
    answers = iter(["2468", "2469"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert main(["--data-dir", str(data_dir), "staff-pin"]) == 1
    assert "differ" in capsys.readouterr().err
    assert (data_dir / "kiosk.toml").read_text(encoding="utf-8") == CONFIG


def test_staff_pin_refuses_what_the_keypad_cannot_type(data_dir, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO("12ab\n"))
    assert main(["--data-dir", str(data_dir), "staff-pin", "--pin-stdin"]) == 1
    assert "4 to 12 digits" in capsys.readouterr().err


def test_run_tells_systemd_it_is_ready_and_pings_the_watchdog(data_dir, tmp_path):
    address = str(tmp_path / "notify.sock")
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    listener.bind(address)
    listener.settimeout(60)
    env = {**os.environ, "NOTIFY_SOCKET": address, "WATCHDOG_USEC": "200000",
           "QT_QPA_PLATFORM": "offscreen", "KIOSK_TTS_ENGINE": "mock"}
    env.pop("WATCHDOG_PID", None)
    run = subprocess.Popen([sys.executable, "-m", "kiosk", "--data-dir", str(data_dir), "run",
                            "--quit-after", "2"], cwd=ROOT, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    messages = []
    try:
        while not any(m.startswith("STOPPING=1") for m in messages):
            messages.append(listener.recv(4096).decode())
        _, err = run.communicate(timeout=60)
    finally:
        run.kill()
        listener.close()
    assert run.returncode == 0, err[-2000:]
    assert messages[0].splitlines()[0] == "READY=1"
    assert "WATCHDOG=1" in messages
