"""`kiosk central`: the reference central server and its admin verbs.

  kiosk central [--data-dir DIR] [--host 127.0.0.1] [--port 8765] [--demo] [--max-skew 300]
                [--timezone Asia/Shanghai]
  kiosk central enrol NAME [--branch SZL] [--kind desk]
                                             a device token and a one-time enrolment code
  kiosk central rotate-token DEVICE_ID        a new token and code; the old token stops
  kiosk central set-kind DEVICE_ID desk|terminal   what the device gets of patrons
  kiosk central reset-stream KIND             new epoch: terminals re-pull that stream (410)
  kiosk central add-staff USER --role librarian|supervisor   (password asked, or --password)
"""
from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from kiosk.config import default_data_dir, read_secret
from kiosk.ports.backend import DEVICE_KINDS, STREAMS


def _data_dir(args) -> Path:
    return Path(args.data_dir) if getattr(args, "data_dir", None) else \
        default_data_dir() / "central"


def _store(args):
    from central.runner import open_store
    path = _data_dir(args)
    path.mkdir(parents=True, exist_ok=True)
    return open_store(path)


def cmd_serve(args) -> int:
    from datetime import timedelta

    import uvicorn

    from central.app import create_app
    from central.providers import SignedProvider, SimulatedProvider
    from central.reports import local_zone
    from central.runner import DEMO_CODE, open_store

    try:
        local_zone(args.timezone)
        pin_secret = (read_secret(args.offline_pin_secret_file, "--offline-pin-secret-file")
                      if args.offline_pin_secret_file else None)
        payment_secret = (read_secret(args.payment_secret_file, "--payment-secret-file")
                          if args.payment_secret_file else None)
    except (ValueError, OSError) as exc:
        print(f"kiosk central: {exc}", file=sys.stderr)
        return 2
    if bool(args.payment_url) != bool(payment_secret):
        print("kiosk central: --payment-url and --payment-secret-file go together",
              file=sys.stderr)
        return 2
    provider = (SimulatedProvider() if args.demo else
                SignedProvider(args.payment_url, payment_secret) if payment_secret else None)
    data_dir = _data_dir(args)
    data_dir.mkdir(parents=True, exist_ok=True)
    store = open_store(data_dir, demo=args.demo, timezone=args.timezone)
    app = create_app(store, max_skew_s=args.max_skew, faults=args.faults,
                     offline_pin_secret=pin_secret, public_url=args.public_url,
                     timezone=args.timezone, demo_code=DEMO_CODE if args.demo else None,
                     payment_provider=provider,
                     staff_idle=timedelta(hours=args.staff_idle_hours))
    print(f"central server: http://{args.host}:{args.port}/api/v1  (data {data_dir}; "
          f"OpenAPI at /openapi.json)", flush=True)
    if args.demo:
        print(f"demo: staff librarian/librarian, supervisor/supervisor; a desk joins with "
              f"kiosk staff --central http://{args.host}:{args.port} --enrol-code {DEMO_CODE}",
              flush=True)
    if args.faults:
        print("fault injection is ON (POST /_faults)", flush=True)
    try:
        uvicorn.run(app, host=args.host, port=args.port, log_level=log_level(args))
    finally:
        store.close()
    return 0


def log_level(args) -> str:
    """--log-level, else [logging] level of the config (KIOSK_LOGGING_LEVEL)."""
    from kiosk.config import from_args
    return (args.log_level or from_args(args).logging.level).lower()


def cmd_enrol(args) -> int:
    store = _store(args)
    try:
        device = store.create_device(args.name, args.branch, args.kind)
    finally:
        store.close()
    print(f"device:          {device['device_id']} ({device['name']}, a {device['kind']})")
    print(f"token:           {device['token']}")
    print(f"enrolment code:  {device['code']}  (POST /api/v1/enrol, once)")
    return 0


def cmd_rotate_token(args) -> int:
    store = _store(args)
    try:
        device = store.rotate_token(args.device_id)
    finally:
        store.close()
    if device is None:
        print(f"no device {args.device_id}", file=sys.stderr)
        return 1
    print(f"device:          {device['device_id']}")
    print(f"token:           {device['token']}")
    print(f"enrolment code:  {device['code']}  (POST /api/v1/enrol, once)")
    print("the old token no longer works")
    return 0


