"""The configured devices: spec strings and the options each kind takes.

One place turns [devices] and [security] into hardware.open_device
arguments, so the terminal, the desk, `kiosk devices` and `kiosk doctor`
open a device the same way.
"""
from __future__ import annotations

from .config import Config

KINDS = ("card", "rfid", "scanner", "printer")


def device_specs(config: Config) -> dict[str, str]:
    """kind -> spec for each configured device ("" or "none" leaves it out)."""
    specs = {kind: getattr(config.devices, kind) for kind in KINDS}
    return {kind: spec for kind, spec in specs.items() if spec and spec != "none"}


def device_options(config: Config) -> dict[str, dict]:
    d, s = config.devices, config.security
    return {
        "card": {},
        "rfid": {"afi_on_loan": s.afi_on_loan, "afi_in_library": s.afi_in_library,
                 "use_eas": s.use_eas},
        "scanner": {"max_gap": d.wedge_max_gap_ms / 1000, "min_length": d.wedge_min_length,
                    "ecard_pattern": d.ecard_pattern},
        "printer": {"encoding": d.printer_encoding},
    }
