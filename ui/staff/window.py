"""The desk's main window: sign-in, then one tab per task, each with a key.

Device events (a card tap, a scan, items on the pad) come through the shared
DeviceBridge and go to the page on show. A keyboard-wedge scanner works
without a click: an application-wide filter hands every key to the wedge
detector, which swallows a scan burst and reports the code.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.app import running_app
from ui.devices import DeviceBridge
from ui.i18n import tr
from ui.sound import Sounds
from ui.staff.alerts import AlertPanel, AlertWatcher
from ui.staff.common import error_text, shortcut
from ui.staff.desk import DeskPage
from ui.staff.exceptions import ExceptionsPage
from ui.staff.holds import HoldsPage
from ui.staff.machines import MachinesPage
from ui.staff.stats import StatsPage
from ui.staff.tags import TagsPage
from ui.staff.words import word
from ui.worker import Worker

#: a tab of the desk: each says sentences for the status bar and re-words itself
Page = DeskPage | HoldsPage | ExceptionsPage | TagsPage | MachinesPage | StatsPage


class WedgeFilter(QObject):
    """Feeds key presses to a WedgeScanner; keys of a scan burst never reach a field."""

    def __init__(self, scanner, parent=None):
        super().__init__(parent)
        self.scanner = scanner

    def eventFilter(self, obj, event) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        target = QApplication.focusWidget() or QApplication.activeWindow()
        if obj is target:
            text = "\r" if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) else event.text()
            if text and (text.isprintable() or text == "\r"):
                return self.scanner.feed(text, time.monotonic())
        return False


class SignInPage(QWidget):
    signed_in = Signal(object)

    def __init__(self, service, worker, parent=None):
        super().__init__(parent)
        self.service, self.worker = service, worker
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.user.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.sign_in)
        self.button = QPushButton()
        self.button.setProperty("kind", "primary")
        self.button.clicked.connect(self.sign_in)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        card = QFrame()
        card.setProperty("kind", "card")
        card.setFixedWidth(420)
        self.form = QFormLayout(card)
        self.form.addRow(self.title)
        self.user_label, self.password_label = QLabel(), QLabel()
        self.form.addRow(self.user_label, self.user)
        self.form.addRow(self.password_label, self.password)
        self.form.addRow(self.button)
        self.form.addRow(self.error)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(card)
        column.addStretch(2)
        outer.addLayout(column)
        outer.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(tr("Circulation desk: sign in"))
        self.user_label.setText(tr("User name:"))
        self.password_label.setText(tr("Password:"))
        self.button.setText(tr("Sign in"))

    def sign_in(self) -> None:
        self.error.clear()
        self.button.setEnabled(False)
        self.worker.run(self.service.sign_in, self.user.text(), self.password.text(),
                        done=self._done, failed=self._failed)

    def _done(self, user) -> None:
        self.button.setEnabled(True)
        self.password.clear()
        self.signed_in.emit(user)

    def _failed(self, exc) -> None:
        self.button.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        text = error_text(exc)
        params = getattr(exc, "params", {})
        if "left" in params:
            text += " " + tr("%1 tries left.").replace("%1", str(params["left"]))
        if "minutes" in params:
            text += " " + tr("Try again in %1 minutes.").replace("%1", str(params["minutes"]))
        self.error.setText(text)


class StaffWindow(QMainWindow):
    """`service` is a StaffService; `devices` the opened devices (card, rfid, scanner...)."""

    def __init__(self, service, *, devices: dict | None = None, refresh_ms: int = 15_000,
                 alerts_every_s: float = 2.0):
        super().__init__()
        self.service = service
        self.worker = Worker(parent=self)
        self.sounds = Sounds(service.config.ui.sound_volume, self)
        self.alerts = AlertPanel(service, self.worker)
        self.alerts.message.connect(self.show_message)
        self.alerts.new_call.connect(self._new_call)
        self.alert_watcher = AlertWatcher(service, alerts_every_s, self)
        self.alert_watcher.changed.connect(self.alerts.show_alerts)
        self.bridge = DeviceBridge(self)
        self.resize(1280, 800)
        self.stack = QStackedWidget()
        self.sign_in_page = SignInPage(service, self.worker)
        self.sign_in_page.signed_in.connect(self._signed_in)
        self.desk = DeskPage(service, self.worker)
        self.holds = HoldsPage(service, self.worker)
        self.exceptions = ExceptionsPage(service, self.worker)
        self.tags = TagsPage(service, self.worker)
        self.machines = MachinesPage(service, self.worker)
        self.stats = StatsPage(service, self.worker)
        self.pages: list[Page] = [self.desk, self.holds, self.exceptions, self.tags, self.machines,
                                  self.stats]
        self.tabs = QTabWidget()
        for page in self.pages:
            self.tabs.addTab(page, "")
            page.message.connect(self.show_message)
        self.exceptions.count_changed.connect(lambda _: self.retranslate())
        self.tabs.currentChanged.connect(self._page_shown)
        self.banner = QFrame()
        self.banner.setObjectName("Banner")
        self.who = QLabel()
        self.sync_label = QLabel()
        self.sync_status = None          # the engine's last answer, re-worded on a language change
        self.sign_out_button = QPushButton()
        self.sign_out_button.clicked.connect(self.sign_out)
        bar = QHBoxLayout(self.banner)
        self.library = QLabel()
        self.library.setProperty("role", "heading")
        bar.addWidget(self.library)
        bar.addStretch(1)
        bar.addWidget(self.sync_label)
        bar.addWidget(self.who)
        bar.addWidget(self.sign_out_button)
        main = QWidget()
        mbox = QVBoxLayout(main)
        mbox.setContentsMargins(0, 0, 0, 0)
        mbox.addWidget(self.banner)
        mbox.addWidget(self.alerts)
        mbox.addWidget(self.tabs, 1)
        self.stack.addWidget(self.sign_in_page)
        self.stack.addWidget(main)
        self.setCentralWidget(self.stack)
        for n in range(len(self.pages)):
            shortcut(self, f"Ctrl+{n + 1}", lambda n=n: self.show_page(n), window=True)
        shortcut(self, "Ctrl+Shift+Q", self.sign_out, window=True)

        devices = devices or {}
        for device in devices.values():
            self.bridge.attach(device)
        self.bridge.code_scanned.connect(self.on_scan)
        self.bridge.card_presented.connect(self.on_card)
        self.bridge.tags_changed.connect(self.on_tags)
        self.wedge = None
        if hasattr(devices.get("scanner"), "feed"):
            self.wedge = WedgeFilter(devices["scanner"], self)
            running_app().installEventFilter(self.wedge)
        self.poll = QTimer(self, interval=refresh_ms)
        self.poll.timeout.connect(self._poll)
        self.retranslate()
        self._show_sync()
        self.sign_in_page.user.setFocus()

    # -- language ----------------------------------------------------------------------
    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        cfg = self.service.config.library
        self.setWindowTitle(tr("Circulation desk") + f" — {cfg.name_zh} / {cfg.name_en}")
        self.library.setText(f"{cfg.name_zh}  {cfg.name_en}")
        self.sign_out_button.setText(tr("Sign out (Ctrl+Shift+Q)"))
        user = self.service.user
        self.who.setText(tr("%1 (%2)").replace("%1", user.user).replace(
            "%2", word(user.role)) if user else "")
        open_cases = sum(1 for r in self.exceptions.rows if r["status"] == "open")
        names = (tr("Desk"), tr("Holds shelf"), tr("Exceptions") + (f" ({open_cases})"
                                                                     if open_cases else ""),
                 tr("Tags"), tr("Machines"), tr("Statistics"))
        for n, name in enumerate(names):
            self.tabs.setTabText(n, f"{name}  Ctrl+{n + 1}")
        self.sign_in_page.retranslate()
        self.alerts.retranslate()
        for page in self.pages:
            page.retranslate()
        self._word_sync()

    # -- sign-in -------------------------------------------------------------------------
    def _signed_in(self, user) -> None:
        self.stack.setCurrentIndex(1)
        self.retranslate()
        self.show_page(0)
        self.worker.run(self.service.force_sync, done=lambda _: self._after_sync())
        self.exceptions.refresh()
        self.poll.start()
        self.alert_watcher.start()

    def _after_sync(self) -> None:
        self._show_sync()
        self.desk.refresh()

    def sign_out(self) -> None:
        self.poll.stop()
        self.alert_watcher.stop()
        self.alerts.show_alerts([])
        self.worker.forget()
        self.service.sign_out()
        self.desk.clear_patron()
        self.stack.setCurrentIndex(0)
        self.retranslate()
        self.sign_in_page.user.setFocus()

    @property
    def signed_in(self) -> bool:
        return self.stack.currentIndex() == 1

    # -- pages -----------------------------------------------------------------------------
    def show_page(self, index: int) -> None:
        if self.signed_in:
            self.tabs.setCurrentIndex(index)
            self._page_shown(index)

    def _page_shown(self, index: int) -> None:
        page = self.pages[index]
        if page is self.desk:
            self.desk.item_field.setFocus() if self.desk.card else self.desk.focus_find()
        elif hasattr(page, "refresh"):
            page.refresh()
        if page is self.tags:
            pad = self.service.terminal.devices.get("rfid")
            if pad is not None:
                page.show_tags(pad.tags())
            page.item_id.setFocus()

    def _poll(self) -> None:
        self._show_sync()
        self.exceptions.refresh()

    # -- devices -------------------------------------------------------------------------
    def on_scan(self, code: str, kind: str = "barcode", patron_id: str = "") -> None:
        if not self.signed_in:
            return
        page = self.tabs.currentWidget()
        if page is self.tags:
            self.tags.on_scan(code)
            return
        focus = QApplication.focusWidget()
        context = ("patron" if focus is self.desk.find_field else
                   "item" if focus is self.desk.item_field else "")
        if isinstance(focus, QLineEdit) and focus.text() and code.startswith(focus.text()):
            focus.clear()           # the burst's first key reached the field before it was one
        if patron_id and patron_id != code:
            code, context = patron_id, "patron"     # an e-card QR: it wraps a card number
        self.tabs.setCurrentWidget(self.desk)
        self.desk.on_scan(code, context)

    def on_card(self, uid: str) -> None:
        if self.signed_in:
            self.tabs.setCurrentWidget(self.desk)
            self.desk.on_card(uid)

    def on_tags(self, event) -> None:
        if not self.signed_in:
            return
        if self.tabs.currentWidget() is self.tags:
            self.tags.on_tags(event)
        elif self.tabs.currentWidget() is self.desk:
            self.desk.on_tags(event)

    # -- status ---------------------------------------------------------------------------
    def _show_sync(self) -> None:
        """Ask the engine on the worker: its status counts the outbox in SQLite."""
        if self.service.engine is not None:
            self.worker.run(self.service.engine.status, done=self._got_sync)

    def _got_sync(self, status) -> None:
        self.sync_status = status
        self._word_sync()

    def _word_sync(self) -> None:
        status = self.sync_status
        if status is None:
            return
        words = {"online": tr("online"), "offline": tr("OFFLINE"), "syncing": tr("syncing"),
                 "clock_skew": tr("clock wrong")}
        self.sync_label.setText(tr("Centre: %1 · outbox %2").replace(
            "%1", words.get(status.state, status.state)).replace("%2", str(status.outbox)))

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _new_call(self, alert: dict) -> None:
        self.sounds.play("alert")
        self.show_message(tr("A reader needs help at %1.").replace("%1", alert["device_name"]))

    def closeEvent(self, event) -> None:
        self.poll.stop()
        self.alert_watcher.stop(wait_s=10)
        if self.wedge is not None:
            running_app().removeEventFilter(self.wedge)
        self.bridge.detach_all()
        self.worker.forget()
        self.worker.wait(5000)
        super().closeEvent(event)
