"""The header and footer bands, the same on every screen.

Header: library name, clock, language switch, offline badge.
Footer: Home, Back, Help (call staff), the large-text and high-contrast switches.
The header's name label also takes the hidden staff gesture (five taps within
three seconds) that opens the staff exit.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QLabel, QPushButton

from ui.i18n import LANGUAGE_NAMES, tr

from .buttons import BigButton
from .common import label


class _TapLabel(QLabel):
    """The library's name; five taps open the staff exit. Not a reader's control:
    it stays static text to a screen reader (property staff_only)."""

    tapped = Signal()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.setProperty("staff_only", True)

    def mousePressEvent(self, event):
        self.tapped.emit()
        super().mousePressEvent(event)


class Header(QFrame):
    language_chosen = Signal(str)
    staff_gesture = Signal()
    TAPS, WINDOW_S = 5, 3.0

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("Header")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        box = QHBoxLayout(self)
        box.setContentsMargins(32, 12, 24, 12)
        box.setSpacing(16)
        self.name = _TapLabel()
        self.name.setProperty("role", "title")
        self.name.setWordWrap(True)          # a long name takes two lines, not the width
        self.name.tapped.connect(self._tap)
        self.offline = QLabel()
        self.offline.setObjectName("OfflineBadge")
        self.offline.hide()
        self.clock = label("", "secondary", wrap=False)
        box.addWidget(self.name, 1)
        box.addWidget(self.offline)
        box.addWidget(self.clock)
        self.languages = QButtonGroup(self)
        self.language_buttons: dict[str, QPushButton] = {}
        for lang, text in LANGUAGE_NAMES.items():
            b = QPushButton(text)
            b.setCheckable(True)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setObjectName(f"lang_{lang}")
            b.clicked.connect(lambda _=False, lang=lang: self.language_chosen.emit(lang))
            self.languages.addButton(b)
            self.language_buttons[lang] = b
            box.addWidget(b)
        self._taps: list[float] = []
        self._timer = QTimer(self, interval=10_000)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self._tick()

    def set_language(self, lang: str) -> None:
        self.language_buttons[lang].setChecked(True)
        self._tick()

    def set_offline(self, offline: bool) -> None:
        self.offline.setText(tr("Offline"))
        self.offline.setVisible(offline)

    def _tick(self) -> None:
        self.clock.setText(QLocale().toString(QDateTime.currentDateTime(), "HH:mm"))

    def _tap(self) -> None:
        now = time.monotonic()
        self._taps = [t for t in self._taps if now - t < self.WINDOW_S] + [now]
        if len(self._taps) >= self.TAPS:
            self._taps.clear()
            self.staff_gesture.emit()


class Footer(QFrame):
    home = Signal()
    back = Signal()
    help = Signal()
    large_text = Signal(bool)
    high_contrast = Signal(bool)
    log_out = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("Footer")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        box = QHBoxLayout(self)
        box.setContentsMargins(24, 24, 24, 24)
        box.setSpacing(16)
        self.home_button = BigButton(icon_name="home")
        self.back_button = BigButton(icon_name="back")
        self.help_button = BigButton(icon_name="help")
        self.text_button = BigButton(icon_name="text")
        self.text_button.setCheckable(True)
        self.contrast_button = BigButton(icon_name="contrast")
        self.contrast_button.setCheckable(True)
        for b in (self.home_button, self.back_button, self.help_button, self.text_button,
                  self.contrast_button):
            b.setObjectName(f"footer_{b.icon_name}")
            b.setProperty("band", True)
        self.home_button.clicked.connect(self.home)
        self.back_button.clicked.connect(self.back)
        self.help_button.clicked.connect(self.help)
        self.text_button.toggled.connect(self.large_text)
        self.contrast_button.toggled.connect(self.high_contrast)
        self.logout_button = BigButton(icon_name="cross")   # only while a reader is in
        self.logout_button.setObjectName("footer_logout")
        self.logout_button.setProperty("band", True)
        self.logout_button.clicked.connect(self.log_out)
        self.logout_button.hide()
        self.reader = ""                                     # the masked name shown
        box.addWidget(self.home_button)
        box.addWidget(self.back_button)
        box.addWidget(self.logout_button)
        box.addStretch(1)
        box.addWidget(self.help_button)
        box.addWidget(self.text_button)
        box.addWidget(self.contrast_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.home_button.setText(tr("Home"))
        self.back_button.setText(tr("Back"))
        self.help_button.setText(tr("Help"))
        self.text_button.setText(tr("Large text"))
        self.contrast_button.setAccessibleName(tr("High contrast"))   # an icon: no room for
        self.contrast_button.setToolTip(tr("High contrast"))          # words in portrait
        self.logout_button.setText(tr("Log out {name}").format(name=self.reader))

    def set_reader(self, masked_name: str) -> None:
        """An explicit way out with the reader's masked name, while one is logged in."""
        self.reader = masked_name
        self.retranslate()
        self.logout_button.setVisible(bool(masked_name))

    def apply_theme(self, theme) -> None:
        for button, on in ((self.text_button, theme.large),
                           (self.contrast_button, theme.contrast)):
            button.blockSignals(True)
            button.setChecked(on)
            button.blockSignals(False)
