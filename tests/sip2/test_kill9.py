"""A real kill -9: a terminal process renews over SIP2 and is killed the moment
the ACS's answer is on the wire (the ACS renewed, the terminal never heard).
The restarted terminal, on the same journal file, must not renew again."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta
from pathlib import Path

import pytest

CHILD = textwrap.dedent("""
    import sys
    from datetime import UTC, datetime
    from sync.sip2.backend import Sip2Backend
    from sync.sip2.settings import Sip2Settings
    from kiosk.ports.backend import Txn
    port, journal = int(sys.argv[1]), sys.argv[2]
    backend = Sip2Backend(Sip2Settings(port=port, user="kiosk1", password="s3cret",
                                       location="MAIN", institution="TESTLIB", timeout_s=60,
                                       heartbeat_s=0, online_nb_due_date="transaction_date"),
                          journal=journal)
    print("ready", flush=True)
    backend.push([Txn("renew-1", 1, datetime.now(UTC), "renew",
                      {"patron": "P0001", "item": "B0002"})], timeout=60)
    print("answered", flush=True)  # never reached: killed first
""")


@pytest.mark.parametrize("capped", [False, True], ids=["new due date", "capped at the same"])
def test_a_renewal_in_flight_when_killed_is_not_renewed_twice(settings, library, tmp_path,
                                                             capped):
    """capped: the ACS renews to the due date the loan had (its cap), so the restarted
    terminal cannot see the renewal; it does not send it again but leaves it for staff."""
    from dataclasses import replace

    from kiosk.ports.backend import Txn
    from sync.sip2.backend import Sip2Backend
    from tests.sip2.ils_server import Loan
    from tests.sip2.relay import Relay

    now = datetime.now()
    library.items["B0002"].loan = Loan("P0001", now, now + timedelta(days=14))
    if capped:
        library.due_cap = library.items["B0002"].loan.due
    journal = tmp_path / "sip2-journal.db"
    child: list[subprocess.Popen] = []

    def kill_on_answer(frame: bytes) -> bytes:
        if frame.startswith(b"30"):  # the ACS renewed; the terminal dies before hearing it
            os.kill(child[0].pid, signal.SIGKILL)
            child[0].wait()
            return b""
        return frame

    relay = Relay(settings.port, down=kill_on_answer)
    try:
        child.append(subprocess.Popen(
            [sys.executable, "-c", CHILD, str(relay.port), str(journal)],
            cwd=Path(__file__).resolve().parents[2], stdout=subprocess.PIPE, text=True))
        out, _ = child[0].communicate(timeout=120)
        assert child[0].returncode == -signal.SIGKILL and "answered" not in out
        assert library.items["B0002"].loan.renewals == 1
        relay.down = lambda frame: frame
        restarted = Sip2Backend(replace(settings, port=relay.port), journal=journal)
        retry = Txn("renew-1", 1, datetime.now(), "renew", {"patron": "P0001", "item": "B0002"},
                    previous_attempts=1)
        result = restarted.push([retry], timeout=5)[0]
        restarted.close()
    finally:
        relay.close()
    assert journal.stat().st_mode & 0o777 == 0o600  # card numbers: private
    assert result.status == ("conflict" if capped else "duplicate") and result.effect["due_at"]
    assert ("not confirmed" in result.resolution) == capped
    assert library.items["B0002"].loan.renewals == 1
    assert [code for code, _ in library.log].count("29") == 1
