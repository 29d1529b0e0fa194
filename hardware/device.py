"""The contract every device keeps, and the polling loop that finds a replugged device again.

A device is opened from a spec string, reports its health, and hands plain events
(hardware.events) to subscribers. Subscribers are called on the driver's thread; a
subscriber that raises is logged and does not stop the others or the driver.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from hardware.events import DeviceError, DeviceHealth

log = logging.getLogger(__name__)

Callback = Callable[[object], None]


class Device:
    """Base of all devices. Subclasses set `kind` and override open/close/health as needed.

    - ``open()``: start talking to the device (and any background thread); idempotent.
    - ``close()``: stop threads and release the port/handle; idempotent.
    - ``health() -> DeviceHealth``: whether the device works right now, and why not.
    - ``subscribe(callback) -> unsubscribe``: receive events.
    """

    kind = "device"

    def __init__(self, spec: str) -> None:
        self.spec = spec
        self._subscribers: list[Callback] = []
        self._lock = threading.RLock()
        self._health = DeviceHealth(False, "not opened")

    def subscribe(self, callback: Callback) -> Callable[[], None]:
        with self._lock:
            self._subscribers.append(callback)

        def unsubscribe() -> None:
            with self._lock:
                if callback in self._subscribers:
                    self._subscribers.remove(callback)
        return unsubscribe

    def emit(self, event: object) -> None:
        with self._lock:
            subscribers = list(self._subscribers)
        for callback in subscribers:
            try:
                callback(event)
            except Exception:  # a broken subscriber must not kill the driver thread
                log.exception("subscriber %r failed on %r", callback, event)

    def open(self) -> None:
        self._health = DeviceHealth(True, "open")

    def close(self) -> None:
        self._health = DeviceHealth(False, "closed")

    def health(self) -> DeviceHealth:
        return self._health

    def _set_health(self, ok: bool, detail: str) -> None:
        """Record health; a change to bad is also an event, once."""
        was_ok = self._health.ok
        self._health = DeviceHealth(ok, detail)
        if was_ok and not ok:
            self.emit(DeviceError(self.kind, detail, self.spec))

    def __enter__(self):
        self.open()
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class PollingDevice(Device):
    """A device watched by a background loop: connect, poll, and on failure reconnect.

    Subclasses implement `_connect()`, `_disconnect()` and `_poll()`. Any exception out of
    `_poll` marks the device unhealthy, drops the connection and retries `_connect` after
    `reconnect_interval` seconds, doubling up to `max_backoff` while it keeps failing, so an
    unplugged reader is found again without a restart and a reader that connects but fails
    every poll reports at most one DeviceError per back-off period instead of a stream.
    """

    def __init__(self, spec: str, poll_interval: float = 0.2,
                 reconnect_interval: float = 1.0, max_backoff: float = 10.0) -> None:
        super().__init__(spec)
        self.poll_interval = float(poll_interval)
        self.reconnect_interval = float(reconnect_interval)
        self.max_backoff = max(float(max_backoff), self.reconnect_interval)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._connected = False
        self._failing = False  # the last poll failed: a reconnect alone is not health
        self._io_lock = threading.RLock()

    def _connect(self) -> None:
        raise NotImplementedError

    def _disconnect(self) -> None:
        raise NotImplementedError

    def _poll(self) -> None:
        raise NotImplementedError

    def connect(self) -> None:
        """Connect now (raising if the device is not there) without starting the loop.

        After a failed poll the device stays unhealthy until a poll succeeds again."""
        with self._io_lock:
            if not self._connected:
                self._connect()
                self._connected = True
                if not self._failing:
                    self._set_health(True, self._healthy_detail())

    def _healthy_detail(self) -> str:
        return "connected"

    def _drop(self, detail: str, report: bool = True) -> None:
        with self._io_lock:
            if self._connected:
                try:
                    self._disconnect()
                except Exception:
                    log.debug("disconnect failed", exc_info=True)
            self._connected = False
        if report:
            self._set_health(False, detail)
        else:
            self._health = DeviceHealth(False, detail)

    def open(self) -> None:
        if self._thread and self._thread.is_alive():
            return
        self._stop.clear()
        try:
            self.connect()
        except Exception as exc:  # noqa: BLE001 - any failure means "not there yet"
            self._set_health(False, f"not connected: {exc}")
            self.emit(DeviceError(self.kind, f"not connected: {exc}", self.spec))
        self._thread = threading.Thread(target=self._run, name=f"{self.kind}:{self.spec}",
                                        daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._stop.set()
        if self._thread and self._thread is not threading.current_thread():
            self._thread.join(timeout=5)
        self._thread = None
        self._failing = False
        self._drop("closed", report=False)

    def _run(self) -> None:
        backoff = self.reconnect_interval
        while not self._stop.is_set():
            if not self._connected:
                try:
                    self.connect()
                except Exception as exc:  # noqa: BLE001
                    self._set_health(False, f"not connected: {exc}")
                    self._stop.wait(backoff)
                    backoff = min(backoff * 2, self.max_backoff)
                    continue
            try:
                with self._io_lock:
                    self._poll()
            except Exception as exc:  # noqa: BLE001 - the loop must outlive any driver error
                log.info("%s %s: %s", self.kind, self.spec, exc)
                self._failing = True
                self._drop(f"lost: {exc}")
                self._stop.wait(backoff)
                backoff = min(backoff * 2, self.max_backoff)
                continue
            if self._failing:
                self._failing = False
                self._set_health(True, self._healthy_detail())
            backoff = self.reconnect_interval
            self._stop.wait(self.poll_interval)
