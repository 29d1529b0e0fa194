"""``kiosk devices list|watch|test``: what is attached, its events live, and a self-test.

Specs come from the config ([devices] card/rfid/scanner/printer) and are overridden by
``--card SPEC`` etc.; security and scanner settings come from the config too.
"""
from __future__ import annotations

import argparse
import threading
import time

import hardware
from hardware.drivers.printer_escpos import EscposPrinter
from hardware.drivers.rfid_pad import RfidPad

KINDS = hardware.KINDS


def register(subparsers) -> None:
    devices = subparsers.add_parser("devices", help="card readers, RFID pads, scanners, printers")
    devices.set_defaults(func=lambda args: devices.print_help() or 2)
    commands = devices.add_subparsers(dest="devices_command", metavar="COMMAND")
    for name, func, text in (
            ("list", _list, "list configured devices, their health, and attached readers/ports"),
            ("watch", _watch, "print device events live (card taps, tags on the pad, scans)"),
            ("test", _test, "self-test every configured device; exit 1 if any fails")):
        cmd = commands.add_parser(name, help=text, description=text)
        for kind in KINDS:
            cmd.add_argument(f"--{kind}", metavar="SPEC", help=f"{kind} spec, e.g. 'sim:'; "
                             "default from config; 'none' to leave it out")
        cmd.set_defaults(func=func)
        if name == "watch":
            cmd.add_argument("--seconds", type=float, default=0,
                             help="stop after this long (default: until Ctrl-C)")
            cmd.add_argument("--events", type=int, default=0,
                             help="stop after this many events")
        if name == "test":
            cmd.add_argument("--print", action="store_true", help="also print a test receipt")


def _configured(args: argparse.Namespace) -> tuple[dict[str, str], dict[str, dict]]:
    """(kind -> spec, kind -> options) from config, overridden by the command line."""
    from kiosk.config import ConfigError, load_config
    try:
        config = load_config(getattr(args, "data_dir", None), getattr(args, "config", None))
    except ConfigError as exc:
        raise SystemExit(f"kiosk devices: {exc}") from None
    from kiosk.devices import device_options
    specs = {k: getattr(args, k, None) or getattr(config.devices, k) for k in KINDS}
    return {k: v for k, v in specs.items() if v and v != "none"}, device_options(config)


def _open_all(args) -> tuple[dict[str, hardware.Device], int]:
    """The configured devices that could be built, and how many specs were wrong (each
    printed with what is wrong and what is allowed)."""
    specs, options = _configured(args)
    devices, wrong = {}, 0
    for kind, spec in specs.items():
        try:
            devices[kind] = hardware.open_device(kind, spec, **options[kind])
        except hardware.DeviceSpecError as exc:
            wrong += 1
            print(f"{kind:8} {spec:40} BAD SPEC  {exc}")
    return devices, wrong


def _list(args) -> int:
    devices, wrong = _open_all(args)
    for kind, device in devices.items():
        device.open()
        health = device.health()
        print(f"{kind:8} {device.spec:40} {'ok' if health.ok else 'FAIL'}  {health.detail}")
        device.close()
    try:
        from smartcard.System import readers
        names = [str(r) for r in readers()]
    except Exception as exc:  # noqa: BLE001 - pcscd absent is worth a line, not a crash
        names = [f"(pcscd not reachable: {exc})"]
    print("PC/SC readers:", ", ".join(names) or "none")
    from serial.tools import list_ports
    ports = [f"{p.device} ({p.description})" for p in list_ports.comports()]
    print("serial ports:", ", ".join(ports) or "none")
    return 1 if wrong else 0


def _describe(event) -> str:
    fields = ", ".join(f"{k}={v!r}" for k, v in vars(event).items() if k not in ("tags", "raw"))
    if isinstance(event, hardware.TagsChanged):
        tags = "; ".join(f"{t.uid} afi={t.afi:02X} " + (
            f"{t.data.model} item={t.data.item_id} owner={t.data.owner_library} "
            f"part={t.data.part}/{t.data.parts}" if t.data else f"undecoded ({t.error})")
            for t in event.tags)
        fields += f", tags=[{tags}]"
    return f"{time.strftime('%H:%M:%S')} {type(event).__name__}({fields})"


def _watch(args) -> int:
    devices, wrong = _open_all(args)
    if wrong and not devices:
        return 1
    count, done = 0, threading.Event()
    lock = threading.Lock()

    def show(event) -> None:
        nonlocal count
        with lock:
            print(_describe(event), flush=True)
            count += 1
            if args.events and count >= args.events:
                done.set()

    for device in devices.values():
        device.subscribe(show)
        device.open()
        health = device.health()
        print(f"watching {device.kind} {device.spec}: {health.detail}", flush=True)
    try:
        done.wait(args.seconds or None)
    except KeyboardInterrupt:
        pass
    finally:
        for device in devices.values():
            device.close()
    return 1 if wrong else 0


def _test(args) -> int:
    """Exit 1 if any spec is wrong or any device fails: a commissioning check."""
    devices, failures = _open_all(args)
    for kind, device in devices.items():
        device.open()
        try:
            health = device.health()
            detail = health.detail
            if health.ok and isinstance(device, RfidPad):
                detail = f"{len(device.inventory())} tag(s) in the field"
            if health.ok and isinstance(device, EscposPrinter) and args.print:
                device.print_receipt(hardware.Receipt("kiosk devices test",
                                                      lines=("打印测试 / print test",),
                                                      qr_payload="kiosk devices test"))
                detail = "test receipt printed"
            ok = health.ok
        except hardware.HardwareError as exc:
            ok, detail = False, str(exc)
        except Exception as exc:  # noqa: BLE001 - a driver's surprise is a FAIL line, not a trace
            ok, detail = False, f"{type(exc).__name__}: {exc}"
        finally:
            device.close()
        failures += not ok
        print(f"{kind:8} {device.spec:40} {'PASS' if ok else 'FAIL'}  {detail}")
    return 1 if failures else 0
