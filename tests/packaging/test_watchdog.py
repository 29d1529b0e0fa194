"""kiosk.watchdog against a real AF_UNIX datagram socket, as systemd listens on one."""
from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys

import pytest

from kiosk.watchdog import JournalFormatter, Notifier, journal_handler


@pytest.fixture
def notify_socket(tmp_path):
    path = tmp_path / "notify"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(path))
    sock.settimeout(10)
    yield str(path), sock
    sock.close()


def received(sock) -> list[str]:
    return sock.recv(4096).decode().split("\n")


def test_a_child_process_reports_ready_status_and_watchdog(notify_socket):
    """The same path as under systemd: a separate process, env from its parent,
    WATCHDOG_PID naming the parent (the compositor)."""
    path, sock = notify_socket
    code = ("from kiosk.watchdog import Notifier; n = Notifier(); "
            "print(n.interval_s); n.ready('attract screen'); n.ping(); n.status('offline\\n3 queued')")
    env = dict(os.environ, NOTIFY_SOCKET=path, WATCHDOG_USEC="30000000",
               WATCHDOG_PID=str(os.getpid()))
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "15.0"                      # half of WatchdogSec=30
    assert received(sock) == ["READY=1", "STATUS=attract screen"]
    assert received(sock) == ["WATCHDOG=1"]
    assert received(sock) == ["STATUS=offline 3 queued"]


def test_abstract_socket_address(tmp_path):
    name = f"kiosk-test-{os.getpid()}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind("\0" + name)
        sock.settimeout(10)
        assert Notifier({"NOTIFY_SOCKET": "@" + name}).stopping()
        assert sock.recv(100) == b"STOPPING=1"


def test_watchdog_belongs_to_the_main_process_or_its_child_only(notify_socket):
    path, _ = notify_socket
    base = {"NOTIFY_SOCKET": path, "WATCHDOG_USEC": "20000000"}
    assert Notifier(dict(base, WATCHDOG_PID=str(os.getpid()))).interval_s == 10.0
    assert Notifier(dict(base, WATCHDOG_PID=str(os.getppid()))).interval_s == 10.0
    assert Notifier(dict(base, WATCHDOG_PID="1")).interval_s is None
    assert Notifier(dict(base, WATCHDOG_USEC="soon")).interval_s is None
    assert not Notifier(dict(base, WATCHDOG_PID="1")).ping()


def test_outside_systemd_every_call_is_a_quiet_no_op():
    n = Notifier({})
    assert not n.enabled and n.interval_s is None
    assert not n.ready() and not n.ping() and not n.status("x")


def test_a_vanished_manager_is_logged_not_raised(tmp_path, caplog):
    n = Notifier({"NOTIFY_SOCKET": str(tmp_path / "gone")})
    with caplog.at_level(logging.WARNING):
        assert n.ready() is False
    assert "sd_notify" in caplog.text


def test_journal_lines_carry_syslog_priority_and_are_masked():
    assert journal_handler({}) is None
    assert journal_handler({"JOURNAL_STREAM": "8:1234"}) is not None
    fmt = JournalFormatter("%(message)s")
    record = logging.LogRecord("k", logging.WARNING, __file__, 1, "card 12345678901 pin=4321",
                               None, None)
    assert fmt.format(record) == "<4>card ****8901 pin=***"
    record.levelno = logging.INFO
    assert fmt.format(record).startswith("<6>")
