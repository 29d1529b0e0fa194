"""Instrumented crash points, so tests can prove nothing is lost when the
terminal dies at the worst moment.

A test starts the terminal side in a subprocess with KIOSK_CRASH_AT=<point>;
when the code reaches that point the process kills itself with SIGKILL (no
cleanup, no flush: like a power cut). Unset, a crash point costs one lookup.
"""
from __future__ import annotations

import os
import signal

POINTS = ("after_outbox_commit", "before_push", "after_server_commit", "mid_pull_page")


def crash_point(name: str) -> None:
    if os.environ.get("KIOSK_CRASH_AT") == name:
        os.kill(os.getpid(), signal.SIGKILL)
