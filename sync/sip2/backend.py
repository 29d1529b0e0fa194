"""The SIP2 backend: the kiosk's circulation verbs spoken to any ILS over SIP2.

Each verb is one SIP2 exchange (patron information takes a few: one per
summary list, as many servers honour only one summary position per request).
The ACS's screen messages (AF) and print lines (AG) are passed through for the
screen and the receipt. Refusals keep the ACS's own words as the detail of a
``rejected_by_centre`` reason.

Replaying the offline outbox follows the SIP2 spec: ``no block = Y``, the
original transaction date, and for checkouts and renewals the due date the
terminal promised offline. SIP2 has no transaction ids, so every act goes
through the journal (journal.py) and one whose answer was lost is checked
against the ACS before it is sent again (``_already_done``).
"""
from __future__ import annotations

import logging
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from enum import Enum
from pathlib import Path

from kiosk.domain.clock import iso
from kiosk.domain.models import (
    Fee,
    FeeKind,
    Hold,
    HoldStatus,
    Item,
    ItemStatus,
    Loan,
    Patron,
    PatronStatus,
)
from kiosk.domain.reasons import Refusal
from kiosk.ports.backend import (
    BackendUnavailable,
    PaymentOrder,
    PullPage,
    PushResult,
    Refused,
    Txn,
)
from sync.payment_providers import ORDER_LIFETIME, SignedProvider, TerminalOrders
from sync.sip2.client import Sip2Client, Sip2Error
from sync.sip2.codec import Message, SipParseError, format_date, make, parse_date
from sync.sip2.journal import Journal
from sync.sip2.messages import LAYOUTS
from sync.sip2.settings import Sip2Settings

log = logging.getLogger(__name__)

#: Patron status (24/64) positions, SIP2 2.00 table; what each one blocks.
_PATRON_STATUS_BITS = (
    "charge privileges denied", "renewal privileges denied", "recall privileges denied",
    "hold privileges denied", "card reported lost", "too many items charged",
    "too many items overdue", "too many renewals", "too many claims of items returned",
    "too many items lost", "excessive outstanding fines", "excessive outstanding fees",
    "recall overdue", "too many items billed",
)
#: How long a PIN from a log-in is kept (in memory) for the circulation messages of
#: profiles that send it again (AD): a reader's visit, not longer.
PIN_KEPT_S = 15 * 60
#: How far back a payment order is looked for at the provider when no one saw it paid.
RECOVER_ORDERS = timedelta(days=1)
_NO_DATE = " " * 18  # an 18-character date field left empty (nb due date when online)
#: Request code -> the 98 flag that must not be N for it to be sent.
_ACS_FLAGS = {"11": "checkout_ok", "09": "checkin_ok", "29": "acs_renewal_policy",
              "65": "acs_renewal_policy"}
#: 64 summary positions, in order.
SUMMARY = ("hold", "overdue", "charged", "fine", "recall", "unavailable_hold")
#: The 64 field that lists each summary.
_LIST_FIELDS = {"hold": "AS", "overdue": "AT", "charged": "AU", "fine": "AV", "recall": "BU",
                "unavailable_hold": "CD"}
#: The BX "supported messages" positions, as request codes.
_SUPPORTED = ("23", "11", "09", "01", "99", "97", "93", "63", "35", "37", "17", "19", "25",
              "15", "29", "65")


@dataclass(frozen=True)
class Answer:
    """What the ACS said about one act, for the screen and the receipt."""

    ok: bool
    screen: tuple[str, ...] = ()
    print_lines: tuple[str, ...] = ()
    refusal: Refusal | None = None
    due_at: datetime | None = None
    title: str = ""
    alert: bool = False  # checkin: the item must go to staff (hold, transit)
    sort_bin: str = ""
    queue_position: str = ""
    renewed: tuple[str, ...] = ()
    unrenewed: tuple[str, ...] = ()
    fee_fen: int = 0  # a fee the ACS names with the answer (BV), e.g. a rental fee


@dataclass(frozen=True)
class PatronInfo:
    """A patron's account as the ACS describes it."""

    patron: Patron
    pin_ok: bool | None  # None: the ACS did not say
    loans: tuple[Loan, ...] = ()
    items: tuple[Item, ...] = ()  # the loans' items, same order
    titles: dict[str, str] = field(default_factory=dict)  # barcode -> title
    holds: tuple[Hold, ...] = ()
    fees: tuple[Fee, ...] = ()
    fee_total_fen: int = 0
    screen: tuple[str, ...] = ()


@dataclass(frozen=True)
class ItemInfo:
    barcode: str
    title: str
    circulation_status: str  # the SIP2 two-digit code, e.g. "03" available
    due_at: datetime | None
    hold_queue: int
    location: str
    screen: tuple[str, ...] = ()

    @property
    def on_loan(self) -> bool:
        return self.circulation_status in ("04", "05", "07", "11", "12")


