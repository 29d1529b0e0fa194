"""How long the terminal's UI thread stalls while the engine pulls 100k rows.

The real terminal window (offscreen) runs over a real replica while the sync
engine's thread takes its first pull of N items from a centre on loopback. A
5 ms Qt timer on the UI thread records every gap between its ticks: a gap
longer than 5 ms is time the UI could not answer a tap. Three phases, same
window, same run:

- idle: no pull (the floor: what the machine and Qt give);
- bridge: the pull, the window told of changes by the engine's signals (today);
- poll: the pull, plus the old 2 s status poll on the UI thread (SQL under the
  store's lock, which a pull page holds), for comparison.

    python bench/ui_stall.py [--items 100000]

Prints a table, writes bench/results/ui_stall.json. Goal: the longest stall
during the pull under 50 ms.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.machine import print_table, write_results
from bench.sync_initial import prepare_centre, start_centre

TICK_MS = 5


def measure(app, *, pull, poll_status=None, seconds: float | None = None) -> dict:
    """Gaps between 5 ms ticks while `pull` runs on its own thread (or for
    `seconds` when there is nothing to run)."""
    from PySide6.QtCore import QTimer

    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    timer = QTimer(interval=TICK_MS)
    timer.timeout.connect(tick)
    poller = None
    if poll_status is not None:
        poller = QTimer(interval=2000)
        poller.timeout.connect(poll_status)
        poller.start()
    done = threading.Event()
    started = time.perf_counter()

    def work() -> None:
        try:
            if pull is not None:
                pull()
            else:
                time.sleep(seconds or 1)
        finally:
            done.set()

    worker = threading.Thread(target=work)
    timer.start()
    last[0] = time.perf_counter()
    worker.start()
    while not done.is_set():
        app.processEvents()
        time.sleep(0.0005)
    worker.join()
    timer.stop()
    if poller is not None:
        poller.stop()
    elapsed = time.perf_counter() - started
    ordered = sorted(gaps)
    return {"seconds": round(elapsed, 1), "ticks": len(gaps),
            "p50_ms": round(statistics.median(ordered), 1),
            "p99_ms": round(ordered[int(0.99 * (len(ordered) - 1))], 1),
            "max_stall_ms": round(ordered[-1], 1)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=100_000)
    args = parser.parse_args()

    from kiosk.app import build_terminal
    from kiosk.config import load_config
    from ui.app import application
    from ui.kiosk.build import build_kiosk, dispose

    app = application()

    work = Path(tempfile.mkdtemp(prefix="ui-stall-"))
    token = prepare_centre(work / "central", args.items, 0)
    proc, url = start_centre(work / "central")
    rows = []
    try:
        def terminal(name: str):
            config = load_config(work / name, env={
                "KIOSK_BACKEND_URL": url, "KIOSK_BACKEND_TOKEN": token,
                "KIOSK_BACKEND_TIMEOUT_S": "60", "KIOSK_DEVICES_RFID": "sim:",
                "KIOSK_DEVICES_CARD": "sim:", "KIOSK_DEVICES_SCANNER": "none",
                "KIOSK_DEVICES_PRINTER": "none", "KIOSK_UI_FULLSCREEN": "false"})
            term = build_terminal(config, devices=True)
            window = build_kiosk(config, term, speech_engine="none", animate=False)
            window.resize(1080, 1920)
            window.show()
            return term, window

        term, window = terminal("idle")
        rows.append({"phase": "idle (no pull)", **measure(app, pull=None, seconds=5)})
        dispose(window)
        term.close()
        for phase, poll in (("bridge (signals)", False), ("poll every 2 s (old)", True)):
            term, window = terminal(phase.split()[0])
            result = measure(app, pull=term.engine.sync_now,
                             poll_status=(lambda t=term: t.status) if poll else None)
            result["rows"] = sum(term.replica.counts().values())
            rows.append({"phase": phase, **result})
            dispose(window)
            term.close()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    floor = rows[0]["max_stall_ms"] or 1
    for row in rows:
        row["max_vs_idle"] = f"{row['max_stall_ms'] / floor:.1f}x"
    print(f"UI thread stalls while the engine pulls {args.items:,} items "
          f"(5 ms ticks; goal: longest stall < 50 ms)\n")
    print_table(rows)
    path = write_results("ui_stall", rows, {"items": args.items, "tick_ms": TICK_MS})
    print(f"\nwritten: {path}")


if __name__ == "__main__":
    main()
