"""Applying pushed transactions: the centre's decisions.

The centre decides with the terminal's own policy functions (kiosk.domain.policy)
on accounts built from its store, so both sides say yes and no alike. What a
reader physically did (an offline checkout, any checkin) is never refused: it
is applied and, where it collides with policy or another act, goes on the
exceptions list as a conflict. Every answer is stored with its transaction id
and repeated for a repeated id.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from kiosk.domain.clock import iso, parse_time
from kiosk.domain.models import HoldStatus, Item, ItemStatus
from kiosk.domain.policy import (
    check_checkout,
    check_hold,
    check_renew,
    due_date,
    overdue_fee,
    renewed_due,
)
from kiosk.domain.reasons import Refusal
from kiosk.domain.routing import route_return

from . import throttle
from .store import CentralStore, new_id

STAFF_ROLES = ("librarian", "supervisor")
#: how far a device's own clock readings may disagree with each other (the time
#: between reading its queue and sending a heartbeat)
CLOCK_MARGIN = timedelta(seconds=60)


@dataclass(frozen=True)
class Actor:
    """Who pushes: a terminal (device token), a desk (its device token and the
    signed-in librarian's staff token), or a librarian alone (staff token)."""

    device_id: str
    channel: str = "terminal"       # terminal | desk: who acts (a staff login makes a desk)
    branch: str = ""
    staff_user: str = ""
    staff_role: str = ""
    kind: str = "terminal"          # the device's kind at enrolment (a librarian alone: desk)


class Rejection(Exception):
    def __init__(self, reason: str, message: str = "", params: dict | None = None):
        super().__init__(message or reason)
        self.reason, self.params = reason, params or {}
        self.message = message or Refusal(reason, self.params).message("en")


@dataclass
class Outcome:
    effect: dict = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)   # resolutions; none means applied
    refusals: list[str] = field(default_factory=list)    # the codes an offline act overrode


@dataclass(frozen=True)
class Context:
    store: CentralStore
    actor: Actor
    txn_id: str
    at: datetime
    payload: dict
    type: str = ""

    def text(self, name: str, *, required: bool = True) -> str:
        value = self.payload.get(name)
        if value is None or value == "":
            if required:
                raise Rejection("rejected_by_centre", f"payload.{name} is missing")
            return ""
        if not isinstance(value, str):
            raise Rejection("rejected_by_centre", f"payload.{name} must be a string")
        return value

    def patron(self, *, required: bool = True) -> str:
        """payload.patron, the card number it names: a terminal names readers by a
        key of the card (central/for_terminals.py), a desk by the card itself."""
        card = self.text("patron", required=required)
        return self.store.card_of(card) if card else card

    def fee_ids(self) -> list[str]:
        ids = self.payload.get("fee_ids")
        if not isinstance(ids, list) or not ids or not all(isinstance(i, str) for i in ids):
            raise Rejection("rejected_by_centre", "payload.fee_ids must be a non-empty list of ids")
        return ids

    def refused(self, refusal: Refusal, action: str) -> None:
        """A policy 'no' for an online act: rejected, unless a librarian overrides it."""
        override = self.payload.get("override")
        if not override:
            raise Rejection(refusal.code, params=refusal.params)
        if not isinstance(override, dict) or not override.get("reason"):
            raise Rejection("rejected_by_centre", "payload.override needs 'by' and 'reason'")
        if self.actor.staff_role not in STAFF_ROLES or override.get("by") != self.actor.staff_user:
            raise Rejection("rejected_by_centre", "an override needs the staff login of the "
                            "librarian named in override.by")
        self.store.audit("override", by=self.actor.staff_user, reason=str(override["reason"]),
                         refusal=refusal.code, txn_id=self.txn_id, device_id=self.actor.device_id,
                         detail={"action": action, **self.payload})


def _conflict_or_refuse(ctx: Context, refusal: Refusal | None, offline: bool, action: str,
                        outcome: Outcome) -> None:
    if refusal is None:
        return
    if offline:
        outcome.conflicts.append(f"applied offline although the centre says {refusal.code}")
        outcome.refusals.append(refusal.code)
    else:
        ctx.refused(refusal, action)


