"""FEIG ISC frames against ones other projects publish, byte for byte, and the driver's
defaults as a reader on a point-to-point line expects them (broadcast COM-ADR FF)."""
from __future__ import annotations

import io

import pytest

import hardware
from hardware.drivers.rfid_feig import frame
from tests.hardware.rfid_emulators import FeigEmulator

# Amarok79/InlayTester.Drivers.FeigReader, Test_FeigRequest.cs (AdvancedFrame,
# AdvancedFrame_GetSoftwareVersion) and Test_FeigResponse.cs (AdvancedResponse_...)
READ_CONFIGURATION_7_AT_12 = bytes.fromhex("02 00 08 12 80 07 A0 2D")
GET_SOFTWARE_VERSION = bytes.fromhex("02 00 07 FF 65 6E 61")
SOFTWARE_VERSION_ANSWER = bytes.fromhex("02 00 0F 00 65 00 03 03 00 44 53 0D 30 74 69")
# An OBID (FEIG) reader client in Rust, serial.rs test crc16_works: inventory B0 01 00 to
# address FF has CRC 0x4318, sent low byte first.
INVENTORY_BROADCAST = bytes.fromhex("02 00 09 FF B0 01 00 18 43")


def test_frames_are_the_published_ones():
    assert frame(0x12, 0x80, b"\x07") == READ_CONFIGURATION_7_AT_12
    assert frame(0xFF, 0x65, b"") == GET_SOFTWARE_VERSION
    assert frame(0xFF, 0xB0, b"\x01\x00") == INVENTORY_BROADCAST


def test_emulator_answers_as_the_published_answer():
    request = frame(0x00, 0x65, b"")
    assert FeigEmulator().handle(io.BytesIO(request)) == SOFTWARE_VERSION_ANSWER


def test_driver_with_defaults_speaks_to_the_broadcast_address():
    emulator = FeigEmulator()
    device = hardware.open_device("rfid", f"serial:{emulator.url}?driver=feig")
    try:
        assert device.inventory() == []
        assert device.version == "3.3.0 (hardware type 44)"
    finally:
        device.close()
        emulator.unplug()
    assert GET_SOFTWARE_VERSION in emulator.requests
    assert INVENTORY_BROADCAST in emulator.requests
    assert {r[3] for r in emulator.requests} == {0xFF}


def test_a_com_adr_that_is_no_byte_is_a_spec_error():
    with pytest.raises(hardware.DeviceSpecError, match="com_adr must be 0-255"):
        hardware.open_device("rfid", "serial:/dev/ttyS0?driver=feig&com_adr=256")
