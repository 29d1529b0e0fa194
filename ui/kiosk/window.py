"""The terminal's one window: header, the screen of the moment, footer, overlays.

It owns navigation (go, back, home), the reader's session (log-in, log-out that
forgets everything), the language and theme switches, the inactivity countdown,
the lock-down (no keyboard way out) and the staff exit.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import (
    QEasingCurve,
    QEvent,
    QObject,
    QPoint,
    QPropertyAnimation,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QLayout, QStackedWidget, QVBoxLayout, QWidget

from ui.app import apply_look, running_app
from ui.devices import DeviceBridge
from ui.i18n import hong_kong, tr
from ui.idle import IdleWatcher
from ui.theme import get_theme, look
from ui.widgets.bands import Footer, Header
from ui.widgets.buttons import BigButton
from ui.widgets.common import label
from ui.widgets.keypad import Keypad
from ui.widgets.overlay import BusyOverlay, Overlay

from .help import HelpOverlay
from .texts import mask_name, money

log = logging.getLogger(__name__)


class _LockDown(QObject):
    """Eats the keys that would leave or switch away: Alt+F4, Ctrl+Q, Ctrl+W, Escape,
    Alt+Tab, F11 and friends. A scanner that types still reaches focused fields."""

    BLOCKED = frozenset({Qt.Key.Key_Escape, Qt.Key.Key_F4, Qt.Key.Key_F11, Qt.Key.Key_Tab, Qt.Key.Key_Backtab,
                         Qt.Key.Key_Q, Qt.Key.Key_W, Qt.Key.Key_Meta, Qt.Key.Key_Super_L, Qt.Key.Key_Super_R,
                         Qt.Key.Key_Close})

    def eventFilter(self, obj, event):
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.Shortcut):
            key = getattr(event, "key", lambda: None)()
            mods = getattr(event, "modifiers", lambda: Qt.KeyboardModifier.NoModifier)()
            if key in (Qt.Key.Key_Escape, Qt.Key.Key_F11, Qt.Key.Key_Meta, Qt.Key.Key_Super_L, Qt.Key.Key_Super_R,
                       Qt.Key.Key_Close):
                return True
            if mods & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier) \
                    and key in self.BLOCKED:
                return True
        return False


class KioskWindow(QWidget):
    """animate=False turns the screen slide off whatever the theme (screenshots, tests)."""

    screen_changed = Signal(str)
    logged_out = Signal()
    SLIDE_MS = 200

    def __init__(self, kiosk, screens: list[type], *, animate: bool = True):
        super().__init__()
        self.kiosk = kiosk
        kiosk.window = self
        self.setObjectName("KioskWindow")
        self.setWindowTitle(kiosk.config.library.name_en)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        self.header = Header()
        self.stack = QStackedWidget()
        self.footer = Footer()
        box.addWidget(self.header)
        box.addWidget(self.stack, 1)
        box.addWidget(self.footer)
        self.screens = {}
        for cls in screens:
            screen = cls(kiosk)
            self.screens[screen.name] = screen
            self.stack.addWidget(screen)
        self.history: list[str] = []
        self.animate = animate
        self._going_back = False
        self.slide = QPropertyAnimation(self)
        self._sliding: QWidget | None = None       # the screen the slide moves
        self.bridge: DeviceBridge | None = None    # the devices' events (ui.kiosk.build)
        self.slide.setPropertyName(b"pos")
        self.slide.setDuration(self.SLIDE_MS)
        self.slide.setEasingCurve(QEasingCurve.Type.OutCubic)
        self.pending_target = ""
        self.pending_params: dict = {}     # what the screen behind the log-in was given
        self.allow_close = False
        self.current = ""
        self.landscape = False

        self.busy = BusyOverlay(self)
        kiosk.worker.busy.connect(self._on_busy)
        self.message = _MessageOverlay(self)
        self.countdown = _CountdownOverlay(self)
        self.staff = _StaffExitOverlay(self)
        self.help_call = HelpOverlay(self, kiosk)

        ui = kiosk.config.ui
        self.idle = IdleWatcher(ui.idle_seconds, ui.countdown_seconds, self)
        self.idle.warn.connect(self._idle_warning)
        self.idle.resumed.connect(self.countdown.hide)
        self.idle.timed_out.connect(self._timed_out)
        running_app().installEventFilter(self.idle)
        self.lockdown = _LockDown(self)
        if ui.fullscreen:
            running_app().installEventFilter(self.lockdown)
            self.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)

        self.header.language_chosen.connect(self._reader_chose_language)
        self.header.staff_gesture.connect(self.staff.ask)
        self.footer.home.connect(self.home)
        self.footer.back.connect(self.back)
        self.footer.help.connect(self._help)
        self.footer.log_out.connect(self.logout)
        self.footer.large_text.connect(lambda on: self._reader_chose_look(large=on))
        self.footer.high_contrast.connect(lambda on: self._reader_chose_look(contrast=on))
        kiosk.languages.changed.connect(self._language_changed)

        kiosk.sync.status_changed.connect(lambda _status: self.refresh_status())

        self.restyle()
        self._language_changed(kiosk.languages.current)
        self.go("attract")

    # -- shape --------------------------------------------------------------------------
    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.set_shape(self.width() > self.height())

    def set_shape(self, landscape: bool) -> None:
        """Lay the screens out side by side (landscape) or stacked; called before the
        window is first sized, so it never asks for the room of the other shape."""
        if landscape != self.landscape:
            self.landscape = landscape
            for part in (*self.screens.values(), self.staff):
                part.set_landscape(landscape)
            self.refit()                 # hidden screens measure themselves anew too

    # -- navigation ---------------------------------------------------------------------
    def screen(self, name: str | None = None):
        return self.screens[name or self.current]

    def go(self, name: str, remember: bool = True, **params) -> None:
        screen = self.screens[name]
        if screen.needs_login and self.kiosk.session is None:
            self.pending_target, self.pending_params = name, params
            name, screen, params = "login", self.screens["login"], {"target": name}
        changed = self.current != name
        if self.current and changed:
            self.screens[self.current].leave()
            if remember and self.current not in ("login",):
                self.history.append(self.current)
        self.current = name
        self.stack.setCurrentWidget(screen)
        self.footer.back_button.setEnabled(name != "attract")
        self.footer.home_button.setEnabled(name != "attract")
        screen.retranslate()
        screen.enter(**params)
        self.kiosk.speaker.say(screen.prompt())
        if name == "attract":
            self.history.clear()
        if changed:
            self._slide_in(screen, backwards=self._going_back)
        self.screen_changed.emit(name)

    def _slide_in(self, screen: QWidget, backwards: bool) -> None:
        """The new screen slides in (from the left when going back) in the normal
        theme; large text and high contrast change screens at once (UI.md, Time)."""
        if self.slide.state() == QPropertyAnimation.State.Running:
            self.slide.stop()
            if self._sliding is not None:
                self._sliding.move(0, 0)
        if not (self.animate and self.kiosk.theme.animate and self.stack.isVisible()):
            return
        start = QPoint(-self.stack.width() if backwards else self.stack.width(), 0)
        screen.move(start)                 # from the first frame, not the first tick
        self._sliding = screen
        self.slide.setTargetObject(screen)
        self.slide.setStartValue(start)
        self.slide.setEndValue(QPoint(0, 0))
        self.slide.start()

    def back(self) -> None:
        while self.history:
            name = self.history.pop()
            if name != self.current:
                self._going_back = True
                try:
                    self.go(name, remember=False)
                finally:
                    self._going_back = False
                return
        self.home()

    def home(self) -> None:
        """The start screen. A reader logged in stays logged in and finds their menu
        there, as on library self-checks: Home is where the next task is chosen (pay
        after borrowing, without tapping the card again); the visit ends with Log out
        (shown with their masked name) or inactivity. Without a reader, Home clears the
        screens as a log-out does but keeps the language and look being used."""
        if self.kiosk.session is not None:
            self.go("attract", remember=False)
        else:
            self.logout(keep_look=True)

    # -- the reader's session -------------------------------------------------------------
    def start_session(self, session, target: str = "") -> None:
        self.kiosk.session = session
        self.footer.set_reader(mask_name(session.name))
        self.idle.arm()
        target = target or self.pending_target or "borrow"
        params = self.pending_params if target == self.pending_target else {}
        self.pending_target, self.pending_params = "", {}
        self.go(target, remember=False, **params)
        self.kiosk.worker.run(self.kiosk.terminal.payments.paid_after_leaving, session.card,
                              done=self._paid_after_leaving)

    def _paid_after_leaving(self, orders) -> None:
        """A payment the phone completed after the reader left: its receipt, offered now."""
        if not orders or self.kiosk.session is None:
            return
        total = sum(o.amount_fen for o in orders)
        self.go("receipt", act="pay", lines=[
            tr("Paid {amount}").format(amount=money(total)),
            tr("Order {id}").format(id=", ".join(o.order_id for o in orders))])
        self.show_problem(tr("Your payment of {amount} arrived after you left. Here is its "
                             "receipt.").format(amount=money(total)))

    # -- a card or a code from the devices: to the screen on show -------------------------
    def card_presented(self, uid: str) -> None:
        self._moved_on()
        self.screen().on_card(uid)

    def code_scanned(self, code: str, kind: str, patron_id: str) -> None:
        self._moved_on()
        self.screen().on_scan(code, kind, patron_id)

    def _moved_on(self) -> None:
        """A new card or scan answers the message still open about the last one: it is
        closed first, so the page never changes under it (a new one may replace it)."""
        self.message.hide()

    def login_with_uid(self, uid: str, target: str = "") -> None:
        self.screens["login"].login_uid(uid, target or self._login_target())

    def login_with_scan(self, code: str, kind: str, patron_id: str, target: str = "") -> None:
        self.screens["login"].scanned(code, kind, patron_id, target or self._login_target())

    def _login_target(self) -> str:
        if self.current == "login":
            return self.screens["login"].target
        screen = self.screens[self.current]
        return self.current if screen.needs_login else ""

    def logout(self, keep_look: bool = False) -> None:
        """Back to the start with nothing of the reader left, on screen or in memory;
        the terminal's own language and look unless keep_look."""
        if self.current:                 # before it is cleared: a waiting payment is
            self.screens[self.current].leave()   # cancelled (or found paid) at the centre
        session, self.kiosk.session = self.kiosk.session, None
        self.footer.set_reader("")
        self.kiosk.worker.forget()
        self.pending_target, self.pending_params = "", {}
        self.idle.disarm()
        self.countdown.hide()
        self.message.hide()
        self.kiosk.speaker.stop()
        for screen in self.screens.values():
            screen.clear()
        circulation = self.kiosk.terminal.circulation
        for card in {session.card if session else None, None}:
            self.kiosk.worker.run(circulation.end_session, card)
        self.kiosk.worker.forget()
        self.history.clear()
        if not keep_look:
            self._terminal_look()
        self.go("attract", remember=False)
        self.logged_out.emit()

    def under_way(self) -> bool:
        """The reader started something that is not finished: a payment waiting for the
        phone, an act or a receipt still running on the worker, a call for staff not yet
        answered."""
        return self.kiosk.worker.running > 0 or self.help_call.under_way() or (
            bool(self.current) and self.screens[self.current].under_way())

    def _idle_warning(self, left: int) -> None:
        if self.under_way():
            self.idle.poke()            # no "still there?" while it runs: start again
        else:
            self.countdown.show_left(left)

    def _timed_out(self) -> None:
        if self.under_way():
            log.info("inactivity, but something is under way: staying")
            self.idle.arm()
            return
        log.info("inactivity: logging out")
        self.logout()

    # -- language and theme ---------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        self.kiosk.languages.switch(lang)

    def _reader_chose_language(self, lang: str) -> None:
        self.set_language(lang)
        self._reader_chose()

    def _reader_chose_look(self, *, large: bool | None = None,
                           contrast: bool | None = None) -> None:
        """One switch changes; the other keeps its state."""
        theme = self.kiosk.theme
        self.set_theme(look(large=theme.large if large is None else large,
                            contrast=theme.contrast if contrast is None else contrast).name)
        self._reader_chose()

    def _reader_chose(self) -> None:
        """Language and look are the reader's for their visit: one who chose them and
        left without logging in is timed out too, so the next reader finds the terminal's
        own (log-out restores them)."""
        if self.kiosk.session is None:
            self.idle.arm()

    def _terminal_look(self) -> None:
        """The configured language and theme, for the next reader."""
        ui = self.kiosk.config.ui
        if self.kiosk.theme.name != ui.theme:
            self.set_theme(ui.theme)
        if self.kiosk.languages.current != ui.language:
            self.set_language(ui.language)

    def _language_changed(self, lang: str) -> None:
        self.header.set_language(lang)
        self.kiosk.speaker.set_language(lang)
        apply_look(running_app(), self.kiosk.theme, lang)
        self.footer.retranslate()
        self.refresh_header()
        self.refit()
        for overlay in (self.message, self.countdown, self.staff):
            overlay.retranslate()
        if self.current:
            self.screens[self.current].retranslate()
            self.kiosk.speaker.say(self.screens[self.current].prompt())

    def set_theme(self, name: str) -> None:
        self.kiosk.theme = get_theme(name)
        self.restyle()

    def restyle(self) -> None:
        theme = self.kiosk.theme
        apply_look(running_app(), theme, self.kiosk.languages.current)
        self.themed(self)
        self.refit()

    def refit(self) -> None:
        """Have every screen measure itself anew in the new type. A screen not on show
        is hidden, and a hidden widget's layouts keep the sizes of the old type: the
        window would go on asking for the room a large-text screen needed."""
        for part in (self.header, self.footer, *self.screens.values()):
            for layout in (part.layout(), *part.findChildren(QLayout)):
                layout.invalidate()
            part.updateGeometry()
        if (own := self.layout()) is not None:
            own.invalidate()

    def themed(self, widget: QWidget) -> QWidget:
        """Give a widget tree the current theme's icons and colours (for rows made later)."""
        theme = self.kiosk.theme
        for w in [widget, *widget.findChildren(QWidget)]:
            if hasattr(w, "apply_theme"):
                w.apply_theme(theme)
        return widget

    def refresh_header(self) -> None:
        cfg = self.kiosk.config.library
        name = cfg.name_en if self.kiosk.languages.current == "en" else cfg.name_zh
        if self.kiosk.languages.current == "zh_HK":
            name = hong_kong(name)
        self.header.name.setText(name)
        self.refresh_status()

    # -- online state ---------------------------------------------------------------------
    def online(self) -> bool:
        return self.kiosk.sync.status.online

    def out_of_service_reason(self) -> str:
        """Why the terminal cannot serve at all, or "" when it can."""
        devices = self.kiosk.terminal.devices
        readers = [devices[k] for k in ("rfid", "scanner") if k in devices]
        if not any(d.health().ok for d in readers):
            return "no_reader"
        status = self.kiosk.sync.status
        if not status.online and status.last_sync is None:
            return "no_data"
        return ""

    def refresh_status(self) -> None:
        self.header.set_offline(not self.online())
        why = self.out_of_service_reason()
        if why and self.current == "attract":
            self.go("out_of_service", remember=False, why=why)
        elif not why and self.current == "out_of_service":
            self.go("attract", remember=False)

    # -- overlays -------------------------------------------------------------------------
    def _on_busy(self, shown: bool, text: str) -> None:
        self.busy.set_busy(shown, text or tr("One moment, please…"))

    def show_problem(self, text: str) -> None:
        self.message.show_text(text)
        self.kiosk.speaker.say(text)

    def _help(self) -> None:
        self.help_call.call()

    # -- lock-down ------------------------------------------------------------------------
    def closeEvent(self, event):
        if self.allow_close or not self.kiosk.config.ui.fullscreen:
            self.kiosk.worker.forget()
            event.accept()
        else:
            event.ignore()

    def leave_kiosk(self) -> None:
        self.allow_close = True
        self.close()
        running_app().quit()


