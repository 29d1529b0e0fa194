"""`kiosk circ`: the circulation acts from a shell, through the same services as the kiosk.

    kiosk circ checkout --patron 0440000001 --item 0441000123
    kiosk circ checkin --item 0441000123 --json
    kiosk circ patron 0440000001
"""
from __future__ import annotations

import json
import sys
from dataclasses import asdict
from datetime import datetime
from enum import Enum

from kiosk.config import from_args


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
    return data


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


def cmd_act(args) -> int:
    terminal = _terminal(args)
    lang = terminal.config.ui.language
    try:
        circ = terminal.circulation
        if args.act == "checkout":
            result = circ.checkout(args.patron, args.item)
        elif args.act == "renew":
            result = circ.renew(args.patron, args.item)
        else:
            result = circ.checkin(args.item)
    finally:
        terminal.close()
    if args.json:
        json.dump(_result_json(result, lang), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        state = "OK" if result.ok else "REFUSED"
        line = f"{state} {args.act} {result.barcode} {result.title}"
        if getattr(result, "due_at", None):
            line += f"  due {result.due_at.date().isoformat()}"
        if getattr(result, "route", None):
            line += f"  -> {result.route} {result.destination}"
        if getattr(result, "fee_fen", 0):
            line += f"  fee {result.fee_fen / 100:.2f}"
        if result.offline:
            line += "  (recorded offline)"
        if result.refusal:
            line += f"\n  {result.refusal.message(lang)}"
        print(line)
    return 0 if result.ok else 1


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
        json.dump(_plain(asdict(view)), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    p = view.patron
    print(f"{p.name} ({p.card}) {p.card_type} {p.status}"
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
    for act in ("checkout", "renew", "checkin"):
        a = acts.add_parser(act, help=f"{act} one item")
        if act != "checkin":
            a.add_argument("--patron", required=True, metavar="CARD")
        a.add_argument("--item", required=True, metavar="BARCODE")
        a.add_argument("--json", action="store_true", help="print JSON")
        a.set_defaults(func=cmd_act)
    a = acts.add_parser("patron", help="a patron's account")
    a.add_argument("card")
    a.add_argument("--json", action="store_true", help="print JSON")
    a.set_defaults(func=cmd_patron)
