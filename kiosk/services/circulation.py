"""Circulation: log in, borrow, return, renew, reserve, follow the one path.

Every act goes the same way (docs: DESIGN.md, "The one path"):

1. policy against the replica: a certain refusal stops here;
2. outbox row + optimistic local effect in ONE SQLite transaction;
3. ``engine.deliver_now`` waits up to the online timeout: applied, the
   centre's values win; rejected, the effect is undone and the reader told;
   no answer, the act stands under the offline policy ("recorded offline");
4. only then the physical side: RFID security (every part of a set), the
   receipt line.

No Qt here; the UI calls these from its worker thread. One service object
owns one replica connection and serialises its callers.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

import uuid6
from argon2 import PasswordHasher
from argon2.exceptions import Argon2Error

from kiosk.domain import policy as rules
from kiosk.domain.models import HoldStatus, Item, ItemStatus, Location
from kiosk.domain.reasons import MESSAGES, Refusal
from kiosk.ports.backend import BackendUnavailable, Refused

from .results import (
    AccountView,
    ActResult,
    CheckinResult,
    HoldView,
    LoanView,
    LoginRefused,
    PatronSession,
    ReceiptLine,
)

log = logging.getLogger(__name__)

SecuritySwitch = Callable[..., object]   # security(tag_uid, on_loan=bool); raises on failure


def _iso(dt: datetime) -> str:
    return dt.isoformat(timespec="seconds")


def centre_refusal(reason: str, message: str = "", params: dict | None = None) -> Refusal:
    """The centre's reason code as a Refusal the UI can word; a code we have no
    words for (or whose words need numbers the centre did not send) is shown
    with the centre's own text."""
    texts = MESSAGES.get(reason)
    if texts and (params or "{" not in texts["en"]):
        return Refusal(reason, params or {})
    return Refusal("rejected_by_centre", {"detail": message or reason})