class _MessageOverlay(Overlay):
    def __init__(self, parent: KioskWindow):
        super().__init__(parent)
        self.window_ = parent
        self.text = label("", "prompt")
        self.ok = BigButton(kind="primary")
        self.ok.setObjectName("message_ok")
        self.ok.clicked.connect(self.hide)
        self.box.addWidget(self.text)
        self.box.addWidget(self.ok)
        self.retranslate()

    def retranslate(self):
        self.ok.setText(tr("OK"))

    def show_text(self, text: str) -> None:
        self.text.setText(text)
        self.open()


class _CountdownOverlay(Overlay):
    def __init__(self, parent: KioskWindow):
        super().__init__(parent)
        self.window_ = parent
        self.title = label("", "title")
        self.text = label("", "prompt")
        self.stay = BigButton(kind="primary")
        self.stay.setObjectName("still_here")
        self.stay.clicked.connect(self.hide)
        self.box.addWidget(self.title)
        self.box.addWidget(self.text)
        self.box.addWidget(self.stay)
        self.left = 0
        self.retranslate()

    def retranslate(self):
        self.title.setText(tr("Still there?"))
        self.text.setText(tr("You will be logged out in {n} s.").format(n=self.left))
        self.stay.setText(tr("I'm still here"))

    def show_left(self, left: int) -> None:
        first = not self.isVisible()
        self.left = left
        self.retranslate()
        if first:
            self.open()
            self.window_.kiosk.speaker.say(self.title.text() + " " + self.text.text())


