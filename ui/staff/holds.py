"""The holds shelf: copies to pull from the shelves for holds, copies waiting for
pickup, and holds whose pickup time ran out; a slip for each."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ui.i18n import tr
from ui.staff.common import Table, error_text, shortcut, when

LISTS = ("to_pull", "waiting", "expired")


class HoldsPage(QWidget):
    message = Signal(str)

    def __init__(self, service, worker, parent=None):
        super().__init__(parent)
        self.service, self.worker = service, worker
        self.data = {name: [] for name in LISTS}
        self.tabs = QTabWidget()
        self.tables = {name: Table([""] * 6) for name in LISTS}
        for name in LISTS:
            self.tabs.addTab(self.tables[name], "")
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.slip_button = QPushButton()
        self.slip_button.clicked.connect(self.print_slip)
        self.status = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.slip_button)
        buttons.addWidget(self.status, 1)
        box = QVBoxLayout(self)
        box.addLayout(buttons)
        box.addWidget(self.tabs, 1)
        shortcut(self, "F5", self.refresh)
        shortcut(self, "Ctrl+P", self.print_slip)
        self.retranslate()

    def retranslate(self) -> None:
        self.refresh_button.setText(tr("Refresh (F5)"))
        self.slip_button.setText(tr("Print slip (Ctrl+P)"))
        headers = [tr("Title"), tr("Barcode"), tr("Call number"), tr("Patron"),
                   tr("Pick up at"), tr("Expires")]
        for name, text in zip(LISTS, (tr("To pull"), tr("Waiting for pickup"), tr("Expired"))):
            self.tables[name].set_headers(headers)
            self.tabs.setTabText(LISTS.index(name),
                                 f"{text} ({len(self.data[name])})")

    def refresh(self) -> None:
        self.worker.run(self.service.holds_shelf, done=self._loaded, failed=self._failed)

    def _loaded(self, data: dict) -> None:
        self.data = {name: data.get(name, []) for name in LISTS}
        for name in LISTS:
            rows = self.data[name]
            self.tables[name].set_rows(
                [(h["title"], h.get("item_barcode", ""), h.get("call_number", ""), h["patron"],
                  h.get("pickup_location", ""), when(h.get("expires_at"), False))
                 for h in rows], rows)
        self.retranslate()
        self.status.setText(tr("%1 to pull, %2 waiting, %3 expired").replace(
            "%1", str(len(self.data["to_pull"]))).replace(
            "%2", str(len(self.data["waiting"]))).replace("%3", str(len(self.data["expired"]))))

    def current_list(self) -> str:
        return LISTS[self.tabs.currentIndex()]

    def print_slip(self) -> None:
        name = self.current_list()
        table = self.tables[name]
        holds = table.selected_values() or ([table.values[0]] if table.values else [])
        heading = {"to_pull": tr("Pull for a hold"), "waiting": tr("Hold for pickup"),
                   "expired": tr("Hold expired: return to shelf")}[name]
        labels = {"patron": tr("Patron"), "pickup_location": tr("Pick up at"),
                  "expires_at": tr("Expires"), "call_number": tr("Call number")}
        for hold in holds:
            slip = self.service.hold_slip(hold, heading=heading, labels=labels)
            self.worker.run(self.service.print_receipt, slip,
                            done=lambda _, h=hold: self.message.emit(
                                tr("Slip printed for %1.").replace("%1", h["title"])),
                            failed=self._failed)

    def _failed(self, exc) -> None:
        self.status.setText("✗ " + error_text(exc))
