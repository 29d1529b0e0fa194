"""A small in-memory library system served over SIP2 by pysip2's server.

pysip2 (another author's ACS implementation) does the protocol; this module
only holds patrons, items, loans, holds and fees and answers each request the
way an ILS would. Tests start it on a free loopback port with
:func:`serve_in_thread`; a person starts it with

    python tests/sip2/ils_server.py --port 6001

and commissions a terminal against it with ``kiosk sip2 probe``.
"""
from __future__ import annotations

import argparse
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal

import anyio
import msgspec
from anyio.from_thread import start_blocking_portal
from pysip2 import (
    CHECKIN,
    CHECKOUT,
    END_PATRON_SESSION,
    FEE_PAID,
    HOLD,
    ITEM_INFORMATION,
    LOGIN,
    PATRON_INFORMATION,
    PATRON_STATUS,
    RENEW,
    RENEW_ALL,
    CheckinResponse,
    CheckoutResponse,
    EndSessionResponse,
    FeePaidResponse,
    HoldResponse,
    ItemInformationResponse,
    LoginResponse,
    PatronInformationResponse,
    PatronStatusResponse,
    RenewAllResponse,
    RenewResponse,
    SIP2Server,
)

INSTITUTION = "TESTLIB"
USER, PASSWORD, LOCATION = "kiosk1", "s3cret", "MAIN"
LOAN_DAYS, MAX_RENEWALS = 14, 2


def sip_date(moment: datetime) -> str:
    return moment.strftime("%Y%m%d    %H%M%S")


def read_date(value: str | None) -> datetime | None:
    """The server's own reading of an 18-character date; blank means none."""
    if not value or not value.strip():
        return None
    return datetime.strptime(value[:8] + value[12:], "%Y%m%d%H%M%S")


@dataclass
class Patron:
    card: str
    pin: str
    name: str
    blocked: bool = False
    fees: dict[str, Decimal] = field(default_factory=dict)  # fee id -> amount owed
    status: str = ""  # the 14 patron status flags when set (else from ``blocked``)


@dataclass
class Loan:
    card: str
    start: datetime
    due: datetime
    renewals: int = 0


@dataclass
class Item:
    barcode: str
    title: str
    location: str = "Stacks"
    loan: Loan | None = None
    holds: list[str] = field(default_factory=list)  # patron cards, first in line first
    rental: Decimal | None = None  # a fee to borrow it, lent only once accepted (BO)


#: How a fine item (AV) reads, by server: Koha's default av_field_template is
#: "description amount", Evergreen's eg_legacy format "amount type title", and
#: this library's own (like a Koha site whose template puts accountlines_id first)
#: "id amount description".
FINE_LINES = {"ids": "{id} {amount} overdue fine", "koha": "Overdue fine {amount}",
              "evergreen": "{amount} Overdue materials", "none": ""}  # none: BV only


class Library:
    """The ILS's state and rules. Every request it receives is kept in ``log``.

    ``lists_titles``: the 64 item lists hold titles, not barcodes (Evergreen's
    default msg64_summary_datatype); ``fine_lines``: a key of FINE_LINES."""

    def __init__(self, *, lists_titles: bool = False, fine_lines: str = "ids",
                 password_required: bool = False) -> None:
        self.patrons: dict[str, Patron] = {}
        self.items: dict[str, Item] = {}
        self.log: list[tuple[str, object]] = []  # (command id, request model)
        self.lock = threading.Lock()
        self.lists_titles = lists_titles
        self.fine_line = FINE_LINES[fine_lines]
        #: checkout and renew refuse a request without the patron's password (AD), as
        #: FOLIO edge-sip2 does with patronPasswordVerificationRequired
        self.password_required = password_required
        #: the latest due date a loan gets (ILSs cap a renewal at the card's expiry):
        #: a renewal then may keep the same due date
        self.due_cap: datetime | None = None

    @classmethod
    def demo(cls, **options) -> Library:
        lib = cls(**options)
        lib.patrons = {p.card: p for p in (
            Patron("P0001", "1234", "Zhang Xiaoming"),
            Patron("P0002", "4321", "Ada Lovelace", fees={"F1": Decimal("2.50")}),
            Patron("P0003", "0000", "Blocked Reader", blocked=True),
        )}
        lib.items = {i.barcode: i for i in (
            Item("B0001", "三体"), Item("B0002", "Structure and Interpretation"),
            Item("B0003", "The Little Prince"), Item("B0004", "Dream of the Red Chamber"),
        )}
        return lib

    def loans_of(self, card: str) -> list[Item]:
        return [i for i in self.items.values() if i.loan and i.loan.card == card]

    def owed(self, patron: Patron) -> Decimal:
        return sum(patron.fees.values(), Decimal(0))