# --------------------------------------------------------------------------- checkout

def checkout(ctx: Context) -> Outcome:
    store, at, outcome = ctx.store, ctx.at, Outcome()
    card, barcode = ctx.patron(), ctx.text("item")
    offline = bool(ctx.payload.get("offline"))
    item, account = store.get_item(barcode), store.account(card)
    if item is None or account is None:
        reason = "item_unknown" if item is None else "patron_unknown"
        if not offline:
            raise Rejection(reason)
        outcome.conflicts.append(f"applied offline for an unknown "
                                 f"{'item' if item is None else 'card'} ({reason})")
        outcome.refusals.append(reason)
    existing = store.open_loan(barcode)
    if existing and existing.patron_card == card:
        if not offline:
            ctx.refused(Refusal("item_already_yours", {"due": existing.due_at.date().isoformat()}),
                        "checkout")
        return Outcome({"loan_id": existing.id, "due_at": iso(existing.due_at)})
    if item and account:
        refusal = (Refusal("item_on_loan") if existing else check_checkout(
            account, item, now=at, holds_for_others=store.holds_for_others(item, card),
            policy=store.policy()))
        if not (offline and existing):    # a double checkout is settled below instead
            _conflict_or_refuse(ctx, refusal, offline, "checkout", outcome)

    returned_at = None
    policy = store.policy()
    if existing:
        loan_id = new_id("L")
        earlier_txn = store.row("SELECT txn_id FROM loan_txns WHERE loan_id = ?", (existing.id,))
        detail: dict = {"item": barcode, "title": _title_of(store, item), "by_patron": card}
        if existing.out_at <= at:
            fee = _close_loan(store, existing.id, existing.patron_card, barcode,
                              existing.due_at, at, policy)
            detail.update(closed_patron=existing.patron_card, closed_at=iso(at), **fee)
            resolution = (f"loan {existing.id} ({existing.patron_card}) closed at {iso(at)}, "
                          f"when {card} checked the item out")
        else:   # this checkout happened first: it ended when the one we know began
            returned_at = existing.out_at
            detail.update(closed_patron=card, closed_at=iso(existing.out_at),
                          by_patron=existing.patron_card, fee_fen=0)
            resolution = (f"loan {loan_id} ({card}) closed at {iso(existing.out_at)}, when "
                          f"{existing.patron_card} checked the item out")
        if detail["fee_fen"]:
            resolution += f"; the overdue fee of {detail['fee_fen']} fen stays with " \
                          f"{existing.patron_card}"
            store.audit("overdue_fee_kept", by=ctx.actor.staff_user or ctx.actor.device_id,
                        txn_id=ctx.txn_id, device_id=ctx.actor.device_id,
                        detail={"patron": existing.patron_card, "item": barcode,
                                "loan": existing.id, "fee_id": detail["fee_id"],
                                "fen": detail["fee_fen"]})
        override = ctx.payload.get("override") if not offline else None
        if override:
            detail.update(by=ctx.actor.staff_user, reason=str(override.get("reason", "")))
        outcome.conflicts.append(resolution)
        store.add_exception(
            "override_on_loan" if override else "double_checkout",
            txn_ids=[t for t in (earlier_txn and earlier_txn["txn_id"], ctx.txn_id) if t],
            loan_ids=[existing.id, loan_id], item=barcode,
            patrons=[existing.patron_card, card], resolution=resolution, detail=detail)
    else:
        loan_id = new_id("L")
    due = due_date(item or Item(barcode, ""), at, policy)
    store.put("loans", [{"id": loan_id, "item_barcode": barcode, "patron_card": card,
                         "out_at": iso(at), "due_at": iso(due), "renewals": 0,
                         "returned_at": iso(returned_at), "offline": int(offline)}])
    store.conn.execute("INSERT INTO loan_txns VALUES (?, ?)", (loan_id, ctx.txn_id))
    if item and returned_at is None:
        store.update("items", barcode, status=ItemStatus.ON_LOAN.value)
        _settle_holds_on_checkout(store, item, card)
    if outcome.conflicts and not existing:
        store.add_exception("offline_policy", txn_ids=[ctx.txn_id], loan_ids=[loan_id],
                            item=barcode, patrons=[card], resolution="; ".join(outcome.conflicts),
                            detail={"item": barcode, "title": _title_of(store, item),
                                    "by_patron": card, "refusals": outcome.refusals})
    outcome.effect = {"loan_id": loan_id, "due_at": iso(due)}
    return outcome


