"""Every loan-policy rule, as the published Shenzhen rules state them."""
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.models import (
    CardType,
    Fee,
    FeeKind,
    FeeStatus,
    Hold,
    HoldStatus,
    Item,
    ItemStatus,
    LanguageClass,
    Loan,
    MaterialType,
    Patron,
    PatronAccount,
    PatronStatus,
)
from kiosk.domain.policy import (
    DEFAULT_POLICY,
    Policy,
    check_checkout,
    check_hold,
    check_renew,
    due_date,
    overdue_fee,
    renewed_due,
)
from kiosk.domain.reasons import LANGUAGES, MESSAGES

NOW = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)


def item(n=1, language=LanguageClass.CHINESE, kind=MaterialType.BOOK, status=ItemStatus.AVAILABLE):
    return Item(f"B{n}", f"T{n}", material_type=kind, language=language, status=status)


def account(card_type=CardType.PENGCHENG, zh=0, foreign=0, status=PatronStatus.ACTIVE,
            overdue=0, fees_fen=0, holds=()):
    items = [item(100 + i) for i in range(zh)]
    items += [item(200 + i, LanguageClass.FOREIGN) for i in range(foreign)]
    loans = [Loan(f"L{i}", it.barcode, "C1", NOW - timedelta(days=5),
                  NOW + timedelta(days=26) if i >= overdue else NOW - timedelta(days=2))
             for i, it in enumerate(items)]
    fees = (Fee("F1", "C1", FeeKind.OVERDUE, fees_fen),) if fees_fen else ()
    return PatronAccount(Patron("C1", "张三", card_type, status), tuple(loans), tuple(items),
                         fees, tuple(holds))


@pytest.mark.parametrize("card_type,zh,foreign", [
    (CardType.PENGCHENG, 10, 1), (CardType.DEPOSIT_50, 5, 0), (CardType.DEPOSIT_100, 10, 0),
    (CardType.DEPOSIT_200, 0, 1), (CardType.DEPOSIT_300, 10, 1),
])
def test_card_limits_by_language(card_type, zh, foreign):
    full_zh = account(card_type, zh=zh)
    refusal = check_checkout(full_zh, item(), now=NOW)
    assert refusal and refusal.code == "limit_reached" and refusal.params["limit"] == zh
    if zh:
        assert check_checkout(account(card_type, zh=zh - 1), item(), now=NOW) is None
    full_foreign = account(card_type, foreign=foreign)
    assert check_checkout(full_foreign, item(9, LanguageClass.FOREIGN), now=NOW).code == \
        "limit_reached"
    if foreign:
        # a full Chinese allowance does not use up the foreign one
        assert check_checkout(account(card_type, zh=zh), item(9, LanguageClass.FOREIGN),
                              now=NOW) is None


@pytest.mark.parametrize("status,code", [(PatronStatus.BLOCKED, "patron_blocked"),
                                         (PatronStatus.EXPIRED, "patron_expired"),
                                         (PatronStatus.LOST, "card_lost")])
def test_patron_status_refuses(status, code):
    assert check_checkout(account(status=status), item(), now=NOW).code == code


def test_reference_items_and_holds_for_others_refuse():
    assert check_checkout(account(), item(status=ItemStatus.REFERENCE), now=NOW).code == \
        "item_not_loanable"
    assert check_checkout(account(), item(), now=NOW, holds_for_others=1).code == \
        "item_on_hold_for_other"


@pytest.mark.parametrize("kind,days", [(MaterialType.BOOK, 31), (MaterialType.PERIODICAL, 21),
                                       (MaterialType.AUDIOVISUAL, 21), (MaterialType.BRAILLE, 60)])
def test_loan_periods(kind, days):
    assert due_date(item(kind=kind), NOW) == NOW + timedelta(days=days)


def _renew(acc, kind=MaterialType.BOOK, renewals=0, reserved=False):
    it = item(1, kind=kind)
    loan = Loan("L", it.barcode, "C1", NOW - timedelta(days=3), NOW + timedelta(days=28), renewals)
    acc = PatronAccount(acc.patron, acc.loans + (loan,), acc.items_on_loan + (it,), acc.fees,
                        acc.holds)
    return check_renew(acc, loan, it, now=NOW, reserved_by_others=reserved), loan, it


