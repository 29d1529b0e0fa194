"""Device drivers and tag-data codecs for the kiosk. Imports nothing else of ours.

    device = open_device("rfid", "serial:/dev/ttyUSB0?driver=3m810", afi_on_loan=0xC2)
    device.subscribe(print)
    device.open()

Kinds and spec schemes (hardware.registry maps each to its driver class):

    card      pcsc:<reader name pattern>                         | sim:
    rfid      serial:<port or pyserial URL>?driver=3m810|feig    | sim:
              pcsc15693:<reader name pattern>?model=part3|omnikey|acr1281u
    scanner   wedge:   serial:<port>?baudrate=9600                | sim:
    printer   escpos:usb:VID:PID | escpos:serial:PORT | escpos:network:HOST[:PORT]
              | escpos:file:PATH                                  | sim:

Options are config values passed as keywords (AFI values, code page, wedge thresholds,
e-card pattern, PC/SC APDU bytes); parameters in the spec's query string win over them.
"""
from __future__ import annotations

from hardware import registry
from hardware.device import Device
from hardware.errors import (
    DeviceSpecError,
    DeviceUnavailable,
    HardwareError,
    ProtocolError,
    TagDataError,
    TagGone,
    WriteVerifyFailed,
)
from hardware.events import (
    CardPresented,
    CardRemoved,
    CodeScanned,
    DeviceError,
    DeviceHealth,
    PrinterStatus,
    TagsChanged,
)
from hardware.receipt import Receipt, ReceiptItem, mask_card
from hardware.spec import Spec, parse_spec
from hardware.tags import MissingParts, Tag

KINDS = ("card", "rfid", "scanner", "printer")

__all__ = [
    "KINDS", "CardPresented", "CardRemoved", "CodeScanned", "Device", "DeviceError",
    "DeviceHealth", "DeviceSpecError", "DeviceUnavailable", "HardwareError", "MissingParts",
    "PrinterStatus", "ProtocolError", "Receipt", "ReceiptItem", "Spec", "Tag", "TagDataError",
    "TagGone", "TagsChanged", "WriteVerifyFailed", "mask_card", "open_device", "parse_spec",
]


def open_device(kind: str, spec: str, **options) -> Device:
    """Build the driver for `spec` (hardware.registry says which). The device is not
    opened: call ``open()`` (or use ``with``). A spec the driver cannot take, or an option
    value it refuses, is a DeviceSpecError that names the key and what is allowed."""
    if kind not in KINDS:
        raise DeviceSpecError(f"unknown device kind {kind!r}; expected one of {', '.join(KINDS)}")
    parsed = parse_spec(spec)
    driver = registry.find(kind, parsed)
    cls = driver.load()
    options = {**options, **registry.check_params(kind, parsed, cls)}
    try:
        return cls(parsed.text, *driver.args(parsed), **options)
    except DeviceSpecError:
        raise
    except ValueError as exc:  # a value of the right type the driver still refuses
        raise DeviceSpecError(f"{kind} spec {spec!r}: {exc}") from None