def _close_loan(store: CentralStore, loan_id: str, card: str, barcode: str, due: datetime,
                at: datetime, policy) -> dict:
    """End a loan at `at`, by a return or by another checkout of the copy: either way the
    overdue fee it ran up is charged to its patron, never dropped. {fee_fen, fee_id}."""
    store.update("loans", loan_id, returned_at=iso(at))
    fee = overdue_fee(due, at, policy)
    if not fee:
        return {"fee_fen": 0, "fee_id": None}
    fee_id = new_id("F")
    store.put("fees", [{"id": fee_id, "patron_card": card, "kind": "overdue", "amount_fen": fee,
                        "item_barcode": barcode, "paid_fen": 0, "status": "open",
                        "created_at": iso(at)}])
    return {"fee_fen": fee, "fee_id": fee_id}


def _title_of(store: CentralStore, item: Item | None) -> str:
    title = store.get_title(item.title_id) if item else None
    return title.title if title else ""


def _settle_holds_on_checkout(store: CentralStore, item: Item, card: str) -> None:
    """The borrower's own hold on the title is fulfilled; a copy trapped for
    someone else puts that hold back in the queue."""
    for hold in store.rows("SELECT id, patron_card, status, item_barcode FROM holds WHERE "
                           "title_id = ? AND status IN ('pending', 'waiting')", (item.title_id,)):
        if hold["patron_card"] == card:
            store.update("holds", hold["id"], status=HoldStatus.FULFILLED.value,
                         item_barcode=item.barcode)
            return
    for hold in store.rows("SELECT id FROM holds WHERE item_barcode = ? AND status = 'waiting'",
                           (item.barcode,)):
        store.update("holds", hold["id"], status=HoldStatus.PENDING.value, item_barcode="",
                     expires_at=None)


# --------------------------------------------------------------------------- checkin

def checkin(ctx: Context) -> Outcome:
    store, at, outcome = ctx.store, ctx.at, Outcome()
    barcode = ctx.text("item")
    branch = ctx.text("branch", required=False) or ctx.actor.branch
    item = store.get_item(barcode)
    effect = {"fee_fen": 0, "fee_id": None, "route": "desk", "hold_id": None, "destination": ""}
    loan = store.open_loan(barcode)
    if loan and loan.out_at > at:
        outcome.conflicts.append(f"checkin at {iso(at)} is older than the open loan {loan.id} "
                                 f"(out {iso(loan.out_at)}), which stays open")
        store.add_exception("stale_checkin", txn_ids=[ctx.txn_id], loan_ids=[loan.id],
                            item=barcode, patrons=[loan.patron_card],
                            resolution=outcome.conflicts[-1],
                            detail={"item": barcode, "title": _title_of(store, item),
                                    "closed_patron": loan.patron_card,
                                    "out_at": iso(loan.out_at), "checkin_at": iso(at)})
        outcome.effect = effect
        return outcome
    policy = store.policy()
    if loan:
        returned = _earliest_return(ctx)
        if returned and overdue_fee(loan.due_at, returned, policy) > \
                overdue_fee(loan.due_at, at, policy):
            outcome.conflicts.append(
                f"checkin dated {iso(at)}, before this device last reported an empty queue "
                f"({iso(returned)}): the overdue fee is counted to {iso(returned)}")
            store.add_exception("backdated_checkin", txn_ids=[ctx.txn_id], loan_ids=[loan.id],
                                item=barcode, patrons=[loan.patron_card],
                                resolution=outcome.conflicts[-1],
                                detail={"item": barcode, "title": _title_of(store, item),
                                        "closed_patron": loan.patron_card,
                                        "checkin_at": iso(at), "counted_to": iso(returned)})
            at = returned
        effect.update(_close_loan(store, loan.id, loan.patron_card, barcode, loan.due_at, at,
                                  policy))
    if item is None:
        outcome.conflicts.append("checked in an item the centre does not know; to the desk")
        store.add_exception("unknown_item", txn_ids=[ctx.txn_id], item=barcode,
                            patrons=[loan.patron_card] if loan else [],
                            resolution=outcome.conflicts[-1],
                            detail={"item": barcode, "checkin_at": iso(at), "branch": branch})
    else:
        effect.update(_route(store, item, branch, at, policy.hold_pickup_days))
    outcome.effect = effect
    return outcome


