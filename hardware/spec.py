"""Device spec strings: ``scheme:target?key=value&...``.

One string in config says which device to open, as nfcpy's ``usb:...``/``tty:...``:
``pcsc:ACS*``, ``serial:/dev/ttyUSB0?driver=3m810``, ``escpos:usb:0416:5011``, ``sim:``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import parse_qsl

from hardware.errors import DeviceSpecError


@dataclass(frozen=True)
class Spec:
    scheme: str
    target: str
    params: dict[str, str] = field(default_factory=dict)
    text: str = ""


def parse_spec(text: str) -> Spec:
    """Split a spec string; the query part (after the last ``?``) holds driver parameters."""
    if not isinstance(text, str) or ":" not in text:
        raise DeviceSpecError(f"device spec {text!r} has no scheme; expected e.g. 'sim:' or "
                              "'pcsc:ACS*' or 'serial:/dev/ttyUSB0?driver=3m810'")
    scheme, _, rest = text.partition(":")
    scheme = scheme.strip().lower()
    if not scheme.isidentifier() and not scheme.isalnum():
        raise DeviceSpecError(f"device spec {text!r}: bad scheme {scheme!r}")
    target, params = rest, {}
    if "?" in rest:
        target, _, query = rest.rpartition("?")
        try:
            params = dict(parse_qsl(query, keep_blank_values=True, strict_parsing=True))
        except ValueError as exc:
            raise DeviceSpecError(f"device spec {text!r}: bad parameters {query!r}") from exc
    return Spec(scheme, target, params, text)
