"""`kiosk run`: the patron terminal, full screen and locked down.

Start-up order matters: the replica is checked (and a damaged one set aside,
its outbox salvaged) before anything opens it; systemd hears READY=1 only
once the first screen is up, and WATCHDOG=1 from a timer on the UI's own
event loop, so a frozen screen stops the pings and gets the terminal restarted.
"""
from __future__ import annotations

import logging
import sys

from kiosk.config import from_args

log = logging.getLogger(__name__)


def cmd_run(args) -> int:
    from PySide6.QtCore import QTimer

    from kiosk.app import build_terminal
    from kiosk.logs import setup_logging
    from kiosk.startup import check_replica
    from kiosk.watchdog import Notifier
    from ui.app import application
    from ui.kiosk.build import build_kiosk, dispose, show

    config = from_args(args)
    if args.quit_after is not None and args.quit_after <= 0:
        print("--quit-after: give a number of seconds above 0", file=sys.stderr)
        return 2
    setup_logging(config.log_dir, config.logging.level)
    # a new terminal starts with an empty replica and fills it from the centre;
    # until the first sync it shows the out-of-service screen
    log.info("replica at start-up: %s", check_replica(config.replica_path).detail)
    app = application()
    terminal = build_terminal(config, devices=True, start=True)
    window = build_kiosk(config, terminal)
    show(window)
    notifier = Notifier()
    notifier.ready(status=f"showing {window.current}")
    if notifier.interval_s is not None:
        ping = QTimer(window, interval=max(1, round(notifier.interval_s * 1000)))
        ping.timeout.connect(notifier.ping)
        ping.start()
    if args.quit_after is not None:
        QTimer.singleShot(round(args.quit_after * 1000), window.leave_kiosk)
    try:
        return app.exec()
    finally:
        notifier.stopping()
        dispose(window)
        terminal.close()


def register(sub) -> None:
    p = sub.add_parser("run", help="the patron terminal (full screen, touch)",
                       description="Open the patron terminal on this data directory: full "
                                   "screen and locked down unless [ui] fullscreen = false. "
                                   "Staff leave with five taps on the library name and the "
                                   "staff PIN (set it with `kiosk staff-pin`). Under systemd "
                                   "it reports READY=1 and pings the watchdog.")
    p.add_argument("--quit-after", type=float, metavar="SECONDS",
                   help="leave by itself after this many seconds (smoke tests)")
    p.set_defaults(func=cmd_run)