def _earliest_return(ctx: Context) -> datetime | None:
    """When a checkin dated before the device's last report of an empty queue (its
    own clock, at a heartbeat) can have happened at the earliest: at that report.
    None when its date is plausible."""
    row = ctx.store.row("SELECT drained_at FROM devices WHERE id = ?", (ctx.actor.device_id,))
    drained = parse_time(row["drained_at"]) if row else None
    return drained if drained and ctx.at < drained - CLOCK_MARGIN else None


def _route(store: CentralStore, item: Item, branch: str, at: datetime, pickup_days: int) -> dict:
    """Where a returned copy goes (the domain's rule, as the terminal guesses it):
    the item and its hold are updated to match."""
    routed = route_return(item, here=branch, hold=store.waiting_hold_for(item),
                          home=store.get_location(item.location_id))
    store.update("items", item.barcode, status=routed.item_status.value)
    hold = routed.hold
    if hold is not None and routed.hold_status == HoldStatus.WAITING:
        expires = hold.expires_at if hold.status == HoldStatus.WAITING else \
            at + timedelta(days=pickup_days)
        store.update("holds", hold.id, status=HoldStatus.WAITING.value,
                     item_barcode=item.barcode, expires_at=iso(expires))
    elif hold is not None:
        store.update("holds", hold.id, status=HoldStatus.PENDING.value,
                     item_barcode=item.barcode, expires_at=None)
    return {"route": routed.route, "hold_id": hold.id if hold else None,
            "destination": routed.destination}


# --------------------------------------------------------------------------- renew, holds

def renew(ctx: Context) -> Outcome:
    store, at = ctx.store, ctx.at
    card, barcode = ctx.patron(), ctx.text("item")
    account, item = store.account(card), store.get_item(barcode)
    if account is None:
        raise Rejection("patron_unknown")
    if item is None:
        raise Rejection("item_unknown")
    loan = store.open_loan(barcode)
    if loan is None or loan.patron_card != card:
        raise Rejection("not_on_loan")
    policy = store.policy()
    if refusal := check_renew(account, loan, item, now=at, policy=policy,
                              reserved_by_others=store.holds_for_others(item, card) > 0):
        ctx.refused(refusal, "renew")
    due = renewed_due(loan, item, policy)
    store.update("loans", loan.id, due_at=iso(due), renewals=loan.renewals + 1)
    return Outcome({"loan_id": loan.id, "due_at": iso(due)})


def hold(ctx: Context) -> Outcome:
    store, at = ctx.store, ctx.at
    card, title_id = ctx.patron(), ctx.text("title_id")
    pickup = ctx.text("pickup_location", required=False)
    account = store.account(card)
    if account is None:
        raise Rejection("patron_unknown")
    if store.get_title(title_id) is None:
        raise Rejection("item_unknown", f"no title {title_id}")
    if pickup and store.get_location(pickup) is None:
        raise Rejection("rejected_by_centre", f"payload.pickup_location {pickup!r} is unknown")
    if refusal := check_hold(account, title_id, now=at, policy=store.policy()):
        ctx.refused(refusal, "hold")
    position = store.conn.execute("SELECT count(*) FROM holds WHERE title_id = ? AND "
                                  "status = 'pending'", (title_id,)).fetchone()[0] + 1
    hold_id = new_id("H")
    store.put("holds", [{"id": hold_id, "title_id": title_id, "patron_card": card,
                         "placed_at": iso(at), "status": "pending", "pickup_location": pickup,
                         "item_barcode": "", "expires_at": None,
                         "advance": int(bool(ctx.payload.get("advance")))}])
    return Outcome({"hold_id": hold_id, "position": position})


