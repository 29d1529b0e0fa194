"""Small pieces every desk page uses: dense tables, shortcuts, money and time text."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from kiosk.services.staff import StaffError
from ui.i18n import tr


def shortcut(widget: QWidget, keys: str, slot: Callable, *, window: bool = False) -> QAction:
    """A key for `slot`, live while `widget` (or, with window, the whole window) has focus."""
    act = QAction(widget)
    act.setShortcut(QKeySequence(keys))
    act.setShortcutContext(Qt.WindowShortcut if window else Qt.WidgetWithChildrenShortcut)
    act.triggered.connect(lambda *_: slot())
    widget.addAction(act)
    return act


class Table(QTableWidget):
    """A read-only table filled from rows of text; each row may carry a value."""

    def __init__(self, headers: Sequence[str], parent=None, multi: bool = False):
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(list(headers))
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.ExtendedSelection if multi
                              else QAbstractItemView.SingleSelection)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.values: list = []

    def set_headers(self, headers: Sequence[str]) -> None:
        self.setHorizontalHeaderLabels(list(headers))

    def set_rows(self, rows: Sequence[Sequence[str]], values: Sequence | None = None) -> None:
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.setItem(r, c, QTableWidgetItem("" if text is None else str(text)))
        self.values = list(values if values is not None else rows)

    def selected_values(self) -> list:
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        return [self.values[r] for r in rows if r < len(self.values)]

    def current_value(self):
        row = self.currentRow()
        return self.values[row] if 0 <= row < len(self.values) else None

    def text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item else ""


def word(value: str) -> str:
    """A status, role, fee or case kind from the data, in the desk's language."""
    words = {
        "active": tr("active"), "blocked": tr("blocked"), "expired": tr("expired"),
        "lost": tr("card lost"), "pending": tr("waiting for a copy"),
        "waiting": tr("on the holds shelf"), "overdue": tr("overdue fee"),
        "damaged_tag": tr("damaged tag"), "lost_item": tr("lost item"),
        "librarian": tr("librarian"), "supervisor": tr("supervisor"),
        "double_checkout": tr("Two offline loans of one copy"),
        "unknown_item": tr("Item not found"), "offline_policy": tr("Offline act against policy"),
        "stale_checkin": tr("Late return record"),
    }
    return words.get(value, value)


def card_type_name(value: str) -> str:
    """A card type (kiosk.domain.models.CardType) as staff call it."""
    names = {
        "pengcheng": tr("Pengcheng reader card"), "deposit50": tr("Deposit card (¥50)"),
        "deposit100": tr("Deposit card (¥100)"), "deposit200": tr("Deposit card (¥200)"),
        "deposit300": tr("Deposit card (¥300)"), "child": tr("Child's card"),
        "staff": tr("Staff card"),
    }
    return names.get(value, value)


def money(fen: int) -> str:
    return f"¥{fen / 100:.2f}"


def when(value: datetime | str | None, with_time: bool = True) -> str:
    if not value:
        return ""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    value = value.astimezone()
    return value.strftime("%Y-%m-%d %H:%M" if with_time else "%Y-%m-%d")


def error_text(exc: Exception) -> str:
    """A failure from the service, in words for the librarian."""
    if isinstance(exc, StaffError):
        known = {
            "bad_login": tr("Wrong user name or password."),
            "staff_locked": tr("Too many wrong passwords: this user is locked for a while."),
            "offline": tr("The centre does not answer. Nothing was recorded; try again."),
            "forbidden": tr("Your role may not do this."),
            "staff_only": tr("Sign in first."),
            "not_signed_in": tr("Sign in first."),
            "reason_needed": tr("Give a reason."),
            "not_overridable": tr("This refusal cannot be overridden."),
            "tag_write_failed": tr("The tag was not written correctly."),
            "no_pad": tr("No RFID pad is connected."),
            "no_printer": tr("No receipt printer is connected."),
            "already_resolved": tr("Someone has already resolved this case."),
        }
        text = known.get(exc.code, tr("Refused by the centre."))
        return f"{text} ({exc.detail})" if exc.detail and exc.detail != exc.code else text
    refusal = getattr(exc, "refusal", None)
    if refusal is not None:
        return refusal.message(current_lang())
    return f"{type(exc).__name__}: {exc}"


def current_lang() -> str:
    """The reason texts' language for the current translation (en when none)."""
    from PySide6.QtCore import QLocale
    name = QLocale().name()
    return "zh_HK" if name.startswith("zh_HK") else "zh_CN" if name.startswith("zh") else "en"
