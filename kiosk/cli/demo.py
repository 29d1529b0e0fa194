"""`kiosk demo`: everything at once for a newcomer.

A reference central server on a free loopback port with the demo library, this
data directory enrolled as a terminal against it, simulated devices, the
terminal window and the simulator panel to tap cards, place books and scan.
"""
from __future__ import annotations

import logging
import os
import secrets
from dataclasses import replace
from pathlib import Path

from kiosk.config import load_config, read_secret

log = logging.getLogger(__name__)
SIM_DEVICES = {"card": "sim:", "rfid": "sim:", "scanner": "sim:", "printer": "sim:"}
# below kiosk.toml and KIOSK_* (a desktop screen is landscape); the centre, the
# simulated devices and a window (not full screen) are the demo itself
DEMO_DEFAULTS = {"ui": {"orientation": "landscape"}}
# the demo terminal's name at the centre, as staff would enrol it: desks show it in a
# call for help ("A reader needs staff at 自助借还机 1")
TERMINAL_NAMES = {"zh_CN": "自助借还机 1", "zh_HK": "自助借還機 1", "en": "Self-checkout 1"}


def demo_config(data_dir: str | Path, config_file: str | None = None):
    """The demo's config: kiosk.toml and KIOSK_* as for any command, over the demo's
    own defaults (the parts demo_terminal replaces are the demo itself)."""
    return load_config(data_dir, config_file, defaults=DEMO_DEFAULTS)


def deployment_secret(data_dir: Path) -> Path:
    """The demo's deployment secret (made once, 0600), shared by its centre and
    terminal as in production: the terminal holds chip UIDs only keyed with it."""
    path = data_dir / "deployment-secret"
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_urlsafe(32))
    return path


def demo_terminal(data_dir: str | Path, *, config_file: str | None = None, ui_overrides=None,
                  backend_overrides=None):
    """Start a demo centre in this process and build a terminal enrolled with it.

    Returns (config, terminal, server); the terminal's replica is filled by one
    sync before it is returned, and the sync thread is running. Used by
    `kiosk demo`, `kiosk screenshots` and the end-to-end tests.
    """
    from central.runner import serve_in_thread
    from kiosk.app import build_terminal

    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    secret_file = deployment_secret(data_dir)
    url, server = serve_in_thread(data_dir / "central", demo=True,
                                  offline_pin_secret=read_secret(str(secret_file), "demo"))
    assert server.store is not None, "a started centre has its store"
    config = demo_config(data_dir, config_file)
    language = (ui_overrides or {}).get("language", config.ui.language)
    device = server.store.create_device(TERMINAL_NAMES[language], "SZL")
    config = replace(
        config,
        backend=replace(config.backend, kind="rest", url=url, token=device["token"],
                        token_file="", **(backend_overrides or {})),
        offline=replace(config.offline, pin_secret_file=str(secret_file)),
        devices=replace(config.devices, **SIM_DEVICES),
        ui=replace(config.ui, fullscreen=False, **(ui_overrides or {})))
    terminal = build_terminal(config, devices=True)
    terminal.engine.sync_now()
    terminal.engine.start()
    return config, terminal, server


def cmd_demo(args) -> int:
    from kiosk.logs import setup_logging
    from ui.app import application
    from ui.kiosk.build import build_kiosk, dispose, restart_scaled_to_fit, show
    from ui.kiosk.simulator_panel import SimulatorPanel

    data_dir = Path(args.data_dir or "demo-data")
    overrides = {k: v for k, v in (("language", args.lang), ("theme", args.theme),
                                   ("orientation", args.orientation)) if v}
    app = application()
    restart_scaled_to_fit(overrides.get("orientation") or
                          demo_config(data_dir, args.config).ui.orientation)
    setup_logging(data_dir / "logs", "INFO")
    print(f"starting the demo centre and terminal in {data_dir} …", flush=True)
    config, terminal, server = demo_terminal(data_dir, config_file=args.config,
                                             ui_overrides=overrides)
    print(f"central server: {server.url}  (pay pages: {server.url}/api/v1/pay/<order>)")
    print(f"circulation desk: kiosk --data-dir {data_dir / 'desk'} staff --central {server.url} "
          "--enrol-code DEMO   (sign in as librarian / librarian)", flush=True)
    window = build_kiosk(config, terminal)
    panel = SimulatorPanel(terminal, server, window)
    show(window, beside=panel)              # the panel at its right, not on top of it
    try:
        return app.exec()
    finally:
        panel.close()
        dispose(window)
        terminal.close()
        server.stop()


def register(sub) -> None:
    p = sub.add_parser("demo", help="central server, terminal and simulator panel, all at once",
                       description="Start a reference central server with the demo library on "
                                   "a free loopback port, enrol a terminal in --data-dir "
                                   "(default ./demo-data) against it with simulated devices, "
                                   "and open the terminal window and the simulator panel.")
    p.add_argument("--lang", choices=("zh_CN", "en", "zh_HK"), help="starting language")
    p.add_argument("--theme", choices=("normal", "large", "contrast"))
    p.add_argument("--orientation", choices=("portrait", "landscape"),
                   help="window shape (default [ui] orientation, else landscape)")
    p.set_defaults(func=cmd_demo)
