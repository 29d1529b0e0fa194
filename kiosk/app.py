"""The composition root: the one place that knows every concrete class.

    terminal = build_terminal(load_config())
    terminal.engine.start()
    terminal.circulation.checkout("0440000001", "3100000123")
    terminal.close()

Backends: config backend.kind "rest" (our sync protocol), "sip2" (any ILS,
imported lazily), "none" (offline only). Devices come from config [devices]
spec strings through hardware.open_device; the RFID pad's set_security is
what the circulation service calls after an act.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from pathlib import Path

from kiosk.config import Config
from kiosk.devices import device_options, device_specs
from kiosk.ports.backend import Backend
from kiosk.services import CatalogueService, CirculationService, PaymentService
from kiosk.services.acts import Acts
from kiosk.services.staff import StaffService
from sync.engine import SyncEngine, SyncStatus
from sync.store import Store

log = logging.getLogger(__name__)


def build_backend(config: Config) -> Backend:
    kind = config.backend.kind
    if kind == "rest":
        from sync.rest_backend import RestBackend
        return RestBackend.from_config(
            config.backend, with_pin_hashes=config.offline.replicate_pin_hashes)
    if kind == "sip2":
        from sync.sip2.backend import Sip2Backend
        return Sip2Backend(config.sip2, journal=str(config.data_dir / "sip2-journal.db"))
    from sync.null_backend import OfflineOnly
    return OfflineOnly()


def open_devices(config: Config) -> dict:
    """Open the configured devices; one that fails is logged and left out (the
    doctor and the heartbeat report it), so a broken printer never stops loans."""
    from hardware import open_device

    options = device_options(config)
    devices = {}
    for kind, spec in device_specs(config).items():
        try:
            device = open_device(kind, spec, **options[kind])
            device.open()
            devices[kind] = device
        except Exception as exc:  # noqa: BLE001 - a device that cannot open is reported, not fatal
            log.error("%s device %r could not be opened: %s", kind, spec, exc)
    return devices


@dataclass
class Terminal:
    config: Config
    replica_path: Path
    backend: Backend
    engine: SyncEngine
    replica: Store                   # the one store: engine, services and desk share it
    acts: Acts                       # the one path of every act
    circulation: CirculationService
    payments: PaymentService
    catalogue: CatalogueService
    devices: dict = field(default_factory=dict)

    @property
    def status(self) -> SyncStatus:
        return self.engine.status()

    def close(self) -> None:
        self.engine.stop()
        for device in self.devices.values():
            try:
                device.close()
            except Exception as exc:  # noqa: BLE001 - closing must reach every device
                log.warning("closing %s: %s", device, exc)
        self.backend.close()
        self.replica.close()


def build_terminal(config: Config, *, devices: bool = False, backend=None,
                   start: bool = False) -> Terminal:
    """Wire a terminal from its config. devices=True opens the configured
    devices (the kiosk and staff faces; the CLI does not need them); a backend
    may be passed in (tests, tools); start=True starts the sync thread."""
    backend = backend or build_backend(config)
    opened = open_devices(config) if devices else {}

    def device_health() -> dict:
        return {kind: {"ok": dev.health().ok, "detail": dev.health().detail}
                for kind, dev in opened.items()}

    store = Store(config.replica_path)
    engine = SyncEngine(store, backend, timeout=config.backend.timeout_s,
                        pull_interval=config.backend.pull_interval_s,
                        heartbeat_interval=config.backend.heartbeat_s,
                        replicate_pin_hashes=config.offline.replicate_pin_hashes,
                        device_health=device_health)
    rfid = opened.get("rfid")
    acts = Acts(store, engine, backend, config,
                security=rfid.set_security if rfid is not None else None)
    terminal = Terminal(
        config, config.replica_path, backend, engine, store, acts,
        CirculationService(store, acts, engine, backend, config),
        PaymentService(store, acts, backend, config),
        CatalogueService(store), opened)
    if start:
        engine.start()
    return terminal


def build_desk(config: Config, *, central: str | None = None, devices: bool = True
               ) -> tuple[Terminal, StaffService]:
    """(terminal, staff service) for a circulation desk: a terminal whose backend
    also carries the signed-in librarian's token; `central` overrides [backend] url."""
    from sync.desk_backend import DeskBackend

    if central:
        config = replace(config, backend=replace(config.backend, url=central, kind="rest"))
    backend = DeskBackend.from_config(config.backend)
    terminal = build_terminal(config, devices=devices, backend=backend)
    return terminal, StaffService(terminal, backend)
