"""Circulation: log in, borrow, return, renew, reserve.

Each act prepares itself (the state taken once, policy against the replica,
the payload and the local effect) and then takes the one path written in
kiosk/services/acts.py; only an act that stands switches the security and
adds its receipt line. No Qt here; the UI calls these from its worker thread,
under the store's one lock while an act is prepared.
"""
from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import Argon2Error

from kiosk.config import Config, read_secret
from kiosk.domain import policy as rules
from kiosk.domain.clock import Clock, now_utc
from kiosk.domain.models import HoldStatus, Item, ItemStatus, Location
from kiosk.domain.pins import offline_pin_input
from kiosk.domain.reasons import Refusal
from kiosk.domain.routing import ReturnRoute, branch_of, route_return
from kiosk.ports.backend import Backend, BackendUnavailable, Refused
from kiosk.ports.effects import (
    FeeCharged,
    HoldPlaced,
    HoldStatusSet,
    ItemStatusSet,
    LoanClosed,
    LoanOpened,
    LoanRenewed,
)
from kiosk.ports.store import Engine, Store

from .acts import Act, Acts, centre_refusal
from .cards import Cards
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

def _iso(dt: datetime) -> str:
    return dt.isoformat(timespec="seconds")


class CirculationService:
    def __init__(self, store: Store, acts: Acts, engine: Engine, backend: Backend,
                 config: Config, *,
                 clock: Clock | None = None):
        self.replica = store
        self.outbox = store.outbox
        self.acts = acts
        self.engine = engine
        self.backend = backend
        self.config = config
        self.clock = clock or (lambda: now_utc().replace(microsecond=0))
        self._lock = store.lock           # the store's one lock
        #: a card a reader shows, as the replica names it (a key at a terminal)
        self.cards = Cards(store, config)
        self._sessions: dict[str | None, PatronSession] = {}

    # -- sessions -------------------------------------------------------------------
    @property
    def online(self) -> bool:
        return self.acts.online()

    def login_uid(self, uid: str) -> PatronSession:
        """A card tapped on the reader: its chip UID names the patron."""
        return self._open_session(self.card_for_uid(uid), offline=not self.online)

    def login_card(self, card: str, pin: str | None) -> PatronSession:
        """A card number (typed or scanned) with its PIN; pin=None when the card
        itself was presented. The PIN is checked by the centre; offline only
        when the config replicates PIN hashes. The session names the reader as the
        replica does (Cards: a key at a terminal)."""
        shown, card = card.strip(), self.cards.card(card)
        if pin is None:
            return self._open_session(card, offline=not self.online)
        try:
            patron = self.backend.authenticate(shown, pin, timeout=self.config.backend.timeout_s)
        except Refused as exc:
            raise LoginRefused(centre_refusal(exc.reason, exc.message, exc.params)) from None
        except BackendUnavailable:
            self._check_pin_offline(card, pin)
            return self._open_session(card, offline=True)
        card = patron.get("card") or card
        with self._lock, self.replica.transaction():
            self.replica.upsert("patrons", [{k: v for k, v in patron.items() if k != "pin_hash"}])
            self.replica.set_sync_state(_offline_failures(card), "0")   # the centre said yes
        return self._open_session(card, offline=False)

    def identify(self, code: str) -> str:
        """What a scanned code names: "patron" (a card number), "item" (a barcode or
        RFID id of a copy) or "unknown"; an e-card QR is told apart by its format
        before it gets here."""
        code = code.strip()
        if self.replica.get_patron(self.cards.card(code)) is not None:
            return "patron"
        return "item" if self._find_item(code) is not None else "unknown"

    def loans_left(self, card: str) -> int:
        """How many more items this patron may borrow now."""
        with self._lock:
            account = self.replica.account(self.cards.card(card))
            return rules.loans_left(account, self.replica.policy()) if account else 0

    def card_for_uid(self, uid: str) -> str:
        """The card number of a tapped chip card. A terminal's replica holds UIDs keyed
        with the deployment secret (kiosk.domain.chip_uids), a desk's as they are; a
        UID the replica does not know is asked of the centre when it answers."""
        keys = self.cards.uids(uid)
        with self._lock:
            card = next(filter(None, map(self.replica.card_for_uid, keys)), None)
        if card is None and self.online:
            card = self.engine.refresh_patron(uid)
        if card is None:
            raise LoginRefused(Refusal("patron_unknown"))
        return card

    def _check_pin_offline(self, card: str, pin: str) -> None:
        """Against the PIN hash keyed with the deployment's secret (kiosk.domain.pins;
        `card` as the replica names it: the card or its key give the same input).
        Wrong tries are kept in the replica, so a restart does not forget them, and
        each is reported to the centre (a `pin_failed` act), which counts it for the
        card; a card the centre makes wait (pin_locked_until, pulled) waits here too."""
        stored = self.replica.patron_pin_hash(card)
        if not self.config.offline.replicate_pin_hashes or not stored:
            raise LoginRefused(Refusal("offline_not_allowed"))
        policy = self.replica.policy()
        until = self.replica.pin_locked_until(card)
        if until is not None and until > self.clock():
            minutes = math.ceil((until - self.clock()).total_seconds() / 60)
            raise LoginRefused(Refusal("pin_locked", {"minutes": minutes}))
        key = _offline_failures(card)
        failures = int(self.replica.sync_state(key, "0") or 0)
        if failures >= policy.pin_attempts:
            raise LoginRefused(Refusal("pin_locked", {"minutes": policy.pin_lockout_minutes}))
        secret = read_secret(self.config.offline.pin_secret_file, "[offline] pin_secret_file")
        try:
            PasswordHasher().verify(stored, offline_pin_input(secret, card, pin))
            failures = 0
        except Argon2Error:
            failures += 1
        with self._lock, self.replica.transaction():
            self.replica.set_sync_state(key, str(failures))
        if failures:
            self.acts.report(Act("pin_failed", {"patron": card}, [], card,
                                 occurred_at=self.clock()))
            raise LoginRefused(Refusal("pin_wrong", {"left": policy.pin_attempts - failures}))

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
        session = self._sessions.get(self._session_card(card))
        return list(session.receipt) if session else []

    def end_session(self, card: str | None = None) -> None:
        self._sessions.pop(self._session_card(card), None)

    def _session_card(self, card: str | None) -> str | None:
        return card if card is None or card in self._sessions else self.cards.card(card)

    def _receipt_line(self, card: str | None, line: ReceiptLine) -> None:
        if card not in self._sessions:
            if card is not None:
                return
            self._sessions[None] = PatronSession("", "", None)  # type: ignore[arg-type]
        self._sessions[card].receipt.append(line)

    # -- reads ----------------------------------------------------------------------------
    def account(self, card: str) -> AccountView:
        """The patron's account; refreshed from the centre when online."""
        card = self.cards.card(card)
        status = self.engine.status()
        fresh = status.online and self.engine.refresh_patron(card) is not None
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
        """Where a reserved copy can be collected: the places the centre names itself
        (SIP2: its configured list, in the ACS's codes), else the replica's branches
        and self-service machines."""
        return [Location(p["id"], p["name"], p["name"], "branch", p["id"])
                for p in self.backend.pickup_locations()] \
            or [loc for loc in self.replica.locations() if loc.kind in ("branch", "selfservice")]

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

    def switch_security(self, tag_uids: Sequence[str], on_loan: bool, *, item: str = "",
                        card: str | None = None) -> bool:
        """Step 5 of an act that stands (see Acts.switch_security)."""
        return self.acts.switch_security(tag_uids, on_loan, item=item, card=card)

    def _account_and_item(self, card: str, barcode: str):
        """(account, item, title text) for an act, or the ActResult refusing it. A card
        or item the replica has never seen is asked of the centre first (a SIP2
        replica holds only what it was told)."""
        online = self.acts.online()
        account = self.replica.account(card)
        if account is None and online and self.engine.refresh_patron(card):
            account = self.replica.account(card)
        item = self._find_item(barcode)
        if item is None and online and self.engine.refresh_item(barcode):
            item = self._find_item(barcode)
        if account is None:
            return ActResult(False, Refusal("patron_unknown"), barcode=barcode)
        if item is None:
            return ActResult(False, Refusal("item_unknown"), barcode=barcode)
        return account, item, self._title_text(item.title_id)

    # -- checkout ---------------------------------------------------------------------
    def checkout(self, card: str, barcode: str, *, tag_uids: Sequence[str] = (),
                 parts_present: int | None = None, override: dict | None = None,
                 fee_acknowledged: bool = False) -> ActResult:
        """Lend one item. tag_uids: the RFID tags of all its parts on the pad
        (none for a scanned barcode). override {by, reason}: a librarian lends
        despite the refusal; the centre must say yes (it audits the override).
        fee_acknowledged: the reader accepted the fee the centre named (SIP2 BO)."""
        card = self.cards.card(card)
        tag_uids = _tags(tag_uids)
        now = self.clock()
        online = self.acts.online()
        with self._lock:
            found = self._account_and_item(card, barcode)
            if isinstance(found, ActResult):
                return found
            account, item, title = found
            refusal, held = self.acts.policy_refusal(
                online, self._checkout_refusal(account, item, now, parts_present),
                physical=("item_missing_parts",))
            if override is None:
                refusal = refusal or self.acts.offline_refusal(online, "checkout", card)
                if refusal:
                    return ActResult(False, refusal, title, item.barcode)
            elif (refusal or held) is None:
                raise ValueError("nothing to override: the loan is not refused")
            due = rules.due_date(item, now, self.replica.policy())
            act = Act("checkout", {"patron": card, "item": item.barcode, "due_at": _iso(due),
                                   "offline": False}, [], card, needs_centre=override is not None,
                      occurred_at=now, held_refusal=held)
            if override is not None:
                act.payload["override"] = override
            if fee_acknowledged:
                act.payload["fee_acknowledged"] = True
            act.effects = [LoanOpened(item.barcode, card, now, due, not online),
                           ItemStatusSet(item.barcode, ItemStatus.ON_LOAN)]
            act.effects += [HoldStatusSet(hold.id, HoldStatus.FULFILLED)
                            for hold in account.holds if hold.item_barcode == item.barcode
                            and hold.status == HoldStatus.WAITING]
        done = self.acts.perform(act, online)
        if not done.stands:
            fee = 0 if fee_acknowledged else int(done.effect.get("fee_fen") or 0)
            return ActResult(False, done.refusal, title, item.barcode, txn_id=done.txn_id,
                             fee_fen=fee)
        due = _parse(done.effect.get("due_at")) or due
        secure = self.switch_security(tag_uids, True, item=item.barcode, card=card)
        self._receipt_line(card, ReceiptLine("checkout", title, item.barcode, due, done.offline))
        return ActResult(True, None if secure else Refusal("security_failed"), title,
                         item.barcode, due, done.offline, done.txn_id, secure, done.screen)

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
        online = self.acts.online()
        with self._lock:
            item = self._find_item(barcode)
            if item is None:
                return CheckinResult(False, Refusal("item_unknown"), barcode=barcode)
            title = self._title_text(item.title_id)
            if refusal := self.acts.offline_refusal(online, "checkin"):
                return CheckinResult(False, refusal, title, item.barcode)
            loan = self.replica.open_loan(item.barcode)
            fee = rules.overdue_fee(loan.due_at, now, self.replica.policy()) if loan else 0
            routed = self._route(item)
            route, hold = routed.route, routed.hold
            place = self.replica.get_location(routed.destination)
            act = Act("checkin", {"item": item.barcode, "branch": self.config.library.branch},
                      [], loan.patron_card if loan else None, occurred_at=now)
            if loan:
                act.payload["patron"] = loan.patron_card
                act.effects.append(LoanClosed(loan.id, now))
            act.effects.append(ItemStatusSet(item.barcode, routed.item_status))
            if hold and routed.hold_status:
                act.effects.append(HoldStatusSet(hold.id, routed.hold_status, item.barcode))
            if loan and fee:
                act.effects.append(FeeCharged(loan.patron_card, fee, item.barcode, now))
        done = self.acts.perform(act, online)
        patron = loan.patron_card if loan else ""
        if not done.stands:
            return CheckinResult(False, done.refusal, title, item.barcode, patron=patron,
                                 txn_id=done.txn_id)
        hold_id = hold.id if hold else ""
        if effect := done.effect:
            route = effect.get("route", route)
            fee = int(effect.get("fee_fen") or 0)
            hold_id = effect.get("hold_id") or ""
            place_id = effect.get("destination") or ""
            place = (self.replica.get_location(place_id) if place_id else None) or place
        secure = self.switch_security(tag_uids, False, item=item.barcode, card=patron)
        self._receipt_line(None, ReceiptLine("checkin", title, item.barcode, None, done.offline,
                                             fee))
        place_id = place.id if place else ""
        return CheckinResult(True, None if secure else Refusal("security_failed"), title,
                             item.barcode, route, place_id, _place_name(place, place_id),
                             hold_id, patron, fee, done.offline, done.txn_id, secure,
                             done.screen)

    def _route(self, item: Item) -> ReturnRoute:
        """Where a returned copy goes, as far as the replica knows (the domain's
        rule; the centre applies the same one and its answer wins)."""
        return route_return(item, here=self.config.library.branch,
                            hold=self.replica.waiting_hold_for(item),
                            home=self.replica.get_location(item.location_id))

    # -- renew --------------------------------------------------------------------------
    def renew(self, card: str, barcode: str, *, override: dict | None = None) -> ActResult:
        """override {by, reason}: as for checkout."""
        card = self.cards.card(card)
        now = self.clock()
        online = self.acts.online()
        with self._lock:
            found = self._account_and_item(card, barcode)
            if isinstance(found, ActResult):
                return found
            account, item, title = found
            loan = self.replica.open_loan(item.barcode)
            if loan is None or loan.patron_card != card:
                return ActResult(False, Refusal("not_on_loan"), title, item.barcode)
            policy = self.replica.policy()
            refusal, held = self.acts.policy_refusal(online, rules.check_renew(
                account, loan, item, now=now, policy=policy,
                reserved_by_others=self.replica.holds_for_others(item, card) > 0))
            if override is None:
                refusal = refusal or self.acts.offline_refusal(online, "renew", card)
                if refusal:
                    return ActResult(False, refusal, title, item.barcode, loan.due_at)
            elif (refusal or held) is None:
                raise ValueError("nothing to override: the renewal is not refused")
            due = rules.renewed_due(loan, item, policy)
            act = Act("renew", {"patron": card, "item": item.barcode, "due_at": _iso(due),
                                "offline": False},
                      [LoanRenewed(loan.id, due, loan.renewals + 1)],
                      card, needs_centre=override is not None, occurred_at=now,
                      held_refusal=held)
            if override is not None:
                act.payload["override"] = override
        done = self.acts.perform(act, online)
        if not done.stands:
            return ActResult(False, done.refusal, title, item.barcode, loan.due_at,
                             txn_id=done.txn_id)
        due = _parse(done.effect.get("due_at")) or due
        self._receipt_line(card, ReceiptLine("renew", title, item.barcode, due, done.offline))
        return ActResult(True, None, title, item.barcode, due, done.offline, done.txn_id,
                         screen_message=done.screen)

    def renew_all(self, card: str) -> list[ActResult]:
        card = self.cards.card(card)
        with self._lock:
            account = self.replica.account(card)
            barcodes = [loan.item_barcode for loan in account.loans] if account else []
        return [self.renew(card, barcode) for barcode in barcodes]

    # -- holds ----------------------------------------------------------------------------
    def place_hold(self, card: str, title_id: str, pickup_location: str,
                   advance: bool = False) -> ActResult:
        card = self.cards.card(card)
        now = self.clock()
        online = self.acts.online()
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
            refusal, held = self.acts.policy_refusal(online, rules.check_hold(
                account, title_id, now=now, policy=self.replica.policy()))
            # a copy on the pickup branch's shelf is set aside for the reader (预借)
            advance = advance or self.replica.on_shelf_at(
                title_id, branch_of(places[pickup_location], pickup_location))
            refusal = refusal or self.acts.offline_refusal(online, "hold", card)
            if refusal:
                return ActResult(False, refusal, title.title)
            act = Act("hold", {"patron": card, "title_id": title_id,  # SIP2 names a copy
                               "pickup_location": pickup_location, "advance": advance,
                               "item": self.replica.copy_of(title_id), "title": title.title},
                      [], card, occurred_at=now, held_refusal=held)
            act.effects = [HoldPlaced(title_id, card, now, pickup_location, advance)]
        return self._simple_act(act, online, title.title)

    def cancel_hold(self, card: str, hold_id: str) -> ActResult:
        card = self.cards.card(card)
        now = self.clock()
        online = self.acts.online()
        with self._lock:
            account = self.replica.account(card)
            hold = next((h for h in (account.holds if account else ()) if h.id == hold_id
                         and h.status in (HoldStatus.PENDING, HoldStatus.WAITING)), None)
            if hold is None:
                raise ValueError(f"hold {hold_id!r} is not an active hold of card {card!r}")
            title = self._title_text(hold.title_id)
            if refusal := self.acts.offline_refusal(online, "cancel_hold", card):
                return ActResult(False, refusal, title)
            act = Act("cancel_hold", {"patron": card, "hold_id": hold_id},
                      [HoldStatusSet(hold_id, HoldStatus.CANCELLED)],
                      card, occurred_at=now)
        return self._simple_act(act, online, title)

    def _simple_act(self, act: Act, online: bool, title: str) -> ActResult:
        done = self.acts.perform(act, online)
        if not done.stands:
            return ActResult(False, done.refusal, title, txn_id=done.txn_id)
        return ActResult(True, None, title, offline=done.offline, txn_id=done.txn_id,
                         screen_message=done.screen)


def _offline_failures(card: str) -> str:
    """The replica's sync_state key counting a card's wrong PINs checked offline."""
    return f"offline_pin_failures:{card}"


def _tags(tag_uids: Sequence[str]) -> tuple[str, ...]:
    if isinstance(tag_uids, str):
        raise TypeError("tag_uids is a sequence of tag UIDs, not one string")
    return tuple(dict.fromkeys(uid for uid in tag_uids if uid))


def _parse(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _place_name(place: Location | None, place_id: str) -> str:
    return f"{place.name_zh} / {place.name_en}" if place else place_id