def cancel_hold(ctx: Context) -> Outcome:
    card, hold_id = ctx.patron(), ctx.text("hold_id")
    row = ctx.store.row("SELECT patron_card, status FROM holds WHERE id = ?", (hold_id,))
    if row is None or row["patron_card"] != card:
        raise Rejection("rejected_by_centre", f"no hold {hold_id} for this card")
    if row["status"] not in ("pending", "waiting"):
        raise Rejection("rejected_by_centre", f"hold {hold_id} is already {row['status']}")
    ctx.store.update("holds", hold_id, status=HoldStatus.CANCELLED.value)
    return Outcome({})


# --------------------------------------------------------------------------- money

def _open_fees(ctx: Context, card: str) -> list[dict]:
    ids = ctx.fee_ids()
    marks = ",".join("?" * len(ids))
    fees = ctx.store.rows(f"SELECT id, amount_fen, paid_fen, status, patron_card FROM fees "
                          f"WHERE id IN ({marks})", ids)
    wrong = set(ids) - {f["id"] for f in fees if f["patron_card"] == card and f["status"] == "open"}
    if wrong:
        raise Rejection("rejected_by_centre",
                        f"not open fees of {card}: {', '.join(sorted(wrong))}")
    return fees


def pay(ctx: Context) -> Outcome:
    """Fees are paid only online: this records an order the provider marked paid."""
    card, order_id = ctx.patron(), ctx.text("order_id")
    order = ctx.store.row("SELECT * FROM orders WHERE id = ?", (order_id,))
    if order is None or order["patron_card"] != card:
        raise Rejection("rejected_by_centre", f"no payment order {order_id} for this card")
    if order["status"] != "paid":
        raise Rejection("rejected_by_centre", f"order {order_id} is {order['status']}, not paid")
    return Outcome({"paid_fen": order["amount_fen"], "fee_ids": json.loads(order["fee_ids"])})


def _staff_settles(ctx: Context, status: str, roles: tuple[str, ...]) -> Outcome:
    card, by = ctx.patron(), ctx.text("by")
    if ctx.actor.staff_role not in roles or by != ctx.actor.staff_user:
        raise Rejection("rejected_by_centre",
                        f"{ctx.actor.staff_user or 'a terminal'} may not {ctx.type}: "
                        f"needs the staff login of a {' or '.join(roles)} named in payload.by")
    reason = ctx.text("reason") if status == "waived" else ""
    total = 0
    for fee in _open_fees(ctx, card):
        outstanding = fee["amount_fen"] - fee["paid_fen"]
        total += outstanding
        ctx.store.update("fees", fee["id"], status=status,
                         paid_fen=fee["amount_fen"] if status == "paid" else fee["paid_fen"])
    ctx.store.audit(ctx.type, by=by, reason=reason, txn_id=ctx.txn_id,
                    device_id=ctx.actor.device_id,
                    detail={"patron": card, "fee_ids": ctx.payload["fee_ids"], "fen": total})
    return Outcome({"waived_fen" if status == "waived" else "paid_fen": total})


def waive(ctx: Context) -> Outcome:
    return _staff_settles(ctx, "waived", ("supervisor",))


def pay_cash(ctx: Context) -> Outcome:
    return _staff_settles(ctx, "paid", STAFF_ROLES)