class _StaffExitOverlay(Overlay):
    """The hidden gesture opens this: a staff PIN closes the terminal."""

    def __init__(self, parent: KioskWindow):
        super().__init__(parent)
        self.window_ = parent
        self.title = label("", "heading")
        self.error = label("", "error")
        self.keypad = Keypad(secret=True, max_length=12)
        self.cancel = BigButton()
        self.cancel.setObjectName("staff_cancel")
        self.cancel.clicked.connect(self._cancel)
        self.keypad.submitted.connect(self._check)
        for w in (self.title, self.error, self.keypad, self.cancel):
            self.box.addWidget(w)
        self.retranslate()

    def retranslate(self):
        self.title.setText(tr("Staff: enter the staff PIN to leave the terminal"))
        self.cancel.setText(tr("Cancel"))
        self.keypad.retranslate()

    def ask(self) -> None:
        self.keypad.clear()
        self.error.clear()
        self.open()

    def _cancel(self):
        self.keypad.clear()
        self.hide()

    def _check(self, pin: str) -> None:
        window = self.window_
        stored = window.kiosk.config.ui.staff_pin
        self.keypad.clear()
        if not stored:
            self.error.setText(tr("No staff PIN is configured ([ui] staff_pin)."))
            return
        from argon2 import PasswordHasher
        from argon2.exceptions import InvalidHashError, VerificationError
        try:
            PasswordHasher().verify(stored, pin)
        except (VerificationError, InvalidHashError):
            self.error.setText(tr("Wrong staff PIN."))
            return
        window.leave_kiosk()
