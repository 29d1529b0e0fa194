"""Paying fees: online only, through the centre's payment provider.

start() asks the centre for an order (its pay_url goes into the QR code);
the UI polls status(). When the provider says paid, the `pay` act goes
through the one path like any other (outbox + fees marked paid locally), so
the replica shows the fees paid at once and the centre gets the act in order.
"""
from __future__ import annotations

import threading

import uuid6

from kiosk.domain.reasons import Refusal
from kiosk.ports.backend import BackendUnavailable, PaymentOrder, Refused

from .circulation import centre_refusal
from .results import PaymentRefused


class PaymentService:
    def __init__(self, replica, outbox, engine, backend, config):
        self.replica, self.outbox, self.engine = replica, outbox, engine
        self.backend, self.config = backend, config
        self._orders: dict[str, tuple[str, list[str]]] = {}   # order id -> card, fee ids
        self._recorded: set[str] = set()
        self._paid_unseen: dict[str, list[PaymentOrder]] = {}  # card -> paid after leaving
        self._lock = threading.RLock()

    @property
    def _timeout(self) -> float:
        return self.config.backend.timeout_s

    def start(self, card: str, fee_ids: list[str]) -> PaymentOrder:
        """Raises PaymentRefused(offline_not_allowed) without the centre: payments are
        never offline."""
        if not fee_ids:
            raise ValueError("no fees chosen to pay")
        try:
            order = self.backend.create_payment(card, list(fee_ids), timeout=self._timeout)
        except BackendUnavailable:
            raise PaymentRefused(Refusal("offline_not_allowed")) from None
        except Refused as exc:
            raise PaymentRefused(centre_refusal(exc.reason, exc.message, exc.params)) from None
        self._orders[order.order_id] = (card, list(fee_ids))
        return order

    def status(self, order_id: str) -> PaymentOrder:
        """The order as the provider sees it now; on 'paid', records the pay act once."""
        try:
            order = self.backend.payment_status(order_id, timeout=self._timeout)
        except BackendUnavailable:
            raise PaymentRefused(Refusal("offline_not_allowed")) from None
        except Refused as exc:
            raise PaymentRefused(centre_refusal(exc.reason, exc.message, exc.params)) from None
        if order.status == "paid":
            self._record_paid(order)
        return order

    def cancel(self, order_id: str) -> PaymentOrder | None:
        """Cancel the order the reader left. If the phone paid it meanwhile the centre
        refuses: the payment is recorded, kept for the reader's next log-in
        (paid_after_leaving) and returned."""
        try:
            self.backend.cancel_payment(order_id, timeout=self._timeout)
        except BackendUnavailable:
            raise PaymentRefused(Refusal("offline_not_allowed")) from None
        except Refused as exc:
            order = self.status(order_id) if order_id in self._orders else None
            if order is None or order.status != "paid":
                raise PaymentRefused(centre_refusal(exc.reason, exc.message,
                                                    exc.params)) from None
            with self._lock:
                self._paid_unseen.setdefault(self._orders[order_id][0], []).append(order)
            return order
        self._orders.pop(order_id, None)
        return None

    def paid_after_leaving(self, card: str) -> list[PaymentOrder]:
        """Payments completed after this reader left the QR screen, each once."""
        with self._lock:
            return self._paid_unseen.pop(card, [])

    def _record_paid(self, order: PaymentOrder) -> None:
        with self._lock:
            if order.order_id in self._recorded or order.order_id not in self._orders:
                return
            card, fee_ids = self._orders[order.order_id]
            ops = []
            for fee_id in fee_ids:
                row = self.replica.conn.execute("SELECT amount_fen FROM fees WHERE id = ?",
                                                (fee_id,)).fetchone()
                if row:
                    ops.append(["update", "fees", fee_id, {"status": "paid", "paid_fen": row[0]}])
            txn_id = str(uuid6.uuid7())
            self.outbox.record("pay", {"patron": card, "order_id": order.order_id,
                                       "fee_ids": fee_ids}, ops, txn_id=txn_id)
            self._recorded.add(order.order_id)
        self.engine.deliver_now(txn_id, self._timeout)
