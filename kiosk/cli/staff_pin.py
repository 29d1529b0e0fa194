"""`kiosk staff-pin`: set the PIN with which staff leave the patron terminal.

The PIN is typed twice (or read from stdin for scripts) and only its argon2
hash is stored, as [ui] staff_pin in the config file; the file is edited in
place with tomlkit, so every other key and comment stays.
"""
from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

import tomlkit
from argon2 import PasswordHasher
from tomlkit.exceptions import TOMLKitError

from kiosk.cli.enrol import _owner_for, _write_atomically
from kiosk.config import ConfigError, default_data_dir, load_config

# the staff exit's keypad takes digits only, at most 12 of them
MIN_DIGITS, MAX_DIGITS = 4, 12


class PinError(ValueError):
    """A PIN that cannot be used, or a config file that cannot take it."""


def check_pin(pin: str) -> str:
    if not pin.isdigit() or not MIN_DIGITS <= len(pin) <= MAX_DIGITS:
        raise PinError(f"the staff PIN must be {MIN_DIGITS} to {MAX_DIGITS} digits "
                       "(the terminal's keypad has only digits)")
    return pin


def store_pin_hash(path: Path, pin_hash: str) -> None:
    """Set [ui] staff_pin in the config file, keeping everything else."""
    try:
        doc = tomlkit.parse(path.read_text(encoding="utf-8")) if path.exists() else tomlkit.document()
    except TOMLKitError as exc:
        raise PinError(f"{path}: not valid TOML ({exc}); fix it and try again") from None
    ui = doc.get("ui")
    if ui is None:
        ui = tomlkit.table()
        doc["ui"] = ui
    ui["staff_pin"] = pin_hash
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o600
    owner = (path.stat().st_uid, path.stat().st_gid) if path.exists() else _owner_for(path.parent)
    _write_atomically(path, tomlkit.dumps(doc).encode("utf-8"), mode, owner)


def read_pin(from_stdin: bool) -> str:
    if from_stdin:
        return check_pin(sys.stdin.readline().strip())
    pin = check_pin(getpass.getpass("New staff PIN: "))
    if getpass.getpass("The same PIN again: ") != pin:
        raise PinError("the two PINs differ; nothing was changed")
    return pin


def cmd_staff_pin(args) -> int:
    data_dir = Path(args.data_dir) if args.data_dir else default_data_dir()
    path = Path(args.config or os.environ.get("KIOSK_CONFIG") or data_dir / "kiosk.toml")
    try:
        load_config(data_dir, path)             # refuse to edit a file that does not load
        pin = read_pin(args.pin_stdin)
        path.parent.mkdir(parents=True, exist_ok=True)
        store_pin_hash(path, PasswordHasher().hash(pin))
        load_config(data_dir, path)             # the file we wrote must still load
    except (ConfigError, PinError) as exc:
        print(f"staff-pin: {exc}", file=sys.stderr)
        return 1 if isinstance(exc, PinError) else 2
    except OSError as exc:
        print(f"staff-pin: {exc.filename}: {exc.strerror}", file=sys.stderr)
        return 1
    except (EOFError, KeyboardInterrupt):
        print("staff-pin: cancelled; nothing was changed", file=sys.stderr)
        return 1
    print(f"staff PIN set in {path} ([ui] staff_pin, argon2 hash); restart the terminal "
          "to use it")
    return 0


def register(sub) -> None:
    p = sub.add_parser("staff-pin", help="set the PIN staff use to leave the patron terminal",
                       description="Ask for a new staff PIN twice and store its argon2 hash as "
                                   "[ui] staff_pin in the config file (<data-dir>/kiosk.toml "
                                   "or --config), keeping its other keys and comments. Staff "
                                   "leave the terminal with five taps on the library name "
                                   "and this PIN.")
    p.add_argument("--pin-stdin", action="store_true",
                   help="read the PIN from one line of standard input (for scripts)")
    p.set_defaults(func=cmd_staff_pin)
