"""How long a reader's call for help takes to reach a desk: `python -m bench.help_alert`.

A demo centre on loopback, a terminal and a desk of one branch. Each round the
terminal calls (POST /alerts, as the Help button does) and the clock runs until
the desk's AlertWatcher (its background refresh, every 2 s as in the desk)
signals a list holding the call; then the desk acknowledges it. The baseline, in
the same run, is the call's own HTTP round trip: the ratio says how much of the
wait is the desk's refresh interval, not the network or the centre.
"""
from __future__ import annotations

import argparse
import os
import tempfile
import threading
import time
from pathlib import Path

from bench.machine import percentiles, print_table, write_results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--every", type=float, default=2.0, help="the desk's refresh, seconds")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    from central.runner import CentralServer
    from kiosk.app import build_desk
    from kiosk.config import load_config
    from sync.rest_backend import RestBackend
    from ui.staff.alerts import AlertWatcher

    app = QCoreApplication.instance() or QCoreApplication([])
    work = Path(tempfile.mkdtemp(prefix="bench-help-"))
    server = CentralServer(work / "central", demo=True)
    url = server.start()
    terminal_backend = RestBackend(url, server.store.create_device("terminal", "SZL")["token"])
    desk_token = server.store.create_device("desk", "SZL")["token"]
    desk_terminal, desk = build_desk(load_config(work / "desk", env={
        "KIOSK_BACKEND_TOKEN": desk_token}), central=url, devices=False)
    desk.sign_in("librarian", "librarian")
    seen: dict[str, float] = {}
    arrived = threading.Condition()

    def changed(alerts: list) -> None:
        with arrived:
            for alert in alerts:
                seen.setdefault(alert["id"], time.perf_counter())
            arrived.notify_all()

    watcher = AlertWatcher(desk, args.every)
    watcher.changed.connect(changed)
    watcher.start()
    calls, waits = [], []
    try:
        for n in range(args.rounds):
            start = time.perf_counter()
            alert = terminal_backend.call_staff("help", timeout=10)
            calls.append(time.perf_counter() - start)
            with arrived:
                while alert.id not in seen:
                    arrived.wait(0.05)
                    app.processEvents()
            waits.append(seen[alert.id] - start)
            desk.ack_alert(alert.id)
            time.sleep((n * 0.37 % 1.0) * args.every)   # calls fall all over the desk's cycle
    finally:
        watcher.stop(wait_s=10)
        terminal_backend.close()
        desk_terminal.close()
        server.stop()
    call_p50, call_p95 = percentiles(calls)
    wait_p50, wait_p95 = percentiles(waits)
    rows = [{"step": "POST /alerts (baseline)", "p50 ms": f"{call_p50:.1f}",
             "p95 ms": f"{call_p95:.1f}", "x baseline": "1.0"},
            {"step": f"help -> desk list (refresh {args.every:g} s)", "p50 ms": f"{wait_p50:.1f}",
             "p95 ms": f"{wait_p95:.1f}", "x baseline": f"{wait_p50 / call_p50:.0f}"}]
    print_table(rows)
    print(f"results: {write_results('help_alert', rows, {'rounds': args.rounds})}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
