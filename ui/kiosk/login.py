"""Log in: tap a card, scan a barcode or e-card QR, or type the card number and PIN
on the on-screen keypad. Wrong PINs count towards the policy's lockout, which the
service keeps; this screen only says what it answered."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QVBoxLayout

from ui.i18n import tr
from ui.widgets.common import icon_label, label
from ui.widgets.keypad import Keypad

from .screen import Screen


class LoginScreen(Screen):
    name = "login"

    def __init__(self, kiosk):
        super().__init__(kiosk)
        self.target = ""
        self.card = ""
        self.title = label("", "title")
        self.hint = label("", "secondary")
        self.error = label("", "error")
        self.error.setObjectName("login_error")
        self.error.hide()
        self.step = label("", "prompt")
        self.keypad = Keypad(max_length=20)
        self.keypad.setObjectName("login_keypad")
        self.keypad.setMaximumWidth(720)
        self.keypad.submitted.connect(self._submitted)
        self.card_icon = icon_label("card", kiosk.theme.primary, 140)
        head = QHBoxLayout()
        head.setSpacing(28)
        head.addWidget(self.card_icon, 0, Qt.AlignTop)
        words = QVBoxLayout()
        words.addWidget(self.title)
        words.addWidget(self.hint)
        head.addLayout(words, 1)
        column = QVBoxLayout()                # the words: over the pad, or left of it
        column.setSpacing(28)
        column.addLayout(head)
        column.addWidget(self.error)
        column.addWidget(self.step)
        column.addStretch(1)
        self.body = QBoxLayout(QBoxLayout.TopToBottom)
        self.body.setSpacing(28)
        self.body.addLayout(column)
        self.body.addWidget(self.keypad, 0, Qt.AlignHCenter)
        self.body.addStretch(1)
        self.layout_.addLayout(self.body, 1)

    def set_landscape(self, landscape: bool) -> None:
        super().set_landscape(landscape)
        self.body.setDirection(QBoxLayout.LeftToRight if landscape else QBoxLayout.TopToBottom)
        self.body.setAlignment(self.keypad, Qt.AlignVCenter if landscape else Qt.AlignHCenter)
        self.body.setStretch(0, 1 if landscape else 0)       # the words take the width,
        self.body.setStretch(2, 0 if landscape else 1)       # or the pad sits under them

    def apply_theme(self, theme) -> None:
        from ui.widgets.common import icon_pixmap
        self.card_icon.setPixmap(icon_pixmap("card", theme.primary, 140))

    def enter(self, target: str = "", **params) -> None:
        self.target = target or self.target
        self._reset()

    def _reset(self) -> None:
        self.card = ""
        self.keypad.secret = False
        self.keypad.clear()
        self.retranslate()

    def clear(self) -> None:
        self.target = ""
        self.error.clear()
        self.error.hide()
        self._reset()

    def retranslate(self) -> None:
        self.title.setText(tr("Tap your card or scan your e-card QR"))
        self.hint.setText(tr("Or type your card number and PIN below."))
        self.step.setText(tr("Enter your PIN") if self.card else tr("Card number"))
        self.keypad.retranslate()

    def prompt(self) -> str:
        return tr("Tap your card or scan your e-card QR")

    # -- the three ways in ----------------------------------------------------------------
    def _submitted(self, value: str) -> None:
        if not self.card:
            self.card = value
            self.keypad.secret = True
            self.keypad.clear()
            self.retranslate()
            self.say(tr("Enter your PIN"))
        else:
            card, pin = self.card, value
            self._reset()
            self._login(self.kiosk.terminal.circulation.login_card, card, pin)

    def login_uid(self, uid: str, target: str = "") -> None:
        self.target = target
        self._login(self.kiosk.terminal.circulation.login_uid, uid)

    def login_card(self, card: str, target: str = "") -> None:
        """A scanned card barcode or e-card QR: the card number alone."""
        self.target = target
        self._login(self.kiosk.terminal.circulation.login_card, card)

    def on_scan(self, code: str, kind: str, patron_id: str) -> None:
        self.login_card(patron_id or code, self.target)

    def _login(self, call, *args) -> None:
        self.run(call, *args, done=self._in, failed=self._refused, busy_text=tr("Checking your card…"))

    def _in(self, session) -> None:
        self.error.hide()
        target = self.target
        self.clear()
        self.kiosk.window.start_session(session, target)

    def _refused(self, exc: Exception) -> None:
        refusal = getattr(exc, "refusal", None)
        if refusal is None:
            self.failed(exc)
            return
        text = refusal.message(self.lang)
        self.error.setText(text)
        self.error.show()
        if self.kiosk.window.current != "login":
            self.kiosk.window.go("login", target=self.target)
        self.say(text)
