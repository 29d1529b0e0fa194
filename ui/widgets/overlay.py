"""Overlays drawn over the whole window: the busy spinner with a sentence, and
message boxes (inactivity countdown, staff exit) that need only taps."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from .common import label


class Spinner(QWidget):
    def __init__(self, size: int = 120, parent=None):
        super().__init__(parent)
        self.setFixedSize(size, size)
        self.angle = 0
        self.colour = QColor("#0B4F8A")
        self._timer = QTimer(self, interval=50)
        self._timer.timeout.connect(self._step)

    def showEvent(self, event):
        self._timer.start()

    def hideEvent(self, event):
        self._timer.stop()

    def _step(self):
        self.angle = (self.angle + 30) % 360
        self.update()

    def paintEvent(self, event):
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        pen = QPen(self.colour, 12)
        pen.setCapStyle(Qt.RoundCap)
        p.setPen(pen)
        r = QRectF(10, 10, self.width() - 20, self.height() - 20)
        p.drawArc(r, -self.angle * 16, 270 * 16)
        p.end()


class Overlay(QFrame):
    """Covers its parent, blocks taps beneath, holds a centred box."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("Overlay")
        self.setAttribute(Qt.WA_StyledBackground)
        outer = QVBoxLayout(self)
        outer.setAlignment(Qt.AlignCenter)
        self.frame = QFrame()
        self.frame.setObjectName("OverlayBox")
        self.frame.setAttribute(Qt.WA_StyledBackground)
        self.frame.setMaximumWidth(900)
        self.frame.setMinimumWidth(640)
        self.box = QVBoxLayout(self.frame)
        self.box.setContentsMargins(48, 48, 48, 48)
        self.box.setSpacing(28)
        outer.addWidget(self.frame, 0, Qt.AlignCenter)
        parent.installEventFilter(self)
        self.hide()

    def eventFilter(self, obj, event):
        if obj is self.parent() and event.type() == QEvent.Resize:
            self.setGeometry(self.parent().rect())
        return False

    def open(self) -> None:
        self.setGeometry(self.parent().rect())
        self.raise_()
        self.show()


class BusyOverlay(Overlay):
    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.spinner = Spinner()
        self.text = label("", "prompt")
        self.text.setAlignment(Qt.AlignCenter)
        self.box.addWidget(self.spinner, 0, Qt.AlignHCenter)
        self.box.addWidget(self.text)

    def apply_theme(self, theme) -> None:
        self.spinner.colour = QColor(theme.primary)

    def set_busy(self, shown: bool, text: str) -> None:
        if shown:
            self.text.setText(text)
            self.text.setVisible(bool(text))
            self.open()
        else:
            self.hide()
