"""Where the books go, drawn: the terminal's screen with the RFID pad under it
and a book that comes down and lies flat on the pad (Borrow and Return show it
until the first book is read). Drawn with QPainter in the theme's colours, so it
follows high contrast; it plays a few times and then rests on its last frame,
and stays still where the look asks for no motion (large text, high contrast)."""
from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QPointF, QRectF, QSize, Qt, QVariantAnimation
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QWidget

from .access import install


class PadPicture(QWidget):
    LOOP_MS = 1800
    LOOPS = 3
    LARGEST = 150          # px per unit of the 4:3 drawing (600x450 at most)

    def __init__(self, parent=None):
        super().__init__(parent)
        install()
        self.setProperty("picture", True)      # a graphic to a screen reader (access.py)
        self.phase = 1.0                       # 0: the book above, 1: lying on the pad
        self.colours = {"ink": "#111827", "pad": "#F1F4F8", "accent": "#0B4F8A",
                        "book": "#0B4F8A", "page": "#FFFFFF"}
        self.motion = QVariantAnimation(self)
        self.motion.setStartValue(0.0)
        self.motion.setEndValue(1.0)
        self.motion.setDuration(self.LOOP_MS)
        self.motion.setLoopCount(self.LOOPS)
        self.motion.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self.motion.valueChanged.connect(self._moved)

    def apply_theme(self, theme) -> None:
        self.colours = {"ink": theme.text, "pad": theme.surface, "accent": theme.primary,
                        "book": theme.primary, "page": theme.background}
        self.update()

    def play(self, moving: bool) -> None:
        """Start over (the screen opened): moving, or still on the last frame."""
        self.motion.stop()
        self.phase = 1.0
        if moving:
            self.motion.start()
        self.update()

    def stop(self) -> None:
        self.motion.stop()
        self.phase = 1.0

    def _moved(self, value) -> None:
        self.phase = float(value)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, 360)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 96)

    def paintEvent(self, event) -> None:
        side = min(self.width() / 4, self.height() / 3, self.LARGEST)   # 4:3, centred
        if side <= 0:
            return
        w, h = side * 4, side * 3
        box = QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink, accent = QColor(self.colours["ink"]), QColor(self.colours["accent"])
        line = max(2.0, side / 40)

        # the terminal's screen, upright at the back
        screen = QRectF(box.left() + w * 0.28, box.top() + h * 0.02, w * 0.44, h * 0.40)
        p.setPen(QPen(ink, line))
        p.setBrush(QColor(self.colours["page"]))
        p.drawRoundedRect(screen, line * 3, line * 3)
        for n in range(3):             # lines of words on it
            y = screen.top() + screen.height() * (0.3 + 0.2 * n)
            p.drawLine(QPointF(screen.left() + screen.width() * 0.15, y),
                       QPointF(screen.right() - screen.width() * (0.15 + 0.2 * (n == 2)), y))
        # the pad: a slab in front of it, seen from above at a slant
        pad = QPainterPath()
        top, bottom = box.top() + h * 0.58, box.top() + h * 0.92
        pad.moveTo(box.left() + w * 0.18, top)
        pad.lineTo(box.right() - w * 0.18, top)
        pad.lineTo(box.right() - w * 0.04, bottom)
        pad.lineTo(box.left() + w * 0.04, bottom)
        pad.closeSubpath()
        p.setBrush(QColor(self.colours["pad"]))
        p.drawPath(pad)
        # the book: from above the pad down onto it, flattening as it lands
        centre = QPointF(box.center().x(), (top + bottom) / 2)
        t = self.phase
        bw, bh = w * 0.30, h * (0.30 - 0.16 * t)
        y = (box.top() + h * 0.10) * (1 - t) + (centre.y() - bh * 0.6) * t
        book = QRectF(centre.x() - bw / 2, y, bw, bh)
        p.setPen(QPen(ink, line))
        p.setBrush(QColor(self.colours["book"]))
        p.drawRoundedRect(book, line * 2, line * 2)
        p.setBrush(QColor(self.colours["page"]))
        p.drawRect(QRectF(book.left() + bw * 0.08, book.bottom() - bh * 0.22,
                          bw * 0.84, bh * 0.14))
        p.setBrush(Qt.BrushStyle.NoBrush)
        if t < 0.95:   # an arrow down beside it while it moves
            x, tip = book.right() + side * 0.35, centre.y() - side * 0.1
            p.setPen(QPen(accent, line * 1.5))
            p.drawLine(QPointF(x, book.top()), QPointF(x, tip))
            p.drawLine(QPointF(x - side * 0.15, tip - side * 0.15), QPointF(x, tip))
            p.drawLine(QPointF(x + side * 0.15, tip - side * 0.15), QPointF(x, tip))
        else:          # landed: the pad reads it (waves from where it lies)
            p.setPen(QPen(accent, line * 1.5))
            for n in (1, 2, 3):
                r = bw / 2 + side * 0.12 * n
                p.drawArc(QRectF(centre.x() - r, book.top() - r * 0.25, 2 * r, r * 0.7),
                          30 * 16, 120 * 16)
        p.end()
