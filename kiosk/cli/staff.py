"""`kiosk staff`: the circulation desk beside the terminals.

    kiosk staff --central URL                      the configured device token, if any
    kiosk staff --central URL --enrol-code CODE    enrol this desk first (once), then open

Enrolled, the desk is a device of the centre's fleet (its heartbeat shows on
every desk's Machines page) and each act is the desk's and the librarian's. A
demo centre (`kiosk demo`, `kiosk central --demo`) takes the code DEMO any
number of times.
"""
from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

from kiosk.config import LANGUAGES, ConfigError, default_data_dir, from_args


def register(sub) -> None:
    p = sub.add_parser("staff", help="the circulation desk (librarians: sign in, serve "
                       "patrons, holds shelf, exceptions, tags, machines, statistics)")
    p.add_argument("--central", metavar="URL", help="the central server's root URL "
                   "(default: [backend] url of the config)")
    p.add_argument("--lang", choices=LANGUAGES, help="the desk's language "
                   "(default: [ui] language)")
    p.add_argument("--enrol-code", metavar="CODE",
                   help="enrol this desk with the centre first, if it has no device token yet "
                        "(a code from `kiosk central enrol NAME`; DEMO for a demo centre)")
    p.add_argument("--name", help="the desk's name at the centre when enrolling "
                   "(default: desk <host name>)")
    p.set_defaults(func=main)


def enrol_desk(args, config) -> str | None:
    """Enrol with --enrol-code unless a device token is configured; returns what
    to tell the user, or None when nothing was done."""
    from kiosk.cli.enrol import enrol
    from sync.rest_backend import read_token

    if not args.enrol_code or read_token(config.backend.token, config.backend.token_file):
        return None
    data_dir = Path(args.data_dir) if args.data_dir else default_data_dir()
    config_path = Path(args.config or os.environ.get("KIOSK_CONFIG") or data_dir / "kiosk.toml")
    central = args.central or config.backend.url
    name = args.name or f"desk {socket.gethostname()}"
    answer = enrol(data_dir, config_path, central, args.enrol_code, name, kind="desk")
    return f"desk enrolled as device {answer.get('device_id', '?')} ({name}) with {central}"


def main(args) -> int:
    from kiosk.cli.enrol import EnrolError

    try:
        config = from_args(args)
        if not (args.central or config.backend.url):
            raise ConfigError("the desk needs a central server: give --central URL or set "
                              "[backend] url")
        if said := enrol_desk(args, config):
            print(said, flush=True)
            config = from_args(args)
        from ui.staff.app import run
        return run(config, central=args.central, lang=args.lang)
    except (ConfigError, ValueError) as exc:
        print(f"kiosk staff: {exc}", file=sys.stderr)
        return 2
    except EnrolError as exc:
        print(f"kiosk staff: enrol failed: {exc}", file=sys.stderr)
        return 1
