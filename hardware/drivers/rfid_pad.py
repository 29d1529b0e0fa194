"""What every RFID pad driver shares: tag reading, verified writes and security, and the
poll loop that turns inventories into TagsChanged events.

A driver supplies the air commands (`_inventory_uids`, `_read_blocks`, `_write_blocks`,
`_read_afi`, `_write_afi`, optionally `_write_eas`/`_read_eas`) and raises TagGone when the
reader says the tag is not in the field, ProtocolError when it cannot read one. Everything
above that lives here, once: a tag the reader cannot read is reported on its own (a Tag
whose `error` starts with "unreadable") and read again at the next poll, while the other
tags on the pad are processed.
"""
from __future__ import annotations

import logging

from hardware import rfid
from hardware.device import PollingDevice
from hardware.errors import ProtocolError, TagDataError, TagGone, WriteVerifyFailed
from hardware.events import TagsChanged
from hardware.tags import Tag, missing_parts

log = logging.getLogger(__name__)


class RfidPad(PollingDevice):
    """RFID pad contract:

    - ``inventory() -> list[Tag]``: every tag in the field, read and decoded (a stack of many).
    - ``read_tag(uid) -> Tag``: one tag's memory, AFI and decoded data.
    - ``write_tag(uid, data)``: write user memory from block 0, read it back, compare.
    - ``set_security(uid, on_loan)``: write AFI (and EAS where the tag has it), read back.
    - events: TagsChanged whenever the set of tags on the pad changes.
    Errors: TagGone if the tag leaves, WriteVerifyFailed if a read-back differs.
    """

    kind = "rfid"
    block_size = 4
    default_blocks = 28  # user memory read per tag unless `blocks=` says otherwise
    supports_eas = False

    def __init__(self, spec: str, *, afi_on_loan: int = 0xC2, afi_in_library: int = 0x07,
                 use_eas: bool | str = True, blocks: int | None = None,
                 poll_interval: float = 0.3, reconnect_interval: float = 1.0,
                 **_ignored) -> None:
        super().__init__(spec, float(poll_interval), float(reconnect_interval))
        self.afi_on_loan = _byte_option("afi_on_loan", afi_on_loan)
        self.afi_in_library = _byte_option("afi_in_library", afi_in_library)
        self.blocks = int(blocks) if blocks is not None else self.default_blocks
        # EAS is switched only where the tag and reader have it and config wants it
        self.eas = self.supports_eas and str(use_eas).lower() not in ("0", "false", "no")
        self._tags: dict[str, Tag] = {}

    # --- air commands a driver implements -------------------------------------------------
    def _inventory_uids(self) -> list[tuple[str, int]]:
        """(uid, dsfid) of every tag in the field."""
        raise NotImplementedError

    def _read_blocks(self, uid: str, first: int, count: int) -> bytes:
        raise NotImplementedError

    def _write_blocks(self, uid: str, first: int, data: bytes) -> None:
        raise NotImplementedError

    def _read_afi(self, uid: str) -> int:
        raise NotImplementedError

    def _write_afi(self, uid: str, afi: int) -> None:
        raise NotImplementedError

    def _write_eas(self, uid: str, on: bool) -> None:
        raise NotImplementedError

    def _read_eas(self, uid: str) -> bool | None:
        return None

    # --- the contract -----------------------------------------------------------------------
    def inventory(self) -> list[Tag]:
        with self._io_lock:
            self.connect()
            tags = (self._read_or_report(uid, dsfid) for uid, dsfid in self._inventory_uids())
            return [tag for tag in tags if tag is not None]

    def in_field(self, uids) -> bool:
        """Whether every one of these tags is in the field right now: one inventory
        round on the air (no memory reads), so an act can be refused for a tag that
        was lifted since the last poll."""
        with self._io_lock:
            self.connect()
            here = {uid.upper() for uid, _dsfid in self._inventory_uids()}
        return all(uid.upper() in here for uid in uids)

    def read_tag(self, uid: str) -> Tag:
        with self._io_lock:
            self.connect()
            dsfid = self._tags[uid].dsfid if uid in self._tags else 0
            return self._read_tag(uid.upper(), dsfid)

    def _read_or_report(self, uid: str, dsfid: int) -> Tag | None:
        """Read one tag: None if it left, a Tag with the reader's error if it cannot be read."""
        try:
            return self._read_tag(uid, dsfid)
        except TagGone:
            log.info("tag %s left while being read", uid)
            return None
        except ProtocolError as exc:
            log.info("tag %s unreadable: %s", uid, exc)
            return Tag(uid=uid, afi=0, raw=b"", dsfid=dsfid, error=f"{UNREADABLE}: {exc}")

    def _read_tag(self, uid: str, dsfid: int) -> Tag:
        afi = self._read_afi(uid)  # AFI first, then memory: the order 3M's software uses
        raw = self._read_blocks(uid, 0, self.blocks)
        eas = self._read_eas(uid) if self.supports_eas else None
        try:
            data, error = rfid.decode(raw, dsfid or None), ""
        except TagDataError as exc:
            data, error = None, str(exc)
        return Tag(uid=uid, afi=afi, raw=raw, data=data, dsfid=dsfid, eas=eas, error=error)

    def write_tag(self, uid: str, data: bytes) -> Tag:
        """Write `data` from block 0 (padded to whole blocks), then read back and compare."""
        uid = uid.upper()
        data = bytes(data) + bytes((-len(data)) % self.block_size)
        if len(data) > self.blocks * self.block_size:
            raise TagDataError(f"{len(data)} bytes do not fit {self.blocks} blocks")
        with self._io_lock:
            self.connect()
            self._write_blocks(uid, 0, data)
            back = self._read_blocks(uid, 0, len(data) // self.block_size)
            if back != data:
                raise WriteVerifyFailed(f"tag {uid}: wrote {data.hex()} but read back {back.hex()}")
            tag = self._read_tag(uid, self._tags[uid].dsfid if uid in self._tags else 0)
            self._tags[uid] = tag
            return tag

    def set_security(self, uid: str, on_loan: bool) -> Tag:
        """Switch the security bit for a loan (on_loan=True) or a return, and verify it."""
        uid = uid.upper()
        afi = self.afi_on_loan if on_loan else self.afi_in_library
        with self._io_lock:
            self.connect()
            self._write_afi(uid, afi)
            if self.eas:
                self._write_eas(uid, not on_loan)
            got = self._read_afi(uid)
            if got != afi:
                raise WriteVerifyFailed(f"tag {uid}: AFI written {afi:02X}, read back {got:02X}")
            if self.eas and self._read_eas(uid) is on_loan:
                raise WriteVerifyFailed(f"tag {uid}: EAS still {'on' if on_loan else 'off'}")
            tag = self._read_tag(uid, self._tags[uid].dsfid if uid in self._tags else 0)
            self._tags[uid] = tag
            return tag

    def tags(self) -> list[Tag]:
        """The tags seen by the last poll."""
        return list(self._tags.values())

    def _poll(self) -> None:
        seen = dict(self._inventory_uids())
        retry = {uid for uid, tag in self._tags.items()
                 if uid in seen and tag.error.startswith(UNREADABLE)}
        if set(seen) == set(self._tags) and not retry:
            return
        new = sorted(set(seen) - set(self._tags))
        removed = tuple(sorted(set(self._tags) - set(seen)))
        current = {uid: tag for uid, tag in self._tags.items() if uid in seen}
        changed = bool(removed)
        for uid in sorted(set(new) | retry):
            tag = self._read_or_report(uid, seen[uid])
            if tag is None:
                current.pop(uid, None)
                new = [u for u in new if u != uid]
                changed = changed or uid in retry
            elif current.get(uid) != tag:
                current[uid], changed = tag, True
        self._tags = current
        if not changed:
            return
        added = tuple(new)
        tags = tuple(current[uid] for uid in sorted(current))
        self.emit(TagsChanged(tags, added, removed, missing_parts(tags)))


UNREADABLE = "unreadable"


def _byte_option(name: str, value: int | str) -> int:
    number = int(value, 0) if isinstance(value, str) else int(value)
    if not 0 <= number <= 0xFF:
        raise ValueError(f"{name} must be a byte (0-255), got {value!r}")
    return number
