"""PIN checks against the centre: how many per second, and what they do to
everyone else's requests.

    python bench/central_auth.py [--seconds 10] [--compare-with DIR]

A demo centre runs as `kiosk central --demo` in its own process on loopback.
First GET /items/<barcode> alone (the baseline), then the same GETs while 4
clients log in with right PINs (POST /auth) as fast as they can: PIN checks/s
and GET p50/p95 under that load, as a ratio to the baseline of the same run.
--compare-with runs the same against another checkout (e.g. one from before
argon2 moved out of the store lock) in the same run.
"""
from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.machine import percentiles, print_table, write_results

KIOSK = str(Path(sys.executable).with_name("kiosk"))
CARDS = ("0440000001", "0440000004", "0440000005", "0440000006")
PIN = "1234"


def start_centre(data_dir: Path, code: str | None) -> tuple[subprocess.Popen, str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, **({"PYTHONPATH": code} if code else {})}
    proc = subprocess.Popen([KIOSK, "central", "--demo", "--port", str(port), "--log-level",
                             "warning", "--data-dir", str(data_dir)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/api/v1"
    deadline = time.monotonic() + 120
    while True:
        try:
            requests.get(url + "/time", timeout=2)
            return proc, url
        except requests.ConnectionError:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the centre did not start") from None
            time.sleep(0.2)


def gets(session: requests.Session, url: str, n: int) -> list[float]:
    samples = []
    for _ in range(n):
        started = time.perf_counter()
        session.get(url + "/items/0440000123", timeout=30).raise_for_status()
        samples.append(time.perf_counter() - started)
    return samples


def run(code: str | None, seconds: float) -> dict:
    with tempfile.TemporaryDirectory(dir=Path(__file__).parent / "work") as tmp:
        proc, url = start_centre(Path(tmp), code)
        try:
            token = requests.post(url + "/enrol", json={"code": "DEMO"},
                                  timeout=30).json()["token"]
            headers = {"Authorization": f"Bearer {token}"}
            reader = requests.Session()
            reader.headers.update(headers)
            gets(reader, url, 20)                           # warm up
            alone = gets(reader, url, 200)
            stop, checks = threading.Event(), [0] * len(CARDS)

            def log_in(index: int) -> None:
                session = requests.Session()
                session.headers.update(headers)
                while not stop.is_set():
                    answer = session.post(url + "/auth", timeout=60,
                                          json={"card": CARDS[index], "pin": PIN})
                    answer.raise_for_status()
                    checks[index] += 1

            threads = [threading.Thread(target=log_in, args=(i,)) for i in range(len(CARDS))]
            started = time.perf_counter()
            for thread in threads:
                thread.start()
            loaded: list[float] = []
            while time.perf_counter() - started < seconds:
                loaded += gets(reader, url, 10)
            stop.set()
            for thread in threads:
                thread.join()
            elapsed = time.perf_counter() - started
        finally:
            proc.terminate()
            proc.wait()
    alone_p50, alone_p95 = percentiles(alone)
    load_p50, load_p95 = percentiles(loaded)
    return {"code": code or "this checkout", "pin_checks_per_s": round(sum(checks) / elapsed, 1),
            "get_p50_ms_alone": round(alone_p50, 1), "get_p95_ms_alone": round(alone_p95, 1),
            "get_p50_ms_4_logins": round(load_p50, 1), "get_p95_ms_4_logins": round(load_p95, 1),
            "p50_ratio": f"{load_p50 / alone_p50:.1f}x", "gets_under_load": len(loaded)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--compare-with", metavar="DIR",
                        help="another checkout's root, run the same way in this run")
    args = parser.parse_args()
    (Path(__file__).parent / "work").mkdir(exist_ok=True)
    rows = [run(None, args.seconds)]
    if args.compare_with:
        rows.append(run(args.compare_with, args.seconds))
    print_table(rows)
    print(f"results: {write_results('central_auth', rows)}")


if __name__ == "__main__":
    main()
