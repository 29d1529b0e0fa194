"""The reference central server's HTTP face (docs/protocol.md), as a FastAPI app.

Every route but enrolment, the time and the simulated payment page needs a
bearer token: a device's (terminal) or a staff member's (desk). Every refusal
is JSON `{"error", "detail"}` with a 4xx status; FastAPI's own validation and
routing errors are reshaped to match, and nothing answers with a stack trace.
The routes live in central/routes/, one module per resource; this only
assembles them over one Centre (store, clock, settings).
"""

import logging
from datetime import timedelta

from fastapi import APIRouter, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from kiosk import __version__

from . import accounts, reports
from .errors import ApiError
from .faults import FaultInjector
from .hold_expiry import SWEEP_EVERY_S, Sweeper
from .limits import MAX_BODY_BYTES, BodyLimit, mask_access_log
from .providers import PaymentProvider
from .routes import (
    alerts,
    audit,
    devices,
    exceptions,
    items,
    patrons,
    payments,
    staff,
    streams,
    transactions,
)
from .routes import reports as report_routes
from .routes.deps import Centre
from .store import CentralStore

log = logging.getLogger("kiosk.central")


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError):
        return JSONResponse(exc.body(), status_code=exc.status)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        detail = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}"
                           for e in exc.errors())
        return JSONResponse({"error": "bad_request", "detail": detail}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        code = {404: "not_found", 405: "method_not_allowed", 413: "too_large"}.get(
            exc.status_code, "http_error")
        return JSONResponse({"error": code, "detail": f"{request.method} {request.url.path}: "
                             f"{exc.detail}"}, status_code=exc.status_code)

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception):
        log.exception("internal error on %s %s", request.method, request.url.path)
        return JSONResponse({"error": "internal", "detail": "internal error; see the server log"},
                            status_code=500)


def create_app(store: CentralStore, *, max_skew_s: float = 300, faults: bool = False,
               offline_pin_secret: bytes | None = None, public_url: str | None = None,
               timezone: str = reports.DEFAULT_TIMEZONE, demo_code: str | None = None,
               payment_provider: PaymentProvider | None = None,
               staff_idle: timedelta = accounts.STAFF_IDLE,
               max_body_bytes: int = MAX_BODY_BYTES,
               sweep_every_s: float = SWEEP_EVERY_S) -> FastAPI:
    """The app over an open store, on the store's clock. faults=True arms POST
    /_faults (tests only); timezone is the library's, for statistics; demo_code
    (demo centres only) is an enrolment code that never wears out: each use
    enrols a new device. offline_pin_secret lets terminals ask for keyed PIN
    hashes and gives them keys, not card numbers; payment_provider takes payments (the simulated one mounts its page);
    staff tokens end after staff_idle without use."""
    app = FastAPI(title="Library kiosk central server", version=__version__,
                  description="The sync protocol of docs/protocol.md.")
    _install_error_handlers(app)
    store.use_card_secret(offline_pin_secret)     # terminals' card keys (for_terminals.py)
    sweeper = Sweeper(store, sweep_every_s, clock=store.clock)
    sweeper.now()
    app.state.centre = Centre(store, store.clock, sweeper, reports.local_zone(timezone),
                              max_skew_s=max_skew_s, offline_pin_secret=offline_pin_secret,
                              public_url=public_url, demo_code=demo_code,
                              payment_provider=payment_provider, staff_idle=staff_idle)
    api = APIRouter(prefix="/api/v1")
    for routes in (devices, streams, transactions, patrons, items, payments, staff, exceptions,
                   audit, report_routes, alerts):
        api.include_router(routes.router)
    if payment_provider is not None and payment_provider.simulated:
        api.include_router(payments.simulated)
    app.include_router(api)
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)
    mask_access_log()
    if faults:
        app.state.faults = FaultInjector(app.build_middleware_stack())
        app.middleware_stack = app.state.faults
    return app
