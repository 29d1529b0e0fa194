"""RFID pads that are PC/SC readers reaching ISO 15693 library tags through pseudo-APDUs.

Memory goes through the PC/SC part 3 storage-card commands every such reader has:

    GET DATA       FF CA 00 00 00               -> UID
    READ BINARY    FF B0 <block MSB> <block LSB> <length>        -> data
    UPDATE BINARY  FF D6 <block MSB> <block LSB> <length> <data>

AFI, DSFID and EAS have no storage-card command, so they travel as raw ISO 15693 requests
(addressed, high data rate: flags 22) inside the reader's pass-through APDU:

    2B get system information  -> DSFID, AFI, block size, block count
    27 write AFI               A2/A3 set/reset EAS, A5 EAS alarm (NXP ICODE SLIX, code 04)

AFI is never locked (Lock AFI, 28): it changes at every loan. How the pass-through is
wrapped differs per reader model; a ReaderProfile holds those bytes and the spec picks one
(``pcsc15693:OMNIKEY*?model=omnikey``) or overrides them (``&exchange=FFC20001&wrap=tlv``).

A reader whose firmware refuses the pass-through (any status but 90 00 to the exchange
APDU, e.g. 6D 00) still reads and writes tags with the storage commands alone: the DSFID is
then unknown (the data model is detected), the block size is taken as 4 and memory read
until the reader says it ends; the AFI reads as 0 and writing AFI or EAS raises
ProtocolError naming the missing pass-through. health() says which mode the reader is in.

A PC/SC reader presents one tag at a time as "the card": inventory() is that tag or
nothing. A stack of items needs a serial pad.
"""
from __future__ import annotations

import fnmatch
import logging
from dataclasses import dataclass
from typing import Literal, overload

from hardware.drivers.rfid_pad import RfidPad
from hardware.errors import DeviceSpecError, DeviceUnavailable, ProtocolError, TagGone

log = logging.getLogger(__name__)

GET_UID = bytes.fromhex("FFCA000000")
NO_RESPONSE = b"\x64\x01"  # status word: the card did not answer in time
ADDRESSED = 0x22  # request flags: high data rate, addressed (UID in the request)
NXP = 0x04        # IC manufacturer code of NXP, whose ICODE SLIX tags have EAS
ISO_ERRORS = {0x01: "command not supported", 0x02: "command not recognised",
              0x0F: "unknown error", 0x10: "block not available", 0x12: "block locked",
              0x13: "block not programmed"}


@dataclass(frozen=True)
class ReaderProfile:
    """The bytes one reader model wants for the ISO 15693 pass-through.

    `exchange` is the APDU header (CLA INS P1 P2). `wrap` says how the request rides in it:
    "tlv" is the PC/SC 2.02 part 3 Transparent Exchange (request in data object 95, Le 00,
    the tag's answer in data object 97 of the response); "raw" puts the request as the
    APDU's data and takes the response data as the tag's answer (status 64 01: none).
    """
    exchange: bytes
    wrap: str


PART3 = ReaderProfile(bytes.fromhex("FFC20001"), "tlv")
# Aliases by model. The byte forms follow the PC/SC part 3 supplement and the vendors'
# reference manuals; override them per reader in the spec when a firmware differs.
PROFILES = {
    "part3": PART3,
    "omnikey": PART3,   # HID OMNIKEY 5x21/5022/5x22 transparent session
    "acr1281u": ReaderProfile(bytes.fromhex("FF000000"), "raw"),  # ACS direct transmit
}
WRAPS = ("tlv", "raw")


def profile_for(model: str, exchange: str | None = None, wrap: str | None = None) -> ReaderProfile:
    """The profile of `model`, with `exchange`/`wrap` from the spec replacing its bytes."""
    if model not in PROFILES:
        raise DeviceSpecError(f"pcsc15693 model {model!r} is unknown; known: "
                              f"{', '.join(sorted(PROFILES))}")
    base = PROFILES[model]
    if exchange is not None:
        try:
            header = bytes.fromhex(exchange)
        except ValueError:
            header = b""
        if len(header) != 4:
            raise DeviceSpecError(f"pcsc15693 exchange={exchange!r} must be 4 hex bytes "
                                  "(CLA INS P1 P2), e.g. FFC20001")
        base = ReaderProfile(header, base.wrap)
    if wrap is not None:
        if wrap not in WRAPS:
            raise DeviceSpecError(f"pcsc15693 wrap={wrap!r}; expected one of {', '.join(WRAPS)}")
        base = ReaderProfile(base.exchange, wrap)
    return base


