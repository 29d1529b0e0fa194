"""Paying fees: online only, through the centre's payment provider.

start() asks the centre for an order (its pay_url goes into the QR code);
the UI asks status() on its worker. When the provider says paid, the `pay` act
takes the one path (kiosk/services/acts.py) as an act that already happened:
the fees show paid at once and the centre gets the act in order, even if it
does not answer at that moment.
"""
from __future__ import annotations

from kiosk.config import Config
from kiosk.domain.reasons import Refusal
from kiosk.ports.backend import Backend, BackendUnavailable, PaymentOrder, Refused
from kiosk.ports.effects import FeesSettled
from kiosk.ports.store import Store

from .acts import Act, Acts, centre_refusal
from .cards import Cards
from .results import PaymentRefused


class PaymentService:
    def __init__(self, store: Store, acts: Acts, backend: Backend, config: Config):
        self.replica, self.acts = store, acts
        self.backend, self.config = backend, config
        self._orders: dict[str, tuple[str, list[str]]] = {}   # order id -> card, fee ids
        self._recorded: set[str] = set()
        self._paid_unseen: dict[str, list[PaymentOrder]] = {}  # card -> paid after leaving
        self._lock = store.lock           # the store's one lock
        self.cards = Cards(store, config)

    @property
    def _timeout(self) -> float:
        return self.config.backend.timeout_s

    def start(self, card: str, fee_ids: list[str]) -> PaymentOrder:
        """Raises PaymentRefused(offline_not_allowed) without the centre: payments are
        never offline."""
        if not fee_ids:
            raise ValueError("no fees chosen to pay")
        card = self.cards.card(card)
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
            return self._paid_unseen.pop(self.cards.card(card), [])

    def _record_paid(self, order: PaymentOrder) -> None:
        with self._lock:
            if order.order_id in self._recorded or order.order_id not in self._orders:
                return
            card, fee_ids = self._orders[order.order_id]
            self._recorded.add(order.order_id)
        self.paid(card, fee_ids, order.order_id)

    def paid(self, card: str, fee_ids: list[str], reference: str):
        """Fees paid by a provider that already took the money (``reference``: its
        order id, BK over SIP2): the pay act, as one that happened. Returns what
        became of it (kiosk.services.acts.Performed)."""
        if not fee_ids:
            raise ValueError("no fees chosen to pay")
        card = self.cards.card(card)
        with self._lock:
            act = Act("pay", {"patron": card, "order_id": reference, "fee_ids": list(fee_ids)},
                      [FeesSettled(tuple(fee_ids), "paid")], card, happened=True)
        return self.acts.perform(act, online=True)
