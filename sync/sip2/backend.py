"""The SIP2 backend: the kiosk's circulation verbs spoken to any ILS over SIP2.

Each verb is one SIP2 exchange (patron information takes a few: one per
summary list, as many servers honour only one summary position per request).
The ACS's screen messages (AF) and print lines (AG) are passed through for the
screen and the receipt. Refusals keep the ACS's own words as the detail of a
``rejected_by_centre`` reason.

Replaying the offline outbox follows the SIP2 spec: ``no block = Y``, the
original transaction date, and for checkouts and renewals the due date the
terminal promised offline. SIP2 has no transaction ids, so a request whose
answer was lost is checked against the ILS before it is sent again.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation

from kiosk.domain.models import Fee, FeeKind, Hold, HoldStatus, Item, Loan, Patron, PatronStatus
from kiosk.domain.reasons import Refusal
from sync.sip2.client import Sip2Client, Sip2Timeout
from sync.sip2.codec import Message, SipParseError, format_date, make, parse_date
from sync.sip2.settings import Sip2Settings

NO_DATE = " " * 18

#: Patron status (24/64) positions, SIP2 2.00 table; what each one blocks.
_PATRON_STATUS_BITS = (
    "charge privileges denied", "renewal privileges denied", "recall privileges denied",
    "hold privileges denied", "card reported lost", "too many items charged",
    "too many items overdue", "too many renewals", "too many claims of items returned",
    "too many items lost", "excessive outstanding fines", "excessive outstanding fees",
    "recall overdue", "too many items billed",
)
#: 64 summary positions, in order.
SUMMARY = ("hold", "overdue", "charged", "fine", "recall", "unavailable_hold")
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


class Sip2Backend:
    """The kiosk's verbs over one SIP2 connection."""

    def __init__(self, settings: Sip2Settings, client: Sip2Client | None = None):
        self.settings = settings
        self.profile = settings.dialect
        self.client = client or Sip2Client(settings)
        self._in_doubt: set[str] = set()  # transaction ids whose answer was lost

    @classmethod
    def from_config(cls, config) -> Sip2Backend:
        """Build from the kiosk config's ``[sip2]`` section."""
        return cls(Sip2Settings.from_mapping(config.sip2))

    def start(self) -> None:
        self.client.connect()
        self.client.start_heartbeat()

    def close(self) -> None:
        self.client.close()

    # -- what the ACS allows ----------------------------------------------------

    @property
    def offline_allowed(self) -> bool:
        """False once the ACS status said off-line operation is not allowed."""
        status = self.client.acs_status
        return status is None or status.flag("offline_ok")

    def supports(self, code: str) -> bool:
        """Whether the ACS said (BX) it supports request ``code``; unknown means yes."""
        status = self.client.acs_status
        flags = status.get("BX") if status else ""
        index = _SUPPORTED.index(code)
        return index >= len(flags) or flags[index] == "Y"

    # -- patrons ------------------------------------------------------------------

    def authenticate(self, card: str, pin: str) -> Patron | Refusal:
        """The patron when card and PIN are good, else why not (23 patron status)."""
        answer = self._send("23", {"AA": card, "AC": self.settings.terminal_password,
                                   "AD": pin}, language=self.settings.language,
                            transaction_date=self._now())
        known = answer.get("BL") == "Y" if "BL" in answer.fields else bool(answer.get("AE"))
        if not known:
            return Refusal("patron_unknown")
        if answer.get("CQ", "Y") != "Y":
            return Refusal("pin_wrong", {"left": "?"})
        patron = self._patron(answer, card)
        if patron.status is PatronStatus.LOST:
            return Refusal("card_lost")
        return patron

    def patron_info(self, card: str, pin: str = "") -> PatronInfo:
        """Loans, holds and fees (63, one request per summary list, 17 per loan)."""
        lists: dict[str, list[str]] = {}
        first: Message | None = None
        for position, name in enumerate(SUMMARY):
            if name == "recall":
                continue
            summary = "".join("Y" if i == position else " " for i in range(10))
            answer = self._send("63", {"AA": card, "AC": self.settings.terminal_password,
                                       "AD": pin or None}, language=self.settings.language,
                                transaction_date=self._now(), summary=summary)
            first = first or answer
            ids = {"hold": "AS", "overdue": "AT", "charged": "AU", "fine": "AV",
                   "unavailable_hold": "CD"}[name]
            lists[name] = answer.all(ids)
        now = datetime.now(UTC)
        items, loans, titles = [], [], {}
        for entry in lists["charged"]:
            info = self.item_info(entry) if self.profile.summary_items_are_barcodes else None
            barcode = info.barcode if info else ""
            titles[barcode or entry] = info.title if info else entry
            items.append(Item(barcode=barcode or entry, title_id=barcode or entry))
            loans.append(Loan(id=f"sip2:{card}:{barcode or entry}", item_barcode=barcode,
                              patron_card=card, out_at=now,
                              due_at=(info.due_at if info and info.due_at else now)))
        holds = [Hold(id=f"sip2:{card}:{entry}", title_id=entry, patron_card=card,
                      placed_at=now, status=status,
                      item_barcode=entry if status is HoldStatus.WAITING else "")
                 for status, key in ((HoldStatus.WAITING, "hold"),
                                     (HoldStatus.PENDING, "unavailable_hold"))
                 for entry in lists[key]]
        fees = [Fee(id=f"sip2:{card}:{n}", patron_card=card, kind=FeeKind.OVERDUE,
                    amount_fen=_fen_in(text)) for n, text in enumerate(lists["fine"])]
        return PatronInfo(patron=self._patron(first, card),
                          pin_ok=None if "CQ" not in first.fields else first.get("CQ") == "Y",
                          loans=tuple(loans), items=tuple(items), titles=titles,
                          holds=tuple(holds), fees=tuple(fees),
                          fee_total_fen=_fen(first.get("BV", "0")), screen=_screen(first))

    def end_session(self, card: str, pin: str = "") -> Answer:
        answer = self._send("35", {"AA": card, "AC": self.settings.terminal_password,
                                   "AD": pin or None}, transaction_date=self._now())
        return self._answer(answer, answer.flag("end_session"))

    # -- items --------------------------------------------------------------------

    def item_info(self, barcode: str) -> ItemInfo:
        answer = self._send("17", {"AB": barcode, "AC": self.settings.terminal_password},
                            transaction_date=self._now())
        queue = answer.get("CF", "0").strip()
        return ItemInfo(barcode=answer.get("AB", barcode), title=answer.get("AJ"),
                        circulation_status=answer.fixed["circulation_status"],
                        due_at=self._due(answer.get("AH")),
                        hold_queue=int(queue) if queue.isdigit() else 0,
                        location=answer.get("AP") or answer.get("AQ"), screen=_screen(answer))

    # -- circulation ----------------------------------------------------------------

    def checkout(self, card: str, barcode: str, pin: str = "", *,
                 offline_at: datetime | None = None, due_at: datetime | None = None) -> Answer:
        """Lend (11). ``offline_at``: replay of an act done offline on that date."""
        answer = self._send("11", {"AA": card, "AB": barcode,
                                   "AC": self.settings.terminal_password,
                                   "AD": self._circ_pin(pin)},
                            sc_renewal_policy="N", no_block="Y" if offline_at else "N",
                            transaction_date=self._date(offline_at),
                            nb_due_date=self._date(due_at) if offline_at and due_at else NO_DATE)
        return self._answer(answer, answer.flag("ok"))

    def checkin(self, barcode: str, *, offline_at: datetime | None = None) -> Answer:
        answer = self._send("09", {"AP": self.settings.location, "AB": barcode,
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
                            nb_due_date=self._date(due_at) if offline_at and due_at else NO_DATE)
        return self._answer(answer, answer.flag("ok"))

    def renew_all(self, card: str, pin: str = "") -> Answer:
        answer = self._send("65", {"AA": card, "AD": self._circ_pin(pin),
                                   "AC": self.settings.terminal_password},
                            transaction_date=self._now())
        return self._answer(answer, answer.flag("ok"), renewed=tuple(answer.all("BM")),
                            unrenewed=tuple(answer.all("BN")))

    def place_hold(self, card: str, barcode: str, pin: str = "", pickup: str = "") -> Answer:
        return self._hold("+", card, barcode, pin, pickup)

    def cancel_hold(self, card: str, barcode: str, pin: str = "") -> Answer:
        return self._hold("-", card, barcode, pin, "")

    def _hold(self, mode: str, card: str, barcode: str, pin: str, pickup: str) -> Answer:
        answer = self._send("15", {"BS": pickup or None, "AA": card, "AD": self._circ_pin(pin),
                                   "AB": barcode, "AC": self.settings.terminal_password},
                            hold_mode=mode, transaction_date=self._now())
        return self._answer(answer, answer.flag("ok"), queue_position=answer.get("BR"))

    def pay(self, card: str, amount_fen: int, fee_id: str = "", *, payment_type: str = "00",
            transaction_id: str = "") -> Answer:
        """Tell the ACS a fee was paid at the kiosk (37). payment_type 00 cash, 02 card."""
        answer = self._send("37", {"BV": f"{Decimal(amount_fen) / 100:.2f}", "AA": card,
                                   "AC": self.settings.terminal_password,
                                   "CG": fee_id or None, "BK": transaction_id or None},
                            transaction_date=self._now(), fee_type="01",
                            payment_type=payment_type, currency_type=self.settings.currency)
        return self._answer(answer, answer.flag("payment_accepted"))

    # -- replay of the outbox ---------------------------------------------------------

    def replay(self, txn_id: str, kind: str, payload: dict, occurred_at: datetime) -> Answer:
        """Deliver one outbox act. Offline acts go with no block and their own dates.

        A timed-out act is remembered; on its next delivery the ILS is asked first
        whether it already took effect, so a lost answer never lends twice.
        """
        offline = bool(payload.get("offline"))
        at = occurred_at if offline else None
        card, barcode = payload.get("patron_card", ""), payload.get("item_barcode", "")
        due = _as_datetime(payload.get("due_at"))
        if txn_id in self._in_doubt and self._already_done(kind, card, barcode):
            self._in_doubt.discard(txn_id)
            return Answer(ok=True, screen=("already recorded",))
        acts = {
            "checkout": lambda: self.checkout(card, barcode, offline_at=at, due_at=due),
            "checkin": lambda: self.checkin(barcode, offline_at=at),
            "renew": lambda: self.renew(card, barcode, offline_at=at, due_at=due),
            "hold": lambda: self.place_hold(card, barcode, pickup=payload.get("pickup", "")),
            "cancel_hold": lambda: self.cancel_hold(card, barcode),
            "pay": lambda: self.pay(card, int(payload.get("amount_fen", 0)),
                                    payload.get("fee_id", ""), transaction_id=txn_id),
        }
        if kind not in acts:
            raise ValueError(f"SIP2 backend cannot deliver a {kind!r} transaction")
        try:
            answer = acts[kind]()
        except Sip2Timeout:
            self._in_doubt.add(txn_id)
            raise
        self._in_doubt.discard(txn_id)
        return answer

    def _already_done(self, kind: str, card: str, barcode: str) -> bool:
        if kind == "checkout":
            return barcode in [i.barcode for i in self.patron_info(card).items]
        if kind == "checkin":
            return not self.item_info(barcode).on_loan
        return False  # renew, hold, pay: a second delivery is refused or harmless

    # -- helpers ------------------------------------------------------------------------

    def _send(self, code: str, fields: dict, **fixed: str) -> Message:
        fields = {"AO": self.settings.institution, **fields}
        return self.client.request(make(code, fields, **fixed))

    def _circ_pin(self, pin: str) -> str | None:
        return pin if pin and self.profile.pin_on_circulation else None

    def _now(self) -> str:
        return self.client.now()

    def _date(self, moment: datetime | None) -> str:
        return format_date(moment) if moment else self._now()

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
                      title=message.get("AJ"), **extra)

    @staticmethod
    def _patron(message: Message, card: str) -> Patron:
        bits = message.fixed.get("patron_status", "")
        blocks = tuple(name for name, flag in zip(_PATRON_STATUS_BITS, bits) if flag == "Y")
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


def _fen_in(text: str) -> int:
    """The first number in a free-text fine line ("F1 2.50 overdue"), in fen."""
    for word in text.replace("$", " ").replace("¥", " ").split():
        try:
            return int((Decimal(word) * 100).to_integral_value())
        except (InvalidOperation, ValueError):
            continue
    return 0
