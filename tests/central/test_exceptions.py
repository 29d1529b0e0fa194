"""Cases for staff name what really happened, with the facts as data; a loan ended by
another checkout keeps the overdue fee it ran up."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from kiosk.domain.clock import parse_time
from kiosk.domain.policy import overdue_fee


def overdue_loan(api) -> dict:
    [loan] = [loan for loan in api.get("/patrons/0440000002").json()["loans"]
              if parse_time(loan["due_at"]) < datetime.now(UTC)]
    return loan


def test_an_override_that_ends_an_overdue_loan_keeps_its_fee_and_says_so(central, api, staff,
                                                                          pick):
    loan = overdue_loan(api)
    barcode, (card,) = loan["item_barcode"], pick.patrons()
    owed = overdue_fee(parse_time(loan["due_at"]), datetime.now(UTC), central.store.policy())
    assert owed > 0

    result = staff["librarian"].act("checkout", {"patron": card, "item": barcode, "override": {
        "by": "librarian", "reason": "reader brought the book back unreturned"}})
    assert result["status"] in ("applied", "conflict")

    fees = [f for f in api.get("/patrons/0440000002").json()["fees"]
            if f["item_barcode"] == barcode and f["kind"] == "overdue"]
    assert len(fees) == 1 and abs(fees[0]["amount_fen"] - owed) <= 10   # a day may turn
    [case] = [x for x in api.get("/exceptions").json() if x["item"] == barcode]
    assert case["kind"] == "override_on_loan"
    detail = case["detail"]
    assert (detail["closed_patron"], detail["by_patron"], detail["by"]) == (
        "0440000002", card, "librarian")
    assert detail["fee_fen"] == fees[0]["amount_fen"] and detail["fee_id"] == fees[0]["id"]
    assert "unreturned" in detail["reason"] and detail["title"]
    [kept] = [a for a in staff["librarian"].get("/audit").json()
              if a["action"] == "overdue_fee_kept" and a["txn_id"] == result["id"]]
    assert kept["detail"]["fen"] == fees[0]["amount_fen"] and kept["by"] == "librarian"


def test_two_offline_loans_are_a_double_checkout_with_both_readers(central, api, pick):
    (barcode,), (first, second) = pick.items(), pick.patrons(2)
    at = (datetime.now(UTC) - timedelta(minutes=10)).replace(microsecond=0)
    other = type(api)(central, central.enrol("terminal B")["token"])
    for n, (client, card) in enumerate(((api, first), (other, second))):
        client.act("checkout", {"patron": card, "item": barcode, "offline": True},
                   at=at + timedelta(minutes=n))
    [case] = [x for x in api.get("/exceptions").json() if x["item"] == barcode]
    assert case["kind"] == "double_checkout"
    assert (case["detail"]["closed_patron"], case["detail"]["by_patron"]) == (first, second)
    assert parse_time(case["detail"]["closed_at"]) == at + timedelta(minutes=1)
    assert case["detail"]["fee_fen"] == 0 and "by" not in case["detail"]