def build_server(library: Library, *, offline_ok: bool = True, encoding: str = "utf-8",
                 unsupported: tuple[str, ...] = ()) -> SIP2Server:
    """A pysip2 server whose handlers answer from ``library``; the commands in
    ``unsupported`` get no handler, so the ACS status (BX) says it lacks them."""
    app = SIP2Server(encoding=encoding, institution_id=INSTITUTION, library_name="Test Library",
                     offline_ok=offline_ok, login_required=True, terminal_location=LOCATION)

    def logged(route):
        def register(fn):
            if route.command_id in unsupported:
                return fn

            def handler(req, ctx):
                with library.lock:
                    library.log.append((route.command_id, req))
                    return fn(req, ctx)
            return app.route(route)(handler)
        return register

    def patron_for(req) -> Patron | None:
        return library.patrons.get(req.patron_identifier)

    def pin_ok(patron: Patron | None, pin: str | None) -> bool:
        return patron is not None and (not pin or pin == patron.pin)

    def circ_pin_ok(patron: Patron | None, pin: str | None) -> bool:
        if library.password_required and not pin:
            return False
        return pin_ok(patron, pin)

    def status_bits(patron: Patron | None) -> str:
        if patron and patron.status:
            return patron.status
        return ("YYYY" if patron and patron.blocked else "    ") + " " * 10

    @logged(LOGIN)
    def login(req, ctx):
        good = (req.login_user_id, req.login_password, req.location_code) == (
            USER, PASSWORD, LOCATION)
        return LoginResponse(ok="1" if good else "0")

    @logged(PATRON_STATUS)
    def patron_status(req, ctx):
        p = patron_for(req)
        return PatronStatusResponse(
            patron_status=status_bits(p), language="000", transaction_date=ctx.now_18(),
            institution_id=INSTITUTION, patron_identifier=req.patron_identifier,
            personal_name=p.name if p else "", valid_patron="Y" if p else "N",
            valid_patron_password="Y" if p and req.patron_password == p.pin else "N",
            currency_type="USD", fee_amount=str(library.owed(p)) if p else None,
            screen_message=("Card blocked: please see staff",) if p and p.blocked else ())

    @logged(PATRON_INFORMATION)
    def patron_information(req, ctx):
        p = patron_for(req)
        if p is None:
            return ctx.decline("Unknown card")
        now = datetime.now()
        loans = library.loans_of(p.card)
        held = [i for i in library.items.values() if p.card in i.holds]
        ready = [i for i in held if i.loan is None and i.holds[0] == p.card]
        waiting = [i for i in held if i not in ready]
        overdue = [i for i in loans if i.loan.due < now]
        fines = [library.fine_line.format(id=fid, amount=amount)
                 for fid, amount in p.fees.items() if library.fine_line]

        def listed(items: list[Item]) -> tuple[str, ...]:
            return tuple(i.title if library.lists_titles else i.barcode for i in items)
        wants = {pos for pos, flag in enumerate(req.summary) if flag == "Y"}
        return PatronInformationResponse(
            patron_status=status_bits(p), language="000", transaction_date=ctx.now_18(),
            hold_items_count=f"{len(ready):04d}", overdue_items_count=f"{len(overdue):04d}",
            charged_items_count=f"{len(loans):04d}", fine_items_count=f"{len(fines):04d}",
            recall_items_count="0000", unavailable_holds_count=f"{len(waiting):04d}",
            institution_id=INSTITUTION, patron_identifier=p.card, personal_name=p.name,
            valid_patron="Y", valid_patron_password="Y" if req.patron_password == p.pin else "N",
            currency_type="USD", fee_amount=str(library.owed(p)), charged_items_limit="0010",
            hold_items=listed(ready) if 0 in wants else (),
            overdue_items=listed(overdue) if 1 in wants else (),
            charged_items=listed(loans) if 2 in wants else (),
            fine_items=tuple(fines) if 3 in wants else (),
            unavailable_hold_items=listed(waiting) if 5 in wants else (),
            email_address="reader@example.org",
            screen_message=("Card blocked: please see staff",) if p.blocked else ())

    def circ_answer(cls, req, ok, item, due, message, renewal="N"):
        return cls(ok="1" if ok else "0", renewal_ok=renewal, magnetic_media="N",
                   desensitize="Y" if ok else "N", transaction_date=sip_date(datetime.now()),
                   institution_id=INSTITUTION, patron_identifier=req.patron_identifier,
                   item_identifier=req.item_identifier or "",
                   title_identifier=item.title if item else "",
                   due_date=sip_date(due) if ok and due else "",
                   screen_message=(message,) if message else (),
                   print_line=(f"{item.title} due {due:%Y-%m-%d}",) if ok and due else ())

    @logged(CHECKOUT)
    def checkout(req, ctx):
        p, item = patron_for(req), library.items.get(req.item_identifier)
        forced = req.no_block == "Y"
        start = read_date(req.transaction_date) or datetime.now()
        refusal = (
            "Unknown card" if p is None else
            "Wrong PIN" if not circ_pin_ok(p, req.patron_password) else
            "Unknown item" if item is None else
            "Card blocked: please see staff" if p.blocked and not forced else
            "Already on loan" if item.loan and item.loan.card != p.card and not forced else
            "Reserved for another reader" if item.holds and item.holds[0] != p.card
            and not forced else
            f"Rental fee {item.rental} to pay" if item.rental and req.fee_acknowledged != "Y"
            else None)
        if refusal:
            answer = circ_answer(CheckoutResponse, req, False, item, None, refusal)
            if item and item.rental:  # the fee the reader must accept (BV, BT 06 rental)
                answer = msgspec.structs.replace(answer, fee_amount=str(item.rental), fee_type="06",
                                 currency_type="USD")
            return answer
        if item.rental:
            p.fees[f"R-{item.barcode}"] = item.rental
        due = (read_date(req.nb_due_date) if forced else None) or start + timedelta(LOAN_DAYS)
        item.loan = Loan(p.card, start, due)
        if p.card in item.holds:
            item.holds.remove(p.card)
        return circ_answer(CheckoutResponse, req, True, item, due, "Enjoy your book")

    @logged(CHECKIN)
    def checkin(req, ctx):
        item = library.items.get(req.item_identifier)
        if item is None or item.loan is None:
            return CheckinResponse(ok="0", resensitize="N", magnetic_media="N", alert="N",
                                   transaction_date=ctx.now_18(), institution_id=INSTITUTION,
                                   item_identifier=req.item_identifier,
                                   permanent_location=item.location if item else "",
                                   screen_message=("Not on loan",))
        card, item.loan = item.loan.card, None
        hold = bool(item.holds)
        return CheckinResponse(ok="1", resensitize="Y", magnetic_media="N",
                               alert="Y" if hold else "N", transaction_date=ctx.now_18(),
                               institution_id=INSTITUTION, item_identifier=item.barcode,
                               permanent_location=item.location, title_identifier=item.title,
                               sort_bin="HOLDS" if hold else "A", patron_identifier=card,
                               screen_message=("Please hand this book to the desk",)
                               if hold else ("Thank you",))

    def renew_one(req, item: Item | None, p: Patron | None, forced: bool):
        refusal = (
            "Unknown card" if p is None else
            "Wrong PIN" if not circ_pin_ok(p, req.patron_password) else
            "Not on loan to you" if item is None or not item.loan or item.loan.card != p.card
            else "Reserved for another reader" if item.holds and not forced
            else "Renewal limit reached" if item.loan.renewals >= MAX_RENEWALS and not forced
            else None)
        if refusal:
            return False, None, refusal
        when = read_date(req.transaction_date) or datetime.now()
        item.loan.due = ((read_date(req.nb_due_date) if forced else None)
                         or max(when, item.loan.due) + timedelta(LOAN_DAYS))
        if library.due_cap is not None:
            item.loan.due = min(item.loan.due, library.due_cap)
        item.loan.renewals += 1
        return True, item.loan.due, "Renewed"

    @logged(RENEW)
    def renew(req, ctx):
        item = library.items.get(req.item_identifier or "")
        ok, due, message = renew_one(req, item, patron_for(req), req.no_block == "Y")
        return circ_answer(RenewResponse, req, ok, item, due, message, renewal="Y" if ok else "N")

    @logged(RENEW_ALL)
    def renew_all(req, ctx):
        p = patron_for(req)
        if p is None or not pin_ok(p, req.patron_password):
            return ctx.decline("Unknown card or wrong PIN")
        done, failed = [], []
        for item in library.loans_of(p.card):
            (done if renew_one(req, item, p, False)[0] else failed).append(item.barcode)
        return RenewAllResponse(ok="1", renewed_count=f"{len(done):04d}",
                                unrenewed_count=f"{len(failed):04d}",
                                transaction_date=ctx.now_18(), institution_id=INSTITUTION,
                                renewed_items=tuple(done), unrenewed_items=tuple(failed))

    @logged(HOLD)
    def hold(req, ctx):
        p, item = patron_for(req), library.items.get(req.item_identifier or "")
        if item is None and req.title_identifier:  # a title hold: its first copy
            item = next((i for i in library.items.values()
                         if i.title == req.title_identifier), None)
        ok, message = False, "Unknown card or item"
        if p and item and pin_ok(p, req.patron_password):
            if req.hold_mode == "-":
                ok = p.card in item.holds
                if ok:
                    item.holds.remove(p.card)
                message = "Hold cancelled" if ok else "No such hold"
            elif p.card in item.holds:
                ok, message = True, "Already on hold for you"
            else:
                item.holds.append(p.card)
                ok, message = True, "Hold placed"
        queue = str(item.holds.index(p.card) + 1) if ok and p and item and p.card in item.holds \
            else None
        return HoldResponse(ok="1" if ok else "0",
                            available="Y" if item and item.loan is None else "N",
                            transaction_date=ctx.now_18(), queue_position=queue,
                            pickup_location=req.pickup_location, institution_id=INSTITUTION,
                            patron_identifier=req.patron_identifier,
                            item_identifier=req.item_identifier,
                            title_identifier=item.title if item else None,
                            screen_message=(message,))

    @logged(FEE_PAID)
    def fee_paid(req, ctx):
        p = patron_for(req)
        try:
            amount = Decimal(req.fee_amount)
        except ArithmeticError:
            return ctx.decline("Bad amount")
        fid = req.fee_identifier or next(iter(p.fees), None) if p else None
        if p is None or fid not in p.fees or amount <= 0 or amount > p.fees[fid]:
            return ctx.decline("Payment not accepted")
        p.fees[fid] -= amount
        if not p.fees[fid]:
            del p.fees[fid]
        return FeePaidResponse(payment_accepted="Y", transaction_date=ctx.now_18(),
                               institution_id=INSTITUTION, patron_identifier=p.card,
                               transaction_id=req.transaction_id,
                               screen_message=(f"Paid {amount} USD, thank you",),
                               print_line=(f"Payment {amount} USD for {fid}",))

    @logged(ITEM_INFORMATION)
    def item_information(req, ctx):
        item = library.items.get(req.item_identifier)
        if item is None:
            return ctx.decline("Unknown item")
        status = ("08" if item.loan is None and item.holds else
                  "03" if item.loan is None else "04")
        return ItemInformationResponse(
            circulation_status=status, security_marker="02", fee_type="01",
            transaction_date=ctx.now_18(), hold_queue_length=str(len(item.holds)),
            due_date=sip_date(item.loan.due) if item.loan else None,
            item_identifier=item.barcode, title_identifier=item.title,
            permanent_location=item.location, current_location=item.location)

    @logged(END_PATRON_SESSION)
    def end_session(req, ctx):
        return EndSessionResponse(end_session="Y", transaction_date=ctx.now_18(),
                                  institution_id=INSTITUTION,
                                  patron_identifier=req.patron_identifier)

    return app


