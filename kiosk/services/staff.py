"""What only staff may do at the desk, beside what the terminal does. No Qt here.

The desk is a terminal whose acts carry a librarian's name: it shares the
circulation service, the replica, the outbox and the sync engine, and adds
staff sign-in through the centre, overrides and fee settlements (which the
centre audits with who, when and why), the holds shelf, the exceptions list,
the fleet, statistics and tag programming on the pad.

    terminal, desk = kiosk.app.build_desk(config)
    desk.sign_in("librarian", "librarian")
    desk.checkout("0440000001", "3100000123", override="reader's card at home")
"""
from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from hardware import HardwareError, Receipt, ReceiptItem, Tag, TagDataError, WriteVerifyFailed
from hardware.rfid import decode, iso28560_2
from hardware.rfid.tagdata import Element, TagData
from kiosk.domain.models import Location, Patron
from kiosk.domain.reasons import Refusal
from kiosk.ports.backend import BackendUnavailable, Refused, StaffApi
from kiosk.ports.effects import FeesSettled

from .acts import Act
from .results import AccountView, ActResult, CheckinResult, ServiceRefused

log = logging.getLogger(__name__)

ROLES = ("librarian", "supervisor")
NOTES_MAX = 2000        # the centre's limit on a patron's notes
#: refusals a librarian may override at the desk (a missing item or card cannot be)
OVERRIDABLE = frozenset({
    "patron_blocked", "patron_expired", "limit_reached", "item_not_loanable", "item_on_loan",
    "item_on_hold_for_other", "item_missing_parts", "has_overdue", "has_fees", "renew_limit",
    "renew_not_allowed", "renew_reserved", "card_lost",
})


@dataclass(frozen=True)
class Scanned:
    """What a scanned or typed code is in this library's data: kind patron (key: the
    card number), item (key: the barcode), both (a card number that is also a
    barcode: key the card, item the barcode) or unknown; label is the patron's name
    or the item's title."""

    kind: str
    key: str = ""
    label: str = ""
    item: str = ""


class StaffError(Exception):
    """A staff request the centre (or the desk) refused; `code` names why, `params` the numbers.

    Codes: bad_login (params: left), staff_locked (minutes), not_signed_in, forbidden,
    offline, reason_needed, not_overridable, tag_write_failed, bad_input.
    """

    def __init__(self, code: str, detail: str = "", **params):
        super().__init__(detail or code)
        self.code, self.detail, self.params = code, detail or code, params


@dataclass(frozen=True)
class StaffUser:
    user: str
    role: str
    token: str

    @property
    def may_waive(self) -> bool:
        return self.role == "supervisor"


