"""`kiosk staff`: the circulation desk beside the terminals."""
from __future__ import annotations

import sys

from kiosk.config import LANGUAGES, ConfigError, from_args


def register(sub) -> None:
    p = sub.add_parser("staff", help="the circulation desk (librarians: sign in, serve "
                       "patrons, holds shelf, exceptions, tags, machines, statistics)")
    p.add_argument("--central", metavar="URL", help="the central server's root URL "
                   "(default: [backend] url of the config)")
    p.add_argument("--lang", choices=LANGUAGES, help="the desk's language "
                   "(default: [ui] language)")
    p.set_defaults(func=main)


def main(args) -> int:
    try:
        config = from_args(args)
        if not (args.central or config.backend.url):
            raise ConfigError("the desk needs a central server: give --central URL or set "
                              "[backend] url")
        from ui.staff.app import run
        return run(config, central=args.central, lang=args.lang)
    except (ConfigError, ValueError) as exc:
        print(f"kiosk staff: {exc}", file=sys.stderr)
        return 2
