"""The patron terminal: one module per screen, assembled by `build_kiosk`."""
from __future__ import annotations

from .account import AccountScreen
from .attract import AttractScreen
from .borrow import BorrowScreen
from .find import FindScreen
from .hold import HoldScreen
from .login import LoginScreen
from .map import MapScreen
from .out_of_service import OutOfServiceScreen
from .pay import PayScreen
from .receipt import ReceiptScreen
from .renew import RenewScreen
from .returns import ReturnScreen
from .title import TitleScreen

SCREENS = (AttractScreen, LoginScreen, BorrowScreen, ReturnScreen, RenewScreen, AccountScreen,
           FindScreen, TitleScreen, HoldScreen, MapScreen, PayScreen, ReceiptScreen,
           OutOfServiceScreen)
