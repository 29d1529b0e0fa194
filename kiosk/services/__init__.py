"""The application services every face uses (kiosk, staff desk, CLI). No Qt.

    CirculationService  login, account, checkout, checkin, renew, holds
    PaymentService      fees through the centre's payment provider (online only)
    CatalogueService    search, a title, its copies

Build them with kiosk.app.build_terminal(config); results are in .results.
"""
from .catalogue import CatalogueService
from .circulation import CirculationService
from .payments import PaymentService
from .results import (
    AccountView,
    ActResult,
    CheckinResult,
    Copy,
    HoldView,
    LoanView,
    LoginRefused,
    PatronSession,
    PaymentRefused,
    ReceiptLine,
    ServiceRefused,
)

__all__ = [
    "AccountView", "ActResult", "CatalogueService", "CheckinResult", "CirculationService",
    "Copy", "HoldView", "LoanView", "LoginRefused", "PatronSession", "PaymentRefused",
    "PaymentService", "ReceiptLine", "ServiceRefused",
]