@contextmanager
def serve_in_thread(library: Library, port: int = 0, **options):
    """Run the server on 127.0.0.1 in a background thread; yields the bound port."""
    server = build_server(library, **options)
    listen = server.start("127.0.0.1", port)
    with start_blocking_portal() as portal, portal.wrap_async_context_manager(listen) as bound:
        yield bound


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="In-memory test library system over SIP2")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=6001)
    parser.add_argument("--encoding", default="utf-8")
    parser.add_argument("--payment-secret-file", metavar="FILE",
                        help="also run a simulated payment provider (a page with a pay "
                             "button) for fees paid by QR; its secret is written to FILE")
    args = parser.parse_args(argv)
    print(f"SIP2 test library on {args.host}:{args.port}: login {USER}/{PASSWORD} "
          f"location {LOCATION}; patrons P0001/1234, P0002/4321; items B0001-B0004")
    if args.payment_secret_file:
        import os

        from sync.payment_providers import SimulatedProviderSite
        site = SimulatedProviderSite()
        fd = os.open(args.payment_secret_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as secret:
            secret.write(site.secret)
        print("simulated payment provider (tests and demonstrations only); for the terminal:\n"
              f"  KIOSK_SIP2_PAYMENT_PAY_URL='{site.pay_url}'\n"
              f"  KIOSK_SIP2_PAYMENT_STATUS_URL='{site.status_url}'\n"
              f"  KIOSK_SIP2_PAYMENT_SECRET_FILE='{args.payment_secret_file}'")
    server = build_server(Library.demo(), encoding=args.encoding)
    try:
        anyio.run(server.serve, args.host, args.port)
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