def security_failed(ctx: Context) -> Outcome:
    """A terminal could not switch a tag's security after an act: the copy may
    set off the gate (or leave unguarded), so staff get it on the exceptions list."""
    tags = ctx.payload.get("tags")
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise Rejection("rejected_by_centre", "payload.tags must be a list of tag UIDs")
    card = ctx.patron(required=False)
    on_loan = bool(ctx.payload.get("on_loan"))
    ctx.store.add_exception(
        "security_failed", txn_ids=[ctx.txn_id], item=ctx.text("item", required=False),
        patrons=[card] if card else [], at=ctx.at,
        resolution=f"security of {len(tags)} tag(s) not switched to "
                   f"{'on loan' if on_loan else 'in library'}: {', '.join(tags)}",
        detail={"item": ctx.text("item", required=False), "by_patron": card,
                "tags": tags, "on_loan": on_loan})
    return Outcome()


def pin_failed(ctx: Context) -> Outcome:
    """A wrong PIN a terminal checked offline counts as one typed online, for the card
    and the terminal (throttle.py); one older than the throttle forgets is only kept."""
    card = ctx.patron()
    if not ctx.store.row("SELECT 1 FROM patrons WHERE card = ?", (card,)):
        raise Rejection("patron_unknown")
    policy = ctx.store.policy()
    backoff = throttle.card_backoff(policy.pin_attempts, policy.pin_lockout_minutes)
    now = ctx.store.clock()
    if (now - ctx.at).total_seconds() <= backoff.forget_s:
        throttle.wrong_pin(ctx.store, card, ctx.actor.device_id, backoff, now)
    return Outcome()


HANDLERS = {"checkout": checkout, "checkin": checkin, "renew": renew, "hold": hold,
            "cancel_hold": cancel_hold, "pay": pay, "waive": waive, "pay_cash": pay_cash,
            "security_failed": security_failed, "pin_failed": pin_failed}


# --------------------------------------------------------------------------- push

def push(store: CentralStore, actor: Actor, txns: list[dict], *, max_future_s: float) -> list[dict]:
    """Apply a batch in the device's seq order; answer in the batch's order. A
    transaction id is the device's own: the same id from another device is another act."""
    answers: dict[int, dict] = {}
    for index in sorted(range(len(txns)), key=lambda i: txns[i]["seq"]):
        answers[index] = _apply(store, actor, txns[index], max_future_s)
    return [answers[index] for index in range(len(txns))]


def _apply(store: CentralStore, actor: Actor, txn: dict, max_future_s: float) -> dict:
    with store.locked():
        stored = store.row("SELECT answer FROM txns WHERE device_id = ? AND id = ?",
                           (actor.device_id, txn["id"]))
        if stored:
            answer = json.loads(stored["answer"])
            if answer["status"] in ("applied", "conflict"):
                answer["status"] = "duplicate"
            return answer
        answer = {"id": txn["id"]}
        try:
            handler = HANDLERS.get(txn["type"])
            if handler is None:
                raise Rejection("rejected_by_centre", f"unknown transaction type {txn['type']!r}")
            if not isinstance(txn["payload"], dict):
                raise Rejection("rejected_by_centre", "payload must be an object")
            if (txn["occurred_at"] - store.clock()).total_seconds() > max_future_s:
                raise Rejection("rejected_by_centre", "occurred_at is in the future")
            ctx = Context(store, actor, txn["id"], txn["occurred_at"], txn["payload"], txn["type"])
            with store.transaction():       # a savepoint: a rejection leaves nothing behind
                outcome = handler(ctx)
            answer["status"] = "conflict" if outcome.conflicts else "applied"
            answer["effect"] = outcome.effect
            if outcome.conflicts:
                answer["resolution"] = "; ".join(outcome.conflicts)
        except Rejection as no:
            answer.update(status="rejected", reason=no.reason, message=no.message,
                          params=no.params)
        store.conn.execute(
            "INSERT INTO txns VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (txn["id"], actor.device_id, actor.channel, txn["seq"], txn["type"],
             iso(txn["occurred_at"]), iso(store.clock()), answer["status"], answer.get("reason", ""),
             json.dumps(txn["payload"], ensure_ascii=False, default=str),
             json.dumps(answer, ensure_ascii=False), actor.staff_user))
        store.conn.execute("UPDATE devices SET last_seq = max(last_seq, ?) WHERE id = ?",
                           (txn["seq"], actor.device_id))
        return answer
