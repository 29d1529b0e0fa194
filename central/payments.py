"""Payment orders, the provider's notifications, and the simulated provider page.

A terminal asks for an order for some fees and shows its pay URL (from the
provider, providers.py) as a QR code; the reader pays on a phone; the
terminal polls the order. Fees become paid only when the provider says so in
a signed notification (or, in a demo, on the simulated provider's page),
never by a terminal's word.
"""
from __future__ import annotations

import html
import json
import secrets
from datetime import timedelta

from kiosk.domain.clock import iso, parse_time

from .errors import ApiError
from .providers import PaymentProvider
from .store import CentralStore

ORDER_LIFETIME = timedelta(minutes=15)


def _public(row: dict, provider: PaymentProvider, base_url: str) -> dict:
    return {"order_id": row["id"],
            "pay_url": provider.pay_url(row["id"], row["amount_fen"], base_url),
            "amount_fen": row["amount_fen"], "expires_at": row["expires_at"],
            "status": row["status"], "patron": row["patron_card"],
            "fee_ids": json.loads(row["fee_ids"])}


def _order(store: CentralStore, order_id: str) -> dict:
    """The order row, turned expired once its time is up."""
    row = store.row("SELECT * FROM orders WHERE id = ?", (order_id,))
    if row is None:
        raise ApiError(404, "order_unknown", f"no payment order {order_id}")
    expires = parse_time(row["expires_at"])
    if row["status"] == "pending" and expires is not None and expires < store.clock():
        store.conn.execute("UPDATE orders SET status = 'expired' WHERE id = ?", (order_id,))
        row["status"] = "expired"
    return row


def create(store: CentralStore, provider: PaymentProvider, card: str, fee_ids: list[str],
           base_url: str) -> dict:
    if not fee_ids:
        raise ApiError(422, "bad_request", "fee_ids is empty")
    with store.locked():
        card = store.card_of(card)        # a terminal names the reader by a key
        if store.get_patron(card) is None:
            raise ApiError(404, "patron_unknown", f"no patron with card {card}")
        marks = ",".join("?" * len(fee_ids))
        fees = store.rows(f"SELECT * FROM fees WHERE id IN ({marks}) AND patron_card = ? "
                          "AND status = 'open'", [*fee_ids, card])
        missing = set(fee_ids) - {f["id"] for f in fees}
        if missing:
            raise ApiError(409, "fees_not_open",
                           f"not open fees of {card}: {', '.join(sorted(missing))}")
        now = store.clock()
        row = {"id": "P" + secrets.token_hex(12), "patron_card": card,
               "fee_ids": json.dumps(sorted(set(fee_ids))),
               "amount_fen": sum(f["amount_fen"] - f["paid_fen"] for f in fees),
               "status": "pending", "created_at": iso(now),
               "expires_at": iso(now + ORDER_LIFETIME), "paid_at": None}
        store.conn.execute("INSERT INTO orders VALUES (:id, :patron_card, :fee_ids, "
                           ":amount_fen, :status, :created_at, :expires_at, :paid_at)", row)
    return _public(row, provider, base_url)


def status(store: CentralStore, provider: PaymentProvider, order_id: str,
           base_url: str) -> dict:
    with store.locked():
        return _public(_order(store, order_id), provider, base_url)


def cancel(store: CentralStore, provider: PaymentProvider, order_id: str,
           base_url: str, device_id: str = "") -> dict:
    """The terminal cancels the order its reader left. Already paid (on the phone, after
    the reader went): refused, and a case for staff, who may meet a reader without
    the receipt (the terminal offers it at the next log-in)."""
    with store.locked():
        row = _order(store, order_id)
        if row["status"] == "pending":
            store.conn.execute("UPDATE orders SET status = 'cancelled' WHERE id = ?",
                               (order_id,))
            row["status"] = "cancelled"
            return _public(row, provider, base_url)
        if row["status"] == "paid":
            _paid_after_leaving(store, row, device_id)
    raise ApiError(409, "order_not_pending", f"order {order_id} is {row['status']}")


def _paid_after_leaving(store: CentralStore, row: dict, device_id: str) -> None:
    """Once per order, however often the terminal asks."""
    if store.row("SELECT 1 FROM exceptions WHERE kind = 'payment_after_logout' AND "
                 "json_extract(detail, '$.order_id') = ?", (row["id"],)):
        return
    device = store.row("SELECT name FROM devices WHERE id = ?", (device_id,)) or {}
    store.add_exception(
        "payment_after_logout", txn_ids=[], item="", patrons=[row["patron_card"]],
        resolution=f"order {row['id']} paid after the reader left the terminal",
        detail={"order_id": row["id"], "patron": row["patron_card"],
                "amount_fen": row["amount_fen"], "paid_at": row["paid_at"],
                "terminal": device.get("name", "")})


def mark_paid(store: CentralStore, order_id: str) -> dict:
    """What the provider's callback does: the order and its fees are paid."""
    with store.locked():
        row = _order(store, order_id)
        if row["status"] != "pending":
            raise ApiError(409, "order_not_pending", f"order {order_id} is {row['status']}")
        fee_ids = json.loads(row["fee_ids"])
        marks = ",".join("?" * len(fee_ids))
        fees = store.rows(f"SELECT id, amount_fen FROM fees WHERE id IN ({marks}) "
                          "AND status = 'open'", fee_ids)
        if len(fees) != len(fee_ids):
            raise ApiError(409, "fees_not_open", "some of the order's fees were settled meanwhile")
        for fee in fees:
            store.update("fees", fee["id"], status="paid", paid_fen=fee["amount_fen"])
        store.conn.execute("UPDATE orders SET status = 'paid', paid_at = ? WHERE id = ?",
                           (iso(store.clock()), order_id))
        row["status"] = "paid"
        return row


def notify(store: CentralStore, provider: PaymentProvider, notice: dict) -> dict:
    """A provider's notification: believed only signed (provider.verify), once per
    notify_id, for the order's own amount; 'paid' pays the order, 'closed' cancels it."""
    provider.verify(notice)
    with store.locked():
        if store.row("SELECT 1 FROM payment_notices WHERE notify_id = ?",
                     (notice["notify_id"],)):
            raise ApiError(409, "replayed_notification",
                           f"notification {notice['notify_id']} was received before")
        row = _order(store, notice["order_id"])
        if notice["amount_fen"] != row["amount_fen"]:
            raise ApiError(409, "amount_mismatch", f"order {row['id']} is for "
                           f"{row['amount_fen']} fen, not {notice['amount_fen']}")
        store.conn.execute("INSERT INTO payment_notices VALUES (?, ?, ?, ?)",
                           (notice["notify_id"], row["id"], notice["status"],
                            iso(store.clock())))
        if notice["status"] == "paid":
            mark_paid(store, row["id"])
        elif row["status"] == "pending":
            store.conn.execute("UPDATE orders SET status = 'cancelled' WHERE id = ?",
                               (row["id"],))
    return {"ok": True}


def page(store: CentralStore, order_id: str) -> str:
    """The simulated provider's page: the amount and one button."""
    with store.locked():
        row = _order(store, order_id)
    amount = f"¥{row['amount_fen'] / 100:.2f}"
    oid = html.escape(order_id)
    button = (f'<form method="post" action="{oid}"><button type="submit" name="pay" '
              f'value="1">pay {amount}</button></form>' if row["status"] == "pending" else "")
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>Pay {amount}</title>"
            f"</head><body><h1>Library fees</h1><p>Order {oid}</p>"
            f"<p class='amount'>Amount: {amount}</p><p class='status'>Status: "
            f"{html.escape(row['status'])}</p>{button}</body></html>")
