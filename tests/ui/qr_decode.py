"""Read QR codes off rendered Qt images with zxing-cpp, an independent decoder."""
from __future__ import annotations

import io

import zxingcpp
from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QImage


def decode(image: QImage) -> list[str]:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    picture = Image.open(io.BytesIO(bytes(buffer.data()))).convert("L")
    return [r.text for r in zxingcpp.read_barcodes(picture)]
