"""Opening the centre's data directory and running the server on a thread.

`kiosk demo` and the tests run the real uvicorn server in-process:
serve_in_thread() starts one; CentralServer.stop() closes its port (the centre
goes down) and start() opens it again on the same port over the same file.
"""
from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import uvicorn
from fastapi import FastAPI

from kiosk.domain.clock import Clock, now_utc

from . import demo as demo_extras
from .accounts import add_staff
from .app import create_app
from .providers import SimulatedProvider
from .reports import DEFAULT_TIMEZONE, local_zone
from .store import CentralStore

STORE_FILE = "central.db"
DEMO_STAFF = (("librarian", "librarian", "librarian"), ("supervisor", "supervisor", "supervisor"))
#: the enrolment code a demo centre always accepts (each use enrols a new device)
DEMO_CODE = "DEMO"


def open_store(data_dir: str | Path, *, demo: bool = False,
               timezone: str = DEFAULT_TIMEZONE, clock: Clock = now_utc) -> CentralStore:
    """The store in data_dir; with demo, an empty store gets the demo library,
    the demo staff users (librarian/librarian, supervisor/supervisor), notes on
    a few patrons and this month's history (by the clock of `timezone`)."""
    from kiosk.demo_data import demo_dataset

    zone = local_zone(timezone)
    store = CentralStore(Path(data_dir) / STORE_FILE, clock=clock)
    if demo and not store.row("SELECT 1 FROM titles LIMIT 1"):
        store.load(demo_dataset())
        for user, password, role in DEMO_STAFF:
            add_staff(store, user, password, role)
        demo_extras.seed(store, zone)
    return store


class CentralServer:
    """A real uvicorn server on a daemon thread, bound to one loopback port."""

    def __init__(self, data_dir: str | Path, host: str = "127.0.0.1", port: int = 0, *,
                 demo: bool = False, clock: Clock = now_utc, **app_options):
        self.data_dir, self.host, self.port = Path(data_dir), host, port
        self.clock = clock
        if demo:
            app_options.setdefault("demo_code", DEMO_CODE)
            app_options.setdefault("payment_provider", SimulatedProvider())
        self.demo, self.app_options = demo, app_options
        self.store: CentralStore | None = None
        self.app: FastAPI | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, timeout: float = 20.0) -> str:
        """Open the store and serve it; returns the root URL."""
        if self.running:
            return self.url
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self.port))
        self.port = sock.getsockname()[1]
        self.store = open_store(self.data_dir, demo=self.demo, clock=self.clock,
                                timezone=self.app_options.get("timezone", DEFAULT_TIMEZONE))
        self.app = create_app(self.store, **self.app_options)
        config = uvicorn.Config(self.app, log_level="warning", lifespan="off",
                                timeout_graceful_shutdown=2)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [sock]},
                                        name=f"central:{self.port}", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the central server did not start on {self.url}")
            time.sleep(0.01)
        return self.url

    def stop(self) -> None:
        """Shut down: the port refuses connections until start()."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=15)
        if self.store is not None:
            self.store.close()
        self._server = self._thread = self.store = None


def serve_in_thread(data_dir: str | Path, host: str = "127.0.0.1", port: int = 0, *,
                    demo: bool = False, **app_options) -> tuple[str, CentralServer]:
    """Start a centre in this process; returns (root URL, server with stop/start)."""
    server = CentralServer(data_dir, host, port, demo=demo, **app_options)
    return server.start(), server