class StaffService:
    """The desk's service. `terminal` is what kiosk.app.build_terminal built (with a
    desk backend); its circulation service does the acts, this adds the staff side."""

    def __init__(self, terminal, backend: StaffApi, *, timeout: float | None = None):
        self.terminal = terminal
        self.config = terminal.config
        self.replica = terminal.replica
        self.circulation = terminal.circulation
        self.acts = terminal.acts
        self.engine = terminal.engine
        self.backend = backend
        self.timeout = timeout or max(self.config.backend.timeout_s, 5.0)
        self.user: StaffUser | None = None

    # -- sign-in ----------------------------------------------------------------------
    def sign_in(self, user: str, password: str) -> StaffUser:
        if not user.strip() or not password:
            raise StaffError("bad_input", "user name and password are both needed")
        try:
            body = self.backend.staff_login(user.strip(), password, timeout=self.timeout)
        except Refused as exc:
            raise StaffError(exc.reason, exc.message, **exc.params) from None
        except BackendUnavailable as exc:
            raise StaffError("offline", str(exc)) from None
        if body.get("role") not in ROLES:
            raise StaffError("forbidden", f"role {body.get('role')!r} may not use the desk")
        self.user = StaffUser(body["user"], body["role"], body["token"])
        self.backend.set_staff(self.user.token)
        return self.user

    def sign_out(self) -> None:
        self.user = None
        self.backend.set_staff(None)

    def _staff(self, *, supervisor: bool = False) -> StaffUser:
        if self.user is None:
            raise StaffError("not_signed_in", "sign in first")
        if supervisor and not self.user.may_waive:
            raise StaffError("forbidden", f"{self.user.user} is a {self.user.role}; "
                             "only a supervisor may do this")
        return self.user

    # -- patrons ---------------------------------------------------------------------
    def find_patrons(self, query: str, limit: int = 50) -> list[Patron]:
        """A card number, the UID of a card, or part of a name (Chinese or pinyin-free)."""
        query = query.strip()
        if not query:
            return []
        with self.replica.lock:
            if card := self._card_for_code(query):
                return [self.replica.get_patron(card)]
            return self.replica.patrons_named(query, limit)

    def patron_for_code(self, code: str) -> str | None:
        """The card number a scanned or tapped code names (a card number or a chip UID)."""
        with self.replica.lock:
            return self._card_for_code(code.strip())

    def identify(self, code: str) -> Scanned:
        """Whether a code names a patron's card (number or chip UID) or a copy (barcode
        or RFID id): the desk's fields and its scanner decide by this, never by trying
        one lookup after the other."""
        code = code.strip()
        with self.replica.lock:
            card = self._card_for_code(code) if code else None
            patron = self.replica.get_patron(card) if card else None
            item = (self.replica.get_item(code) or self.replica.item_by_rfid(code)) if code \
                else None
            title = self.replica.get_title(item.title_id) if item else None
        title_text = title.title if title else ""
        if patron and item:
            return Scanned("both", patron.card, patron.name, item.barcode)
        if patron:
            return Scanned("patron", patron.card, patron.name)
        if item:
            return Scanned("item", item.barcode, title_text)
        return Scanned("unknown", code)

    def _card_for_code(self, code: str) -> str | None:
        if self.replica.get_patron(code):
            return code
        return self.replica.card_for_uid(code.upper())

    def location(self, location_id: str) -> Location | None:
        """A shelf, branch or pickup point of the replica (None when unknown)."""
        with self.replica.lock:
            return self.replica.get_location(location_id) if location_id else None

    def account(self, card: str) -> AccountView:
        """The account with the patron's notes (Patron.notes), which only the desk shows."""
        return self.circulation.account(card)

    def set_notes(self, card: str, notes: str) -> str:
        """Replace a patron's notes at the centre (audited as this librarian's);
        returns the notes as stored. An empty text clears them."""
        self._staff()
        if len(notes) > NOTES_MAX:
            raise StaffError("bad_input", f"notes are at most {NOTES_MAX} characters")
        answer = self._write("PUT", f"/patrons/{card}/notes", {"notes": notes})
        self.engine.refresh_patron(card)
        return answer["patron"].get("notes") or ""

    # -- circulation, with overrides ------------------------------------------------
    def checkout(self, card: str, barcode: str, *, override: str = "",
                 tag_uids: Sequence[str] = (), parts_present: int | None = None) -> ActResult:
        """Lend at the desk; with `override` (the reason) a refusal the role may
        override is lent anyway if the centre says yes (it audits {by, reason});
        the missing-parts check applies at the desk as at the terminal."""
        self._staff()
        result = self.circulation.checkout(card, barcode, tag_uids=tag_uids,
                                           parts_present=parts_present)
        if result.ok or not override:
            return result
        return self.circulation.checkout(card, barcode, tag_uids=tag_uids,
                                         parts_present=parts_present,
                                         override=self._override(result, override))

    def renew(self, card: str, barcode: str, *, override: str = "") -> ActResult:
        self._staff()
        result = self.circulation.renew(card, barcode)
        if result.ok or not override:
            return result
        return self.circulation.renew(card, barcode, override=self._override(result, override))

    def checkin(self, barcode: str, *, tag_uids: Sequence[str] = ()) -> CheckinResult:
        self._staff()
        return self.circulation.checkin(barcode, tag_uids=tag_uids)

    def _override(self, refused: ActResult, reason: str) -> dict:
        """The {by, reason} of an override, if this refusal may be overridden."""
        user = self._staff()
        reason = reason.strip()
        if not reason:
            raise StaffError("reason_needed", "an override needs a reason")
        code = refused.refusal.code if refused.refusal else ""
        if code not in OVERRIDABLE:
            raise StaffError("not_overridable", f"{code or 'this refusal'} cannot be overridden")
        return {"by": user.user, "reason": reason}

    # -- fees ----------------------------------------------------------------------------
    def pay_cash(self, card: str, fee_ids: list[str]) -> int:
        """Record cash taken at the desk; returns the fen paid."""
        user = self._staff()
        return self._settle("pay_cash", card, fee_ids, {"by": user.user}, "paid_fen")

    def waive(self, card: str, fee_ids: list[str], reason: str) -> int:
        """Waive fees (supervisor only) with a reason; returns the fen waived."""
        user = self._staff(supervisor=True)
        if not reason.strip():
            raise StaffError("reason_needed", "a waiver needs a reason")
        return self._settle("waive", card, fee_ids, {"by": user.user, "reason": reason.strip()},
                            "waived_fen")

    def _settle(self, act: str, card: str, fee_ids: list[str], extra: dict, key: str) -> int:
        """Cash and waivers take the one path as acts that need the centre's yes:
        without an answer nothing stands and staff are told to try again."""
        if not fee_ids:
            raise StaffError("bad_input", "choose at least one fee")
        done = self.acts.perform(
            Act(act, {"patron": card, "fee_ids": list(fee_ids), **extra},
                [FeesSettled(tuple(fee_ids), "waived" if act == "waive" else "paid")],
                card, needs_centre=True), self.acts.online())
        if not done.stands:
            if done.refusal and done.refusal.code == "offline_not_allowed":
                raise StaffError("offline", "the centre did not answer; nothing was recorded: "
                                 "try again when the desk is online")
            raise ServiceRefused(done.refusal or Refusal("rejected_by_centre"))
        self.engine.refresh_patron(card)
        return int(done.effect.get(key, 0))

    # -- what the centre reads for the desk -------------------------------------------
    def _get(self, path: str, **params):
        self._staff()
        try:
            return self.backend.get(path, timeout=self.timeout, **params)
        except BackendUnavailable as exc:
            raise StaffError("offline", str(exc)) from None
        except Refused as exc:
            raise StaffError(exc.reason, exc.message, **exc.params) from None

    def holds_shelf(self) -> dict:
        """{to_pull, waiting, expired}: lists of holds with title, patron, copy; each
        with the patron's name and the places (pickup, shelf) as Locations from the
        replica, for the desk to name in its language."""
        shelf = self._get("/holds/shelf")
        with self.replica.lock:
            for hold in (h for rows in shelf.values() for h in rows):
                patron = self.replica.get_patron(hold.get("patron", ""))
                hold["patron_name"] = patron.name if patron else ""
                hold["pickup"] = self.replica.get_location(hold.get("pickup_location") or "")
                hold["shelf"] = self.replica.get_location(hold.get("location_id") or "")
        return shelf

    def exceptions(self, status: str | None = "open") -> list[dict]:
        return self._get("/exceptions", **({"status": status} if status else {}))

    def _write(self, method: str, path: str, body: dict):
        call = self.backend.put if method == "PUT" else self.backend.post
        try:
            return call(path, body, timeout=self.timeout)
        except BackendUnavailable as exc:
            raise StaffError("offline", str(exc)) from None
        except Refused as exc:
            raise StaffError(exc.reason, exc.message, **exc.params) from None

    def resolve(self, exception_id: str, note: str) -> dict:
        user = self._staff()
        if not note.strip():
            raise StaffError("reason_needed", "say how the case was resolved")
        return self._write("POST", f"/exceptions/{exception_id}/resolve",
                           {"note": note.strip(), "by": user.user})

    def fleet(self) -> list[dict]:
        return self._get("/fleet")

    def open_alerts(self) -> list[dict]:
        """Readers' calls for help at the terminals of this desk's branch, not yet answered:
        [{id, device_id, device_name, branch, created_at, status, acked_by, acked_at}]."""
        return self._get("/alerts", status="open")

    def ack_alert(self, alert_id: str) -> dict:
        """Tell the terminal that this librarian is on the way."""
        self._staff()
        return self._write("POST", f"/alerts/{alert_id}/ack", {})

    def stats(self, day: date | None = None) -> dict:
        """The day's numbers; without a day, the library's today by the centre's clock
        and time zone (this computer's date may be another day there)."""
        return self._get("/stats", **({"day": day.isoformat()} if day else {}))

    def audit(self, limit: int = 200) -> list[dict]:
        return self._get("/audit", limit=limit)

    # -- this desk's sync ---------------------------------------------------------------
    def sync_status(self):
        return self.engine.status()

    def outbox(self, limit: int = 200) -> list:
        with self.replica.lock:
            return self.circulation.outbox.entries(limit=limit)

    def force_sync(self):
        """One full cycle now (push, pull, heartbeat), in the caller's thread."""
        return self.engine.sync_now()

    # -- tags ----------------------------------------------------------------------------
    def program_tag(self, uid: str, item_id: str, *, owner_library: str = "", part: int = 1,
                    parts: int = 1) -> Tag:
        """Write ISO 28560-2 / GB/T 35660.2 data to the tag on the pad, read it back and
        check it decodes to what was meant; the security is set to 'in library'."""
        self._staff()
        pad = self.terminal.devices.get("rfid")
        if pad is None:
            raise StaffError("no_pad", "no RFID pad is configured or it did not open")
        item_id = item_id.strip()
        owner = (owner_library or self.config.security.owner_library).strip()
        if not item_id:
            raise StaffError("bad_input", "the item id is empty")
        try:
            data = iso28560_2.encode(TagData(iso28560_2.MODEL, item_id, owner, part, parts,
                                             elements=(Element(iso28560_2.CONTENT_PARAMETER, b""),)),
                                     capacity=pad.blocks * pad.block_size)
            pad.write_tag(uid, data)
            pad.set_security(uid, on_loan=False)
            tag = pad.read_tag(uid)
        except (TagDataError, ValueError) as exc:
            raise StaffError("bad_input", str(exc)) from None
        except WriteVerifyFailed as exc:
            raise StaffError("tag_write_failed", str(exc)) from None
        except HardwareError as exc:  # TagGone, a reader error: the tag is not programmed
            raise StaffError("tag_write_failed", f"{type(exc).__name__}: {exc}") from None
        got = tag.data or _try_decode(tag)
        if got is None or (got.item_id, got.owner_library, got.part, got.parts) != (
                item_id, owner, part, parts):
            raise StaffError("tag_write_failed", f"tag {uid} reads back as {got!r}")
        return tag

    def known_item(self, item_id: str):
        return self.replica.get_item(item_id.strip())

    # -- printing ------------------------------------------------------------------------
    def print_receipt(self, receipt: Receipt) -> None:
        printer = self.terminal.devices.get("printer")
        if printer is None:
            raise StaffError("no_printer", "no receipt printer is configured or it did not open")
        try:
            printer.print_receipt(receipt)
        except HardwareError as exc:  # DeviceUnavailable, paper out
            raise StaffError("printer", str(exc)) from None

    def hold_slip(self, hold: dict, *, heading: str, lines: Sequence[str]) -> Receipt:
        """A slip to put in the book: who it is for (masked: it sits on an open shelf),
        where it goes and until when, as the desk worded it in `lines`."""
        return Receipt(self.config.library.name_zh, (ReceiptItem(hold["title"],
                                                                hold.get("item_barcode", "")),),
                       tuple(lines), heading, card_number="")

    def fee_receipt(self, card: str, fees, fen: int, *, heading: str, total_label: str
                    ) -> Receipt:
        items = tuple(ReceiptItem(f.kind, f.item_barcode or f.id,
                                  note=f"{f.outstanding_fen / 100:.2f}") for f in fees)
        return Receipt(self.config.library.name_zh, items,
                       (f"{total_label}: {fen / 100:.2f}",), heading, card_number=card)


def _try_decode(tag: Tag) -> TagData | None:
    try:
        return decode(tag.raw, tag.dsfid or None)
    except TagDataError:
        return None
