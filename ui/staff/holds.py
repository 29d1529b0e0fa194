"""The holds shelf: copies to pull from the shelves for holds, copies waiting for
pickup (until when, and where), and holds whose pickup time ran out; a slip for
each. Readers are shown masked (张*明 ****0006), as on the slip that sits in the
book on an open shelf; places by their names. Every list sorts by a click on a
column's header."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from kiosk.logs import mask_card, mask_name
from ui.i18n import tr
from ui.staff.common import Table, error_text, shortcut, when
from ui.staff.words import place_name

LISTS = ("to_pull", "waiting", "expired")


def reader(hold: dict) -> str:
    """The reader of a hold, masked: enough for staff to match a card, not to read aloud."""
    card = mask_card(hold.get("patron", ""))
    name = mask_name(hold.get("patron_name", ""))
    return f"{name} {card}" if name else card


class HoldsPage(QWidget):
    message = Signal(str)

    def __init__(self, service, worker, parent=None):
        super().__init__(parent)
        self.service, self.worker = service, worker
        self.data: dict[str, list[dict]] = {name: [] for name in LISTS}
        self.tabs = QTabWidget()
        self.tables = {name: Table([""] * 6, sortable=True) for name in LISTS}
        for name in LISTS:
            self.tabs.addTab(self.tables[name], "")
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.slip_button = QPushButton()
        self.slip_button.setProperty("kind", "primary")
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

    def _headers(self, name: str) -> list[str]:
        last = {"to_pull": tr("Placed"), "waiting": tr("Hold until"),
                "expired": tr("Ended")}[name]
        where = tr("Shelf") if name == "to_pull" else tr("Call number")
        return [tr("Title"), tr("Barcode"), where, tr("Reader"), tr("Pick up at"), last]

    def retranslate(self) -> None:
        self.refresh_button.setText(tr("Refresh (F5)"))
        self.slip_button.setText(tr("Print slip (Ctrl+P)"))
        for name, text in zip(LISTS, (tr("To pull"), tr("Waiting for pickup"), tr("Expired"))):
            self.tables[name].set_headers(self._headers(name))
            self.tabs.setTabText(LISTS.index(name), f"{text} ({len(self.data[name])})")
        self._fill()

    def refresh(self) -> None:
        self.worker.run(self.service.holds_shelf, done=self._loaded, failed=self._failed)

    def _loaded(self, data: dict) -> None:
        self.data = {name: data.get(name, []) for name in LISTS}
        self.retranslate()
        self.status.setText(tr("%1 to pull, %2 waiting, %3 expired").replace(
            "%1", str(len(self.data["to_pull"]))).replace(
            "%2", str(len(self.data["waiting"]))).replace("%3", str(len(self.data["expired"]))))

    def _fill(self) -> None:
        for name in LISTS:
            rows = self.data[name]
            self.tables[name].set_rows([self._row(name, h) for h in rows], rows)

    @staticmethod
    def _row(name: str, hold: dict) -> tuple:
        where = (f"{place_name(hold.get('shelf'))} · {hold.get('call_number', '')}"
                 if name == "to_pull" else hold.get("call_number", ""))
        last = hold.get("placed_at") if name == "to_pull" else hold.get("expires_at")
        return (hold["title"], hold.get("item_barcode", ""), where, reader(hold),
                place_name(hold.get("pickup")) or hold.get("pickup_location", ""),
                when(last, False))

    def current_list(self) -> str:
        return LISTS[self.tabs.currentIndex()]

    def print_slip(self) -> None:
        """A slip for each chosen hold (or the first shown): heading, title, barcode,
        the masked reader, where to take it and until when."""
        name = self.current_list()
        table = self.tables[name]
        holds = table.selected_values() or table.shown_values()[:1]
        heading = {"to_pull": tr("Pull for a hold"), "waiting": tr("Hold for pickup"),
                   "expired": tr("Hold expired: return to shelf")}[name]
        for hold in holds:
            lines = [tr("Reader: %1").replace("%1", reader(hold)),
                     tr("Pick up at: %1").replace("%1", place_name(hold.get("pickup"))
                                                  or hold.get("pickup_location", "")),
                     tr("Call number: %1").replace("%1", hold.get("call_number", ""))]
            if hold.get("expires_at") and name == "waiting":
                lines.insert(2, tr("Hold until: %1").replace("%1", when(hold["expires_at"],
                                                                         False)))
            slip = self.service.hold_slip(hold, heading=heading, lines=lines)
            self.worker.run(self.service.print_receipt, slip,
                            done=lambda _, h=hold: self.message.emit(
                                tr("Slip printed for %1.").replace("%1", h["title"])),
                            failed=self._failed)

    def _failed(self, exc) -> None:
        self.status.setText("✗ " + error_text(exc))