class PassThroughRefused(ProtocolError):
    """The reader refused the pass-through APDU itself (not the tag a request)."""


def _tlv(data: bytes) -> dict[int, bytes]:
    """BER-TLV data objects with one-byte tags (as PC/SC part 3 answers carry them)."""
    objects, i = {}, 0
    while i + 2 <= len(data):
        tag, length, i = data[i], data[i + 1], i + 2
        if length & 0x80:
            width = length & 0x7F
            length, i = int.from_bytes(data[i:i + width], "big"), i + width
        if i + length > len(data):
            raise ProtocolError(f"transparent exchange answer is truncated: {data.hex(' ')}")
        objects[tag], i = data[i:i + length], i + length
    return objects


def uid_from_reader(data: bytes) -> str:
    """Upper-case hex UID, most significant byte first. Readers differ in the order they
    return it; an ISO 15693 UID always starts with E0, which tells the order."""
    if len(data) != 8:
        raise ProtocolError(f"GET DATA gave {len(data)} UID bytes, an ISO 15693 tag has 8")
    if data[0] != 0xE0 and data[-1] == 0xE0:
        data = data[::-1]
    return data.hex().upper()


class Pcsc15693Pad(RfidPad):
    supports_eas = True

    def __init__(self, spec: str, pattern: str = "", *, model: str = "part3",
                 exchange: str | None = None, wrap: str | None = None, **options) -> None:
        super().__init__(spec, **options)
        self.pattern = pattern or "*"
        self.profile = profile_for(model, exchange, wrap)
        self.reader = ""
        self._context = None
        self._card: tuple[int, int] | None = None   # (handle, protocol)
        self._current: tuple[str, int] | None = None  # (uid, dsfid) of the card held
        self._sizes: dict[str, tuple[int, int]] = {}  # uid -> (block size, blocks)
        self.passthrough: bool | None = None  # None until the reader has been tried

    def _healthy_detail(self) -> str:
        if self.passthrough is False:
            return (f"connected to {self.reader}: storage commands only (the reader refuses "
                    "the ISO 15693 pass-through; no AFI or EAS)")
        return f"connected to {self.reader}"

    # --- the reader and the card on it -------------------------------------------------------
    def _connect(self) -> None:
        from smartcard import scard
        hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
        if hresult != scard.SCARD_S_SUCCESS:
            raise DeviceUnavailable(f"pcscd not reachable: {scard.SCardGetErrorMessage(hresult)}")
        self._context = context
        hresult, names = scard.SCardListReaders(context, [])
        names = [n for n in (names if hresult == scard.SCARD_S_SUCCESS else [])
                 if fnmatch.fnmatchcase(n, self.pattern)]
        if not names:
            self._disconnect()
            raise DeviceUnavailable(f"no PC/SC reader matches {self.pattern!r}")
        self.reader = names[0]

    def _disconnect(self) -> None:
        from smartcard import scard
        self._release_card()
        if self._context is not None:
            scard.SCardReleaseContext(self._context)
        self._context = None

    def _release_card(self) -> None:
        from smartcard import scard
        if self._card is not None:
            scard.SCardDisconnect(self._card[0], scard.SCARD_LEAVE_CARD)
        self._card, self._current = None, None

    def _inventory_uids(self) -> list[tuple[str, int]]:
        """The tag on the reader: the held card while PC/SC says it is still there, else a
        fresh connection (a different tag put down in between is a new card)."""
        from smartcard import scard
        if self._card is not None:
            hresult, *_ = scard.SCardStatus(self._card[0])
            if hresult != scard.SCARD_S_SUCCESS:
                self._release_card()
                self._check_reader(hresult)
        if self._card is None:
            hresult, handle, protocol = scard.SCardConnect(
                self._context, self.reader, scard.SCARD_SHARE_SHARED,
                scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1)
            if hresult != scard.SCARD_S_SUCCESS:
                self._check_reader(hresult)
                return []
            self._card = (handle, protocol)
            try:
                uid = uid_from_reader(self._apdu(GET_UID, "GET DATA", "?"))
            except TagGone:
                return []
            except ProtocolError as exc:  # held, so it is not retried until it leaves
                log.info("card on %s is not an ISO 15693 tag: %s", self.reader, exc)
                return []
            try:
                self._current = (uid, self._system_info(uid)[0] if self.passthrough is not False
                                 else 0)
            except TagGone:
                self._release_card()
                return []
            except PassThroughRefused as exc:
                log.warning("%s; reading tags with storage commands only", exc)
                self.passthrough = False
                self._current = (uid, 0)
                self._set_health(True, self._healthy_detail())
            except ProtocolError:  # a tag the profile cannot talk to: say so, every time
                self._release_card()
                raise
        return [self._current] if self._current else []

    def _check_reader(self, hresult: int) -> None:
        """Raise DeviceUnavailable if `hresult` means the reader or pcscd is gone; a card
        that is merely absent or was removed is not an error."""
        from smartcard import scard
        if hresult in (scard.SCARD_S_SUCCESS, scard.SCARD_E_NO_SMARTCARD,
                       scard.SCARD_W_REMOVED_CARD, scard.SCARD_W_RESET_CARD, scard.SCARD_W_UNRESPONSIVE_CARD,
                       scard.SCARD_W_UNPOWERED_CARD, scard.SCARD_E_NOT_TRANSACTED):
            return
        raise DeviceUnavailable(f"reader {self.reader}: {scard.SCardGetErrorMessage(hresult)}")

    def _select(self, uid: str) -> None:
        held = self._inventory_uids()
        if not held or held[0][0] != uid:
            on = f" ({held[0][0]} is)" if held else ""
            raise TagGone(f"tag {uid} is not on reader {self.reader}{on}")

    @overload
    def _apdu(self, apdu: bytes, what: str, uid: str,
              silence_ok: Literal[False] = False) -> bytes: ...

    @overload
    def _apdu(self, apdu: bytes, what: str, uid: str, silence_ok: bool) -> bytes | None: ...

    def _apdu(self, apdu: bytes, what: str, uid: str, silence_ok: bool = False) -> bytes | None:
        """Send one APDU to the held card; the response data on 90 00, TagGone when the card
        went away (or none is held). With `silence_ok`, status 64 01 (the tag did not answer
        the pass-through) is None."""
        from smartcard import scard
        card = self._card
        if card is None:
            raise TagGone(f"tag {uid} is not on reader {self.reader}")
        hresult, response = scard.SCardTransmit(card[0], card[1], list(apdu))
        if hresult != scard.SCARD_S_SUCCESS or len(response) < 2:
            # no answer at all: the tag went (or the reader did, which the status tells)
            status, *_ = scard.SCardStatus(card[0])
            self._release_card()
            self._check_reader(status)
            raise TagGone(f"tag {uid} left reader {self.reader} during {what}")
        data, status = bytes(response[:-2]), bytes(response[-2:])
        if silence_ok and status == NO_RESPONSE:
            return None
        if status != b"\x90\x00":
            raise ProtocolError(f"reader {self.reader} refused {what} for tag {uid}: "
                                f"status {status.hex().upper()}")
        return data

    # --- raw ISO 15693 requests through the pass-through -------------------------------------
    def _air(self, uid: str, command: int, params: bytes = b"", custom: bool = False) -> bytes | None:
        """Send an addressed ISO 15693 request; the answer after its flags byte, or None if
        the tag did not answer."""
        body = bytes([ADDRESSED, command]) + (bytes([NXP]) if custom else b"")
        request = body + bytes.fromhex(uid)[::-1] + params
        header, what = self.profile.exchange, f"ISO 15693 command {command:02X}"
        if self.passthrough is False:
            raise ProtocolError(f"reader {self.reader} refuses the ISO 15693 pass-through "
                                f"({header.hex().upper()}), so {what} cannot be sent; pick "
                                "its model= or exchange= in the spec")
        try:
            if self.profile.wrap == "tlv":
                wrapped = b"\x95" + bytes([len(request)]) + request
                data = self._apdu(header + bytes([len(wrapped)]) + wrapped + b"\x00", what,
                                  uid)
                answer = _tlv(data).get(0x97)
            else:
                answer = self._apdu(header + bytes([len(request)]) + request, what, uid,
                                    silence_ok=True)
        except PassThroughRefused:
            raise
        except ProtocolError as exc:
            raise PassThroughRefused(str(exc)) from None
        self.passthrough = True
        if answer is None:
            return None
        if answer[0] & 0x01:
            code = answer[1] if len(answer) > 1 else 0x0F
            raise ProtocolError(f"tag {uid} answered {what} with ISO 15693 error {code:02X} "
                                f"({ISO_ERRORS.get(code, 'custom error')})")
        return answer[1:]

    def _system_info(self, uid: str) -> tuple[int, int]:
        """(DSFID, AFI); remembers block size and count."""
        info = self._air(uid, 0x2B)
        if info is None:
            raise TagGone(f"tag {uid} did not answer GET SYSTEM INFORMATION")
        flags, rest = info[0], info[9:]
        fields = {}
        for bit, name, width in ((0x01, "dsfid", 1), (0x02, "afi", 1), (0x04, "memory", 2)):
            if flags & bit:
                if len(rest) < width:
                    raise ProtocolError(f"system information too short: {info.hex(' ')}")
                fields[name], rest = rest[:width], rest[width:]
        if "memory" in fields:
            blocks, size = fields["memory"]
            self._sizes[uid] = ((size & 0x1F) + 1, blocks + 1)
        return fields.get("dsfid", b"\0")[0], fields.get("afi", b"\0")[0]

    # --- the air commands RfidPad needs --------------------------------------------------------
    def _read_blocks(self, uid, first, count):
        self._select(uid)
        known = uid in self._sizes
        size, blocks = self._sizes.get(uid, (self.block_size, first + count))
        out = bytearray()
        for block in range(first, min(first + count, blocks)):
            try:
                out += self._apdu(b"\xFF\xB0" + block.to_bytes(2, "big") + bytes([size]),
                                  f"READ BINARY of block {block}", uid)
            except ProtocolError:
                if known or block == first:
                    raise
                break  # block count unknown (no pass-through): the memory ends here
        return bytes(out)

    def _write_blocks(self, uid, first, data):
        self._select(uid)
        size = self._sizes.get(uid, (self.block_size,))[0]
        for i in range(0, len(data), size):
            block = first + i // size
            self._apdu(b"\xFF\xD6" + block.to_bytes(2, "big") + bytes([size]) + data[i:i + size],
                       f"UPDATE BINARY of block {block}", uid)

    def _read_afi(self, uid):
        self._select(uid)
        if self.passthrough is False:
            return 0  # unknown: only the pass-through reaches the AFI
        return self._system_info(uid)[1]

    def _write_afi(self, uid, afi):
        self._select(uid)
        if self._air(uid, 0x27, bytes([afi])) is None:
            raise TagGone(f"tag {uid} did not answer WRITE AFI")

    def _write_eas(self, uid, on):
        if bytes.fromhex(uid)[1] != NXP:
            return  # EAS is an NXP custom command; other tags rely on the AFI alone
        if self._air(uid, 0xA2 if on else 0xA3, custom=True) is None:
            raise TagGone(f"tag {uid} did not answer {'SET' if on else 'RESET'} EAS")

    def _read_eas(self, uid):
        if bytes.fromhex(uid)[1] != NXP or self.passthrough is False:
            return None
        # EAS ALARM: a tag with EAS set answers with its EAS sequence; one without stays silent
        return self._air(uid, 0xA5, custom=True) is not None
