"""Overlays drawn over the whole window: the busy spinner with a sentence, and
message boxes (inactivity countdown, staff exit) that need only taps."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from .common import TouchScroll, label


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
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.colour, 12)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        r = QRectF(10, 10, self.width() - 20, self.height() - 20)
        p.drawArc(r, -self.angle * 16, 270 * 16)
        p.end()


class Overlay(QFrame):
    """Covers its parent, blocks taps beneath, holds a centred box; a box taller
    than the window (large text, landscape) scrolls rather than being cut off."""

    WIDTH = 900

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.host = parent               # the widget covered, followed as it is resized
        self.setObjectName("Overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        self.frame = QFrame()
        self.frame.setObjectName("OverlayBox")
        self.frame.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.box = QVBoxLayout(self.frame)
        self.box.setContentsMargins(48, 48, 48, 48)
        self.box.setSpacing(28)
        self.scroll_area = TouchScroll(self.frame)
        self.scroll_area.setObjectName("OverlayScroll")
        outer.addStretch(1)
        outer.addWidget(self.scroll_area, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        parent.installEventFilter(self)
        self.hide()

    def set_landscape(self, landscape: bool) -> None:
        """Overlays with parts that go side by side in landscape turn here."""

    def _fit(self) -> None:
        """The box as high as its words need at its width, up to the window's height."""
        width = min(self.WIDTH, self.width() - 48)
        self.frame.ensurePolished()
        self.box.invalidate()
        narrow = width - self.scroll_area.verticalScrollBar().sizeHint().width()   # if it scrolls
        need = self.frame.heightForWidth(narrow) if self.box.hasHeightForWidth() else \
            self.frame.sizeHint().height()
        self.scroll_area.setFixedSize(width, min(max(need, self.frame.minimumSizeHint().height()),
                                            self.height() - 48))

    def eventFilter(self, obj, event):
        if obj is self.host and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.host.rect())
            self._fit()
        return False

    def open(self) -> None:
        self.setGeometry(self.host.rect())
        self.raise_()
        self.show()
        self._fit()


class BusyOverlay(Overlay):
    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.spinner = Spinner()
        self.text = label("", "prompt")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.box.addWidget(self.spinner, 0, Qt.AlignmentFlag.AlignHCenter)
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
