"""The contract between the terminal and a centre.

The sync engine and the services speak only to a Backend. Two implement it:
the REST backend (our sync protocol, docs/protocol.md) and the SIP2 backend
(any ILS). A Backend call either answers, or raises BackendUnavailable (the
network, a timeout, a 5xx: try again later, the act stands offline), or one of
the business errors below. It never returns half an answer.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol, runtime_checkable

TXN_TYPES = ("checkout", "checkin", "renew", "hold", "cancel_hold", "pay", "waive", "pay_cash",
             "security_failed", "pin_failed")
PUSH_STATUSES = ("applied", "duplicate", "rejected", "conflict")
STREAMS = ("locations", "policies", "titles", "items", "patrons", "loans", "holds", "fees")
#: what a device is, said at enrolment: a desk (staff) gets patrons whole; a terminal
#: (readers) gets no staff notes and chip UIDs only keyed (docs/protocol.md)
DEVICE_KINDS = ("terminal", "desk")


@dataclass(frozen=True)
class Txn:
    """One circulation act as written to the outbox.

    payload by type (card numbers and barcodes as strings, times ISO 8601 UTC):
      checkout    {patron, item, due_at, offline}
      checkin     {item, patron?}
      renew       {patron, item, due_at, offline}
      hold        {patron, title_id, pickup_location, advance}
      cancel_hold {patron, hold_id}
      pay         {patron, order_id, fee_ids}
      waive       {patron, fee_ids, reason, by}   (staff, supervisor role)
      pay_cash    {patron, fee_ids, by}           (staff)
      security_failed {item, patron, tags, on_loan}  (a tag's security could not be switched
                  after an act: the centre lists it for staff)
      pin_failed  {patron}   (a wrong PIN the terminal checked offline: the centre counts
                  it against the card, whose lock terminals then pull as pin_locked_until)
    """

    id: str                 # UUIDv7, the idempotency key
    seq: int                # the terminal's own strictly increasing sequence number
    occurred_at: datetime
    type: str
    payload: dict
    #: delivery tries before this one; > 0 means an earlier try may have reached
    #: the centre with its answer lost (a backend without idempotency keys,
    #: like SIP2, must check before sending again)
    previous_attempts: int = 0

    def to_json(self) -> dict:
        return {"id": self.id, "seq": self.seq, "occurred_at": self.occurred_at.isoformat(),
                "type": self.type, "payload": self.payload}


@dataclass(frozen=True)
class PushResult:
    """The centre's answer to one transaction.

    effect carries the centre's values that replace the optimistic ones:
    checkout/renew {loan_id, due_at}; checkin {fee_fen, fee_id, route, hold_id,
    destination}; hold {hold_id, position}; plus `screen` and `print` lines a
    SIP2 server sent. resolution explains a conflict to staff.
    """

    id: str
    status: str             # applied | duplicate | rejected | conflict
    reason: str = ""        # a reason code from kiosk.domain.reasons when rejected
    message: str = ""
    effect: dict = field(default_factory=dict)
    resolution: str = ""


@dataclass(frozen=True)
class PullPage:
    records: list[dict]     # rows in the replica's table shape
    tombstones: list[str]   # keys deleted since the cursor
    cursor: str             # opaque; store it with the page
    more: bool


@dataclass(frozen=True)
class PaymentOrder:
    order_id: str
    pay_url: str            # what the QR code carries
    amount_fen: int
    expires_at: datetime
    status: str = "pending"  # pending | paid | expired | cancelled


class BackendUnavailable(Exception):
    """No answer: network down, timeout, 5xx. The act stands offline; retry."""


class StreamReset(Exception):
    """410 on a stream: drop it and take it again from the start."""


class ClockSkew(Exception):
    """The centre refused the push because this terminal's clock is off."""

    def __init__(self, skew_s: float, allowed_s: float):
        super().__init__(f"clock off by {skew_s:.0f} s (allowed {allowed_s:.0f} s)")
        self.skew_s, self.allowed_s = skew_s, allowed_s


class Refused(Exception):
    """A business 'no' from the centre (wrong PIN, unknown card...)."""

    def __init__(self, reason: str, params: dict | None = None, message: str = ""):
        super().__init__(message or reason)
        self.reason, self.params, self.message = reason, params or {}, message


@dataclass(frozen=True)
class Alert:
    """A call for staff from a terminal, as the centre knows it."""

    id: str
    status: str             # open | acked | cancelled
    acked_by: str = ""      # the librarian on the way, once acked


@runtime_checkable
class HelpAlerts(Protocol):
    """A backend that can call staff to a terminal (the REST backend; SIP2 cannot)."""

    def call_staff(self, kind: str, *, timeout: float) -> Alert:
        """Raise an alert ("help") for this device; BackendUnavailable when offline."""

    def alert(self, alert_id: str, *, timeout: float) -> Alert:
        """The alert's state now (acked once a desk answered)."""

    def cancel_alert(self, alert_id: str, *, timeout: float) -> Alert:
        """The reader no longer needs help; Refused(alert_acked) if staff are on the way."""


class Backend(Protocol):
    #: the pull streams this backend has; SIP2 has none (no change feed)
    streams: tuple[str, ...]

    def push(self, txns: list[Txn], *, timeout: float) -> list[PushResult]:
        """Deliver transactions in seq order; one result each, same order."""

    def pull(self, stream: str, cursor: str | None, *, limit: int = 1000) -> PullPage:
        """The next page of a change stream after cursor (None: from the start)."""

    def authenticate(self, card: str, pin: str, *, timeout: float) -> dict:
        """Check a PIN; returns the patron record, raises Refused(pin_wrong|pin_locked|...)."""

    def patron_info(self, card: str, *, timeout: float) -> dict | None:
        """A fresh account: {patron, loans, holds, fees} in replica row shape."""

    def item_info(self, barcode: str, *, timeout: float) -> dict | None:
        """{item, title, loan?} in replica row shape."""

    def create_payment(self, card: str, fee_ids: list[str], *, timeout: float) -> PaymentOrder:
        ...

    def payment_status(self, order_id: str, *, timeout: float) -> PaymentOrder:
        ...

    def cancel_payment(self, order_id: str, *, timeout: float) -> None:
        ...

    def heartbeat(self, report: dict, *, timeout: float) -> None:
        """Version, online state, outbox length, device health."""

    def offline_lending_allowed(self) -> bool:
        """False when the centre says it will not accept offline loans (SIP2 ACS status)."""

    #: True when the centre's rules alone decide an online act (a SIP2 ACS): the
    #: terminal's own policy then applies only to an act that ends offline
    decides_online: bool

    def pickup_locations(self) -> list[dict]:
        """Pickup places the centre names itself ({id, name}), for a replica without
        locations (SIP2: from its configuration); [] when the replica has them."""

    def close(self) -> None:
        ...


class StaffApi(Protocol):
    """What the desk needs of the centre beside a Backend: staff sign-in, and the
    staff endpoints (holds shelf, exceptions, fleet, statistics, notes) under the
    signed-in librarian's token. A call raises BackendUnavailable or Refused."""

    def set_staff(self, token: str | None) -> None:
        """Send every later request (pushes included) as this librarian; None: nobody."""

    def staff_login(self, user: str, password: str, *, timeout: float) -> dict:
        """{user, role, token}; raises Refused(bad_login|staff_locked)."""

    def get(self, path: str, *, timeout: float, **params): ...

    def post(self, path: str, body: dict, *, timeout: float): ...

    def put(self, path: str, body: dict, *, timeout: float): ...
