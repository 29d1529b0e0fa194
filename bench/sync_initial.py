"""Sync benchmarks against the reference central server over loopback.

    python bench/sync_initial.py [--items 1000000] [--patrons 500000]

1. initial sync: a terminal with an empty replica pulls every stream
   (rows/s, the terminal's peak RSS, and the ratio to a raw executemany of the
   same rows into the same schema, timed in the same run);
2. a delta of 10,000 changed items pulled by the synced terminal;
3. delivering 10,000 queued offline acts (pushed in batches of 200).

The centre runs as `kiosk central` in its own process; the terminal side runs
in a child process of its own so its peak memory is its own.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import socket
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.machine import print_table, write_results

KIOSK = str(Path(sys.executable).with_name("kiosk"))


def prepare_centre(data_dir: Path, n_items: int, n_patrons: int) -> str:
    """A centre with synthetic rows; returns a device token."""
    from central.store import CentralStore
    from kiosk.demo_data import LOCATIONS, synthetic_titles
    from kiosk.domain.policy import DEFAULT_POLICY

    store = CentralStore(data_dir / "central.db")
    titles = list(synthetic_titles(max(n_items // 50, 100)))
    store.load({"locations": [{"id": i, "name_zh": zh, "name_en": en, "kind": k, "branch": b,
                               "floor": f, "call_from": r[0] if r else None,
                               "call_to": r[1] if r else None}
                              for i, zh, en, k, b, f, r in LOCATIONS],
                "policies": [{"key": "loan_policy", "value": DEFAULT_POLICY.to_dict()}],
                "titles": titles})
    chunk = 50_000
    for start in range(0, n_items, chunk):
        store.load({"items": [{"barcode": f"B{n:09d}", "title_id": titles[n % len(titles)]["id"],
                               "call_number": titles[n % len(titles)]["call_number"],
                               "location_id": "SZL-2A", "status": "available",
                               "material_type": "book", "language": "zh", "rfid_id": "",
                               "parts": 1}
                              for n in range(start, min(start + chunk, n_items))]})
    expires = (datetime.now(UTC) + timedelta(days=700)).isoformat()
    for start in range(0, n_patrons, chunk):
        rows = range(start, min(start + chunk, n_patrons))
        store.load({"patrons": [{"card": f"P{n:09d}", "name": f"读者{n}", "card_type": "staff",
                                 "status": "active", "blocks": [], "expires_at": expires,
                                 "points": 0, "pin_hash": None} for n in rows],
                    "patron_cards": [{"uid": f"U{n:09X}", "card": f"P{n:09d}"} for n in rows]})
    token = store.create_device("bench", "SZL")["token"]
    store.close()
    return token


def change_items(data_dir: Path, n: int, n_items: int) -> None:
    from central.store import CentralStore
    store = CentralStore(data_dir / "central.db")
    with store.locked():
        for k in range(n):
            store.update("items", f"B{k * 3 % n_items:09d}", location_id="SZL-2B")
    store.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_centre(data_dir: Path) -> tuple[subprocess.Popen, str]:
    import requests
    port = free_port()
    proc = subprocess.Popen([KIOSK, "central", "--data-dir", str(data_dir), "--port", str(port),
                             "--log-level", "warning"])
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            requests.get(url + "/api/v1/time", timeout=1)
            return proc, url
        except requests.ConnectionError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("the centre did not start")


def rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def terminal(phase: str, url: str, token: str, replica_path: Path) -> dict:
    """One phase on the terminal side (run in its own process)."""
    from sync.engine import SyncEngine
    from sync.outbox import Outbox
    from sync.replica import Replica
    from sync.rest_backend import RestBackend
    from sync.store import Store

    engine = SyncEngine(Store(replica_path), RestBackend(url, token), page_size=5000, timeout=60)
    base_rss = rss_mib()
    out: dict = {}
    if phase in ("initial", "delta"):
        started = time.perf_counter()
        rows = engine.pull_all()
        out.update(seconds=time.perf_counter() - started, rows=sum(rows.values()))
    if phase == "initial":
        out["peak_rss_mib"] = rss_mib()
        out["rss_growth_mib"] = rss_mib() - base_rss
        # the baseline: the same rows, raw executemany into the same schema
        raw = Replica(replica_path.with_name("raw.db"))
        total = 0.0
        for table in ("titles", "items", "patrons", "patron_cards", "locations", "policies"):
            cur = engine.replica.conn.execute(f"SELECT * FROM {table}")
            cols = [d[0] for d in cur.description]
            data = cur.fetchall()
            sql = (f"INSERT INTO {table} ({', '.join(cols)}) VALUES "
                   f"({', '.join('?' * len(cols))})")
            started = time.perf_counter()
            for i in range(0, len(data), 5000):
                with raw.transaction():
                    raw.conn.executemany(sql, data[i:i + 5000])
            total += time.perf_counter() - started
        raw.close()
        out["raw_seconds"] = total
    if phase == "deliver":
        outbox = Outbox(engine.replica)
        due = (datetime.now(UTC) + timedelta(days=31)).isoformat(timespec="seconds")
        for n in range(10_000):
            outbox.record("checkout", {"patron": f"P{n % 5000:09d}", "item": f"B{n:09d}",
                                       "due_at": due, "offline": True}, [], offline=True)
        started = time.perf_counter()
        delivered = engine.push_pending(timeout=60)
        out.update(seconds=time.perf_counter() - started, rows=delivered,
                   counts=engine.outbox.counts())
    engine.close()
    return out


def run_terminal(phase: str, url: str, token: str, replica_path: Path) -> dict:
    answer = subprocess.run([sys.executable, __file__, "--terminal", phase, url, token,
                             str(replica_path)], capture_output=True, text=True, check=True)
    return json.loads(answer.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--patrons", type=int, default=500_000)
    parser.add_argument("--terminal", nargs=4, metavar=("PHASE", "URL", "TOKEN", "REPLICA"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.terminal:
        phase, url, token, path = args.terminal
        print(json.dumps(terminal(phase, url, token, Path(path))))
        return
    with tempfile.TemporaryDirectory(dir=Path(__file__).parent / "work") as tmp:
        work = Path(tmp)
        started = time.perf_counter()
        token = prepare_centre(work, args.items, args.patrons)
        print(f"centre loaded in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        proc, url = start_centre(work)
        try:
            replica = work / "terminal" / "replica.db"
            replica.parent.mkdir()
            initial = run_terminal("initial", url, token, replica)
            proc.terminate()
            proc.wait()
            change_items(work, 10_000, args.items)
            proc, url = start_centre(work)
            delta = run_terminal("delta", url, token, replica)
            deliver = run_terminal("deliver", url, token, replica)
        finally:
            proc.terminate()
            proc.wait()
    rows = [
        {"benchmark": f"initial sync ({args.items:,} items, {args.patrons:,} patrons)",
         "rows": initial["rows"], "seconds": round(initial["seconds"], 1),
         "rows_per_s": round(initial["rows"] / initial["seconds"]),
         "vs_raw_executemany": f"{initial['seconds'] / initial['raw_seconds']:.1f}x",
         "terminal_peak_rss_mib": round(initial["peak_rss_mib"])},
        {"benchmark": "delta of 10,000 changed items", "rows": delta["rows"],
         "seconds": round(delta["seconds"], 2), "rows_per_s": round(delta["rows"] / delta["seconds"]),
         "vs_raw_executemany": "", "terminal_peak_rss_mib": ""},
        {"benchmark": "deliver 10,000 queued offline acts", "rows": deliver["rows"],
         "seconds": round(deliver["seconds"], 2),
         "rows_per_s": round(deliver["rows"] / deliver["seconds"]),
         "vs_raw_executemany": "", "terminal_peak_rss_mib": ""},
    ]
    print_table(rows)
    path = write_results("sync", rows, {"initial": initial, "delta": delta, "deliver": deliver,
                                        "deliver_states": deliver.get("counts")})
    print(f"results: {path}")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    main()
