"""An ISO 15693 library tag behind a PC/SC reader, as a virtual card for vpcd.

Written from PC/SC part 3 and ISO 15693-3, not from the driver. The tag's memory, AFI
and EAS live in a VirtualField (so faults can be injected as for the serial emulators):

    FF CA 00 00 00                 UID, least significant byte first (as it goes on air)
    FF B0 P1 P2 Le                 read Le/4 blocks from block P1P2
    FF D6 P1 P2 Lc data            write Lc/4 blocks
    <exchange> ...                 one raw ISO 15693 request in the reader's pass-through:
        "tlv"  FF C2 00 01 Lc 95 L <request> 00  -> C0 03 00 90 00, 97 L <answer>, 90 00
               (no answer from the tag: C0 03 01 64 01 and no 97)
        "raw"  FF 00 00 00 Lc <request>          -> <answer> 90 00 (no answer: 64 01)

A fault "leave_on_write" makes the card leave the reader in the middle of the write APDU.
"""
from __future__ import annotations

from functools import reduce
from operator import xor

from hardware.drivers.virtual_tags import VirtualField, VirtualTag
from hardware.errors import TagGone
from tests.hardware.vpcd_card import VirtualCard

OK = b"\x90\x00"
NO_ANSWER = b"\x64\x01"
# PC/SC part 3 ATR of a storage card; standard byte 0B = ISO 15693 part 3
_ATR_BODY = bytes.fromhex("8F8001804F0CA0000003060B0000000000")
ATR_15693 = b"\x3B" + _ATR_BODY + bytes([reduce(xor, _ATR_BODY)])
EAS_SEQUENCE = bytes(range(32))


class VirtualTagCard(VirtualCard):
    def __init__(self, tag: VirtualTag, port: int = 35963, wrap: str = "tlv",
                 field: VirtualField | None = None) -> None:
        super().__init__(tag.uid, port=port, atr=ATR_15693)
        self.field = field or VirtualField()
        self.field.place(tag)
        self.tag, self.wrap = tag, wrap
        self.requests: list[bytes] = []  # the raw ISO 15693 requests seen

    def respond(self, apdu: bytes) -> bytes | None:
        head = apdu[:4]
        try:
            if apdu == bytes.fromhex("FFCA000000"):
                return self.uid[::-1] + OK
            if head[:2] == b"\xFF\xB0":
                block, length = int.from_bytes(apdu[2:4], "big"), apdu[4]
                if length % self.tag.block_size:
                    return b"\x67\x00"
                return self.field.read(self.tag.uid, block, length // self.tag.block_size) + OK
            if head[:2] == b"\xFF\xD6":
                block, length = int.from_bytes(apdu[2:4], "big"), apdu[4]
                self.field.write(self.tag.uid, block, apdu[5:5 + length])
                return OK
            if self.wrap == "tlv" and head == b"\xFF\xC2\x00\x01":
                if apdu[5] != 0x95 or apdu[6] + 7 > len(apdu):
                    return b"\x6A\x80"
                answer = self.air(apdu[7:7 + apdu[6]])
                if answer is None:
                    return b"\xC0\x03\x01" + NO_ANSWER + OK
                return b"\xC0\x03\x00\x90\x00\x97" + bytes([len(answer)]) + answer + OK
            if self.wrap == "raw" and head == b"\xFF\x00\x00\x00":
                answer = self.air(apdu[5:5 + apdu[4]])
                return NO_ANSWER if answer is None else answer + OK
        except IndexError:
            return b"\x6B\x00"  # beyond the tag's memory
        except TagGone:
            return None  # pulled off the reader mid-command
        return b"\x6D\x00"

    def air(self, request: bytes) -> bytes | None:
        """A tag's answer to one ISO 15693 request: flags byte first; None = silence."""
        self.requests.append(request)
        flags, command = request[0], request[1]
        custom = command >= 0xA0
        at = 3 if custom else 2
        if not flags & 0x20 or request[at:at + 8][::-1] != self.uid:
            return None  # only addressed requests are used; another UID is not us
        if custom and request[2] != 0x04:
            return None
        params, tag = request[at + 8:], self.field.get(self.tag.uid)
        if command == 0x2B:
            return (b"\x00\x0F" + self.uid[::-1]
                    + bytes([tag.dsfid, tag.afi, tag.blocks - 1, tag.block_size - 1, 0x01]))
        if command == 0x27:
            self.field.write_afi(tag.uid, params[0])
            return b"\x00"
        if command in (0xA2, 0xA3):
            self.field.write_eas(tag.uid, command == 0xA2)
            return b"\x00"
        if command == 0xA5:
            return b"\x00" + EAS_SEQUENCE if tag.eas else None
        return b"\x01\x01"  # error: command not supported
