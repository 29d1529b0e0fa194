"""Payment orders kept by the terminal itself, for backends without a centre (SIP2).

With the central server, orders live on the centre and the provider notifies
it. A SIP2 terminal has no centre, so it keeps its orders here and asks the
provider itself: the QR code carries the provider's pay URL, and the order is
paid only when the provider's answer to an order query is signed with the
secret the library shares with it (kiosk/domain/payment_signature.py, the rule
the centre applies to notifications). The terminal then delivers the `pay` act,
which a SIP2 backend turns into one fee paid (37) per fee.

``SimulatedProviderSite`` plays the provider for tests and the demo: a loopback
page with one "pay" button and a signed order query. Configuration cannot
select it; only code that starts it can hand its URLs and secret to a terminal.
"""
from __future__ import annotations

import html
import json
import secrets
import threading
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Protocol
from urllib.parse import urlsplit

import requests

from kiosk.config import read_secret
from kiosk.domain.payment_signature import MIN_SECRET_BYTES, sign, signed_by
from kiosk.ports.backend import BackendUnavailable, PaymentOrder, Refused

ORDER_LIFETIME = timedelta(minutes=15)
PROVIDER_STATUSES = ("pending", "paid", "closed")


class SignedProvider:
    """A real provider as a terminal reaches it: the reader pays at ``pay_url``;
    ``status_url`` answers an order query with JSON {order_id, amount_fen, status,
    notify_id, sign}. Both are templates with {order_id} and {amount_fen}."""

    def __init__(self, pay_url: str, status_url: str, secret: bytes):
        if len(secret) < MIN_SECRET_BYTES:
            raise ValueError(f"the payment provider's shared secret needs {MIN_SECRET_BYTES} "
                             "bytes or more")
        self.pay_template, self.status_template = pay_url, status_url
        self.secret = secret

    @classmethod
    def from_files(cls, pay_url: str, status_url: str, secret_file: str) -> SignedProvider:
        """With the secret from a file only its owner may read (ConfigError otherwise)."""
        return cls(pay_url, status_url, read_secret(secret_file, "[sip2] payment_secret_file"))

    def pay_url(self, order_id: str, amount_fen: int) -> str:
        return self.pay_template.format(order_id=order_id, amount_fen=amount_fen)

    def status(self, order_id: str, amount_fen: int, *, timeout: float) -> str:
        """pending | paid | closed, believed only when signed for this order and amount.
        No answer: BackendUnavailable; an answer not the provider's own: Refused."""
        url = self.status_template.format(order_id=order_id, amount_fen=amount_fen)
        try:
            reply = requests.get(url, timeout=timeout)
            reply.raise_for_status()
            answer = reply.json()
        except (requests.RequestException, ValueError) as exc:
            raise BackendUnavailable(f"payment provider: {exc}") from exc
        if not isinstance(answer, dict) or not signed_by(self.secret, answer):
            raise Refused("rejected_by_centre", {
                "detail": "the payment provider's answer is not signed with the shared secret"})
        if (str(answer["order_id"]), str(answer["amount_fen"])) != (order_id, str(amount_fen)) \
                or answer["status"] not in PROVIDER_STATUSES:
            raise Refused("rejected_by_centre", {
                "detail": f"the payment provider answered for another order or amount "
                          f"({answer['order_id']}, {answer['amount_fen']} fen)"})
        return str(answer["status"])


class OrderBook(Protocol):
    """Where orders outlive the process (the SIP2 journal): one the provider took while
    the terminal was down is found again."""

    def order_made(self, order_id: str, card: str, fees: dict[str, int],
                   amount_fen: int) -> None: ...

    def order_state(self, order_id: str, state: str) -> None: ...

    def order(self, order_id: str) -> dict | None: ...

    def open_orders(self, since: datetime) -> list[dict]: ...


