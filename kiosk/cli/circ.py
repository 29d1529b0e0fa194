"""`kiosk circ`: the circulation acts from a shell, through the same services as the kiosk.

    kiosk circ checkout --patron 0440000001 --item 3100000123 [--pin 1234] [--accept-fee]
    kiosk circ checkin --item 3100000123 --json
    kiosk circ patron 0440000001
    kiosk circ login --patron 0440000001 --pin 1234
    kiosk circ hold --patron 0440000001 --pin 1234 --title T123 --pickup MAIN
    kiosk circ pay --patron 0440000001 --pin 1234 --fee sip2:0440000001:F1 --reference R1

With --pin an act first logs the reader in (the PIN checked by the centre), as
the kiosk does, so a whole session can be scripted; exit 1 on any refusal.
"""
from __future__ import annotations

import json
import sys
from dataclasses import asdict
from datetime import datetime
from enum import Enum

from kiosk.config import from_args
from kiosk.logs import mask_card, mask_record, redact


def _plain(value):
    """Results as JSON-ready data (dates ISO, refusals with their text)."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _result_json(result, lang: str) -> dict:
    data = _plain(asdict(result))
    if result.refusal:
        data["refusal"]["text"] = result.refusal.message(lang)
    return mask_record(data)


def _terminal(args):
    from kiosk.app import build_terminal
    cfg = from_args(args)
    if not cfg.replica_path.exists():
        print(f"no replica at {cfg.replica_path}: run `kiosk init` first", file=sys.stderr)
        raise SystemExit(1)
    try:
        return build_terminal(cfg)
    except (ValueError, ImportError) as exc:
        print(f"backend: {exc}", file=sys.stderr)
        raise SystemExit(2) from None


def _login(terminal, args):
    """The reader's session when --pin was given (None without --pin); False, with
    the reason on stderr, when the centre refuses the card or PIN."""
    from kiosk.services import LoginRefused
    if getattr(args, "pin", None) is None:
        return None
    lang = terminal.config.ui.language
    try:
        session = terminal.circulation.login_card(args.patron, args.pin)
    except LoginRefused as exc:
        print(f"REFUSED login {args.patron}\n  {exc.refusal.message(lang)}", file=sys.stderr)
        return False
    if session.refusal is not None:
        print(f"  note: {session.refusal.message(lang)}", file=sys.stderr)
    return session


def _logged_in(terminal, args) -> bool:
    return _login(terminal, args) is not False


def cmd_login(args) -> int:
    terminal = _terminal(args)
    try:
        session = _login(terminal, args)
    finally:
        terminal.close()
    if not session:
        return 1
    print(f"OK login {session.card} {session.name}" + ("  (offline)" if session.offline else ""))
    return 0


def cmd_hold(args) -> int:
    terminal = _terminal(args)
    lang = terminal.config.ui.language
    try:
        if not _logged_in(terminal, args):
            return 1
        circ = terminal.circulation
        title_id = args.title
        if title_id is None:
            item = terminal.replica.get_item(args.item)
            if item is None:
                print(f"no item {args.item} in the catalogue", file=sys.stderr)
                return 1
            title_id = item.title_id
        places = [p.id for p in circ.pickup_locations()]
        pickup = args.pickup or (places[0] if places else "")
        try:
            result = circ.place_hold(args.patron, title_id, pickup, advance=True)
        except ValueError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    finally:
        terminal.close()
    return _report("hold", result, args, lang)


def cmd_pay(args) -> int:
    terminal = _terminal(args)
    lang = terminal.config.ui.language
    try:
        if not _logged_in(terminal, args):
            return 1
        done = terminal.payments.paid(args.patron, args.fee, args.reference)
    finally:
        terminal.close()
    if not done.stands:
        print(f"REFUSED pay {' '.join(args.fee)}\n  {done.refusal.message(lang)}")
        return 1
    print(f"OK pay {' '.join(args.fee)}" + ("  (recorded offline)" if done.offline else "")
          + (f"\n  {done.screen}" if done.screen else ""))
    return 0


def _report(act: str, result, args, lang: str) -> int:
    if args.json:
        json.dump(_result_json(result, lang), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        state = "OK" if result.ok else "REFUSED"
        line = f"{state} {act} {result.barcode} {result.title}".rstrip()
        if getattr(result, "due_at", None):
            line += f"  due {result.due_at.date().isoformat()}"
        if getattr(result, "route", None):
            line += f"  -> {result.route} {result.destination}"
        if getattr(result, "fee_fen", 0):
            line += f"  fee {result.fee_fen / 100:.2f}"
        if result.offline:
            line += "  (recorded offline)"
        if result.refusal:
            line += f"\n  {redact(result.refusal.message(lang))}"
        print(line)
    return 0 if result.ok else 1


def cmd_act(args) -> int:
    terminal = _terminal(args)
    lang = terminal.config.ui.language
    try:
        if args.act != "checkin" and not _logged_in(terminal, args):
            return 1
        circ = terminal.circulation
        if args.act == "checkout":
            result = circ.checkout(args.patron, args.item, fee_acknowledged=args.accept_fee)
        elif args.act == "renew":
            result = circ.renew(args.patron, args.item)
        else:
            result = circ.checkin(args.item)
    finally:
        terminal.close()
    return _report(args.act, result, args, lang)


def cmd_patron(args) -> int:
    from kiosk.services import LoginRefused
    terminal = _terminal(args)
    lang = terminal.config.ui.language
    try:
        view = terminal.circulation.account(args.card)
    except LoginRefused as exc:
        print(exc.refusal.message(lang), file=sys.stderr)
        return 1
    finally:
        terminal.close()
    if args.json:
        json.dump(mask_record(_plain(asdict(view))), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    p = view.patron
    print(f"{p.name} ({mask_card(p.card)}) {p.card_type} {p.status}"
          + ("  [offline: as of " + (view.last_sync.isoformat() if view.last_sync else "never")
             + "]" if view.stale else ""))
    for lv in view.loans:
        late = f"  {lv.overdue_days} days late, fee {lv.fee_fen / 100:.2f}" if lv.overdue_days else ""
        print(f"  loan  {lv.item.barcode} {lv.title}  due {lv.loan.due_at.date()}{late}")
    for hv in view.holds:
        print(f"  hold  {hv.hold.id} {hv.title}  {hv.hold.status}  at {hv.pickup_name}")
    for fee in view.fees:
        print(f"  fee   {fee.id} {fee.kind} {fee.outstanding_fen / 100:.2f}")
    return 0


def register(sub) -> None:
    p = sub.add_parser("circ", help="check out, check in, renew, show a patron",
                       description="Circulation acts through the same services as the kiosk: "
                                   "policy, outbox, delivery to the configured centre.")
    acts = p.add_subparsers(dest="act", metavar="ACT", required=True)
    pin = {"metavar": "PIN", "help": "log the reader in with this PIN first"}
    for act in ("checkout", "renew", "checkin"):
        a = acts.add_parser(act, help=f"{act} one item")
        if act != "checkin":
            a.add_argument("--patron", required=True, metavar="CARD")
            a.add_argument("--pin", **pin)
        if act == "checkout":
            a.add_argument("--accept-fee", action="store_true",
                           help="the reader accepts the fee the centre names (SIP2 BO)")
        a.add_argument("--item", required=True, metavar="BARCODE")
        a.add_argument("--json", action="store_true", help="print JSON")
        a.set_defaults(func=cmd_act)
    a = acts.add_parser("login", help="check a card and PIN with the centre")
    a.add_argument("--patron", required=True, metavar="CARD")
    a.add_argument("--pin", required=True, metavar="PIN")
    a.set_defaults(func=cmd_login)
    a = acts.add_parser("hold", help="place a hold on a title (or the title of a copy)")
    a.add_argument("--patron", required=True, metavar="CARD")
    a.add_argument("--pin", **pin)
    which = a.add_mutually_exclusive_group(required=True)
    which.add_argument("--title", metavar="TITLE_ID")
    which.add_argument("--item", metavar="BARCODE", help="a copy, for its title")
    a.add_argument("--pickup", metavar="PLACE", help="pickup place id (default: the first)")
    a.add_argument("--json", action="store_true", help="print JSON")
    a.set_defaults(func=cmd_hold)
    a = acts.add_parser("pay", help="record fees paid (the money taken elsewhere); over SIP2 "
                                    "a fee paid (37) per fee with the ACS's own fee id")
    a.add_argument("--patron", required=True, metavar="CARD")
    a.add_argument("--pin", **pin)
    a.add_argument("--fee", required=True, action="append", metavar="FEE_ID",
                   help="a fee id as `kiosk circ patron` lists it (repeat for more)")
    a.add_argument("--reference", required=True, metavar="REF",
                   help="the payment's reference (receipt or order number; BK over SIP2)")
    a.set_defaults(func=cmd_pay)
    a = acts.add_parser("patron", help="a patron's account")
    a.add_argument("card")
    a.add_argument("--json", action="store_true", help="print JSON")
    a.set_defaults(func=cmd_patron)
