"""Receipt: print it, take it as a QR code (an e-receipt), or none. A receipt
never shows a full card number."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QButtonGroup, QHBoxLayout, QVBoxLayout

from hardware import Receipt, ReceiptItem, mask_card
from kiosk.domain.card_keys import shown
from ui.i18n import tr
from ui.widgets.buttons import BigButton
from ui.widgets.common import label, set_role
from ui.widgets.qr import QrWidget

from .screen import Screen
from .texts import books, day, money


class ReceiptScreen(Screen):
    name = "receipt"

    def __init__(self, kiosk):
        super().__init__(kiosk)
        self.act, self.lines, self.extra, self.choice = "", [], [], ""
        self.heading = label("", "title")
        self.summary = label("", "prompt")
        self.summary.setObjectName("receipt_summary")
        self.outcome = label("", "success")
        self.outcome.setObjectName("receipt_outcome")
        self.qr = QrWidget(size=420, smallest=300)
        self.qr.setObjectName("receipt_qr")
        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        self.print_button = BigButton(icon_name="print")   # three equals until one is chosen
        self.print_button.setObjectName("receipt_print")
        self.print_button.clicked.connect(self._print)
        self.qr_button = BigButton(icon_name="qr")
        self.qr_button.setObjectName("receipt_qr_button")
        self.qr_button.clicked.connect(self._qr)
        self.none_button = BigButton(icon_name="cross")
        self.none_button.setObjectName("receipt_none")
        self.none_button.clicked.connect(self._none)
        self.done_button = BigButton(kind="primary", icon_name="check")
        self.done_button.setObjectName("receipt_done")
        self.done_button.clicked.connect(self.kiosk_done)
        self.options = QButtonGroup(self)      # the chosen one is shown checked
        for b in (self.print_button, self.qr_button, self.none_button):
            b.setCheckable(True)
            self.options.addButton(b)
            buttons.addWidget(b, 1)
        column = QVBoxLayout()                 # the words and choices; the code under
        column.setSpacing(28)                  # them, or beside them in landscape
        for w in (self.heading, self.summary):
            column.addWidget(w)
        column.addLayout(buttons)
        column.addWidget(self.outcome)
        self.body = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.body.setSpacing(28)
        self.body.addLayout(column, 1)
        self.body.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignCenter)
        self.layout_.addLayout(self.body)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.done_button)

    def set_landscape(self, landscape: bool) -> None:
        super().set_landscape(landscape)
        self.body.setDirection(QBoxLayout.Direction.LeftToRight if landscape else QBoxLayout.Direction.TopToBottom)

    def enter(self, act: str = "", lines=None, **params) -> None:
        self.act, self.extra, self.choice = act, list(lines or []), ""
        card = self.kiosk.session.card if self.kiosk.session and act != "return" else None
        self.lines = []
        self.retranslate()
        self.run(self.kiosk.terminal.circulation.receipt, card, done=self._lines)

    def _lines(self, lines) -> None:
        self.lines = list(lines)
        self.retranslate()

    def clear(self) -> None:
        self.act, self.lines, self.extra, self.choice = "", [], [], ""
        self.qr.set_payload("")

    def prompt(self) -> str:
        return tr("Would you like a receipt?")

    def retranslate(self) -> None:
        self.heading.setText(tr("Would you like a receipt?"))
        n = len(self.lines)
        self.summary.setText({
            "borrow": tr("You borrowed {books}.").format(books=books(n)),
            "return": tr("You returned {books}.").format(books=books(n)),
            "pay": "\n".join(self.extra[-2:]),
        }.get(self.act, ""))
        self.print_button.setText(tr("Print"))
        self.qr_button.setText(tr("E-receipt (QR)"))
        self.none_button.setText(tr("No receipt"))
        self.done_button.setText(tr("Done"))
        has_printer = self.kiosk.terminal.devices.get("printer") is not None
        self.print_button.setEnabled(has_printer and self.choice != "print_failed")
        chosen = {"print": self.print_button, "qr": self.qr_button,
                  "print_failed": self.qr_button, "none": self.none_button}.get(self.choice)
        self.options.setExclusive(False)       # none checked before the reader chooses
        for b in self.options.buttons():
            b.setChecked(b is chosen)
        self.options.setExclusive(True)
        self.outcome.setVisible(bool(self.choice))
        set_role(self.outcome, "warning" if self.choice == "print_failed" else "success")
        self.outcome.setText({"print": tr("Please take your receipt."),
                              "qr": tr("Scan the code to keep your receipt on your phone."),
                              "none": tr("No receipt. Thank you!"),
                              "print_failed": tr("The printer is not working. Scan the code "
                                                 "instead.")}.get(self.choice, ""))
        self.qr.setVisible(self.choice in ("qr", "print_failed"))
        self.qr.set_payload(self.text() if self.choice in ("qr", "print_failed") else "")

    # -- the receipt itself -------------------------------------------------------------
    def masked_card(self) -> str:
        session = self.kiosk.session
        return mask_card(shown(session.card)) if session and self.act != "return" else ""

    def receipt(self) -> Receipt:
        cfg = self.kiosk.config.library
        name = cfg.name_en if self.lang == "en" else cfg.name_zh
        heading = {"borrow": tr("Borrowed"), "return": tr("Returned"),
                   "pay": tr("Payment")}.get(self.act, "")
        items = []
        for line in self.lines:
            note = tr("recorded offline") if line.offline else ""
            if line.fee_fen:
                note = " ".join(filter(None, (note, tr("fee {amount}").format(
                    amount=money(line.fee_fen)))))
            items.append(ReceiptItem(line.title, line.barcode,
                                     day(line.due_at) if line.due_at else None, note))
        return Receipt(name, tuple(items), tuple(self.extra), heading,
                       card_number=self.masked_card(), due_label=tr("Due"),
                       card_label=tr("Card"), footer=(tr("Thank you!"),))

    def text(self) -> str:
        """The e-receipt: the same facts as the paper one, as plain text."""
        r = self.receipt()
        out = [r.library_name, r.heading]
        if r.card_number:
            out.append(f"{r.card_label}: {r.card_number}")
        for item in r.items:
            out.append(" · ".join(filter(None, (item.title, item.barcode,
                                                f"{r.due_label} {item.due}" if item.due else "",
                                                item.note))))
        out += list(r.lines)
        return "\n".join(filter(None, out))

    def _print(self) -> None:
        printer = self.kiosk.terminal.devices.get("printer")
        if self.choice == "print":             # printed already: once is enough
            return
        self.choice = "print"
        self.run(printer.print_receipt, self.receipt(), busy_text=tr("Printing…"),
                 done=lambda _: self._chosen("print"),
                 failed=lambda exc: self._chosen("print_failed"))

    def _qr(self) -> None:
        self._chosen("qr")

    def _none(self) -> None:
        self._chosen("none")

    def _chosen(self, choice: str) -> None:
        self.choice = choice
        self.retranslate()
        self.say(self.outcome.text())

    def kiosk_done(self) -> None:
        self.kiosk.window.logout()
