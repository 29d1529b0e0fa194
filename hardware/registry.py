"""Which class drives which spec, and the checks every spec passes before a driver is built.

A reader model is one module plus one row here: ``(kind, scheme, model)`` names the class
by its dotted path (imported only when used), whether the spec must name a target (a port,
a reader pattern) and how the spec picks the model (``serial:...?driver=3m810``). The spec
parameters a driver takes are read from its constructor's keyword parameters (following
``**options`` up to the base classes), so a misspelt or unknown key, or a value of the
wrong type, is a DeviceSpecError naming the key and what is allowed.
"""
from __future__ import annotations

import importlib
import inspect
from dataclasses import dataclass

from hardware.errors import DeviceSpecError
from hardware.spec import Spec

MODEL_KEY = "driver"  # the spec parameter that picks a model within a scheme
_NOT_OPTIONS = {"self", "spec", "port", "pattern", "target"}


@dataclass(frozen=True)
class Driver:
    kind: str
    scheme: str
    path: str                # "package.module:Class"
    model: str = ""          # value of ?driver= that picks this class ("" = the only one)
    target: str = ""         # "" none, "optional" (may be empty) or "required"

    def args(self, spec: Spec) -> tuple[str, ...]:
        """The positional arguments after the spec text: the target, if the driver takes one."""
        return (spec.target,) if self.target else ()

    def load(self) -> type:
        module, _, name = self.path.partition(":")
        return getattr(importlib.import_module(module), name)


DRIVERS = (
    Driver("card", "sim", "hardware.drivers.card_sim:SimCardReader"),
    Driver("card", "pcsc", "hardware.drivers.card_pcsc:PcscCardReader", target="optional"),
    Driver("rfid", "sim", "hardware.drivers.rfid_sim:SimRfidPad"),
    Driver("rfid", "serial", "hardware.drivers.rfid_3m810:M3M810Pad", "3m810", "required"),
    Driver("rfid", "serial", "hardware.drivers.rfid_feig:FeigPad", "feig", "required"),
    Driver("rfid", "pcsc15693", "hardware.drivers.rfid_pcsc15693:Pcsc15693Pad",
           target="optional"),
    Driver("scanner", "sim", "hardware.drivers.scanners:SimScanner"),
    Driver("scanner", "wedge", "hardware.drivers.scanners:WedgeScanner"),
    Driver("scanner", "serial", "hardware.drivers.scanners:SerialScanner", target="required"),
    Driver("printer", "sim", "hardware.drivers.printer_escpos:SimPrinter"),
    Driver("printer", "escpos", "hardware.drivers.printer_escpos:EscposPrinter",
           target="required"),
)


def find(kind: str, spec: Spec) -> Driver:
    """The driver for `spec`, or a DeviceSpecError listing what the spec could say."""
    same_kind = [d for d in DRIVERS if d.kind == kind]
    in_scheme = [d for d in same_kind if d.scheme == spec.scheme]
    if not in_scheme:
        schemes = sorted({d.scheme for d in same_kind})
        raise DeviceSpecError(f"{kind} spec {spec.text!r}: scheme {spec.scheme!r} is not one "
                              f"of {', '.join(schemes)}")
    models = [d.model for d in in_scheme if d.model]
    if models:
        chosen = spec.params.get(MODEL_KEY, "")
        found = [d for d in in_scheme if d.model == chosen]
        if not found:
            raise DeviceSpecError(f"{kind} spec {spec.text!r}: {MODEL_KEY}={chosen!r}; "
                                  f"allowed: {', '.join(sorted(models))} (e.g. "
                                  f"{spec.scheme}:{spec.target or 'PORT'}?{MODEL_KEY}="
                                  f"{min(models)})")
        driver = found[0]
    else:
        driver = in_scheme[0]
    if driver.target == "required" and not spec.target:
        raise DeviceSpecError(f"{kind} spec {spec.text!r} names no "
                              f"{'port' if spec.scheme == 'serial' else 'target'}")
    return driver


def options_of(cls: type) -> dict[str, inspect.Parameter]:
    """The keyword parameters `cls` takes, following **options into its base classes."""
    found: dict[str, inspect.Parameter] = {}
    for klass in cls.__mro__:
        init = klass.__dict__.get("__init__")
        if init is None or klass is object:
            continue
        params = inspect.signature(init).parameters.values()
        for p in params:
            if p.kind in (p.KEYWORD_ONLY, p.POSITIONAL_OR_KEYWORD) and p.name not in _NOT_OPTIONS:
                found.setdefault(p.name, p)
        if not any(p.kind is p.VAR_KEYWORD and p.name != "_ignored" for p in params):
            break  # no **options passed on to a base class (**_ignored swallows them)
    return found


def check_params(kind: str, spec: Spec, cls: type) -> dict[str, str]:
    """The spec's parameters (less the model key), each known to `cls` and of its type."""
    allowed = options_of(cls)
    params = {k: v for k, v in spec.params.items() if k != MODEL_KEY}
    for key, value in params.items():
        if key not in allowed:
            raise DeviceSpecError(f"{kind} spec {spec.text!r}: unknown parameter {key!r}; "
                                  f"allowed: {', '.join(sorted(allowed)) or 'none'}")
        expected = _type_of(allowed[key])
        if expected is not None and not _parses(value, expected):
            raise DeviceSpecError(f"{kind} spec {spec.text!r}: {key}={value!r} is not "
                                  f"{_TYPE_WORDS[expected]}")
    return params


_TYPE_WORDS = {int: "a whole number (e.g. 8 or 0xFF)", float: "a number (e.g. 0.5)",
               bool: "yes/no (1, 0, true, false, yes, no)"}


def _type_of(param: inspect.Parameter) -> type | None:
    if isinstance(param.default, bool):
        return bool
    if isinstance(param.default, int | float):
        return type(param.default)
    text = str(param.annotation)
    for name, kind in (("bool", bool), ("float", float), ("int", int)):
        if text.startswith(name) and "str" not in text:
            return kind
    return None


def _parses(value: str, kind: type) -> bool:
    try:
        if kind is bool:
            return value.lower() in ("0", "1", "true", "false", "yes", "no")
        if kind is int:
            int(value, 0) if value[:2].lower() in ("0x", "0o", "0b") else int(value)
        else:
            float(value)
    except ValueError:
        return False
    return True
