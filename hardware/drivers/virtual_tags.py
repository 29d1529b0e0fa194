"""ISO 15693 tags that exist only in memory: the simulator's pad, and what the protocol
emulators in the tests answer for.

A VirtualField is a set of tags in an antenna field with optional faults: a tag that
leaves when written to, or one that acknowledges writes but keeps its old bytes.
"""
from __future__ import annotations

import itertools
import threading
from dataclasses import dataclass, field

from hardware.errors import TagGone
from hardware.rfid import iso28560_2
from hardware.rfid.tagdata import Element, TagData

_serial = itertools.count(1)


@dataclass
class VirtualTag:
    uid: str
    memory: bytearray
    afi: int = 0x07
    dsfid: int = iso28560_2.DSFID
    eas: bool = True
    block_size: int = 4

    @property
    def blocks(self) -> int:
        return len(self.memory) // self.block_size


def make_tag(item_id: str, owner_library: str = "", part: int = 1, parts: int = 1, *,
             uid: str | None = None, afi: int = 0x07, blocks: int = 28,
             title: str = "") -> VirtualTag:
    """A tag written with the GB/T 35660.2 (ISO 28560-2) encoder, as Chinese libraries do."""
    elements: tuple[Element, ...] = (Element(iso28560_2.CONTENT_PARAMETER, b""),)
    if title:
        elements += (Element(17, title),)
    data = iso28560_2.encode(TagData(iso28560_2.MODEL, item_id, owner_library, part, parts,
                                     elements=elements), capacity=blocks * 4)
    uid = (uid or f"E00401{next(_serial):010X}").upper()
    return VirtualTag(uid, bytearray(data), afi=afi, eas=afi != 0xC2)


@dataclass
class VirtualField:
    """Tags on a pad. Methods raise TagGone for a UID that is not in the field."""
    tags: dict[str, VirtualTag] = field(default_factory=dict)
    faults: dict[str, str] = field(default_factory=dict)
    lock: threading.RLock = field(default_factory=threading.RLock)

    FAULTS = ("leave_on_write", "no_verify")

    def place(self, tag: VirtualTag) -> VirtualTag:
        with self.lock:
            self.tags[tag.uid] = tag
            return tag

    def lift(self, uid: str) -> VirtualTag | None:
        with self.lock:
            self.faults.pop(uid.upper(), None)
            return self.tags.pop(uid.upper(), None)

    def clear(self) -> None:
        with self.lock:
            self.tags.clear()
            self.faults.clear()

    def inject(self, uid: str, fault: str) -> None:
        """Make the next write to `uid` fail: "leave_on_write" or "no_verify"."""
        if fault not in self.FAULTS:
            raise ValueError(f"unknown fault {fault!r}; known: {', '.join(self.FAULTS)}")
        with self.lock:
            self.faults[uid.upper()] = fault

    def get(self, uid: str) -> VirtualTag:
        with self.lock:
            tag = self.tags.get(uid.upper())
            if tag is None:
                raise TagGone(f"tag {uid} is not in the field")
            return tag

    def _write_fault(self, uid: str) -> bool:
        """Apply a pending fault; True means: acknowledge but do not store."""
        fault = self.faults.pop(uid.upper(), None)
        if fault == "leave_on_write":
            self.tags.pop(uid.upper(), None)
            raise TagGone(f"tag {uid} left the field during the write")
        return fault == "no_verify"

    def read(self, uid: str, first: int, count: int) -> bytes:
        with self.lock:
            tag = self.get(uid)
            if first + count > tag.blocks:
                raise IndexError(f"blocks {first}..{first + count - 1} beyond {tag.blocks}")
            size = tag.block_size
            return bytes(tag.memory[first * size:(first + count) * size])

    def write(self, uid: str, first: int, data: bytes) -> None:
        with self.lock:
            tag = self.get(uid)
            size = tag.block_size
            if len(data) % size or first + len(data) // size > tag.blocks:
                raise IndexError(f"{len(data)} bytes at block {first} do not fit the tag")
            if not self._write_fault(uid):
                tag.memory[first * size:first * size + len(data)] = data

    def write_afi(self, uid: str, afi: int) -> None:
        with self.lock:
            tag = self.get(uid)
            if not self._write_fault(uid):
                tag.afi = afi

    def write_eas(self, uid: str, on: bool) -> None:
        with self.lock:
            self.get(uid).eas = on

    def uids(self) -> list[tuple[str, int]]:
        with self.lock:
            return [(t.uid, t.dsfid) for t in self.tags.values()]
