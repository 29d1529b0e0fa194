"""Payment orders for a patron's fees, the provider's signed notifications, and
(demo centres only) the simulated provider's page."""
from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field

from .. import payments
from ..errors import ApiError
from ..for_terminals import record_for
from ..providers import PaymentProvider
from .deps import CentreDep, Who
from .fields import Id, Text

router = APIRouter()
#: mounted only when the centre runs with the simulated provider (--demo)
simulated = APIRouter(tags=["simulated provider"])


class PaymentIn(BaseModel):
    patron: Id
    fee_ids: list[Id] = Field(min_length=1, max_length=200)


class NoticeIn(BaseModel):
    """A provider's word on an order, signed: sign = HMAC-SHA256(secret, canonical)."""

    order_id: Id
    amount_fen: int = Field(ge=0, le=10 ** 9)
    status: Literal["paid", "closed"]
    notify_id: Id
    sign: Text = ""


def _provider(here) -> PaymentProvider:
    if here.payment_provider is None:
        raise ApiError(409, "no_payment_provider", "this centre takes no payments: start it "
                       "with a payment provider (docs/admin-guide.md)")
    return here.payment_provider


@router.post("/payments", status_code=201)
def create_payment(body: PaymentIn, who: Who, here: CentreDep, request: Request):
    return record_for(who, "orders", payments.create(
        here.store, _provider(here), body.patron, body.fee_ids, here.base_url(request)),
        here.offline_pin_secret)


@router.post("/payments/notify")
def notify(body: NoticeIn, here: CentreDep):
    return payments.notify(here.store, _provider(here), body.model_dump())


@router.get("/payments/{order_id}")
def payment(order_id: Id, who: Who, here: CentreDep, request: Request):
    return record_for(who, "orders", payments.status(
        here.store, _provider(here), order_id, here.base_url(request)), here.offline_pin_secret)


@router.delete("/payments/{order_id}")
def cancel_payment(order_id: Id, who: Who, here: CentreDep, request: Request):
    return record_for(who, "orders", payments.cancel(
        here.store, _provider(here), order_id, here.base_url(request), who.device_id),
        here.offline_pin_secret)


@simulated.get("/pay/{order_id}", response_class=HTMLResponse)
def pay_page(order_id: Id, here: CentreDep):
    return payments.page(here.store, order_id)


@simulated.post("/pay/{order_id}", response_class=HTMLResponse)
def pay_now(order_id: Id, here: CentreDep):
    payments.mark_paid(here.store, order_id)
    return payments.page(here.store, order_id)