def _no_provider() -> Refused:
    """What a payment order is met with when the terminal has no payment provider."""
    return Refused("rejected_by_centre", {
        "detail": "no payment provider is configured for this terminal ([sip2] payment_pay_url, "
                  "payment_status_url, payment_secret_file)"})


@dataclass(frozen=True)
class InDoubt:
    """An act whose answer was lost and whose effect the ACS cannot show either way."""

    effect: dict  # what the ACS shows now, for the replica
    why: str  # for staff: what to check


class Sip2Backend:
    """The kiosk's verbs over one SIP2 connection."""

    def __init__(self, settings, client: Sip2Client | None = None, *,
                 journal: Journal | str | Path | None = None,
                 payments: SignedProvider | None = None):
        """``settings``: a Sip2Settings, or the config's ``[sip2]`` section;
        ``journal``: the exactly-once journal or its path (default: ``settings.journal``);
        ``payments``: the payment provider (default: the one ``settings`` name, if any)."""
        if not isinstance(settings, Sip2Settings):
            settings = Sip2Settings.from_mapping(settings)
        self.settings = settings
        self.profile = settings.dialect
        self.client = client or Sip2Client(settings)
        if not isinstance(journal, Journal):
            journal = Journal(journal or settings.journal or None)
        self.journal = journal
        self._pins: dict[str, tuple[str, float]] = {}  # card -> (PIN, kept until); memory only
        provider = payments or settings.payment_provider()
        self.orders = TerminalOrders(provider, self.journal) if provider else None

    def start(self) -> None:
        self.client.connect()
        self.client.start_heartbeat()

    def close(self) -> None:
        self.client.close()
        self.journal.close()

    # -- what the ACS allows ----------------------------------------------------

    def supports(self, code: str) -> bool:
        """Whether the ACS said (BX) it supports request ``code``; unknown means yes."""
        status = self.client.acs_status
        flags = status.get("BX") if status else ""
        index = _SUPPORTED.index(code)
        return index >= len(flags) or flags[index] == "Y"

    # -- patrons ------------------------------------------------------------------

    def check_patron(self, card: str, pin: str) -> Patron | Refusal:
        """The patron when card and PIN are good, else why not (23 patron status)."""
        answer = self._send("23", {"AA": card, "AC": self.settings.terminal_password,
                                   "AD": pin}, language=self.settings.language,
                            transaction_date=self._now())
        known = answer.get("BL") == "Y" if "BL" in answer.fields else bool(answer.get("AE"))
        if not known:
            return Refusal("patron_unknown")
        if not self._pin_verified(answer):
            return Refusal("pin_wrong", {"left": "?"})
        patron = self._patron(answer, card)
        if patron.status is PatronStatus.LOST:
            return Refusal("card_lost")
        return patron

    def account(self, card: str, pin: str = "") -> PatronInfo | None:
        """Loans, holds and fees (63, one request per summary list, 17 per loan);
        None when the ACS does not know the card."""
        lists: dict[str, list[str]] = {}
        answers: list[Message] = []
        for name in SUMMARY:
            if name == "recall":
                continue
            answer = self._patron_information(card, name, pin)
            if answer.get("BL") == "N":
                return None
            answers.append(answer)
            lists[name] = answer.all(_LIST_FIELDS[name])
        first = answers[0]  # the patron's own fields, as the first answer gives them
        now = datetime.now(UTC)
        items, loans, titles = [], [], {}
        for entry in lists["charged"]:
            info = self.item(entry) if self.profile.summary_items_are_barcodes else None
            barcode = info.barcode if info else ""
            titles[barcode or entry] = info.title if info else entry
            items.append(Item(barcode=barcode or entry, title_id=_title_id(barcode or entry),
                              status=ItemStatus.ON_LOAN))
            loans.append(Loan(id=f"sip2:{card}:{barcode or entry}", item_barcode=barcode,
                              patron_card=card, out_at=now,
                              due_at=(info.due_at if info and info.due_at else now)))
        holds = [Hold(id=f"sip2:{card}:{entry}", title_id=_title_id(entry), patron_card=card,
                      placed_at=now, status=status,
                      item_barcode=entry if status is HoldStatus.WAITING else "")
                 for status, key in ((HoldStatus.WAITING, "hold"),
                                     (HoldStatus.PENDING, "unavailable_hold"))
                 for entry in lists[key]]
        total = _fen(first.get("BV", "0"))
        fees = _fees(card, lists["fine"], total)
        return PatronInfo(patron=self._patron(first, card),
                          pin_ok=None if "CQ" not in first.fields else first.get("CQ") == "Y",
                          loans=tuple(loans), items=tuple(items), titles=titles,
                          holds=tuple(holds), fees=tuple(fees),
                          fee_total_fen=max(total, sum(f.amount_fen for f in fees)),
                          screen=_screen(first))

    def summary(self, card: str, name: str) -> list[str]:
        """One 64 summary list (``name`` from SUMMARY) as the ACS sends it."""
        return self._patron_information(card, name).all(_LIST_FIELDS[name])

    def _patron_information(self, card: str, name: str, pin: str = "") -> Message:
        """63 asking for one summary list: many servers honour only one position."""
        position = SUMMARY.index(name)
        return self._send("63", {"AA": card, "AC": self.settings.terminal_password,
                                 "AD": pin or None}, language=self.settings.language,
                          transaction_date=self._now(),
                          summary="".join("Y" if i == position else " " for i in range(10)))

    def end_session(self, card: str, pin: str = "") -> Answer:
        answer = self._send("35", {"AA": card, "AC": self.settings.terminal_password,
                                   "AD": pin or None}, transaction_date=self._now())
        return self._answer(answer, answer.flag("end_session"))

    # -- items --------------------------------------------------------------------

    def item(self, barcode: str) -> ItemInfo | None:
        """Item information (17); None when the ACS does not know the barcode."""
        answer = self._send("17", {"AB": barcode, "AC": self.settings.terminal_password},
                            transaction_date=self._now())
        if not answer.get("AJ") and answer.fixed["circulation_status"] == "01":
            return None
        queue = answer.get("CF", "0").strip()
        return ItemInfo(barcode=answer.get("AB", barcode), title=answer.get("AJ"),
                        circulation_status=answer.fixed["circulation_status"],
                        due_at=self._due(answer.get("AH")),
                        hold_queue=int(queue) if queue.isdigit() else 0,
                        location=answer.get("AP") or answer.get("AQ"), screen=_screen(answer))

    # -- circulation ----------------------------------------------------------------

    def checkout(self, card: str, barcode: str, pin: str = "", *,
                 offline_at: datetime | None = None, due_at: datetime | None = None,
                 fee_acknowledged: bool = False) -> Answer:
        """Lend (11). ``offline_at``: replay of an act done offline on that date (with
        the due date promised then); ``fee_acknowledged``: the reader accepted the
        fee (BO) the ACS named when it first refused."""
        answer = self._send("11", {"AA": card, "AB": barcode,
                                   "AC": self.settings.terminal_password,
                                   "AD": self._circ_pin(pin),
                                   "BO": "Y" if fee_acknowledged else None},
                            sc_renewal_policy="N", no_block="Y" if offline_at else "N",
                            transaction_date=self._date(offline_at),
                            nb_due_date=self._nb_due_date(offline_at and due_at))
        return self._answer(answer, answer.flag("ok"))

    def checkin(self, barcode: str, *, offline_at: datetime | None = None) -> Answer:
        answer = self._send("09", {"AP": self.settings.ap_location, "AB": barcode,
                                   "AC": self.settings.terminal_password},
                            no_block="Y" if offline_at else "N",
                            transaction_date=self._date(offline_at),
                            return_date=self._date(offline_at))
        return self._answer(answer, answer.flag("ok"), alert=answer.flag("alert"),
                            sort_bin=answer.get("CL"))

    def renew(self, card: str, barcode: str, pin: str = "", *,
              offline_at: datetime | None = None, due_at: datetime | None = None) -> Answer:
        answer = self._send("29", {"AA": card, "AB": barcode, "AD": self._circ_pin(pin),
                                   "AC": self.settings.terminal_password},
                            third_party_allowed="N", no_block="Y" if offline_at else "N",
                            transaction_date=self._date(offline_at),
                            nb_due_date=self._nb_due_date(offline_at and due_at))
        return self._answer(answer, answer.flag("ok"))

    def renew_all(self, card: str, pin: str = "") -> Answer:
        answer = self._send("65", {"AA": card, "AD": self._circ_pin(pin),
                                   "AC": self.settings.terminal_password},
                            transaction_date=self._now())
        return self._answer(answer, answer.flag("ok"), renewed=tuple(answer.all("BM")),
                            unrenewed=tuple(answer.all("BN")))

    def place_hold(self, card: str, barcode: str, pin: str = "", pickup: str = "",
                   title: str = "") -> Answer:
        """Hold (15 +) on the copy ``barcode`` or the title text, as the profile names
        holds; ``pickup`` is a code from the configured pickup locations (BS)."""
        if not self.profile.hold_by:
            raise Refused("rejected_by_centre", {"detail": f"the {self.profile.name} "
                                                 "profile's SIP2 server places no holds"})
        places = self.settings.pickup_places
        if pickup and places and pickup not in places:
            raise Refused("rejected_by_centre", {"detail": f"pickup location {pickup!r} is "
                                                 "not one of [sip2] pickup_locations"})
        by_title = self.profile.hold_by == "title" and title
        return self._hold("+", card, None if by_title else barcode, pin, pickup,
                          title if by_title else None)

    def cancel_hold(self, card: str, barcode: str, pin: str = "") -> Answer:
        return self._hold("-", card, barcode, pin, "", None)

    def _hold(self, mode: str, card: str, barcode: str | None, pin: str, pickup: str,
              title: str | None) -> Answer:
        answer = self._send("15", {"BS": pickup or None, "AA": card, "AD": self._circ_pin(pin),
                                   "AB": barcode, "AJ": title,
                                   "AC": self.settings.terminal_password},
                            hold_mode=mode, transaction_date=self._now())
        return self._answer(answer, answer.flag("ok"), queue_position=answer.get("BR"))

    def pay(self, card: str, amount_fen: int, fee_id: str = "", *, payment_type: str = "00",
            transaction_id: str = "") -> Answer:
        """Tell the ACS a fee was paid at the kiosk (37). ``fee_id``: the ACS's own fee
        identifier (CG), none pays toward the oldest. payment_type 00 cash, 02 card."""
        answer = self._send("37", {"BV": f"{Decimal(amount_fen) / 100:.2f}", "AA": card,
                                   "AC": self.settings.terminal_password,
                                   "CG": fee_id or None, "BK": transaction_id or None},
                            transaction_date=self._now(), fee_type="01",
                            payment_type=payment_type, currency_type=self.settings.currency)
        return self._answer(answer, answer.flag("payment_accepted"))

    # -- the Backend contract (kiosk/ports/backend.py) ----------------------------------------

    streams: tuple[str, ...] = ()  # SIP2 has no change feed

    def push(self, txns: list[Txn], *, timeout: float | None = None) -> list[PushResult]:
        """Deliver outbox acts in order. Offline acts go with no block and their own dates.

        Exactly once without transaction ids: an act the journal holds an answer
        for is a ``duplicate``; one that went out with its answer lost (in the
        journal without an answer, or tried before by the outbox's count) is first
        checked against the ACS, every act type by its own evidence, matched by
        barcode whatever the profile's lists hold. This holds across a kill -9.
        """
        results = []
        for txn in txns:
            sent = self.journal.get(txn.id)
            if sent is not None and sent[1] is not None:  # answered: as it was answered
                answered = PushResult(**sent[1])
                results.append(replace(answered, status="duplicate")
                               if answered.status == "applied" else answered)
                continue
            with self._unavailable_on_error(timeout):
                try:
                    # a row without an answer: it may have left; so may an act the outbox
                    # tried before (a journal in memory forgets across a restart)
                    in_doubt = sent is not None or txn.previous_attempts > 0
                    done = self._already_done(txn, sent[0] if sent else {}) if in_doubt \
                        else None
                    if isinstance(done, InDoubt):
                        result = PushResult(txn.id, "conflict", effect=done.effect,
                                            resolution=done.why)
                    elif done is not None:
                        result = PushResult(txn.id, "duplicate", effect=done)
                    else:
                        before = sent[0] if sent else self._before(txn)
                        self.journal.sending(txn.id, before)
                        result = self._deliver(txn, before)
                except Refused as exc:  # the ACS does not do this kind of act now
                    result = PushResult(txn.id, "rejected", exc.reason,
                                        exc.params.get("detail", ""))
            self.journal.answered(txn.id, asdict(result))
            results.append(result)
        return results

    def pull(self, stream: str, cursor: str | None, *, limit: int = 1000) -> PullPage:
        raise ValueError(f"SIP2 has no change streams (asked for {stream!r})")

    def authenticate(self, card: str, pin: str, *, timeout: float | None = None) -> dict:
        """Check card and PIN (23). A good PIN is kept in memory only, for
        ``PIN_KEPT_S``, for profiles whose servers want it again on circulation."""
        with self._unavailable_on_error(timeout):
            result = self.check_patron(card, pin)
        if isinstance(result, Refusal):
            self._pins.pop(card, None)
            raise Refused(result.code, result.params)
        if self.profile.pin_on_circulation:
            self._pins[card] = (pin, time.monotonic() + PIN_KEPT_S)
        return _row(result)

    def _pin_of(self, card: str) -> str:
        """The reader's PIN from a recent log-in, "" when there is none (or it is stale)."""
        pin, until = self._pins.get(card, ("", 0.0))
        return pin if time.monotonic() < until else ""

    def patron_info(self, card: str, *, timeout: float | None = None,
                    pin: str = "") -> dict | None:
        with self._unavailable_on_error(timeout):
            account = self.account(card, pin)
        if account is None:
            return None
        return {"patron": _row(account.patron), "loans": [_row(x) for x in account.loans],
                "holds": [_row(x) for x in account.holds], "fees": [_row(x) for x in account.fees],
                "items": [_row(x) for x in account.items],
                "titles": [{"id": i.title_id, "title": account.titles[i.barcode]}
                           for i in account.items],
                "screen": list(account.screen)}

    def item_info(self, barcode: str, *, timeout: float | None = None) -> dict | None:
        with self._unavailable_on_error(timeout):
            info = self.item(barcode)
        if info is None:
            return None
        status = (ItemStatus.ON_LOAN if info.on_loan else
                  ItemStatus.ON_HOLD_SHELF if info.circulation_status == "08" else
                  ItemStatus.IN_TRANSIT if info.circulation_status == "10" else
                  ItemStatus.MISSING if info.circulation_status in ("12", "13") else
                  ItemStatus.AVAILABLE)
        row: dict[str, dict[str, str | None]] = {"item": {"barcode": info.barcode, "title_id": _title_id(info.barcode),
                        "location_id": info.location, "status": str(status)},
               "title": {"id": _title_id(info.barcode), "title": info.title}}
        if info.on_loan and info.due_at:
            row["loan"] = {"item_barcode": info.barcode, "due_at": iso(info.due_at)}
        return row

    def create_payment(self, card: str, fee_ids: list[str], *,
                       timeout: float | None = None) -> PaymentOrder:
        """An order at the terminal's provider for fees the ACS lists open now (AV/BV);
        once paid, the `pay` act sends one 37 per fee (``_pay_fees``)."""
        if self.orders is None:
            raise _no_provider()
        with self._unavailable_on_error(timeout):
            fees, _ = self.open_fees(card)
        chosen = [f for f in fees if f.id in fee_ids]
        missing = set(fee_ids) - {f.id for f in chosen}
        if missing:
            raise Refused("rejected_by_centre", {
                "detail": f"the library system lists no such open fees: {', '.join(sorted(missing))}"})
        return self.orders.create(card, {f.id: f.amount_fen for f in chosen})

    def payment_status(self, order_id: str, *, timeout: float | None = None) -> PaymentOrder:
        if self.orders is None:
            raise _no_provider()
        return self.orders.status(order_id, timeout=timeout or self.settings.timeout_s)

    def cancel_payment(self, order_id: str, *, timeout: float | None = None) -> None:
        if self.orders is None:
            raise _no_provider()
        self.orders.cancel(order_id, timeout=timeout or self.settings.timeout_s)

    def heartbeat(self, report: dict, *, timeout: float | None = None) -> None:
        """SC status (99): keeps the line warm and refreshes what the ACS allows; then
        the payments the provider took while this terminal was down are paid at the ACS."""
        with self._unavailable_on_error(timeout):
            self.client.status()
        self._pay_forgotten_orders(timeout or self.settings.timeout_s)

    def _pay_forgotten_orders(self, timeout: float) -> None:
        """Orders of the last RECOVER_ORDERS that no one saw paid (the terminal was
        killed or restarted while the phone paid): when the provider says paid, the
        fees are paid at the ACS as the `pay` act would, exactly once (the act's id is
        made from the order's, so the journal knows it across restarts)."""
        if self.orders is None:
            return
        for row in self.orders.forgotten(datetime.now(UTC) - RECOVER_ORDERS):
            order_id = row["order_id"]
            try:
                said = self.orders.provider.status(order_id, row["amount_fen"], timeout=timeout)
            except (BackendUnavailable, Refused) as exc:
                log.warning("payment order %s: the provider cannot say (%s)", order_id, exc)
                continue
            if said == "pending" and row["at"] + ORDER_LIFETIME * 2 > datetime.now(UTC):
                continue  # the reader may still be paying; after that, nobody will
            if said == "paid":
                txn = Txn(f"paid-{order_id}", 0, datetime.now(UTC), "pay",
                          {"patron": row["card"], "order_id": order_id,
                           "fee_ids": list(row["fees"])})
                (result,) = self.push([txn], timeout=timeout)
                log.warning("payment order %s, paid while the terminal was down: fees paid "
                            "at the ACS (%s %s)", order_id, result.status, result.message)
            self.journal.order_state(order_id, "settled")

    decides_online = True  # the ACS's rules, not the terminal's, while it answers

    def pickup_locations(self) -> list[dict]:
        """The configured pickup places ([sip2] pickup_locations; BS is the id)."""
        return [{"id": code, "name": name} for code, name in self.settings.pickup_places.items()]

    def offline_lending_allowed(self) -> bool:
        """False once the ACS status said off-line operation is not allowed, and always
        when the ACS wants the PIN on every loan (``replay_needs_pin``): a replayed act
        has none."""
        if self.settings.replay_needs_pin:
            return False
        status = self.client.acs_status
        return status is None or status.flag("offline_ok")

    def _deliver(self, txn: Txn, before: dict) -> PushResult:
        p = txn.payload
        at = txn.occurred_at if p.get("offline") else None
        due = _as_datetime(p.get("due_at"))
        card = p.get("patron", "")
        if txn.type == "checkout":
            answer = self.checkout(card, p["item"], self._pin_of(card), offline_at=at, due_at=due,
                                   fee_acknowledged=bool(p.get("fee_acknowledged")))
        elif txn.type == "checkin":
            answer = self.checkin(p["item"], offline_at=at)
        elif txn.type == "renew":
            answer = self.renew(card, p["item"], self._pin_of(card), offline_at=at, due_at=due)
        elif txn.type == "hold":
            answer = self.place_hold(card, _hold_copy(p), self._pin_of(card),
                                     pickup=p.get("pickup_location", ""),
                                     title=p.get("title", ""))
        elif txn.type == "cancel_hold":
            answer = self.cancel_hold(card, _barcode_of(p["hold_id"]), self._pin_of(card))
        elif txn.type == "pay":
            answer = self._pay_fees(card, p.get("fee_ids", []), p.get("order_id", txn.id))
        else:
            raise ValueError(f"SIP2 backend cannot deliver a {txn.type!r} transaction")
        effect: dict[str, object] = {"screen": list(answer.screen),
                                     "print": list(answer.print_lines)}
        if answer.fee_fen:
            effect["fee_fen"] = answer.fee_fen
        if answer.refusal is not None:  # an answer that is not ok says why, and only then
            return PushResult(txn.id, "rejected", answer.refusal.code,
                              answer.refusal.params["detail"], effect)
        if txn.type in ("checkout", "renew") and answer.due_at:
            effect |= {"loan_id": f"sip2:{card}:{p['item']}", "due_at": iso(answer.due_at)}
        elif txn.type == "checkin":
            effect |= {"route": "staff" if answer.alert else "shelf",
                       "destination": answer.sort_bin}
        elif txn.type == "hold":
            effect |= {"hold_id": f"sip2:{card}:{_hold_copy(p)}",
                       "position": answer.queue_position}
        return PushResult(txn.id, "applied", effect=effect)

    def open_fees(self, card: str) -> tuple[list[Fee], int]:
        """The patron's open fees as the ACS lists them (AV) and the total owed (BV)."""
        answer = self._patron_information(card, "fine")
        total = _fen(answer.get("BV", "0"))
        return _fees(card, answer.all("AV"), total), total

    def _paying(self, card: str, fee_ids: list[str], order_id: str) -> list[tuple[Fee, int]]:
        """(fee, amount) for each named fee the ACS still lists: the amount it lists
        now, but never more than this terminal's order took for it (a fine that grew
        while the reader paid is not paid in full)."""
        fees, _ = self.open_fees(card)
        took = self.orders.fees_of(order_id) if self.orders else {}
        return [(f, min(f.amount_fen, took.get(f.id, f.amount_fen)))
                for f in fees if f.id in fee_ids]

    def _pay_fees(self, card: str, fee_ids: list[str], order_id: str) -> Answer:
        """One fee paid (37) per fee named, each with the ACS's own fee identifier (CG)
        and its amount (``_paying``); a fee no longer listed is not paid again."""
        chosen = self._paying(card, fee_ids, order_id)
        if not chosen:
            return Answer(ok=False, refusal=Refusal("rejected_by_centre",
                                                    {"detail": "no such fees are open"}))
        answers = [self.pay(card, amount, _acs_fee_id(fee.id), transaction_id=order_id)
                   for fee, amount in chosen]
        refused = next((a for a in answers if not a.ok), None)
        return refused or Answer(ok=True, screen=sum((a.screen for a in answers), ()),
                                 print_lines=sum((a.print_lines for a in answers), ()))

    def _before(self, txn: Txn) -> dict:
        """What the ACS says just before an act whose effect cannot be seen alone: a
        renewal moves a due date, a payment lowers what is owed."""
        p = txn.payload
        if txn.type == "renew":
            info = self.item(p["item"])
            return {"due": iso(info.due_at) if info and info.due_at else ""}
        if txn.type == "pay":
            card = p.get("patron", "")
            _, total = self.open_fees(card)
            paying = self._paying(card, p.get("fee_ids", []), p.get("order_id", txn.id))
            return {"owed": total, "paying": sum(amount for _, amount in paying)}
        return {}

    def _already_done(self, txn: Txn, before: dict) -> dict | InDoubt | None:
        """After a lost answer: the act's effect at the ACS (the PushResult effect) when
        the ACS shows it happened, None when it did not (so it is sent again), InDoubt
        when the ACS cannot tell (it is not sent again; staff check)."""
        p = txn.payload
        card = p.get("patron", "")
        if txn.type == "checkout":
            info = self.item(p["item"])
            if info is None or not info.on_loan:
                return None
            # Evergreen lists titles: the item's own title (from its barcode) is the match
            mine = p["item"] if self.profile.summary_items_are_barcodes else info.title
            if mine not in self.summary(card, "charged"):
                return None
            return {"loan_id": f"sip2:{card}:{p['item']}", "due_at": iso(info.due_at)} \
                if info.due_at else {}
        if txn.type == "checkin":
            info = self.item(p["item"])
            return {} if info is not None and not info.on_loan else None
        if txn.type == "renew":
            if "due" not in before:
                return None  # the journal has no row: the renewal never left
            info = self.item(p["item"])
            due = iso(info.due_at) if info and info.due_at else ""
            if not info or not info.on_loan or not due:
                return None  # no loan to renew any more: sent, the ACS will say so
            loan = {"loan_id": f"sip2:{card}:{p['item']}", "due_at": due}
            if due != before["due"]:
                return loan
            # the same due date: not renewed, or renewed to the ACS's cap (the card's
            # expiry, a closed day). SIP2 shows no renewal count, so neither is known:
            # sending it again could renew twice.
            return InDoubt(loan, f"renewal of {p['item']} not confirmed: its answer was lost "
                                 f"and the library system's due date ({due[:10]}) did not "
                                 "change, as it also would not for a renewal capped at that "
                                 "date. Not sent again: check the loan's renewals in the "
                                 "library system and renew there if it was not done.")
        if txn.type in ("hold", "cancel_hold"):
            copy = _hold_copy(p) if txn.type == "hold" else _barcode_of(p["hold_id"])
            wanted = {copy}
            if not self.profile.summary_items_are_barcodes or self.profile.hold_by == "title":
                info = self.item(copy)
                wanted |= {info.title} if info else set()
                wanted |= {p["title"]} if p.get("title") else set()
            held = set(self.summary(card, "hold")) | set(self.summary(card, "unavailable_hold"))
            there = bool(wanted & held)
            if txn.type == "hold":
                return {"hold_id": f"sip2:{card}:{copy}"} if there else None
            return None if there else {}
        if txn.type == "pay":
            if "owed" not in before:
                return None
            _, owed = self.open_fees(card)
            return {} if owed <= before["owed"] - before["paying"] else None
        return None

    @contextmanager
    def _unavailable_on_error(self, timeout: float | None):
        """Run SIP2 calls with this call's timeout; a lost ACS becomes BackendUnavailable."""
        try:
            with self.client.timeout(timeout):
                yield
        except Sip2Error as exc:
            raise BackendUnavailable(str(exc)) from exc

    # -- helpers ------------------------------------------------------------------------

    def _send(self, code: str, fields: dict, **fixed: str) -> Message:
        if not self.client.connected:
            self.client.connect()  # the ACS status decides what may be sent
        if not self.supports(code):
            raise Refused("rejected_by_centre", {"detail": "the library system does not "
                                                 f"support SIP2 message {code}"})
        flag = _ACS_FLAGS.get(code)
        status = self.client.acs_status
        if flag and status is not None and status.fixed.get(flag) == "N":
            raise Refused("rejected_by_centre", {
                "detail": f"the library system does not allow {LAYOUTS[code].name.lower()} "
                          f"from this terminal now (ACS status {flag} = N)"})
        fields = {"AO": self.settings.institution, **fields}
        return self.client.request(make(code, fields, **fixed))

    def _pin_verified(self, answer: Message) -> bool:
        """CQ Y; an answer without CQ did not check the PIN and counts only when the
        site said so (``accept_missing_cq``)."""
        if "CQ" not in answer.fields:
            return self.settings.accept_missing_cq
        return answer.get("CQ") == "Y"

    def _circ_pin(self, pin: str) -> str | None:
        return pin if pin and self.profile.pin_on_circulation else None

    def _nb_due_date(self, promised: datetime | None) -> str:
        """The due date promised offline; online none, in the form the site chose."""
        if promised:
            return self._date(promised)
        return _NO_DATE if self.settings.online_nb_due_date == "blank" else self._now()

    def _now(self) -> str:
        return self.client.now()

    def _date(self, moment: datetime | None) -> str:
        """Local wall time with a blank zone: every ACS reads that; not all honour Z."""
        if moment is None:
            return self._now()
        return format_date(moment.astimezone().replace(tzinfo=None))

    def _due(self, text: str) -> datetime | None:
        """AH due dates: the SIP2 form, or a profile's format; None when unreadable."""
        text = text.strip()
        if not text:
            return None
        try:
            return _utc(parse_date(text))
        except SipParseError:
            pass
        for pattern in self.profile.due_date_formats:
            try:
                return _utc(datetime.strptime(text, pattern))
            except ValueError:
                continue
        return None

    def _answer(self, message: Message, ok: bool, **extra) -> Answer:
        screen = _screen(message)
        refusal = None if ok else Refusal("rejected_by_centre",
                                          {"detail": " ".join(screen) or message.layout.name})
        return Answer(ok=ok, screen=screen, print_lines=tuple(message.all("AG")),
                      refusal=refusal, due_at=self._due(message.get("AH")) if ok else None,
                      title=message.get("AJ"), fee_fen=_fen(message.get("BV", "0")), **extra)

    def _patron(self, message: Message, card: str) -> Patron:
        """The patron with the status bits that stop lending as ``blocks``, one by one
        (the profile says which; e.g. "recall privileges denied" never does)."""
        bits = message.fixed.get("patron_status", "")
        blocks = tuple(name for n, (name, flag) in enumerate(zip(_PATRON_STATUS_BITS, bits))
                       if flag == "Y" and n in self.profile.lending_blocks)
        status = (PatronStatus.LOST if "card reported lost" in blocks else
                  PatronStatus.BLOCKED if "charge privileges denied" in blocks else
                  PatronStatus.ACTIVE)
        return Patron(card=message.get("AA", card), name=message.get("AE"), status=status,
                      blocks=blocks)


