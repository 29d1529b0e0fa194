"""Loan policy as data, and the pure functions that apply it.

The defaults follow the published rules of Shenzhen Library City. The centre
sends its own policy in the `policies` stream; the terminal and the reference
central server both call these functions, so they decide alike.
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timedelta

from .models import (
    CardType,
    HoldStatus,
    Item,
    ItemStatus,
    LanguageClass,
    Loan,
    MaterialType,
    PatronAccount,
    PatronStatus,
)
from .reasons import Refusal

DAY = timedelta(days=1)


@dataclass(frozen=True)
class LoanRule:
    loan_days: int
    renewals: int
    renew_days: int = 0


@dataclass(frozen=True)
class Policy:
    loan_rules: dict[str, LoanRule] = field(default_factory=lambda: {
        MaterialType.BOOK: LoanRule(31, 1, 31),
        MaterialType.PERIODICAL: LoanRule(21, 0),
        MaterialType.AUDIOVISUAL: LoanRule(21, 0),
        MaterialType.BRAILLE: LoanRule(60, 1, 60),
    })
    # items at a time, by card type and language class
    card_limits: dict[str, dict[str, int]] = field(default_factory=lambda: {
        CardType.PENGCHENG: {"zh": 10, "foreign": 1},
        CardType.DEPOSIT_50: {"zh": 5, "foreign": 0},
        CardType.DEPOSIT_100: {"zh": 10, "foreign": 0},
        CardType.DEPOSIT_200: {"zh": 0, "foreign": 1},
        CardType.DEPOSIT_300: {"zh": 10, "foreign": 1},
        CardType.CHILD: {"zh": 10, "foreign": 1},
        CardType.STAFF: {"zh": 20, "foreign": 5},
    })
    overdue_fen_per_day: int = 30       # 0.30 CNY per item per day
    overdue_cap_fen: int = 1000         # capped at 10 CNY per item
    damaged_tag_fen: int = 500          # 5 CNY
    hold_limit: int = 5
    hold_pickup_days: int = 7
    pin_attempts: int = 5
    pin_lockout_minutes: int = 30

    def rule(self, material_type: str) -> LoanRule:
        return self.loan_rules.get(material_type) or self.loan_rules[MaterialType.BOOK]

    def to_dict(self) -> dict:
        data = asdict(self)
        data["loan_rules"] = {k: asdict(v) for k, v in self.loan_rules.items()}
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Policy:
        """Build from the centre's policy record; missing keys keep the defaults."""
        base = cls()
        known = {k: v for k, v in data.items() if k in base.__dataclass_fields__}
        if "loan_rules" in known:
            known["loan_rules"] = {**base.loan_rules, **{
                k: LoanRule(**v) for k, v in known["loan_rules"].items()}}
        if "card_limits" in known:
            known["card_limits"] = {**base.card_limits, **known["card_limits"]}
        return replace(base, **known)


DEFAULT_POLICY = Policy()


def due_date(item: Item, out_at: datetime, policy: Policy = DEFAULT_POLICY) -> datetime:
    return out_at + policy.rule(item.material_type).loan_days * DAY


def days_overdue(due_at: datetime, at: datetime) -> int:
    """Whole or part days past the due moment; a loan returned on time is 0."""
    if at <= due_at:
        return 0
    return math.ceil((at - due_at) / DAY)


def overdue_fee(due_at: datetime, returned_at: datetime, policy: Policy = DEFAULT_POLICY) -> int:
    """滞还费 in fen for one item: per day, capped per item."""
    return min(days_overdue(due_at, returned_at) * policy.overdue_fen_per_day,
               policy.overdue_cap_fen)


def patron_refusal(account: PatronAccount, now: datetime) -> Refusal | None:
    """Whether the card may be used for circulation at all."""
    patron = account.patron
    if patron.status == PatronStatus.LOST:
        return Refusal("card_lost")
    if patron.status == PatronStatus.EXPIRED or (
            patron.expires_at is not None and patron.expires_at < now):
        return Refusal("patron_expired")
    if patron.status == PatronStatus.BLOCKED or patron.blocks:
        return Refusal("patron_blocked")
    return None


def _overdue_count(account: PatronAccount, now: datetime) -> int:
    return sum(1 for loan in account.loans if loan.returned_at is None and loan.due_at < now)


def check_checkout(account: PatronAccount, item: Item, *, now: datetime,
                   holds_for_others: int = 0, policy: Policy = DEFAULT_POLICY) -> Refusal | None:
    """None when the loan may go ahead, else the reason it may not.

    `holds_for_others` counts holds by other patrons that this copy would
    satisfy (a copy waiting on the holds shelf for someone else, or the
    title's queue when no other copy can serve it).
    """
    if refusal := patron_refusal(account, now):
        return refusal
    for loan in account.loans:
        if loan.item_barcode == item.barcode and loan.returned_at is None:
            return Refusal("item_already_yours", {"due": loan.due_at.date().isoformat()})
    if item.status in (ItemStatus.REFERENCE, ItemStatus.MISSING, ItemStatus.DAMAGED):
        return Refusal("item_not_loanable")
    if holds_for_others:
        return Refusal("item_on_hold_for_other")
    kind = LanguageClass(item.language).value
    limit = _limits(account, policy).get(kind, 0)
    if _in_hand(account, kind) >= limit:
        return Refusal("limit_reached", {"limit": limit, "kind": kind})
    return None


def _limits(account, policy) -> dict[str, int]:
    return policy.card_limits.get(account.patron.card_type, {"zh": 0, "foreign": 0})


def _in_hand(account, kind: str) -> int:
    return sum(1 for i in account.items_on_loan if LanguageClass(i.language).value == kind)


def loans_left(account, policy) -> int:
    """How many more items the patron may borrow now, all kinds together (what the
    Borrow screen counts down)."""
    return sum(max(0, limit - _in_hand(account, kind))
               for kind, limit in _limits(account, policy).items())


def check_renew(account: PatronAccount, loan: Loan, item: Item, *, now: datetime,
                reserved_by_others: bool, policy: Policy = DEFAULT_POLICY) -> Refusal | None:
    if loan.patron_card != account.patron.card or loan.returned_at is not None:
        return Refusal("not_on_loan")
    if refusal := patron_refusal(account, now):
        return refusal
    if overdue := _overdue_count(account, now):
        return Refusal("has_overdue", {"count": overdue})
    if fees := account.open_fees_fen():
        return Refusal("has_fees", {"amount": f"{fees / 100:.2f}"})
    rule = policy.rule(item.material_type)
    if rule.renewals == 0:
        return Refusal("renew_not_allowed")
    if loan.renewals >= rule.renewals:
        return Refusal("renew_limit")
    if reserved_by_others:
        return Refusal("renew_reserved")
    return None


def renewed_due(loan: Loan, item: Item, policy: Policy = DEFAULT_POLICY) -> datetime:
    """A renewal extends from the current due date, so renewing early loses nothing."""
    return loan.due_at + policy.rule(item.material_type).renew_days * DAY


def check_hold(account: PatronAccount, title_id: str, *, now: datetime,
               policy: Policy = DEFAULT_POLICY) -> Refusal | None:
    if refusal := patron_refusal(account, now):
        return refusal
    active = [h for h in account.holds if h.status in (HoldStatus.PENDING, HoldStatus.WAITING)]
    if any(h.title_id == title_id for h in active):
        return Refusal("hold_exists")
    if len(active) >= policy.hold_limit:
        return Refusal("hold_limit", {"limit": policy.hold_limit})
    return None