def test_books_renew_once_for_31_days():
    refusal, loan, it = _renew(account())
    assert refusal is None
    assert renewed_due(loan, it) == loan.due_at + timedelta(days=31)
    assert _renew(account(), renewals=1)[0].code == "renew_limit"


@pytest.mark.parametrize("kind", [MaterialType.PERIODICAL, MaterialType.AUDIOVISUAL])
def test_periodicals_and_av_do_not_renew(kind):
    assert _renew(account(), kind=kind)[0].code == "renew_not_allowed"


def test_no_renewal_with_overdue_fees_or_reservation():
    overdue = _renew(account(zh=2, overdue=1))[0]
    assert overdue.code == "has_overdue" and overdue.params["count"] == 1
    assert "1 本书已逾期" in overdue.message("zh_CN")
    assert _renew(account(fees_fen=30))[0].code == "has_fees"
    assert _renew(account(), reserved=True)[0].code == "renew_reserved"


def test_hold_rules():
    hold = Hold("H", "T5", "C1", NOW, HoldStatus.PENDING)
    assert check_hold(account(holds=(hold,)), "T5", now=NOW).code == "hold_exists"
    many = tuple(Hold(f"H{i}", f"T{i}", "C1", NOW) for i in range(DEFAULT_POLICY.hold_limit))
    assert check_hold(account(holds=many), "T99", now=NOW).code == "hold_limit"
    assert check_hold(account(), "T5", now=NOW) is None


def test_fee_examples():
    due = NOW
    assert overdue_fee(due, due) == 0
    assert overdue_fee(due, due + timedelta(hours=1)) == 30         # part of a day counts
    assert overdue_fee(due, due + timedelta(days=13)) == 390
    assert overdue_fee(due, due + timedelta(days=400)) == 1000       # capped at 10 CNY
    assert DEFAULT_POLICY.damaged_tag_fen == 500
    assert Fee("F", "C", FeeKind.OVERDUE, 390, paid_fen=100).outstanding_fen == 290
    assert Fee("F", "C", FeeKind.OVERDUE, 390, status=FeeStatus.WAIVED).outstanding_fen == 0


@given(st.integers(0, 10**7), st.integers(0, 10**7))
def test_fee_never_negative_capped_and_monotonic(a, b):
    due = NOW
    fa = overdue_fee(due, due + timedelta(seconds=a))
    fb = overdue_fee(due, due + timedelta(seconds=b))
    assert 0 <= fa <= DEFAULT_POLICY.overdue_cap_fen
    if a <= b:
        assert fa <= fb          # more days never cost less


@given(st.integers(-10**6, 0))
def test_returned_early_costs_nothing(seconds):
    assert overdue_fee(NOW, NOW + timedelta(seconds=seconds)) == 0


def test_policy_round_trips_and_centre_overrides():
    assert Policy.from_dict(DEFAULT_POLICY.to_dict()) == DEFAULT_POLICY
    changed = Policy.from_dict({"overdue_fen_per_day": 50,
                                "loan_rules": {"book": {"loan_days": 28, "renewals": 2,
                                                        "renew_days": 14}}})
    assert changed.overdue_fen_per_day == 50
    assert changed.rule("book").loan_days == 28
    assert changed.rule("periodical").loan_days == 21   # untouched keys keep defaults


def test_every_reason_has_every_language():
    for code, texts in MESSAGES.items():
        for lang in LANGUAGES:
            assert texts.get(lang), f"{code} lacks {lang}"


def test_reasons_read_as_sentences_of_their_language():
    """No "item(s)" in English; full-width punctuation and no Latin "?" or "!" in Chinese."""
    for code, texts in MESSAGES.items():
        assert "(s)" not in texts["en"], code
        for lang in ("zh_CN", "zh_HK"):
            assert not set(texts[lang]) & set("?!,;"), f"{code} {lang}: half-width punctuation"
