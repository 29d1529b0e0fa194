"""Small pieces every desk page uses: dense tables, shortcuts, money and time text,
the running application."""
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
from ui.staff.words import error_code_text, refusal_text


def shortcut(widget: QWidget, keys: str, slot: Callable, *, window: bool = False) -> QAction:
    """A key for `slot`, live while `widget` (or, with window, the whole window) has focus."""
    act = QAction(widget)
    act.setShortcut(QKeySequence(keys))
    act.setShortcutContext(Qt.ShortcutContext.WindowShortcut if window else Qt.ShortcutContext.WidgetWithChildrenShortcut)
    act.triggered.connect(lambda *_: slot())
    widget.addAction(act)
    return act


class Table(QTableWidget):
    """A read-only table filled from rows of text; each row may carry a value, which
    follows its row when a sortable table is sorted by a click on a header."""

    def __init__(self, headers: Sequence[str], parent=None, multi: bool = False,
                 sortable: bool = False):
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(list(headers))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                              else QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.sortable = sortable
        self.setSortingEnabled(sortable)
        self.values: list = []

    def set_headers(self, headers: Sequence[str]) -> None:
        self.setHorizontalHeaderLabels(list(headers))

    def set_rows(self, rows: Sequence[Sequence[str]], values: Sequence | None = None) -> None:
        self.setSortingEnabled(False)           # rows would move while being filled
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                cell = QTableWidgetItem("" if text is None else str(text))
                if c == 0:
                    cell.setData(Qt.ItemDataRole.UserRole, r)
                self.setItem(r, c, cell)
        self.values = list(values if values is not None else rows)
        self.setSortingEnabled(self.sortable)

    def value_at(self, row: int):
        cell = self.item(row, 0)
        index = cell.data(Qt.ItemDataRole.UserRole) if cell is not None else None
        return self.values[index] if index is not None and index < len(self.values) else None

    def selected_values(self) -> list:
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        return [v for v in map(self.value_at, rows) if v is not None]

    def current_value(self):
        row = self.currentRow()
        return self.value_at(row) if 0 <= row < self.rowCount() else None

    def shown_values(self) -> list:
        """The values in the order the rows are shown (sorted or not)."""
        return [self.value_at(r) for r in range(self.rowCount())]

    def text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item else ""


def money(fen: int) -> str:
    return f"¥{fen / 100:.2f}"


def clock(value: datetime | str) -> str:
    """The local time of day (HH:MM) of a moment."""
    return when(value).rpartition(" ")[2]


def when(value: datetime | str | None, with_time: bool = True) -> str:
    if not value:
        return ""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    value = value.astimezone()
    return value.strftime("%Y-%m-%d %H:%M" if with_time else "%Y-%m-%d")


def error_text(exc: Exception) -> str:
    """A failure from the service, in words for the librarian."""
    if isinstance(exc, StaffError):       # the centre's own (English) detail is for the log
        return error_code_text(exc.code) or tr("Refused by the centre.")
    refusal = getattr(exc, "refusal", None)
    if refusal is not None:
        return refusal_text(refusal)
    return f"{type(exc).__name__}: {exc}"
