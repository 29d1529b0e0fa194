"""Pay fees: choose fees, the centre makes an order, its QR code is shown; the
screen waits for the payment with a visible countdown and a cancel button.

While it waits, the code and the sentence with the amount are the middle of
the screen (the code under the words in portrait, beside them in landscape);
the title and the reader's masked name stay at the top."""
from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QBoxLayout, QCheckBox, QHBoxLayout, QVBoxLayout

from ui.i18n import tr
from ui.widgets.buttons import BigButton
from ui.widgets.common import ScrollList, label
from ui.widgets.item_row import ItemRow
from ui.widgets.qr import QrWidget

from .account import _fee_kind
from .screen import Screen
from .texts import greeting, money

POLL_MS = 1500


class _FeeChoice(QCheckBox):
    """A fee to pay or not: a check box a finger hits anywhere on its row."""

    def __init__(self, fee, chosen: bool):
        super().__init__(f"{_fee_kind(str(fee.kind))}  {money(fee.outstanding_fen)}")
        self.fee = fee
        self.setChecked(chosen)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def hitButton(self, pos) -> bool:
        return self.rect().contains(pos)


class PayScreen(Screen):
    name = "pay"
    needs_login = True

    def __init__(self, kiosk):
        super().__init__(kiosk)
        self.fees, self.chosen, self.order, self.state = [], set(), None, "choose"
        self.heading = label("", "title")
        self.hello = label("", "secondary")
        self.instruction = label("", "prompt")
        self.instruction.setObjectName("pay_instruction")
        self.list = ScrollList()
        self.qr = QrWidget(size=420, smallest=260)
        self.qr.setObjectName("pay_qr")
        self.countdown = label("", "secondary")
        words = QVBoxLayout()
        words.setSpacing(20)
        words.addWidget(self.instruction)
        words.addWidget(self.countdown)
        self.centre = QBoxLayout(QBoxLayout.Direction.TopToBottom)   # the words and the code
        self.centre.setSpacing(28)
        self.centre.addLayout(words, 1)
        self.centre.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignCenter)
        self.qr.hide()                               # until there is an order
        self.countdown.hide()
        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        self.cancel = BigButton(icon_name="cross")
        self.cancel.setObjectName("pay_cancel")
        self.cancel.clicked.connect(self._cancel)
        self.go_pay = BigButton(kind="primary", icon_name="qr")
        self.go_pay.setObjectName("pay_go")
        self.go_pay.clicked.connect(self._start)
        self.receipt = BigButton(kind="primary", icon_name="print")
        self.receipt.setObjectName("pay_receipt")
        self.receipt.clicked.connect(self._receipt)
        buttons.addWidget(self.cancel, 1)
        buttons.addWidget(self.go_pay, 1)
        buttons.addWidget(self.receipt, 1)
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.hello)
        self.layout_.addStretch(0)                   # 2: above the code while waiting
        self.layout_.addLayout(self.centre)
        self.layout_.addWidget(self.list, 1)
        self.layout_.addStretch(0)                   # 5: below it
        self.layout_.addLayout(buttons)
        self.poll = QTimer(self, interval=POLL_MS)
        self.poll.timeout.connect(self._poll)
        self.tick = QTimer(self, interval=1000)
        self.tick.timeout.connect(self._show_countdown)

    def set_landscape(self, landscape: bool) -> None:
        super().set_landscape(landscape)
        self.centre.setDirection(QBoxLayout.Direction.LeftToRight if landscape else QBoxLayout.Direction.TopToBottom)

    def _arrange(self, waiting: bool) -> None:
        """Waiting: the code and its words in the middle; otherwise the list fills."""
        self.layout_.setStretch(2, 1 if waiting else 0)
        self.layout_.setStretch(5, 1 if waiting else 0)
        align = Qt.AlignmentFlag.AlignCenter if waiting and not self.landscape else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for w in (self.instruction, self.countdown):
            w.setAlignment(align)

    # -- flow -----------------------------------------------------------------------
    def enter(self, **params) -> None:
        self.fees, self.chosen, self.order, self.state = [], set(), None, "choose"
        self.retranslate()
        self.run(self.kiosk.terminal.circulation.account, self.kiosk.session.card,
                 done=self._loaded, busy_text=tr("Fetching your fees…"))

    def _loaded(self, view) -> None:
        self.fees = list(view.fees)
        self.chosen = {f.id for f in self.fees}
        self.retranslate()

    def total(self) -> int:
        return sum(f.outstanding_fen for f in self.fees if f.id in self.chosen)

    def _toggle(self, fee_id: str, on: bool) -> None:
        if self.state == "choose":
            self.chosen = self.chosen | {fee_id} if on else self.chosen - {fee_id}
            self._words()

    def _start(self) -> None:
        self.run(self.kiosk.terminal.payments.start, self.kiosk.session.card,
                 sorted(self.chosen), busy_text=tr("Creating your payment…"),
                 done=self._started, failed=self._refused)

    def _started(self, order) -> None:
        self.order, self.state = order, "waiting"
        self.poll.start()
        self.tick.start()
        self.retranslate()
        self.say(self.instruction.text())

    def _poll(self) -> None:
        if self.order is not None and self.kiosk.worker.running == 0:
            self.run(self.kiosk.terminal.payments.status, self.order.order_id,
                     done=self._status, failed=lambda exc: None)

    def _status(self, order) -> None:
        if self.state != "waiting":
            return
        self.order = order
        if order.status == "paid":
            self._stop("paid")
        elif order.status in ("expired", "cancelled"):
            self._stop(order.status)

    def _show_countdown(self) -> None:
        if self.state != "waiting" or self.order is None:
            return
        left = int((self.order.expires_at - datetime.now(UTC)).total_seconds())
        if left <= 0:
            self._cancel(expired=True)
            return
        self.countdown.setText(tr("Waiting for your payment… {m}:{s:02d} left").format(
            m=left // 60, s=left % 60))

    def _cancel(self, expired: bool = False) -> None:
        if self.state == "waiting" and self.order is not None:
            self.run(self.kiosk.terminal.payments.cancel, self.order.order_id,
                     failed=lambda exc: None)
            self._stop("expired" if expired else "cancelled")

    def _stop(self, state: str) -> None:
        self.poll.stop()
        self.tick.stop()
        self.state = state
        self.retranslate()
        self.say(self.instruction.text())

    def _refused(self, exc) -> None:
        refusal = getattr(exc, "refusal", None)
        if refusal is None:
            self.failed(exc)
            return
        self.state = "refused"
        self.retranslate()
        self.instruction.setText(refusal.message(self.lang))
        self.say(self.instruction.text())

    def _receipt(self) -> None:
        lines = [f"{_fee_kind(str(f.kind))}: {money(f.outstanding_fen)}"
                 for f in self.fees if f.id in self.chosen]
        self.kiosk.window.go("receipt", act="pay", lines=lines + [
            tr("Paid {amount}").format(amount=money(self.total())),
            tr("Order {id}").format(id=self.order.order_id if self.order else "")])

    def under_way(self) -> bool:
        """Until paid, cancelled or expired (the countdown on screen ends it)."""
        return self.state == "waiting"

    def leave(self) -> None:
        if self.state == "waiting":
            self._cancel()

    def clear(self) -> None:
        self.poll.stop()
        self.tick.stop()
        self.fees, self.chosen, self.order, self.state = [], set(), None, "choose"
        self.list.clear()
        self.qr.set_payload("")
        self.hello.clear()

    def prompt(self) -> str:
        return self.instruction.text()

    # -- texts ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self._words()
        self._rows()

    def _words(self) -> None:
        """Everything but the rows (a tick changes the total, not the rows)."""
        self.heading.setText(tr("Pay fees"))
        self.hello.setText(greeting(self.kiosk.session))
        s = self.state
        texts = {
            "choose": tr("Tap the fees to pay, then press Pay. Total: {amount}").format(
                amount=money(self.total())),
            "waiting": tr("Scan the code with your phone's payment app to pay {amount}.").format(
                amount=money(self.total())),
            "paid": tr("Paid {amount}. Thank you!").format(amount=money(self.total())),
            "cancelled": tr("The payment was cancelled. Nothing was charged."),
            "expired": tr("The payment timed out. Nothing was charged."),
            "refused": self.instruction.text(),
        }
        self.instruction.setText(texts[s])
        self.cancel.setText(tr("Cancel"))         # the payment; the footer has Back
        self.cancel.setVisible(s == "waiting")
        self.go_pay.setText(tr("Pay {amount}").format(amount=money(self.total())))
        self.go_pay.setVisible(s == "choose")
        self.go_pay.setEnabled(self.total() > 0)
        self.receipt.setText(tr("Receipt"))
        self.receipt.setVisible(s == "paid")
        self.qr.setVisible(s == "waiting")
        self.countdown.setVisible(s == "waiting")
        self._arrange(s == "waiting")
        self.qr.set_payload(self.order.pay_url if self.order and s == "waiting" else "")
        self.list.setVisible(s in ("choose", "paid"))
        if s == "choose" and not self.fees:
            self.instruction.setText(tr("You have no fees to pay."))
        self._show_countdown()

    def _rows(self) -> None:
        s = self.state
        self.list.clear()
        for fee in self.fees:
            if s == "choose":
                choice = _FeeChoice(fee, fee.id in self.chosen)
                choice.setObjectName(f"fee_{fee.id}")
                choice.clicked.connect(lambda on, fee_id=fee.id: self._toggle(fee_id, on))
                self.list.add(choice)
            elif s == "paid" and fee.id in self.chosen:
                row = ItemRow(fee.id, _fee_kind(str(fee.kind)))
                row.set_state("done", money(fee.outstanding_fen) + " · " + tr("paid"))
                self.list.add(self.kiosk.window.themed(row))