def _screen(message: Message) -> tuple[str, ...]:
    return tuple(m for m in message.all("AF") if m)


def _utc(moment: datetime) -> datetime:
    """SIP2 local times are the ACS's wall clock; the domain keeps aware UTC."""
    return moment.astimezone(UTC)


def _as_datetime(value) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _fen(text: str) -> int:
    try:
        return int((Decimal(text.strip() or "0") * 100).to_integral_value())
    except (InvalidOperation, ValueError):  # not a number, or NaN/Infinity
        return 0


def _fees(card: str, lines: list[str], total_fen: int) -> list[Fee]:
    """Fees from the 64 fine items (AV) and the total owed (BV).

    An AV line is free text ("F1 2.50 overdue", Koha "Overdue 2.50", Evergreen
    "2.50 Overdue materials ..."): its amount is its first decimal number; a
    first word with a digit before that amount is the ACS's fee identifier
    (sent back as CG). What BV owes beyond the lines is one more fee, so 12.50
    owed shows as 12.50 even when the ACS lists no lines.
    """
    fees = []
    for n, line in enumerate(lines):
        acs_id, amount = _fee_line(line)
        fees.append(Fee(id=f"sip2:{card}:{acs_id or f'#{n}'}", patron_card=card,
                        kind=FeeKind.OVERDUE, amount_fen=amount))
    rest = total_fen - sum(f.amount_fen for f in fees)
    if rest > 0:
        fees.append(Fee(id=f"sip2:{card}:balance", patron_card=card, kind=FeeKind.OVERDUE,
                        amount_fen=rest))
    return fees


