"""A QR code drawn crisply from the qrcode library's module matrix."""
from __future__ import annotations

import qrcode
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget


def qr_matrix(payload: str) -> list[list[bool]]:
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(payload)
    code.make(fit=True)
    return code.get_matrix()


def qr_image(payload: str, size: int) -> QImage:
    """Black modules on white (always, whatever the theme: phones expect it)."""
    matrix = qr_matrix(payload)
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    n = len(matrix)
    cell = size / n
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.drawRect(QRectF(x * cell, y * cell, cell + 0.5, cell + 0.5))
    painter.end()
    return image


class QrWidget(QWidget):
    """A square code `size` px across where there is room, down to `smallest` on a
    short screen (a phone reads either), centred in whatever box it gets."""

    def __init__(self, payload: str = "", size: int = 360, parent=None, smallest: int = 0):
        super().__init__(parent)
        self.payload = payload
        self.size_, self.smallest = size, smallest or size
        self.setMaximumSize(size, size)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(self.size_, self.size_)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.smallest, self.smallest)

    def side(self) -> int:
        return min(self.width(), self.height())

    def set_payload(self, payload: str) -> None:
        self.payload = payload
        self.setAccessibleDescription(payload)
        self.update()

    def image(self) -> QImage:
        return qr_image(self.payload, self.side())

    def paintEvent(self, event):
        if not self.payload:
            return
        painter = QPainter(self)
        painter.drawImage((self.width() - self.side()) // 2, (self.height() - self.side()) // 2,
                          self.image())
        painter.end()
