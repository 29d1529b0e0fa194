"""Log in: tap a card, scan a barcode or e-card QR, or type the card number and PIN
on the on-screen keypad. Wrong PINs count towards the policy's lockout, which the
service keeps; this screen only says what it answered."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QVBoxLayout

from ui.i18n import tr
from ui.widgets.common import icon_label, label
from ui.widgets.keypad import Keypad

from .screen import Screen
from .texts import mask_card


class LoginScreen(Screen):
    name = "login"

    def __init__(self, kiosk):
        super().__init__(kiosk)
        self.target = ""
        self.card = ""
        self.checking = False            # a card number and PIN are with the centre
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
        self.purpose = label("", "prompt")        # what the log-in is for (a hold waiting)
        self.purpose.setObjectName("login_purpose")
        self.purpose.hide()
        self.head = QBoxLayout(QBoxLayout.Direction.LeftToRight)   # icon beside, or above
        self.head.setSpacing(28)
        self.head.addWidget(self.card_icon, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.addWidget(self.purpose)
        words.addWidget(self.title)
        words.addWidget(self.hint)
        self.head.addLayout(words, 1)
        column = QVBoxLayout()                # the words: over the pad, or left of it
        column.setSpacing(28)
        column.addLayout(self.head)
        column.addWidget(self.error)
        column.addWidget(self.step)
        column.addStretch(1)
        self.body = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.body.setSpacing(48)
        self.body.addLayout(column)
        self.body.addWidget(self.keypad, 0, Qt.AlignmentFlag.AlignHCenter)
        self.body.addStretch(1)
        self.layout_.addLayout(self.body, 1)

    def set_landscape(self, landscape: bool) -> None:
        """Landscape: the words at the left take most of the width (a heading wraps at
        word ends, not into a column), the card icon over them, the pad at the right."""
        super().set_landscape(landscape)
        self.head.setDirection(QBoxLayout.Direction.TopToBottom if landscape
                               else QBoxLayout.Direction.LeftToRight)
        self.body.setDirection(QBoxLayout.Direction.LeftToRight if landscape
                               else QBoxLayout.Direction.TopToBottom)
        self.body.setAlignment(self.keypad, Qt.AlignmentFlag.AlignVCenter if landscape
                               else Qt.AlignmentFlag.AlignHCenter)
        self.body.setStretch(0, 6 if landscape else 0)       # the words take the width,
        self.body.setStretch(1, 5 if landscape else 0)
        self.body.setStretch(2, 0 if landscape else 1)       # or the pad sits under them

    def apply_theme(self, theme) -> None:
        from ui.widgets.common import icon_pixmap
        self.card_icon.setPixmap(icon_pixmap("card", theme.primary, 140))

    def enter(self, target: str = "", **params) -> None:
        self.target = target or self.target
        self._reset()

    def _reset(self) -> None:
        self.card = ""
        self.checking = False
        self.keypad.setEnabled(True)
        self.keypad.secret = False
        self.keypad.clear()
        self.retranslate()

    def clear(self) -> None:
        self.target = ""
        self.error.clear()
        self.error.hide()
        self._reset()

    def retranslate(self) -> None:
        """The heading says the step: the card (tap, scan or type it), then its PIN
        with the card masked, so the reader sees which card is being asked about."""
        if self.card:
            self.title.setText(tr("Enter your PIN"))
            self.hint.setText(tr("Card {card}").format(card=mask_card(self.card)))
        else:
            self.title.setText(tr("Tap your card or scan your e-card QR"))
            self.hint.setText(tr("Or type your card number and PIN below."))
        book = self.waiting_book()
        self.purpose.setText(tr("Log in to reserve “{title}”; your choice is kept.")
                             .format(title=book) if book else "")
        self.purpose.setVisible(bool(book))
        self.step.setText(tr("Checking your card…") if self.checking else
                          "" if self.card else tr("Card number"))
        self.step.setVisible(bool(self.step.text()))
        self.keypad.retranslate()

    def waiting_book(self) -> str:
        """The title of a hold the reader began before logging in (the window keeps it
        for the screen behind the log-in), or ""."""
        window = self.kiosk.window
        return window.pending_params.get("title", "") if window.pending_target == "hold" else ""

    def prompt(self) -> str:
        return tr("Tap your card or scan your e-card QR")

    # -- the ways in: tap, scan (card barcode or e-card QR), card number + PIN --------------
    def _submitted(self, value: str) -> None:
        if not self.card:
            self.ask_pin(value)
        else:      # the dots stay, the keypad rests and says so, until the answer
            self.checking = True
            self.keypad.setEnabled(False)
            self.retranslate()
            self._login(self.kiosk.terminal.circulation.login_card, self.card, value)

    def ask_pin(self, card: str) -> None:
        """The card is known; its PIN comes next, on this screen's keypad."""
        if self.kiosk.window.current != "login":
            self.kiosk.window.go("login", target=self.target)
        self.card = card
        self.keypad.secret = True
        self.keypad.clear()
        self.retranslate()
        self.say(tr("Enter your PIN"))

    def login_uid(self, uid: str, target: str = "") -> None:
        """A chip card tapped on the reader; [login] pin_for_tap asks for the PIN too."""
        self.target = target
        circulation = self.kiosk.terminal.circulation
        if self.kiosk.config.login.pin_for_tap:
            self.run(circulation.card_for_uid, uid, done=self.ask_pin, failed=self._refused,
                     busy_text=tr("Checking your card…"))
        else:
            self._login(circulation.login_uid, uid)

    def scanned(self, code: str, kind: str, patron_id: str, target: str = "") -> None:
        """A code scanned outside Borrow and Return: an e-card QR (known by its format)
        logs in; a barcode is looked up, a card number asks for the PIN
        ([login] pin_for_barcode), a book's barcode or anything else is explained."""
        self.target = target
        login = self.kiosk.config.login
        circulation = self.kiosk.terminal.circulation
        if kind == "ecard":
            if login.pin_for_ecard:
                self.ask_pin(patron_id)
            else:
                self._login(circulation.login_card, patron_id, None)
            return
        self.run(circulation.identify, code, busy_text=tr("Checking your card…"),
                 done=lambda what: self._identified(code, what))

    def _identified(self, code: str, what: str) -> None:
        if what == "patron":
            if self.kiosk.config.login.pin_for_barcode:
                self.ask_pin(code)
            else:
                self._login(self.kiosk.terminal.circulation.login_card, code, None)
        elif what == "item":
            self._explain(tr("This is a book's barcode. To borrow it, log in with your card "
                             "first; to return it, press Return."))
        else:
            self._explain(tr("This code is not recognised. Please scan your reader card or "
                             "your e-card QR code."))

    def _explain(self, text: str) -> None:
        if self.kiosk.window.current == "login":
            self.error.setText(text)
            self.error.show()
            self.say(text)
        else:
            self.kiosk.window.show_problem(text)

    def on_scan(self, code: str, kind: str, patron_id: str) -> None:
        self.scanned(code, kind, patron_id, self.target)

    def _login(self, call, *args) -> None:
        self.run(call, *args, done=self._in, failed=self._refused, busy_text=tr("Checking your card…"))

    def _in(self, session) -> None:
        self.error.hide()
        target = self.target
        self.clear()
        self.kiosk.window.start_session(session, target)

    def _refused(self, exc: Exception) -> None:
        self._reset()
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
