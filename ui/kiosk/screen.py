"""The base of every terminal screen.

A screen is shown with `enter(**params)`, sets its texts in `retranslate()`
(called again on every language change), says its prompt aloud, and forgets
the reader in `clear()`. Device events reach only the screen on show.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.i18n import tr


class Screen(QWidget):
    name = ""
    needs_login = False
    takes_items = False        # the RFID pad and scanner feed this screen
    landscape = False          # the window is wider than high (set_landscape)

    def __init__(self, kiosk):
        super().__init__()
        self.kiosk = kiosk
        self.setObjectName(f"screen_{self.name}")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(48, 36, 48, 36)
        self.layout_.setSpacing(28)

    # -- life cycle ----------------------------------------------------------------
    def enter(self, **params) -> None:
        """The screen is being shown (params from the navigation)."""

    def leave(self) -> None:
        """Another screen is being shown."""

    def clear(self) -> None:
        """Forget everything about the reader (log-out)."""

    def retranslate(self) -> None:
        """Set every visible text in the current language."""

    def prompt(self) -> str:
        """What the terminal says aloud when this screen opens."""
        return ""

    def under_way(self) -> bool:
        """Something the reader started is still going on here (a payment waiting for
        the phone): inactivity does not log them out meanwhile."""
        return False

    def set_landscape(self, landscape: bool) -> None:
        """The window's shape: screens whose parts sit side by side in landscape and
        stacked in portrait turn their box layouts here (the same widgets either way)."""
        self.landscape = landscape

    def changeEvent(self, event):
        # Only the screen on show: the others are re-worded when shown (go()), and a
        # window left behind after its terminal closed is never visible.
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            self.retranslate()
        super().changeEvent(event)

    # -- device events (only the visible screen gets them) --------------------------
    def on_card(self, uid: str) -> None:
        self.kiosk.window.login_with_uid(uid)

    def on_scan(self, code: str, kind: str, patron_id: str) -> None:
        """Outside Borrow and Return a scan is a card (or explained if it is not)."""
        self.kiosk.window.login_with_scan(code, kind, patron_id)

    def on_tags(self, event) -> None:
        pass

    # -- helpers -------------------------------------------------------------------
    @property
    def lang(self) -> str:
        return self.kiosk.languages.current

    def say(self, text: str) -> None:
        self.kiosk.speaker.say(text)

    def feedback(self, ok: bool) -> None:
        """The success sound, or the error sound for a refusal."""
        self.kiosk.sounds.play("success" if ok else "error")

    def run(self, fn, *args, done=None, failed=None, busy_text: str = "", **kwargs) -> int:
        return self.kiosk.worker.run(fn, *args, done=done, failed=failed or self.failed,
                                     busy_text=busy_text, **kwargs)

    def failed(self, exc: Exception) -> None:
        """A call that broke (not a refusal): say so plainly and offer the desk."""
        self.kiosk.window.show_problem(tr("Something went wrong. Please try again or ask "
                                          "at the desk."))
