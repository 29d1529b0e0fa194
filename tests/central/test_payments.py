"""Payments end to end: an order, the provider's page, its pay button, the poll,
the fees, and the `pay` transaction that is applied only for a paid order."""
from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import requests

from kiosk.domain.clock import iso


def open_fees(api, card: str) -> list[dict]:
    return [f for f in api.get(f"/patrons/{card}").json()["fees"] if f["status"] == "open"]


def test_pay_online_end_to_end(api):
    fees = open_fees(api, "0440000002")
    assert {f["id"] for f in fees} == {"F00001", "F00002"}
    created = api.post("/payments", json={"patron": "0440000002",
                                          "fee_ids": ["F00001", "F00002"]})
    assert created.status_code == 201
    order = created.json()
    assert order["status"] == "pending" and order["amount_fen"] == 890
    assert datetime.fromisoformat(order["expires_at"]) > datetime.now(UTC)

    # an unpaid order cannot be pushed as paid
    early = api.act("pay", {"patron": "0440000002", "order_id": order["order_id"],
                            "fee_ids": ["F00001", "F00002"]})
    assert early["status"] == "rejected" and "pending" in early["message"]

    # the reader's phone opens the QR code's URL: no token there
    page = requests.get(order["pay_url"], timeout=5)
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "¥8.90" in page.text
    form = re.search(r'<form method="post" action="([^"]+)"', page.text).group(1)
    paid = requests.post(requests.compat.urljoin(order["pay_url"], form), data={"pay": "1"},
                         timeout=5)
    assert paid.status_code == 200 and "paid" in paid.text

    polled = api.get(f"/payments/{order['order_id']}").json()
    assert polled["status"] == "paid"
    assert open_fees(api, "0440000002") == []
    stream = api.get("/streams/fees", params={"limit": 5000}).json()["records"]
    assert {f["id"]: f["status"] for f in stream if f["patron_card"] == "0440000002"} == \
        {"F00001": "paid", "F00002": "paid"}

    applied = api.act("pay", {"patron": "0440000002", "order_id": order["order_id"],
                              "fee_ids": ["F00001", "F00002"]})
    assert applied["status"] == "applied" and applied["effect"]["paid_fen"] == 890
    assert requests.post(order["pay_url"], timeout=5).status_code == 409   # paid once only


def _fee_of(central, card: str, fen: int) -> str:
    fee_id = f"F-TEST-{card}"
    with central.store.locked():
        central.store.put("fees", [{"id": fee_id, "patron_card": card, "kind": "overdue",
                                    "amount_fen": fen, "item_barcode": "", "paid_fen": 0,
                                    "status": "open", "created_at": iso(datetime.now(UTC))}])
    return fee_id


def test_a_cancelled_order_cannot_be_paid(central, api, pick):
    (card,) = pick.patrons()
    fee = _fee_of(central, card, 120)
    order = api.post("/payments", json={"patron": card, "fee_ids": [fee]}).json()
    cancelled = api.request("DELETE", f"/payments/{order['order_id']}")
    assert cancelled.status_code == 200 and cancelled.json()["status"] == "cancelled"
    refused = requests.post(order["pay_url"], timeout=5)
    assert refused.status_code == 409 and refused.json()["error"] == "order_not_pending"
    assert api.get(f"/payments/{order['order_id']}").json()["status"] == "cancelled"
    assert [f["id"] for f in open_fees(api, card)] == [fee]
    assert api.act("pay", {"patron": card, "order_id": order["order_id"],
                           "fee_ids": [fee]})["status"] == "rejected"


def test_an_order_expires(central, api, pick):
    (card,) = pick.patrons()
    fee = _fee_of(central, card, 60)
    order = api.post("/payments", json={"patron": card, "fee_ids": [fee]}).json()
    with central.store.locked():
        central.store.conn.execute("UPDATE orders SET expires_at = ? WHERE id = ?",
                                   (iso(datetime.now(UTC) - timedelta(seconds=1)),
                                    order["order_id"]))
    assert api.get(f"/payments/{order['order_id']}").json()["status"] == "expired"
    assert requests.post(order["pay_url"], timeout=5).status_code == 409


def test_orders_only_for_a_readers_own_open_fees(api, pick):
    (card,) = pick.patrons()
    wrong = api.post("/payments", json={"patron": card, "fee_ids": ["F00001"]})
    assert wrong.status_code == 409 and "F00001" in wrong.json()["detail"]
    unknown = api.post("/payments", json={"patron": "9999999999", "fee_ids": ["F00001"]})
    assert unknown.status_code == 404 and unknown.json()["error"] == "patron_unknown"
    assert api.get("/payments/P-none").status_code == 404
    assert requests.get(api.central.api + "/pay/P-none", timeout=5).status_code == 404
