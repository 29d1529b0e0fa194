"""The `kiosk` command.

Every module in this package that defines ``register(subparsers)`` adds its
subcommands; main() discovers them, so a new command group is one new module.
Each registered parser sets ``func(args) -> int``.
"""
from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from kiosk import __version__
from kiosk.config import ConfigError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="Library self-service terminal, circulation desk and reference central server.",
    )
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    parser.add_argument("--data-dir", help="data directory (replica, outbox, logs); "
                        "default: the platform's user data directory or $KIOSK_DATA_DIR")
    parser.add_argument("--config", help="TOML config file; default: <data-dir>/kiosk.toml "
                        "or $KIOSK_CONFIG")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register:
            register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return args.func(args) or 0
    except ConfigError as exc:     # one message and exit code for a bad config, every command
        print(f"config error: {exc}", file=sys.stderr)
        return 2