class TerminalOrders:
    """The terminal's payment orders and what the provider says of them. The reader
    waits at the QR screen, which polls ``status``; every order is also written to
    ``book`` before its QR is shown, and marked once seen paid, so an order paid
    while the terminal was down is still found (``forgotten``)."""

    def __init__(self, provider: SignedProvider, book: OrderBook):
        self.provider, self.book = provider, book
        self._orders: dict[str, PaymentOrder] = {}
        self._lock = threading.Lock()

    def create(self, card: str, fees: dict[str, int]) -> PaymentOrder:
        """An order for ``fees`` (fee id -> amount in fen) of ``card``, their sum to pay."""
        order_id = "T" + secrets.token_hex(12)
        amount_fen = sum(fees.values())
        order = PaymentOrder(order_id, self.provider.pay_url(order_id, amount_fen), amount_fen,
                             datetime.now(UTC) + ORDER_LIFETIME)
        self.book.order_made(order_id, card, dict(fees), amount_fen)
        with self._lock:
            self._orders[order_id] = order
        return order

    def fees_of(self, order_id: str) -> dict[str, int]:
        """What the order took for each fee; empty for an order this terminal never
        made (a reference given by staff)."""
        row = self.book.order(order_id)
        return dict(row["fees"]) if row else {}

    def forgotten(self, since: datetime) -> list[dict]:
        """Orders made before this process started (or lost to a crash) that were never
        seen paid or closed: only the book knows them, nobody polls them."""
        with self._lock:
            known = set(self._orders)
        return [row for row in self.book.open_orders(since) if row["order_id"] not in known]

    def status(self, order_id: str, *, timeout: float) -> PaymentOrder:
        """The order now. The provider is asked while it is pending, also after its
        time is up: money taken at the last second still counts."""
        order = self._order(order_id)
        if order.status != "pending":
            return order
        said = self.provider.status(order_id, order.amount_fen, timeout=timeout)
        status = ("paid" if said == "paid" else "cancelled" if said == "closed" else
                  "expired" if order.expires_at <= datetime.now(UTC) else "pending")
        if said in ("paid", "closed"):  # paid: the caller records it now (PaymentService)
            self.book.order_state(order_id, "seen" if said == "paid" else "settled")
        return self._set(order, status)

    def cancel(self, order_id: str, *, timeout: float) -> None:
        """The reader left: unless the provider says it is paid (then Refused, as the
        centre does, so the payment is recorded), the order is given up."""
        order = self.status(order_id, timeout=timeout)
        if order.status != "pending":
            raise Refused("order_not_pending", {"detail": f"order {order_id} is {order.status}"})
        self._set(order, "cancelled")

    def _order(self, order_id: str) -> PaymentOrder:
        with self._lock:
            order = self._orders.get(order_id)
        if order is None:
            raise Refused("order_unknown", {"detail": f"no payment order {order_id}"})
        return order

    def _set(self, order: PaymentOrder, status: str) -> PaymentOrder:
        order = replace(order, status=status)
        with self._lock:
            self._orders[order.order_id] = order
        return order


class SimulatedProviderSite:
    """A provider for tests and the demo only, on a loopback port: GET /pay/<order>
    shows the amount and a button, POST pays; GET /query/<order>?amount_fen=N is the
    signed order query. Orders are known once asked for; anyone with the URL pays."""

    def __init__(self) -> None:
        self.secret = secrets.token_hex(32).encode()  # as a secret file holds it
        self.paid: set[str] = set()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                kind, order_id, query = site._route(self.path)
                if kind == "query":
                    amount = query.partition("amount_fen=")[2].partition("&")[0]
                    fields = {"order_id": order_id, "amount_fen": amount,
                              "status": "paid" if order_id in site.paid else "pending",
                              "notify_id": secrets.token_hex(8)}
                    self._reply(200, "application/json",
                                json.dumps(fields | {"sign": sign(site.secret, fields)}))
                elif kind == "pay":
                    state = "paid" if order_id in site.paid else "pending"
                    button = ("" if state == "paid" else '<form method="post"><button '
                              'type="submit" name="pay" value="1">pay</button></form>')
                    self._reply(200, "text/html; charset=utf-8",
                                f"<!doctype html><title>Pay</title><p>Order "
                                f"{html.escape(order_id)}</p><p class='status'>{state}</p>"
                                f"{button}")
                else:
                    self._reply(404, "text/plain", "no such page")

            def do_POST(self) -> None:
                kind, order_id, _ = site._route(self.path)
                if kind != "pay":
                    self._reply(404, "text/plain", "no such page")
                    return
                site.paid.add(order_id)
                self._reply(200, "text/plain", "paid")

            def _reply(self, code: int, kind: str, body: str) -> None:
                data = body.encode()
                self.send_response(code)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True,
                                        name="simulated-payment-provider")
        self._thread.start()
        base = f"http://127.0.0.1:{self._server.server_address[1]}"
        self.pay_url = base + "/pay/{order_id}"
        self.status_url = base + "/query/{order_id}?amount_fen={amount_fen}"

    @staticmethod
    def _route(path: str) -> tuple[str, str, str]:
        parts = urlsplit(path)
        kind, _, order_id = parts.path.strip("/").partition("/")
        return kind, order_id, parts.query

    def provider(self) -> SignedProvider:
        """The terminal's side of this site."""
        return SignedProvider(self.pay_url, self.status_url, self.secret)

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