class CirculationService:
    def __init__(self, replica, outbox, engine, backend, config, *,
                 security: SecuritySwitch | None = None,
                 clock: Callable[[], datetime] | None = None):
        self.replica = replica
        self.outbox = outbox
        self.engine = engine
        self.backend = backend
        self.config = config
        self.security = security
        self.clock = clock or (lambda: datetime.now(UTC).replace(microsecond=0))
        self._lock = threading.RLock()
        self._sessions: dict[str | None, PatronSession] = {}
        self._pin_failures: dict[str, int] = {}

    # -- sessions -------------------------------------------------------------------
    @property
    def online(self) -> bool:
        return self.engine.status().online

    def login_uid(self, uid: str) -> PatronSession:
        """A card tapped on the reader: its chip UID names the patron."""
        card = self.replica.card_for_uid(uid)
        if card is None:
            raise LoginRefused(Refusal("patron_unknown"))
        return self._open_session(card, offline=not self.online)

    def login_card(self, card: str, pin: str | None) -> PatronSession:
        """A card number (typed or scanned) with its PIN; pin=None when the card
        itself was presented. The PIN is checked by the centre; offline only
        when the config replicates PIN hashes."""
        card = card.strip()
        if pin is None:
            return self._open_session(card, offline=not self.online)
        try:
            patron = self.backend.authenticate(card, pin, timeout=self.config.backend.timeout_s)
        except Refused as exc:
            raise LoginRefused(centre_refusal(exc.reason, exc.message, exc.params)) from None
        except BackendUnavailable:
            self._check_pin_offline(card, pin)
            return self._open_session(card, offline=True)
        with self._lock, self.replica.transaction():
            self.replica.upsert("patrons", [{k: v for k, v in patron.items() if k != "pin_hash"}])
        return self._open_session(card, offline=False)

    def identify(self, code: str) -> str:
        """What a scanned code names: "patron" (a card number), "item" (a barcode or
        RFID id of a copy) or "unknown"; an e-card QR is told apart by its format
        before it gets here."""
        code = code.strip()
        if self.replica.get_patron(code) is not None:
            return "patron"
        return "item" if self._find_item(code) is not None else "unknown"

    def loans_left(self, card: str) -> int:
        """How many more items this patron may borrow now."""
        with self._lock:
            account = self.replica.account(card)
            return rules.loans_left(account, self.replica.policy()) if account else 0

    def card_for_uid(self, uid: str) -> str:
        """The card number of a tapped chip card (when a tap must be followed by the PIN)."""
        card = self.replica.card_for_uid(uid)
        if card is None:
            raise LoginRefused(Refusal("patron_unknown"))
        return card

    def _check_pin_offline(self, card: str, pin: str) -> None:
        stored = self.replica.patron_pin_hash(card)
        if not self.config.offline.replicate_pin_hashes or not stored:
            raise LoginRefused(Refusal("offline_not_allowed"))
        attempts = self.replica.policy().pin_attempts
        if self._pin_failures.get(card, 0) >= attempts:
            raise LoginRefused(Refusal("pin_locked", {
                "minutes": self.replica.policy().pin_lockout_minutes}))
        try:
            PasswordHasher().verify(stored, pin)
        except Argon2Error:
            self._pin_failures[card] = self._pin_failures.get(card, 0) + 1
            raise LoginRefused(Refusal("pin_wrong", {
                "left": attempts - self._pin_failures[card]})) from None
        self._pin_failures.pop(card, None)

    def _open_session(self, card: str, *, offline: bool) -> PatronSession:
        with self._lock:
            account = self.replica.account(card)
            if account is None:
                raise LoginRefused(Refusal("patron_unknown"))
            session = PatronSession(card, account.patron.name, account.patron,
                                    rules.patron_refusal(account, self.clock()), offline)
            self._sessions[card] = session
            return session

    def receipt(self, card: str | None = None) -> list[ReceiptLine]:
        """The receipt lines of a patron's session (card=None: anonymous returns)."""
        session = self._sessions.get(card)
        return list(session.receipt) if session else []

    def end_session(self, card: str | None = None) -> None:
        self._sessions.pop(card, None)

    def _receipt_line(self, card: str | None, line: ReceiptLine) -> None:
        if card not in self._sessions:
            if card is not None:
                return
            self._sessions[None] = PatronSession("", "", None)  # type: ignore[arg-type]
        self._sessions[card].receipt.append(line)

    # -- reads ----------------------------------------------------------------------------
    def account(self, card: str) -> AccountView:
        """The patron's account; refreshed from the centre when online."""
        status = self.engine.status()
        fresh = status.online and self.engine.refresh_patron(card)
        with self._lock:
            account = self.replica.account(card)
            if account is None:
                raise LoginRefused(Refusal("patron_unknown"))
            now = self.clock()
            policy = self.replica.policy()
            loans = tuple(
                LoanView(loan, item, self._title_text(item.title_id),
                         rules.days_overdue(loan.due_at, now),
                         rules.overdue_fee(loan.due_at, now, policy))
                for loan, item in zip(account.loans, account.items_on_loan))
            holds = []
            for hold in account.holds:
                if hold.status not in (HoldStatus.PENDING, HoldStatus.WAITING):
                    continue
                place = self.replica.get_location(hold.pickup_location)
                holds.append(HoldView(hold, self._title_text(hold.title_id), place,
                                      _place_name(place, hold.pickup_location)))
            fees = tuple(f for f in account.fees if f.outstanding_fen)
        return AccountView(account.patron, loans, tuple(holds), fees, account.patron.points,
                           stale=not fresh, last_sync=status.last_sync)

    def pickup_locations(self) -> list[Location]:
        """Where a reserved copy can be collected: branches and self-service machines."""
        return [loc for loc in self.replica.locations() if loc.kind in ("branch", "selfservice")]

    def item_title(self, code: str) -> str:
        """The title of the item with this barcode or tag, "" when it is unknown
        (a row the terminal refuses before asking the service still shows it)."""
        with self._lock:
            item = self._find_item(code)
            return self._title_text(item.title_id) if item else ""

    def _title_text(self, title_id: str) -> str:
        title = self.replica.get_title(title_id)
        return title.title if title else title_id

    def _find_item(self, code: str) -> Item | None:
        return self.replica.get_item(code) or self.replica.item_by_rfid(code)

    # -- the one path ---------------------------------------------------------------
    def _offline_refusal(self, act: str, card: str | None = None) -> Refusal | None:
        """The offline policy, applied before writing when the centre is known to be away."""
        if self.online:
            return None
        offline = self.config.offline
        if act not in offline.allowed:
            return Refusal("offline_not_allowed")
        if act == "checkout":
            if not self.backend.offline_lending_allowed():
                return Refusal("offline_not_allowed")
            if self.outbox.offline_loans(card) >= offline.max_loans_per_patron:
                return Refusal("offline_cap", {"limit": offline.max_loans_per_patron})
        return None

    def _write_and_deliver(self, act: str, payload: dict, ops: list, txn_id: str,
                           occurred_at: datetime):
        """Steps 3 and 4: the outbox transaction, then delivery. Returns the
        entry and whether it stands offline."""
        with self._lock:
            known_offline = not self.online
            if "offline" in payload:
                payload["offline"] = known_offline
            self.outbox.record(act, payload, ops, offline=known_offline, txn_id=txn_id,
                               occurred_at=occurred_at)
        entry = self.engine.deliver_now(txn_id, self.config.backend.timeout_s)
        if entry.pending:
            with self._lock:
                self.outbox.mark_offline(txn_id)
            return entry, True
        return entry, False

    def switch_security(self, tag_uids: Sequence[str], on_loan: bool) -> bool:
        """Step 4: the security of every tag of the item (each part of a set has
        its own), each retried once. False means: see staff. Every tag is tried
        even after one fails, so as few parts as possible are left wrong."""
        if self.security is None:
            return True
        switched = [self._switch_one(uid, on_loan) for uid in tag_uids]
        return all(switched)

    def _switch_one(self, tag_uid: str, on_loan: bool) -> bool:
        for attempt in (1, 2):
            try:
                self.security(tag_uid, on_loan=on_loan)
                return True
            except Exception as exc:  # noqa: BLE001 - any device failure: tell the reader
                log.warning("security switch of tag %s (on_loan=%s) failed, attempt %d: %s",
                            tag_uid, on_loan, attempt, exc)
        return False

    @staticmethod
    def _screen(entry) -> str:
        effect = (entry.result or {}).get("effect") or {}
        return effect.get("screen", "")

    def _account_and_item(self, card: str, barcode: str):
        """(account, item, title text) for an act, or the ActResult refusing it."""
        account = self.replica.account(card)
        item = self._find_item(barcode)
        if account is None:
            return ActResult(False, Refusal("patron_unknown"), barcode=barcode)
        if item is None:
            return ActResult(False, Refusal("item_unknown"), barcode=barcode)
        return account, item, self._title_text(item.title_id)

    # -- checkout ---------------------------------------------------------------------
    def checkout(self, card: str, barcode: str, *, tag_uids: Sequence[str] = (),
                 parts_present: int | None = None) -> ActResult:
        """Lend one item. tag_uids: the RFID tags of all its parts on the pad
        (none for a scanned barcode)."""
        tag_uids = _tags(tag_uids)
        now = self.clock()
        with self._lock:
            found = self._account_and_item(card, barcode)
            if isinstance(found, ActResult):
                return found
            account, item, title = found
            refusal = self._checkout_refusal(account, item, now, parts_present)
            refusal = refusal or self._offline_refusal("checkout", card)
            if refusal:
                return ActResult(False, refusal, title, item.barcode)
            policy = self.replica.policy()
            due = rules.due_date(item, now, policy)
            txn_id = _new_id()
            ops = [["insert", "loans", {
                "id": self.outbox.local_id(txn_id), "item_barcode": item.barcode,
                "patron_card": card, "out_at": _iso(now), "due_at": _iso(due), "renewals": 0,
                "returned_at": None, "offline": int(not self.online)}],
                ["update", "items", item.barcode, {"status": ItemStatus.ON_LOAN.value}]]
            for hold in account.holds:
                if hold.item_barcode == item.barcode and hold.status == HoldStatus.WAITING:
                    ops.append(["update", "holds", hold.id,
                                {"status": HoldStatus.FULFILLED.value}])
            payload = {"patron": card, "item": item.barcode, "due_at": _iso(due),
                       "offline": False}
        entry, offline = self._write_and_deliver("checkout", payload, ops, txn_id, now)
        if entry.state == "rejected":
            res = entry.result
            return ActResult(False, centre_refusal(res["reason"], res["message"]), title,
                             item.barcode, txn_id=txn_id)
        effect = (entry.result or {}).get("effect") or {}
        due = _parse(effect.get("due_at")) or due
        secure = self.switch_security(tag_uids, on_loan=True)
        self._receipt_line(card, ReceiptLine("checkout", title, item.barcode, due, offline))
        return ActResult(True, None if secure else Refusal("security_failed"), title,
                         item.barcode, due, offline, txn_id, secure, self._screen(entry))

    def _checkout_refusal(self, account, item: Item, now: datetime,
                          parts_present: int | None) -> Refusal | None:
        if parts_present is not None and item.parts > 1 and parts_present < item.parts:
            return Refusal("item_missing_parts", {"parts": item.parts,
                                                  "missing": parts_present + 1})
        loan = self.replica.open_loan(item.barcode)
        if loan is not None and loan.patron_card != account.patron.card:
            return Refusal("item_on_loan")
        return rules.check_checkout(
            account, item, now=now, policy=self.replica.policy(),
            holds_for_others=self.replica.holds_for_others(item, account.patron.card))

    # -- checkin ----------------------------------------------------------------------
    def checkin(self, barcode: str, *, tag_uids: Sequence[str] = ()) -> CheckinResult:
        """Take one item back; tag_uids as for checkout."""
        tag_uids = _tags(tag_uids)
        now = self.clock()
        with self._lock:
            item = self._find_item(barcode)
            if item is None:
                return CheckinResult(False, Refusal("item_unknown"), barcode=barcode)
            title = self._title_text(item.title_id)
            if refusal := self._offline_refusal("checkin"):
                return CheckinResult(False, refusal, title, item.barcode)
            loan = self.replica.open_loan(item.barcode)
            fee = rules.overdue_fee(loan.due_at, now, self.replica.policy()) if loan else 0
            route, place, hold = self._route(item)
            txn_id = _new_id()
            status = {"holds_shelf": ItemStatus.ON_HOLD_SHELF,
                      "transit": ItemStatus.IN_TRANSIT}.get(route, ItemStatus.AVAILABLE)
            ops = [["update", "items", item.barcode, {"status": status.value}]]
            if loan:
                ops.insert(0, ["update", "loans", loan.id, {"returned_at": _iso(now)}])
            if hold:
                ops.append(["update", "holds", hold.id, {
                    "item_barcode": item.barcode,
                    "status": "waiting" if route == "holds_shelf" else hold.status.value}])
            if fee:
                ops.append(["insert", "fees", {
                    "id": self.outbox.local_id(txn_id), "patron_card": loan.patron_card,
                    "kind": "overdue", "amount_fen": fee, "item_barcode": item.barcode,
                    "paid_fen": 0, "status": "open", "created_at": _iso(now)}])
            payload = {"item": item.barcode}
            if loan:
                payload["patron"] = loan.patron_card
        entry, offline = self._write_and_deliver("checkin", payload, ops, txn_id, now)
        patron = loan.patron_card if loan else ""
        if entry.state == "rejected":
            res = entry.result
            return CheckinResult(False, centre_refusal(res["reason"], res["message"]), title,
                                 item.barcode, patron=patron, txn_id=txn_id)
        hold_id = hold.id if hold else ""
        effect = (entry.result or {}).get("effect") or {}
        if effect:
            route = effect.get("route", route)
            fee = int(effect.get("fee_fen") or 0)
            hold_id = effect.get("hold_id") or ""
            place_id = effect.get("destination") or ""
            place = (self.replica.get_location(place_id) if place_id else None) or place
        secure = self.switch_security(tag_uids, on_loan=False)
        self._receipt_line(None, ReceiptLine("checkin", title, item.barcode, None, offline, fee))
        place_id = place.id if place else ""
        return CheckinResult(True, None if secure else Refusal("security_failed"), title,
                             item.barcode, route, place_id, _place_name(place, place_id),
                             hold_id, patron, fee, offline, txn_id, secure, self._screen(entry))

    def _route(self, item: Item):
        """Where a returned copy goes, as far as the replica knows: to a reader
        who reserved it (here or elsewhere), home to its branch, or the shelf."""
        branch = self.config.library.branch
        hold = self.replica.waiting_hold_for(item)
        if hold is not None:
            place = self.replica.get_location(hold.pickup_location)
            # a self-service machine is its own pickup point, even when a branch runs it
            here = hold.pickup_location == branch
            return ("holds_shelf" if here else "transit"), place, hold
        place = self.replica.get_location(item.location_id)
        if _branch_of(place, item.location_id) != branch:
            return "transit", place, None
        return "shelf", place, None

    # -- renew --------------------------------------------------------------------------
    def renew(self, card: str, barcode: str) -> ActResult:
        now = self.clock()
        with self._lock:
            found = self._account_and_item(card, barcode)
            if isinstance(found, ActResult):
                return found
            account, item, title = found
            loan = self.replica.open_loan(item.barcode)
            if loan is None or loan.patron_card != card:
                return ActResult(False, Refusal("not_on_loan"), title, item.barcode)
            policy = self.replica.policy()
            refusal = rules.check_renew(
                account, loan, item, now=now, policy=policy,
                reserved_by_others=self.replica.holds_for_others(item, card) > 0)
            refusal = refusal or self._offline_refusal("renew", card)
            if refusal:
                return ActResult(False, refusal, title, item.barcode, loan.due_at)
            due = rules.renewed_due(loan, item, policy)
            txn_id = _new_id()
            ops = [["update", "loans", loan.id, {"due_at": _iso(due),
                                                 "renewals": loan.renewals + 1}]]
            payload = {"patron": card, "item": item.barcode, "due_at": _iso(due),
                       "offline": False}
        entry, offline = self._write_and_deliver("renew", payload, ops, txn_id, now)
        if entry.state == "rejected":
            res = entry.result
            return ActResult(False, centre_refusal(res["reason"], res["message"]), title,
                             item.barcode, loan.due_at, txn_id=txn_id)
        due = _parse(((entry.result or {}).get("effect") or {}).get("due_at")) or due
        self._receipt_line(card, ReceiptLine("renew", title, item.barcode, due, offline))
        return ActResult(True, None, title, item.barcode, due, offline, txn_id,
                         screen_message=self._screen(entry))

    def renew_all(self, card: str) -> list[ActResult]:
        with self._lock:
            account = self.replica.account(card)
            barcodes = [loan.item_barcode for loan in account.loans] if account else []
        return [self.renew(card, barcode) for barcode in barcodes]

    # -- holds ----------------------------------------------------------------------------
    def place_hold(self, card: str, title_id: str, pickup_location: str,
                   advance: bool = False) -> ActResult:
        now = self.clock()
        with self._lock:
            places = {loc.id: loc for loc in self.pickup_locations()}
            if pickup_location not in places:
                raise ValueError(f"pickup location {pickup_location!r} is not one of "
                                 + ", ".join(sorted(places)))
            account = self.replica.account(card)
            if account is None:
                return ActResult(False, Refusal("patron_unknown"))
            title = self.replica.get_title(title_id)
            if title is None:
                raise ValueError(f"title {title_id!r} is not in the catalogue")
            refusal = rules.check_hold(account, title_id, now=now, policy=self.replica.policy())
            if refusal is None and not advance and self._on_shelf_at(
                    title_id, _branch_of(places[pickup_location], pickup_location)):
                refusal = Refusal("hold_available_here")
            refusal = refusal or self._offline_refusal("hold", card)
            if refusal:
                return ActResult(False, refusal, title.title)
            txn_id = _new_id()
            ops = [["insert", "holds", {
                "id": self.outbox.local_id(txn_id), "title_id": title_id, "patron_card": card,
                "placed_at": _iso(now), "status": "pending", "pickup_location": pickup_location,
                "item_barcode": "", "expires_at": None, "advance": int(advance)}]]
            payload = {"patron": card, "title_id": title_id, "pickup_location": pickup_location,
                       "advance": advance}
        return self._simple_act("hold", payload, ops, txn_id, now, title.title)

    def _on_shelf_at(self, title_id: str, branch: str) -> bool:
        for copy in self.replica.conn.execute(
                "SELECT location_id FROM items WHERE title_id = ? AND status = 'available'",
                (title_id,)).fetchall():
            if _branch_of(self.replica.get_location(copy[0]), copy[0]) == branch:
                return True
        return False

    def cancel_hold(self, card: str, hold_id: str) -> ActResult:
        now = self.clock()
        with self._lock:
            account = self.replica.account(card)
            hold = next((h for h in (account.holds if account else ()) if h.id == hold_id
                         and h.status in (HoldStatus.PENDING, HoldStatus.WAITING)), None)
            if hold is None:
                raise ValueError(f"hold {hold_id!r} is not an active hold of card {card!r}")
            if refusal := self._offline_refusal("cancel_hold", card):
                return ActResult(False, refusal, self._title_text(hold.title_id))
            txn_id = _new_id()
            ops = [["update", "holds", hold_id, {"status": HoldStatus.CANCELLED.value}]]
            payload = {"patron": card, "hold_id": hold_id}
        return self._simple_act("cancel_hold", payload, ops, txn_id, now,
                                self._title_text(hold.title_id))

    def _simple_act(self, act, payload, ops, txn_id, now, title) -> ActResult:
        entry, offline = self._write_and_deliver(act, payload, ops, txn_id, now)
        if entry.state == "rejected":
            res = entry.result
            return ActResult(False, centre_refusal(res["reason"], res["message"]), title,
                             txn_id=txn_id)
        return ActResult(True, None, title, offline=offline, txn_id=txn_id,
                         screen_message=self._screen(entry))


def _tags(tag_uids: Sequence[str]) -> tuple[str, ...]:
    if isinstance(tag_uids, str):
        raise TypeError("tag_uids is a sequence of tag UIDs, not one string")
    return tuple(dict.fromkeys(uid for uid in tag_uids if uid))


def _new_id() -> str:
    return str(uuid6.uuid7())


def _parse(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _branch_of(place: Location | None, place_id: str) -> str:
    if place is not None and place.branch:
        return place.branch
    return place_id.split("-")[0]


def _place_name(place: Location | None, place_id: str) -> str:
    return f"{place.name_zh} / {place.name_en}" if place else place_id

