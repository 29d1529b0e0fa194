"""The sync engine: pushes the outbox, pulls the change streams, says how it went.

It runs in a background thread over the terminal's one store (sync/store.py),
the same object the services use, under the store's lock. Services call
``deliver_now`` to hand a new act to the centre at once (waiting at most the
online timeout); the thread delivers whatever is left and pulls, retrying with
capped exponential backoff when there is no answer, even when nothing new is
written. Listeners get plain callbacks (the UI marshals them to Qt):
``on_state(SyncStatus)`` whenever the state or the outbox counts may have
changed, and ``on_change(set_of_tables)`` (ui/bridge.py turns both into Qt
signals, so no window ever polls the store).
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime

from kiosk import __version__
from kiosk.domain.clock import iso, now_utc, parse_time
from kiosk.ports.backend import BackendUnavailable, ClockSkew, Refused, StreamReset
from sync.crashpoints import crash_point
from sync.outbox import OutboxEntry
from sync.store import Store

log = logging.getLogger(__name__)

STATES = ("online", "offline", "syncing", "clock_skew")


@dataclass(frozen=True)
class SyncStatus:
    state: str                      # online | offline | syncing | clock_skew
    last_sync: datetime | None      # the last cycle that pushed and pulled everything
    outbox: int                     # acts not yet confirmed by the centre
    rejected: int
    conflicts: int
    last_error: str = ""
    skew_s: float | None = None

    @property
    def online(self) -> bool:
        return self.state in ("online", "syncing")

    def to_json(self) -> dict:
        data = asdict(self)
        data["last_sync"] = iso(self.last_sync)
        return data


class SyncEngine:
    def __init__(self, store: Store, backend, *, timeout: float = 3.0,
                 pull_interval: float = 30.0, heartbeat_interval: float = 60.0,
                 batch_size: int = 200, page_size: int = 1000, backoff_cap: float = 60.0,
                 replicate_pin_hashes: bool = False,
                 device_health: Callable[[], dict] | None = None):
        self.backend = backend
        self.timeout = timeout
        self.pull_interval = pull_interval
        self.heartbeat_interval = heartbeat_interval
        self.batch_size = batch_size
        self.page_size = page_size
        self.backoff_cap = backoff_cap
        self.replicate_pin_hashes = replicate_pin_hashes
        self.device_health = device_health or dict
        self.replica = store
        self.outbox = store.outbox
        self._db = store.lock                 # the store's one lock
        self._push = threading.Lock()         # one push at a time keeps seq order
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._state = "offline" if getattr(backend, "never_online", False) else "syncing"
        self._error = ""
        self._skew: float | None = None
        self._retry_at = 0.0                  # monotonic time before which we don't probe
        self._backoff = 0.0
        self._last_heartbeat = 0.0
        self._state_listeners: list[Callable[[SyncStatus], None]] = []
        self._change_listeners: list[Callable[[set[str]], None]] = []
        self._published: SyncStatus | None = None

    # -- listeners -----------------------------------------------------------------
    def subscribe_state(self, callback: Callable[[SyncStatus], None]) -> Callable[[], None]:
        self._state_listeners.append(callback)
        return lambda: self._state_listeners.remove(callback)

    def subscribe_changes(self, callback: Callable[[set[str]], None]) -> Callable[[], None]:
        self._change_listeners.append(callback)
        return lambda: self._change_listeners.remove(callback)

    def _emit_change(self, tables: set[str]) -> None:
        for callback in list(self._change_listeners):
            try:
                callback(tables)
            except Exception:  # a listener's bug must not stop sync
                log.exception("replica-changed listener failed")

    def _set_state(self, state: str, error: str = "", skew: float | None = None) -> None:
        self._state, self._error, self._skew = state, error, skew
        self._publish()

    def _publish(self) -> None:
        """Tell the state listeners when the status (state, error or outbox
        counts) differs from what they were last told."""
        status = self.status()
        if status == self._published:
            return
        self._published = status
        for callback in list(self._state_listeners):
            try:
                callback(status)
            except Exception:
                log.exception("sync-state listener failed")

    # -- state ------------------------------------------------------------------------
    def status(self) -> SyncStatus:
        with self._db:
            counts = self.outbox.counts()
            last = parse_time(self.replica.sync_state("last_sync"))
        return SyncStatus(self._state, last, counts["queued"] + counts["delivering"],
                          counts["rejected"], counts["conflict"], self._error, self._skew)

    def _failed(self, exc: Exception) -> None:
        self._backoff = min(max(self._backoff * 2, 0.5), self.backoff_cap)
        self._retry_at = time.monotonic() + self._backoff
        if isinstance(exc, ClockSkew):
            self._backoff = self.backoff_cap  # a wrong clock is not fixed in a second
            self._retry_at = time.monotonic() + self._backoff
            self._set_state("clock_skew", str(exc), exc.skew_s)
        else:
            self._set_state("offline", str(exc))

    def _succeeded(self) -> None:
        self._backoff = 0.0
        self._retry_at = 0.0
        self._set_state("online")

    # -- push ---------------------------------------------------------------------------
    def _push_batch(self, up_to_seq: int | None, timeout: float) -> int:
        """Deliver one batch in seq order; returns how many acts were in it."""
        with self._db:
            batch = self.outbox.pending(self.batch_size, up_to_seq)
            if not batch:
                return 0
            self.outbox.mark_delivering([e.id for e in batch])
        crash_point("before_push")
        try:
            results = self.backend.push([e.txn() for e in batch], timeout=timeout)
        except (BackendUnavailable, ClockSkew) as exc:
            with self._db:
                self.outbox.mark_error([e.id for e in batch], str(exc))
            raise
        crash_point("after_server_commit")
        with self._db:
            settled = self.outbox.settle(results)
        for entry in settled:
            if entry.state == "rejected":
                log.warning("txn %s (%s) rejected: %s", entry.id, entry.type, entry.result)
                # the undo restored what the row held before the act; the centre may have
                # changed it since (often the very reason it said no)
                if "item" in entry.payload:
                    self.refresh_item(entry.payload["item"], timeout)
            elif entry.state == "conflict":
                log.warning("txn %s (%s) conflict: %s", entry.id, entry.type, entry.result)
        self._emit_change({"items", "loans", "holds", "fees"})
        self._publish()
        return len(batch)

    def push_pending(self, timeout: float | None = None) -> int:
        """Deliver everything queued, batch by batch. Raises BackendUnavailable/ClockSkew."""
        delivered = 0
        with self._push:
            while n := self._push_batch(None, timeout or self.timeout):
                delivered += n
        return delivered

    def deliver_now(self, txn_id: str, timeout: float | None = None) -> OutboxEntry:
        """Deliver this act (and any queued before it) within `timeout` seconds.
        Returns the act's entry: applied/duplicate/rejected/conflict, or still
        pending when there was no answer in time."""
        timeout = self.timeout if timeout is None else timeout
        deadline = time.monotonic() + timeout
        if self._state in ("offline", "clock_skew") and time.monotonic() < self._retry_at:
            self._publish()
            with self._db:
                return self.outbox.get(txn_id)
        if self._push.acquire(timeout=timeout):
            try:
                with self._db:
                    entry = self.outbox.get(txn_id)
                while entry.pending and (left := deadline - time.monotonic()) > 0:
                    self._push_batch(entry.seq, left)
                    with self._db:
                        entry = self.outbox.get(txn_id)
                if not entry.pending:
                    self._succeeded()
            except (BackendUnavailable, ClockSkew) as exc:
                self._failed(exc)
            finally:
                self._push.release()
        self._wake.set()
        self._publish()
        with self._db:
            return self.outbox.get(txn_id)

    def withdraw(self, txn_id: str, reason: str, params: dict | None = None) -> OutboxEntry:
        """An act that got no answer and may not stand offline: unless the centre
        answered in the meantime (the engine's thread may have delivered it),
        undo it and keep it as withdrawn. Returns the act's final entry."""
        with self._push:
            entry = self.outbox.withdraw(txn_id, reason, params)
        self._publish()
        return entry

    # -- pull ---------------------------------------------------------------------------
    def _store_page(self, stream: str, page, reset: bool) -> None:
        records = page.records
        if stream == "patrons" and not self.replicate_pin_hashes:
            records = [{**r, "pin_hash": None} for r in records]
        with self._db, self.replica.transaction():
            first = reset or self.replica.stream_cursor(stream) is None
            if reset:
                self.replica.drop_table_rows(stream)
                self.replica.set_stream_cursor(stream, None, 0)
            if first and page.more:       # a first load builds the secondary indexes once
                self.replica.defer_indexes(stream)
            self.replica.upsert(stream, records)
            crash_point("mid_pull_page")
            self.replica.delete(stream, page.tombstones)
            self.replica.set_stream_cursor(stream, page.cursor,
                                           len(records) + len(page.tombstones))
            if not page.more:
                self.replica.build_indexes(stream)
            self.outbox.rebase({stream})

    def pull_stream(self, stream: str) -> int:
        """Take a stream up to date; 410 drops it and starts again. Returns rows applied."""
        rows, reset = 0, False
        while not self._stop.is_set():
            with self._db:
                cursor = None if reset else self.replica.stream_cursor(stream)
            try:
                page = self.backend.pull(stream, cursor, limit=self.page_size)
            except StreamReset:
                if reset:
                    raise BackendUnavailable(f"{stream}: reset again from the start") from None
                log.warning("stream %s was reset by the centre: taking it again", stream)
                reset = True
                continue
            self._store_page(stream, page, reset)
            reset = False
            rows += len(page.records) + len(page.tombstones)
            if page.records or page.tombstones:
                self._emit_change({stream, "patron_cards"} if stream == "patrons" else {stream})
            if not page.more:
                break
        return rows

    def pull_all(self) -> dict[str, int]:
        return {stream: self.pull_stream(stream) for stream in self.backend.streams}

    def refresh_patron(self, card: str, timeout: float | None = None) -> str | None:
        """Take one patron's fresh account from the centre (an account screen
        should not wait for the next pull). `card` may be a chip UID the centre
        knows; returns the patron's card number, None when there is no answer."""
        try:
            info = self.backend.patron_info(card, timeout=timeout or self.timeout)
        except (BackendUnavailable, Refused):
            return None
        if not info or not info.get("patron"):
            return None
        card = info["patron"]["card"]
        open_loans = [loan["id"] for loan in info.get("loans", [])]
        with self._db, self.replica.transaction():
            self.replica.upsert("patrons", [info["patron"]])
            self.replica.drop_open_loans_but(card, open_loans)
            for table in ("loans", "holds", "fees"):
                self.replica.upsert(table, info.get(table, []))
            self.outbox.rebase()
        self._emit_change({"patrons", "loans", "holds", "fees"})
        return card

    def refresh_item(self, barcode: str, timeout: float | None = None) -> bool:
        """Take one copy (and its open loan) fresh from the centre; False without an answer."""
        try:
            info = self.backend.item_info(barcode, timeout=timeout or self.timeout)
        except (BackendUnavailable, Refused):
            return False
        if not info or not info.get("item"):
            return False
        with self._db, self.replica.transaction():
            self.replica.upsert("items", [info["item"]])
            if info.get("loan"):
                self.replica.upsert("loans", [info["loan"]])
            else:
                self.replica.drop_centre_loan_of(barcode)
            self.outbox.rebase({"items", "loans"})
        return True

    # -- the cycle --------------------------------------------------------------------
    def sync_now(self) -> SyncStatus:
        """One full cycle in the caller's thread: push, pull, heartbeat."""
        if self._state == "online":
            self._set_state("syncing")
        try:
            self.push_pending()
            self.pull_all()
            self.push_pending()      # acts written while we pulled
            # with no change feed (SIP2, none) the heartbeat is what proves the centre answers
            if (not self.backend.streams
                    or time.monotonic() - self._last_heartbeat >= self.heartbeat_interval):
                self.send_heartbeat()
            with self._db, self.replica.transaction():
                self.replica.set_sync_state("last_sync", now_utc().isoformat(timespec="seconds"))
            self._succeeded()
        except (BackendUnavailable, ClockSkew) as exc:
            self._failed(exc)
        except Exception as exc:  # a bug or a bad page must not kill the thread
            log.exception("sync cycle failed")
            self._failed(BackendUnavailable(f"{type(exc).__name__}: {exc}"))
        return self.status()

    def send_heartbeat(self) -> None:
        """Tell the centre how this terminal is. Raises BackendUnavailable."""
        status = self.status()
        report = {"version": __version__, "online": status.online, "outbox": status.outbox,
                  "devices": self.device_health()}
        try:
            self.backend.heartbeat(report, timeout=self.timeout)
            self._last_heartbeat = time.monotonic()
        except Refused as exc:
            log.warning("heartbeat refused: %s", exc)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sync_now()
            wait = self.pull_interval if self._state == "online" else self._backoff
            self._wake.wait(wait)
            self._wake.clear()

    def wake(self) -> None:
        """Sync now rather than at the next interval."""
        self._retry_at = 0.0
        self._wake.set()

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="sync-engine", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=self.timeout + 30)
            self._thread = None

    def close(self) -> None:
        """Stop, and close the store (for an engine that owns it: tools, benchmarks)."""
        self.stop()
        self.replica.close()
