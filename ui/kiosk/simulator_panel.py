"""The demo's simulator panel: a separate window standing in for the hardware and
the reader's phone. It drives the simulated devices through their own control
methods, so the terminal sees exactly the events real devices would send."""
from __future__ import annotations

import logging
import re

from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.demo_data import DEMO_PATRONS, DEMO_PIN
from ui.app import scale_factor

log = logging.getLogger(__name__)
STYLE = """
* { font-size: 15px; }
QPushButton { min-height: 28px; padding: 3px 10px; border-radius: 4px;
  border: 1px solid #8896A8; background: #F4F6F9; color: #111; font-weight: normal; }
QPushButton:checked { background: #0B4F8A; color: white; }
QLineEdit { min-height: 28px; padding: 0 6px; border: 1px solid #8896A8; border-radius: 4px;
  background: white; color: #111; font-size: 15px; }
QGroupBox { font-weight: bold; margin-top: 14px; }
QLabel { color: #111; background: transparent; }
QWidget { background: #FFFFFF; color: #111; }
"""
REAL_TITLES = ("R001", "R002", "R003", "R004", "R006", "R008", "R009")


class SimulatorPanel(QWidget):
    def __init__(self, terminal, server=None, window=None):
        super().__init__()
        self.terminal, self.server, self.window_ = terminal, server, window
        self.setWindowTitle("Simulator — card reader, RFID pad, scanner, centre")
        zoom = 1 / scale_factor()      # as large on the screen as when nothing is scaled
        self.setStyleSheet(re.sub(r"(\d+)px", lambda m: f"{round(int(m[1]) * zoom)}px", STYLE))
        d = terminal.devices
        self.card, self.pad, self.scanner = d.get("card"), d.get("rfid"), d.get("scanner")
        self.printer = d.get("printer")
        self.owner = terminal.config.security.owner_library
        box = QVBoxLayout(self)

        cards = QGroupBox(f"Card reader (demo PIN {DEMO_PIN})")
        grid = QGridLayout(cards)
        for n, (card, name, _type, status, uid) in enumerate(DEMO_PATRONS):
            b = QPushButton(f"{name}  {card}" + ("  (blocked)" if status == "blocked" else ""))
            b.setObjectName(f"sim_card_{card}")
            b.clicked.connect(lambda _=False, uid=uid: self.card.present(uid))
            grid.addWidget(b, n // 2, n % 2)
        remove = QPushButton("Remove card")
        remove.clicked.connect(lambda: self.card.remove())
        grid.addWidget(remove, 3, 0, 1, 2)
        box.addWidget(cards)

        books = QGroupBox("RFID pad: place or lift books")
        self.book_grid = QGridLayout(books)
        self.tags: dict[str, list] = {}
        self._add_books()
        clear = QPushButton("Lift everything")
        clear.clicked.connect(self.lift_all)
        self.book_grid.addWidget(clear, 99, 0, 1, 3)
        box.addWidget(books)

        scan = QGroupBox("Scanner (barcode or e-card QR)")
        row = QHBoxLayout(scan)
        self.code = QLineEdit()
        self.code.setPlaceholderText("barcode, ISBN, or SZLIB:0440000001")
        go = QPushButton("Scan")
        go.clicked.connect(lambda: self.code.text() and self.scanner.scan(self.code.text()))
        ecard = QPushButton("E-card of 张晓明")
        ecard.clicked.connect(lambda: self.scanner.scan("SZLIB:0440000001"))
        row.addWidget(self.code, 1)
        row.addWidget(go)
        row.addWidget(ecard)
        box.addWidget(scan)

        centre = QGroupBox("Centre and phone")
        row = QHBoxLayout(centre)
        self.online = QPushButton("Centre online")
        self.online.setCheckable(True)
        self.online.setChecked(True)
        self.online.toggled.connect(self._toggle_centre)
        pay = QPushButton("Phone: pay the QR on screen")
        pay.clicked.connect(self.pay_shown_order)
        row.addWidget(self.online)
        row.addWidget(pay)
        box.addWidget(centre)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        box.addWidget(self.status)
        box.addStretch(1)
        for layout in self.findChildren(QLayout):
            m = layout.contentsMargins()
            layout.setContentsMargins(*(round(v * zoom) for v in (
                m.left(), m.top(), m.right(), m.bottom())))
            layout.setSpacing(round(max(layout.spacing(), 6) * zoom))

    def _add_books(self) -> None:
        catalogue = self.terminal.catalogue
        row = 0
        for title_id in REAL_TITLES:
            title = catalogue.title(title_id)
            copies = [c for c in catalogue.copies(title_id) if c.item.location_id.startswith("SZL")]
            if title is None or not copies:
                continue
            item = copies[0].item
            parts = item.parts
            for part in range(1, parts + 1):
                label = f"{title.title} [{item.barcode}]" + (f" part {part}/{parts}"
                                                              if parts > 1 else "")
                b = QPushButton(label)
                b.setCheckable(True)
                b.setObjectName(f"sim_book_{item.barcode}_{part}")
                b.toggled.connect(lambda on, bc=item.barcode, p=part, n=parts, t=title.title:
                                  self.place(bc, p, n, t) if on else self.lift(bc, p))
                self.book_grid.addWidget(b, row // 2, row % 2)
                row += 1

    # -- actions (also used by tests) ---------------------------------------------------
    def place(self, barcode: str, part: int = 1, parts: int = 1, title: str = "") -> str:
        tag = self.pad.make_tag(barcode, self.owner, part, parts, title=title)
        self.pad.place(tag)
        self.tags.setdefault(barcode, []).append((part, tag.uid))
        return tag.uid

    def lift(self, barcode: str, part: int | None = None) -> None:
        for p, uid in list(self.tags.get(barcode, [])):
            if part is None or p == part:
                self.pad.lift(uid)
                self.tags[barcode].remove((p, uid))

    def lift_all(self) -> None:
        for b in self.findChildren(QPushButton):
            if b.objectName().startswith("sim_book_"):
                b.blockSignals(True)
                b.setChecked(False)
                b.blockSignals(False)
        for barcode in list(self.tags):
            self.lift(barcode)

    def _toggle_centre(self, on: bool) -> None:
        if self.server is None:
            return
        if on:
            self.server.start()
        else:
            self.server.stop()
        self.online.setText("Centre online" if on else "Centre OFFLINE")
        self.terminal.engine.wake()

    def pay_shown_order(self) -> None:
        """What the reader's phone does with the QR: open the pay page and pay."""
        import requests
        screen = self.window_.screens.get("pay") if self.window_ else None
        order = getattr(screen, "order", None)
        if order is None:
            self.status.setText("No payment QR on screen.")
            return
        try:
            requests.post(order.pay_url, timeout=5).raise_for_status()
            self.status.setText(f"Paid order {order.order_id}.")
        except requests.RequestException as exc:
            self.status.setText(f"Payment failed: {exc}")
