"""Borrow: the library system lends some items only with a fee the reader accepts
(a rental fee; SIP2 answers a checkout with the fee, BV, and lends when it is sent
again with BO = Y). This box asks "Borrow it for ¥X?"; yes sends the checkout
again with the fee accepted, no leaves the item refused."""
from __future__ import annotations

from collections.abc import Callable

from ui.i18n import tr
from ui.widgets.buttons import BigButton
from ui.widgets.common import label
from ui.widgets.overlay import Overlay

from .texts import money


class FeeOverlay(Overlay):
    def __init__(self, parent):
        super().__init__(parent)
        self.title = label("", "title")
        self.book = label("", "heading")
        self.text = label("", "prompt")
        self.yes = BigButton(kind="primary")
        self.yes.setObjectName("fee_yes")
        self.no = BigButton()
        self.no.setObjectName("fee_no")
        self.yes.clicked.connect(lambda: self._answer(True))
        self.no.clicked.connect(lambda: self._answer(False))
        for w in (self.title, self.book, self.text, self.yes, self.no):
            self.box.addWidget(w)
        self.amount_fen = 0
        self.detail = ""
        self._answered: Callable[[bool], None] | None = None

    def ask(self, amount_fen: int, book: str, detail: str,
            answered: Callable[[bool], None]) -> None:
        """Show the fee; ``answered(True|False)`` once the reader taps yes or no."""
        self.amount_fen, self.detail, self._answered = amount_fen, detail, answered
        self.book.setText(book)
        self.book.setVisible(bool(book))
        self.retranslate()
        self.open()

    def retranslate(self) -> None:
        self.title.setText(tr("Borrow it for {amount}?").format(amount=money(self.amount_fen)))
        text = tr("The library charges {amount} to borrow this item; it is added to your "
                  "account.").format(amount=money(self.amount_fen))
        self.text.setText(text + ("\n" + self.detail if self.detail else ""))
        self.yes.setText(tr("Yes, borrow it for {amount}").format(amount=money(self.amount_fen)))
        self.no.setText(tr("No, don't borrow it"))

    def words(self) -> str:
        """What is said aloud when the box opens."""
        return self.title.text() + " " + self.text.text()

    def dismiss(self) -> None:
        """The reader left (log-out): no answer."""
        self._answered = None
        self.hide()

    def _answer(self, yes: bool) -> None:
        answered, self._answered = self._answered, None
        self.hide()
        if answered is not None:
            answered(yes)
