"""Wording shared by several screens: dates, money, masked names, result lines."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale

from kiosk.domain.clock import day_text
from ui.i18n import tr


def day(value: datetime | None) -> str:
    """A date in the reader's language (2025年3月4日 / 4 Mar 2025)."""
    if value is None:
        return ""
    chinese = QLocale().language() == QLocale.Language.Chinese
    return day_text(value.astimezone().date(), "zh_CN" if chinese else "en")


def money(fen: int) -> str:
    return f"¥{fen / 100:.2f}"


def mask_name(name: str) -> str:
    """张晓明 → 张*明, Emily Chen → E**** C***: enough to recognise, not to read aloud."""
    if not name:
        return ""
    if " " in name:
        return " ".join(w[0] + "*" * (len(w) - 1) for w in name.split())
    if len(name) <= 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]


def mask_card(card: str) -> str:
    """0440000005 → ****0005: the reader knows their card by its last digits."""
    return "****" + card[-4:]


def greeting(session) -> str:
    return tr("Hello, {name}").format(name=mask_name(session.name)) if session else ""


def recorded_offline() -> str:
    return tr("Recorded offline; the library will confirm it later.")


def books(n: int) -> str:
    """"1 book" / "3 books" (本 in Chinese, which has no plural)."""
    return tr("1 book") if n == 1 else tr("{n} books").format(n=n)
