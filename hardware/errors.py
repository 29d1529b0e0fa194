"""Errors raised by the device layer; each says what went wrong in words a log reader can act on."""
from __future__ import annotations


class HardwareError(Exception):
    """Base of every error raised by `hardware`."""


class DeviceSpecError(HardwareError, ValueError):
    """A device spec string (``pcsc:ACS*``, ``serial:...``) that cannot be understood."""


class DeviceUnavailable(HardwareError):
    """The device is not attached, not reachable, or was unplugged."""


class ProtocolError(HardwareError):
    """A reader answered with a frame we cannot accept (bad CRC, wrong length, error status)."""


class TagGone(HardwareError):
    """The tag left the field (or never was there) during an operation."""


class WriteVerifyFailed(HardwareError):
    """A write was accepted by the reader but reading it back gave different bytes."""


class TagDataError(HardwareError, ValueError):
    """Tag memory that does not follow the data model it claims to follow."""
