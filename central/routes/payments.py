"""Payment orders for a patron's fees, and the simulated provider's page."""
from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field

from .. import payments
from .deps import CentreDep, Who

router = APIRouter()


class PaymentIn(BaseModel):
    patron: str = Field(min_length=1, max_length=64)
    fee_ids: list[str] = Field(min_length=1, max_length=200)


@router.post("/payments", status_code=201)
def create_payment(body: PaymentIn, who: Who, here: CentreDep, request: Request):
    return payments.create(here.store, body.patron, body.fee_ids, here.base_url(request))


@router.get("/payments/{order_id}")
def payment(order_id: str, who: Who, here: CentreDep, request: Request):
    return payments.status(here.store, order_id, here.base_url(request))


@router.delete("/payments/{order_id}")
def cancel_payment(order_id: str, who: Who, here: CentreDep, request: Request):
    return payments.cancel(here.store, order_id, here.base_url(request))


@router.get("/pay/{order_id}", response_class=HTMLResponse, tags=["simulated provider"])
def pay_page(order_id: str, here: CentreDep):
    return payments.page(here.store, order_id)


@router.post("/pay/{order_id}", response_class=HTMLResponse, tags=["simulated provider"])
def pay_now(order_id: str, here: CentreDep):
    payments.mark_paid(here.store, order_id)
    return payments.page(here.store, order_id)
