"""The exceptions list: what came back from the centre as a case for staff (two
offline loans of one copy, an override that ended another patron's loan, an
unknown item returned, an offline act against policy...), each named for what
really happened, told in the desk's language from the case's facts, and resolved
here with a note that the centre keeps with the librarian's name."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import tr
from ui.staff.common import Table, error_text, money, shortcut, when
from ui.staff.words import case_detail, case_kind


class ExceptionsPage(QWidget):
    message = Signal(str)
    count_changed = Signal(int)

    def __init__(self, service, worker, parent=None):
        super().__init__(parent)
        self.service, self.worker = service, worker
        self.rows: list[dict] = []
        self.show_all = QCheckBox()
        self.show_all.toggled.connect(lambda *_: self.refresh())
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.note = QLineEdit()
        self.note.returnPressed.connect(self.resolve)
        self.table = Table([""] * 6, sortable=True)
        self.table.itemSelectionChanged.connect(self._show_detail)
        self.table.clicked.connect(lambda *_: self.note.setFocus())
        self.table.activated.connect(lambda *_: self.note.setFocus())
        self.kind = QLabel()
        self.kind.setProperty("role", "heading")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.resolve_button = QPushButton()
        self.resolve_button.setProperty("kind", "primary")
        self.resolve_button.clicked.connect(self.resolve)
        self.status = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.refresh_button)
        top.addWidget(self.show_all)
        top.addWidget(self.status, 1)
        bottom = QWidget()
        bbox = QVBoxLayout(bottom)
        bbox.addWidget(self.kind)
        bbox.addWidget(self.detail)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.resolve_button)
        bbox.addLayout(row)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(bottom)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(split, 1)
        shortcut(self, "F5", self.refresh)
        shortcut(self, "Ctrl+Return", self.resolve)
        self.retranslate()

    def retranslate(self) -> None:
        self.show_all.setText(tr("Show resolved too"))
        self.refresh_button.setText(tr("Refresh (F5)"))
        self.table.set_headers([tr("When"), tr("Kind"), tr("Item"), tr("Patrons"), tr("Status"),
                                tr("Note")])
        self.note.setPlaceholderText(tr("How was it resolved? (Enter)"))
        self.resolve_button.setText(tr("Resolve (Ctrl+Enter)"))
        self._fill()

    def refresh(self) -> None:
        self.worker.run(self.service.exceptions, None if self.show_all.isChecked() else "open",
                        done=self._loaded, failed=self._failed)

    def _loaded(self, rows: list[dict]) -> None:
        self.rows = rows
        self._fill()
        self.count_changed.emit(sum(1 for r in rows if r["status"] == "open"))
        if rows and self.table.currentRow() < 0:
            self.table.selectRow(0)

    def _fill(self) -> None:
        self.table.set_rows([(when(r["created_at"]), case_kind(r["kind"]),
                              r["item"], ", ".join(r["patrons"]),
                              tr("open") if r["status"] == "open" else tr("resolved"),
                              r.get("note", "")) for r in self.rows], self.rows)
        self.status.setText(tr("%1 open").replace(
            "%1", str(sum(1 for r in self.rows if r["status"] == "open"))))

    def _show_detail(self) -> None:
        row = self.table.current_value()
        if row is None:
            self.kind.clear()
            self.detail.clear()
            return
        self.kind.setText(case_kind(row["kind"]))
        text = case_detail(row, when, money)
        if row.get("resolved_by"):
            text += "\n" + tr("Resolved by %1: %2").replace("%1", row["resolved_by"]).replace(
                "%2", row.get("note", ""))
        self.detail.setText(text)

    def resolve(self) -> None:
        row = self.table.current_value()
        note = self.note.text().strip()
        if row is None or row["status"] != "open":
            self.status.setText(tr("Choose an open case first."))
            return
        if not note:
            self.status.setText(tr("Write how the case was resolved."))
            self.note.setFocus()
            return
        self.worker.run(self.service.resolve, row["id"], note, done=self._resolved,
                        failed=self._failed)

    def _resolved(self, row: dict) -> None:
        self.note.clear()
        self.message.emit(tr("Case resolved."))
        self.refresh()

    def _failed(self, exc) -> None:
        self.status.setText("✗ " + error_text(exc))
