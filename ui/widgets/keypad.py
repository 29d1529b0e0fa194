"""An on-screen number pad for card numbers and PINs (the terminal has no keyboard)."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ui.i18n import tr

from .buttons import BigButton


class Keypad(QWidget):
    """Digits, clear, delete and OK; `secret` shows dots instead of digits.

    Laid out like a calculator's pad, OK tall at the right, so the whole pad is
    four keys high: it fits beside the words on a landscape screen in large text."""

    submitted = Signal(str)
    changed = Signal(str)

    def __init__(self, secret: bool = False, max_length: int = 20, parent=None):
        super().__init__(parent)
        self.secret = secret
        self.max_length = max_length
        self.value = ""
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(16)
        self.display = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.display.setObjectName("KeypadDisplay")
        self.display.setProperty("role", "title")
        box.addWidget(self.display)
        grid = QGridLayout()
        grid.setSpacing(16)
        self.keys: dict[str, BigButton] = {}
        for n, key in enumerate("123456789"):
            self._add(grid, key, n // 3, n % 3)
        self._add(grid, "0", 3, 0, 1, 3)
        self._add(grid, "del", 0, 3)
        self._add(grid, "clear", 1, 3)
        self.ok = BigButton(kind="primary")
        self.ok.setObjectName("keypad_ok")
        self.ok.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.ok.clicked.connect(self.submit)
        grid.addWidget(self.ok, 2, 3, 2, 1)
        for column in range(4):
            grid.setColumnStretch(column, 2 if column == 3 else 1)   # words need room
        box.addLayout(grid)
        self.retranslate()
        self._show()

    def _add(self, grid: QGridLayout, key: str, row: int, col: int, rows: int = 1,
             cols: int = 1) -> None:
        b = BigButton(key if key.isdigit() else "")
        b.setObjectName(f"key_{key}")
        b.clicked.connect(lambda _=False, k=key: self.press(k))
        grid.addWidget(b, row, col, rows, cols)
        self.keys[key] = b

    def sizeHint(self) -> QSize:
        """As wide as it may be: big keys."""
        return QSize(max(self.maximumWidth() if self.maximumWidth() < 10_000 else 0,
                         super().sizeHint().width()), super().sizeHint().height())

    def retranslate(self) -> None:
        self.keys["clear"].setText(tr("Clear"))
        self.keys["del"].setText("⌫")
        self.keys["del"].setAccessibleName(tr("Delete"))
        self.ok.setText(tr("OK"))

    def press(self, key: str) -> None:
        if key == "clear":
            self.value = ""
        elif key == "del":
            self.value = self.value[:-1]
        elif key.isdigit() and len(self.value) < self.max_length:
            self.value += key
        self._show()
        self.changed.emit(self.value)

    def submit(self) -> None:
        """OK: the number keyed so far, if there is one."""
        if self.value:
            self.submitted.emit(self.value)

    def clear(self) -> None:
        self.value = ""
        self._show()

    def _show(self) -> None:
        text = "●" * len(self.value) if self.secret else self.value
        self.display.setText(text or " ")
        self.ok.setEnabled(bool(self.value))
