"""The centre under load: many terminals pulling and pushing at once, on loopback.

    python bench/load.py [--terminals 50] [--seconds 30]

The reference centre (`kiosk central`, its own process) holds 20,000 copies
and 5,000 readers. Each terminal is a thread with its own HTTP connection and
device token, spread over a few worker processes so the load generator's own
interpreter lock does not set the pace. A terminal loops: pull one page of
the items stream (1,000 records, from where it left off, starting over at the
end), then push a batch of 10 acts on its own copies (checkouts, then the
checkins of the same copies). Every request's latency and every error
(no answer, or any status but 200) is recorded per endpoint.

The baseline, in the same run, is one terminal alone doing the same loop.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.machine import percentiles, print_table, write_results
from bench.sync_initial import prepare_centre, start_centre

ITEMS, PATRONS = 20_000, 5_000
ACTS_PER_PUSH = 10
PROCESSES = 5


def terminal_loop(url: str, token: str, number: int, seconds: float) -> dict[str, list]:
    """One terminal: pull a page, push a batch, until the time is up."""
    import requests

    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"
    samples: dict[str, list] = {"pull": [], "push": []}
    errors: dict[str, list[str]] = {"pull": [], "push": []}
    items = [f"B{n:09d}" for n in range(number * ACTS_PER_PUSH, (number + 1) * ACTS_PER_PUSH)]
    due = (datetime.now(UTC) + timedelta(days=31)).isoformat(timespec="seconds")
    cursor, seq, checkout = None, 0, True
    deadline = time.monotonic() + seconds

    def call(endpoint: str, method: str, path: str, **kwargs):
        started = time.perf_counter()
        try:
            response = session.request(method, url + path, timeout=30, **kwargs)
            samples[endpoint].append(time.perf_counter() - started)
            if response.status_code != 200:
                errors[endpoint].append(f"HTTP {response.status_code}")
                return None
            return response.json()
        except requests.RequestException as exc:
            samples[endpoint].append(time.perf_counter() - started)
            errors[endpoint].append(type(exc).__name__)
            return None

    while time.monotonic() < deadline:
        page = call("pull", "GET", "/api/v1/streams/items",
                    params={"limit": 1000, **({"cursor": cursor} if cursor else {})})
        if page:
            cursor = page["cursor"] if page["more"] else None
        txns = []
        for barcode in items:
            seq += 1
            payload = ({"patron": f"P{(number * 97 + seq) % PATRONS:09d}", "item": barcode,
                        "due_at": due, "offline": True} if checkout
                       else {"item": barcode, "offline": True})
            txns.append({"id": str(uuid.uuid4()), "seq": seq,
                         "occurred_at": datetime.now(UTC).isoformat(),
                         "type": "checkout" if checkout else "checkin", "payload": payload})
        answer = call("push", "POST", "/api/v1/push", json={"transactions": txns},
                      headers={"X-Kiosk-Clock": datetime.now(UTC).isoformat()})
        if answer and len(answer["results"]) != len(txns):
            errors["push"].append("answer does not match the batch")
        checkout = not checkout
    session.close()
    return {"samples": samples, "errors": errors}


def worker(url: str, tokens: list[tuple[int, str]], seconds: float, queue) -> None:
    """A process running some of the terminals on threads."""
    results: list[dict] = []
    threads = [threading.Thread(target=lambda n=n, t=t: results.append(
        terminal_loop(url, t, n, seconds))) for n, t in tokens]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    queue.put(results)


def run(url: str, tokens: list[str], seconds: float) -> dict[str, dict]:
    """All terminals at once; latency and errors per endpoint."""
    queue = multiprocessing.Queue()
    numbered = list(enumerate(tokens))
    processes = [multiprocessing.Process(target=worker,
                                         args=(url, numbered[p::PROCESSES], seconds, queue))
                 for p in range(min(PROCESSES, len(tokens)))]
    for process in processes:
        process.start()
    results = [r for _ in processes for r in queue.get()]
    for process in processes:
        process.join()
    out = {}
    for endpoint in ("pull", "push"):
        samples = [s for r in results for s in r["samples"][endpoint]]
        errors = [e for r in results for e in r["errors"][endpoint]]
        p50, p95 = percentiles(samples)
        out[endpoint] = {"requests": len(samples), "errors": len(errors),
                         "error_kinds": sorted(set(errors)), "p50_ms": p50, "p95_ms": p95,
                         "max_ms": max(samples) * 1000, "per_s": len(samples) / seconds}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--terminals", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=Path(__file__).parent / "work") as tmp:
        tokens = prepare_centre(Path(tmp), ITEMS, PATRONS, n_devices=args.terminals)
        proc, url = start_centre(Path(tmp))
        try:
            alone = run(url, tokens[:1], min(args.seconds, 10))
            crowd = run(url, tokens, args.seconds)
        finally:
            proc.terminate()
            proc.wait()
    rows = []
    for endpoint in ("pull", "push"):
        for terminals, result in ((1, alone), (args.terminals, crowd)):
            r = result[endpoint]
            rows.append({"endpoint": f"{endpoint} ({'1,000 items' if endpoint == 'pull' else f'{ACTS_PER_PUSH} acts'})",
                         "terminals": terminals, "requests": r["requests"],
                         "errors": r["errors"], "req/s": f"{r['per_s']:.1f}",
                         "p50 ms": f"{r['p50_ms']:.0f}", "p95 ms": f"{r['p95_ms']:.0f}",
                         "max ms": f"{r['max_ms']:.0f}",
                         "p95 vs alone": f"{r['p95_ms'] / alone[endpoint]['p95_ms']:.1f}x"})
    print_table(rows)
    path = write_results("load", rows, {"alone": alone, "crowd": crowd,
                                        "seconds": args.seconds})
    print(f"\nwrote {path}")
    if any(crowd[e]["errors"] for e in crowd):
        print(json.dumps({e: crowd[e]["error_kinds"] for e in crowd}), file=sys.stderr)


if __name__ == "__main__":
    main()
