"""A real central server on a free loopback port, for any test that needs a centre.

    from tests.central_server import running_central

    with running_central(tmp_path, demo=True) as central:
        requests.get(central.api + "/streams/items", headers=central.headers())
        central.stop()      # the port now refuses connections
        central.start()     # back on the same port, same data file

It is uvicorn serving central's app on a thread of the test process;
the store is a SQLite file under tmp_path.
"""
from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from central.runner import STORE_FILE, CentralServer, open_store


@dataclass
class CentralHandle:
    url: str                # server root: the terminal's backend.url
    token: str              # a device token enrolled for the tests (branch SZL)
    device_id: str
    app_store_path: Path    # the centre's SQLite file
    server: CentralServer

    @property
    def api(self) -> str:
        """The root plus /api/v1, where every protocol path lives."""
        return self.url + "/api/v1"

    @property
    def store(self):
        """The running server's CentralStore (None while stopped)."""
        return self.server.store

    def stop(self) -> None:
        self.server.stop()

    def start(self) -> None:
        self.server.start()

    def headers(self, token: str | None = None, clock: datetime | None = None) -> dict:
        """Authorization and X-Kiosk-Clock (now, unless told) for a request."""
        clock = clock or datetime.now(UTC)
        return {"Authorization": f"Bearer {token or self.token}",
                "X-Kiosk-Clock": clock.isoformat()}

    def enrol(self, name: str, branch: str = "SZL", kind: str = "terminal") -> dict:
        """Another device: {device_id, name, kind, token, code}."""
        return self.server.store.create_device(name, branch, kind)

    def arm_fault(self, mode: str, count: int = 1, *, path: str = "", delay_s: float = 0.0):
        """Only with faults=True: the next `count` requests to path fail by `mode`."""
        import requests
        answer = requests.post(self.url + "/_faults", json={
            "mode": mode, "count": count, "path": path, "delay_s": delay_s}, timeout=5)
        answer.raise_for_status()

    def clear_faults(self) -> None:
        import requests
        requests.delete(self.url + "/_faults", timeout=5).raise_for_status()


_template: list[Path] = []


def _demo_store_template() -> Path:
    """A demo store built once per test process; each server starts from a copy
    (building one takes seconds, copying it milliseconds)."""
    if not _template:
        folder = Path(tempfile.mkdtemp(prefix="central-demo-"))
        atexit.register(shutil.rmtree, folder, True)
        open_store(folder, demo=True).close()
        _template.append(folder / STORE_FILE)
    return _template[0]


@contextmanager
def running_central(tmp_path: Path, demo: bool = True, faults: bool = False,
                    max_skew_s: float = 300, **options) -> Iterator[CentralHandle]:
    """Start a centre over tmp_path/central; stop it (whatever its state) on exit.
    options go to CentralServer (clock=, and create_app's keywords)."""
    data_dir = Path(tmp_path) / "central"
    data_dir.mkdir(parents=True, exist_ok=True)
    if demo and not (data_dir / STORE_FILE).exists():
        shutil.copyfile(_demo_store_template(), data_dir / STORE_FILE)
    server = CentralServer(data_dir, demo=demo, faults=faults, max_skew_s=max_skew_s,
                           **options)
    url = server.start()
    try:
        device = server.store.create_device("test-terminal", "SZL")
        yield CentralHandle(url, device["token"], device["device_id"], data_dir / STORE_FILE,
                            server)
    finally:
        server.stop()


def txn(txn_id: str, seq: int, type_: str, payload: dict,
        at: datetime | None = None) -> dict:
    """One push transaction in wire shape (times default to now, UTC)."""
    at = at or datetime.now(UTC) - timedelta(seconds=1)
    return {"id": txn_id, "seq": seq, "occurred_at": at.isoformat(), "type": type_,
            "payload": payload}