def cmd_set_kind(args) -> int:
    store = _store(args)
    try:
        found = store.set_kind(args.device_id, args.kind)
    finally:
        store.close()
    if not found:
        print(f"no device {args.device_id}", file=sys.stderr)
        return 1
    print(f"device {args.device_id} is now a {args.kind}; its token stays. Run "
          "`kiosk central reset-stream patrons` so that what a terminal holds is pulled anew")
    return 0


def cmd_reset_stream(args) -> int:
    store = _store(args)
    try:
        epoch = store.reset_stream(args.kind)
    finally:
        store.close()
    print(f"stream {args.kind}: epoch {epoch}; terminals will pull it again from the start")
    return 0


def cmd_add_staff(args) -> int:
    from central.accounts import add_staff

    password = args.password or getpass.getpass(f"password for {args.user}: ")
    if not password:
        print("a password is needed", file=sys.stderr)
        return 2
    store = _store(args)
    try:
        add_staff(store, args.user, password, args.role)
    finally:
        store.close()
    print(f"staff user {args.user} ({args.role}) saved")
    return 0


def register(subparsers) -> None:
    data_dir = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: do not overwrite `kiosk --data-dir X central` with None
    data_dir.add_argument("--data-dir", default=argparse.SUPPRESS,
                          help="the centre's data directory (default: <kiosk data dir>/central)")
    central = subparsers.add_parser("central", parents=[data_dir],
                                    help="run the reference central server")
    central.add_argument("--host", default="127.0.0.1",
                         help="address to bind (default loopback only)")
    central.add_argument("--port", type=int, default=8765)
    central.add_argument("--demo", action="store_true",
                         help="load the demo library and staff users into an empty store")
    central.add_argument("--max-skew", type=float, default=300, metavar="SECONDS",
                         help="refuse pushes from devices whose clock is further off")
    central.add_argument("--timezone", default="Asia/Shanghai", metavar="ZONE",
                         help="the library's time zone, for statistics by local hour and day "
                              "(IANA name; default Asia/Shanghai)")
    central.add_argument("--offline-pin-secret-file", metavar="FILE",
                         help="the deployment secret (0600 file) offline PIN hashes are keyed "
                              "with; without it no PIN hash leaves the centre")
    central.add_argument("--payment-url", metavar="TEMPLATE",
                         help="the payment provider's pay URL, with {order_id} and {amount_fen}")
    central.add_argument("--payment-secret-file", metavar="FILE",
                         help="the secret (0600 file) the provider signs notifications with")
    central.add_argument("--staff-idle-hours", type=float, default=8,
                         help="a staff token unused this long ends (default 8)")
    central.add_argument("--public-url", help="root URL phones reach for the payment page")
    central.add_argument("--faults", action="store_true",
                         help="enable POST /_faults fault injection (tests only)")
    central.add_argument("--log-level",
                         choices=("critical", "error", "warning", "info", "debug"),
                         help="default: [logging] level of the config")
    central.set_defaults(func=cmd_serve)
    verbs = central.add_subparsers(dest="central_command", metavar="VERB")

    enrol = verbs.add_parser("enrol", parents=[data_dir],
                             help="create a device (terminal or desk) and its token")
    enrol.add_argument("name")
    enrol.add_argument("--branch", default="", help="the device's branch (location id)")
    enrol.add_argument("--kind", choices=DEVICE_KINDS, default="terminal",
                       help="a terminal (readers: no staff notes, chip UIDs only keyed) or a "
                            "desk (staff: patrons whole); default terminal")
    enrol.set_defaults(func=cmd_enrol)

    rotate = verbs.add_parser("rotate-token", parents=[data_dir],
                              help="a new token and enrolment code for a device")
    rotate.add_argument("device_id")
    rotate.set_defaults(func=cmd_rotate_token)

    kind = verbs.add_parser("set-kind", parents=[data_dir],
                            help="make a device a terminal or a desk (its token stays)")
    kind.add_argument("device_id")
    kind.add_argument("kind", choices=DEVICE_KINDS)
    kind.set_defaults(func=cmd_set_kind)

    reset = verbs.add_parser("reset-stream", parents=[data_dir],
                             help="start a new epoch of a stream")
    reset.add_argument("kind", choices=STREAMS)
    reset.set_defaults(func=cmd_reset_stream)

    staff = verbs.add_parser("add-staff", parents=[data_dir], help="add or reset a staff user")
    staff.add_argument("user")
    staff.add_argument("--role", choices=("librarian", "supervisor"), required=True)
    staff.add_argument("--password", help="default: asked on the terminal")
    staff.set_defaults(func=cmd_add_staff)
