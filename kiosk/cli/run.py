"""`kiosk run`: the patron terminal, full screen and locked down."""
from __future__ import annotations

import sys

from kiosk.config import ConfigError, from_args


def cmd_run(args) -> int:
    from kiosk.app import build_terminal
    from kiosk.logs import setup_logging
    from ui.app import application
    from ui.kiosk.build import build_kiosk, show

    try:
        config = from_args(args)
    except ConfigError as exc:
        print(f"config error: {exc}", file=sys.stderr)
        return 2
    if not config.replica_path.exists():
        print(f"no replica at {config.replica_path}: run `kiosk init` (and enrol) first",
              file=sys.stderr)
        return 1
    setup_logging(config.log_dir, config.logging.level)
    app = application()
    terminal = build_terminal(config, devices=True, start=True)
    window = build_kiosk(config, terminal)
    show(window)
    try:
        return app.exec()
    finally:
        window.kiosk.worker.wait()
        terminal.close()


def register(sub) -> None:
    p = sub.add_parser("run", help="the patron terminal (full screen, touch)",
                       description="Open the patron terminal on this data directory: full "
                                   "screen and locked down unless [ui] fullscreen = false. "
                                   "Staff leave with five taps on the library name and the "
                                   "staff PIN.")
    p.set_defaults(func=cmd_run)