def _fee_line(text: str) -> tuple[str, int]:
    words = text.replace("$", " ").replace("¥", " ").split()
    for n, word in enumerate(words):
        if "." not in word:
            continue
        try:
            amount = int((Decimal(word) * 100).to_integral_value())
        except (InvalidOperation, ValueError):
            continue
        first = words[0] if n else ""
        return (first if any(c.isdigit() for c in first) else ""), amount
    return "", 0


def _acs_fee_id(fee_id: str) -> str:
    """The ACS's identifier in one of our SIP2 fee ids; "" for listed lines without one."""
    tail = _barcode_of(fee_id)
    return "" if tail == "balance" or tail.startswith("#") else tail


def _hold_copy(payload: dict) -> str:
    """The copy a hold act names: the ``item`` the terminal chose, else the copy a
    SIP2 title id was made from."""
    return payload.get("item") or _barcode_of(payload["title_id"])


def _title_id(barcode: str) -> str:
    """SIP2 has no title ids; a title known only through SIP2 is named after its copy."""
    return f"sip2:{barcode}"


def _barcode_of(key: str) -> str:
    """The copy a SIP2 title or hold id was made from (``sip2:[card:]barcode``)."""
    return key.rpartition(":")[2]


def _row(record) -> dict:
    """A domain record in the replica's row shape: ISO times, plain strings."""
    def plain(value):
        if isinstance(value, datetime):
            return iso(value)
        if isinstance(value, Enum):
            return value.value
        return list(value) if isinstance(value, tuple) else value
    return {k: plain(v) for k, v in asdict(record).items()}
