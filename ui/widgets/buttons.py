"""Big touch buttons. Every button shows its pressed state at once (QSS :pressed)
and is at least the theme's target height."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout

from .common import icon_pixmap


class BigButton(QPushButton):
    """A text button; kind "primary" for the one main action of a screen."""

    def __init__(self, text: str = "", kind: str = "", icon_name: str = "", parent=None):
        super().__init__(text, parent)
        if kind:
            self.setProperty("kind", kind)
        self.icon_name = icon_name
        self.setFocusPolicy(Qt.NoFocus)
        self.setCursor(Qt.PointingHandCursor)

    def apply_theme(self, theme) -> None:
        """The icon in the text's colour, for both states of a checkable button: a
        switched-on band button (large text) turns light, so its icon turns primary."""
        if self.icon_name:
            on_band = self.property("kind") == "primary" or self.property("band")
            colour = theme.on_primary if on_band else theme.text
            checked = theme.primary if self.property("band") else theme.on_primary
            size = theme.px(48)
            glyph = QIcon(icon_pixmap(self.icon_name, colour, size))
            glyph.addPixmap(icon_pixmap(self.icon_name, checked, size), QIcon.Normal, QIcon.On)
            self.setIcon(glyph)
            self.setIconSize(QSize(theme.px(44), theme.px(44)))


class TileButton(QPushButton):
    """An attract-screen tile: a large icon over a label."""

    clicked_name = Signal(str)

    def __init__(self, name: str, icon_name: str, parent=None):
        super().__init__(parent)
        self.name = name
        self.icon_name = icon_name
        self.setProperty("kind", "tile")
        self.setFocusPolicy(Qt.NoFocus)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 24, 16, 24)
        box.setSpacing(12)
        self.glyph = QLabel(alignment=Qt.AlignCenter)
        self.glyph.setAttribute(Qt.WA_TransparentForMouseEvents)
        self.text_label = QLabel(alignment=Qt.AlignCenter)
        self.text_label.setWordWrap(True)
        self.text_label.setAttribute(Qt.WA_TransparentForMouseEvents)
        box.addWidget(self.glyph, 1)
        box.addWidget(self.text_label)
        self.clicked.connect(lambda: self.clicked_name.emit(self.name))

    def set_label(self, text: str) -> None:
        self.text_label.setText(text)
        self.setAccessibleName(text)

    def apply_theme(self, theme) -> None:
        self.setMinimumHeight(theme.px(240))
        self.glyph.setPixmap(icon_pixmap(self.icon_name, theme.on_primary, theme.px(110)))
        self.text_label.setStyleSheet(
            f"color: {theme.on_primary}; font-size: {theme.px(44)}px; font-weight: 700;")
