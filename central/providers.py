"""Payment providers: where a reader pays, and how the provider's word is believed.

A provider turns an order into the URL the terminal shows as a QR code, and
tells the centre when the order is paid. A real one (WeChat Pay, Alipay, a
bank's gateway) is plugged in as a SignedProvider: its notifications are
believed only with a valid HMAC-SHA256 signature over the order, the amount,
the status and the notification's own id, made with the secret shared with
the provider, the way those providers sign theirs (kiosk/domain/payment_signature.py,
which a SIP2 terminal uses too). A notification id is accepted once: a replay is refused.

SimulatedProvider is the demo's: a page on this server with one "pay" button
that anyone holding the URL may press, so it exists only with `--demo`.
"""
from __future__ import annotations

from typing import Protocol

from kiosk.domain.payment_signature import (  # noqa: F401 - sign: for who signs as a provider
    MIN_SECRET_BYTES,
    sign,
    signed_by,
)

from .errors import ApiError


class PaymentProvider(Protocol):
    simulated: bool

    def pay_url(self, order_id: str, amount_fen: int, base_url: str) -> str:
        """Where the reader's phone pays this order."""
        ...

    def verify(self, notification: dict) -> None:
        """Raise ApiError unless the notification is the provider's own."""
        ...


class SimulatedProvider:
    """The demo's provider: this server's own page (/api/v1/pay/<order>)."""

    simulated = True

    def pay_url(self, order_id: str, amount_fen: int, base_url: str) -> str:
        return f"{base_url}/api/v1/pay/{order_id}"

    def verify(self, notification: dict) -> None:
        raise ApiError(403, "unsigned_notification",
                       "the simulated provider sends no notifications")


class SignedProvider:
    """A real provider: pays at url_template (fields {order_id} and {amount_fen}) and
    notifies POST /api/v1/payments/notify signed with the shared secret."""

    simulated = False

    def __init__(self, url_template: str, secret: bytes):
        if len(secret) < MIN_SECRET_BYTES:
            raise ValueError("the payment provider's shared secret needs 16 bytes or more")
        self.url_template, self.secret = url_template, secret

    def pay_url(self, order_id: str, amount_fen: int, base_url: str) -> str:
        return self.url_template.format(order_id=order_id, amount_fen=amount_fen)

    def verify(self, notification: dict) -> None:
        if not notification.get("sign"):
            raise ApiError(401, "unsigned_notification", "the notification carries no sign")
        if not signed_by(self.secret, notification):
            raise ApiError(401, "bad_signature", "the notification's sign does not match")
