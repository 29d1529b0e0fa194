"""Talking to the service manager: readiness, the watchdog, status, the journal.

systemd starts the terminal as ``Type=notify`` with ``WatchdogSec=``: it waits
for READY=1 before it counts the start as done (the updater's health check
relies on that), and it kills and restarts a terminal that stops sending
WATCHDOG=1. The protocol is one datagram per message on the AF_UNIX socket
named in $NOTIFY_SOCKET, so it is a few lines here instead of a dependency.
Outside systemd (a desk PC, the demo, Windows) every call is a quiet no-op.

The terminal runs as a child of its compositor (cage or xinit), which is the
unit's main process; systemd's $WATCHDOG_PID then names the parent, so the
watchdog is honoured when it names this process or its parent and ignored
by anything further down (a helper the terminal spawns must not ping for it).

Ping only from the place whose liveness matters: the UI's event loop (a Qt
timer at `Notifier.interval_s`), so a frozen screen stops the pings and
systemd restarts the terminal.
"""
from __future__ import annotations

import logging
import os
import socket
import sys

from .logs import RedactingFormatter

log = logging.getLogger(__name__)


class Notifier:
    """sd_notify over $NOTIFY_SOCKET; `enabled` is False when not under systemd."""

    def __init__(self, environ: dict[str, str] | None = None):
        env = os.environ if environ is None else environ
        address = env.get("NOTIFY_SOCKET", "")
        if address.startswith("@"):                     # abstract namespace
            address = "\0" + address[1:]
        self.address = address
        self.watchdog_usec = self._watchdog_usec(env)

    @staticmethod
    def _watchdog_usec(env) -> int:
        try:
            usec = int(env.get("WATCHDOG_USEC", "0"))
        except ValueError:
            return 0
        pid = env.get("WATCHDOG_PID", "")
        if pid and pid not in (str(os.getpid()), str(os.getppid())):
            return 0
        return max(usec, 0)

    @property
    def enabled(self) -> bool:
        return bool(self.address)

    @property
    def interval_s(self) -> float | None:
        """How often to ping: half the watchdog period, as systemd advises; None if off."""
        if not (self.enabled and self.watchdog_usec):
            return None
        return self.watchdog_usec / 2_000_000

    def send(self, **fields: str | int) -> bool:
        """Send KEY=value lines in one datagram; True if it was delivered."""
        if not self.enabled:
            return False
        message = "\n".join(f"{k.upper()}={v}" for k, v in fields.items()).encode("utf-8")
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
                sock.connect(self.address)
                sock.sendall(message)
        except OSError as exc:  # the manager went away: nothing to tell, never a crash
            log.warning("sd_notify to %r failed: %s", self.address, exc)
            return False
        return True

    def ready(self, status: str = "") -> bool:
        """The terminal is up and showing its first screen."""
        return self.send(ready=1, **({"status": status} if status else {}))

    def ping(self) -> bool:
        """Still healthy (call from the UI loop every `interval_s`)."""
        return self.interval_s is not None and self.send(watchdog=1)

    def status(self, text: str) -> bool:
        """One line shown by `systemctl status kiosk`."""
        return self.send(status=text.replace("\n", " "))

    def stopping(self) -> bool:
        return self.send(stopping=1)


_PRIORITY = {logging.DEBUG: 7, logging.INFO: 6, logging.WARNING: 4, logging.ERROR: 3,
             logging.CRITICAL: 2}


class JournalFormatter(RedactingFormatter):
    """Prefix each line with its syslog priority (<3> … <7>), which journald
    reads from a service's stderr, so `journalctl -p warning` works; card
    numbers and PINs are masked as in the log file."""

    def format(self, record: logging.LogRecord) -> str:
        level = max((lv for lv in _PRIORITY if lv <= record.levelno), default=logging.DEBUG)
        return f"<{_PRIORITY[level]}>{super().format(record)}"


def journal_handler(environ: dict[str, str] | None = None) -> logging.Handler | None:
    """A stderr handler for journald when stderr is the journal ($JOURNAL_STREAM), else None."""
    env = os.environ if environ is None else environ
    if not env.get("JOURNAL_STREAM"):
        return None
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JournalFormatter("%(name)s: %(message)s"))
    return handler
