"""Big touch buttons. Every button shows its pressed state at once (QSS :pressed)
and is at least the theme's target height.

A QPushButton never wraps its text, so a long label ("E-receipt (QR)" in large
type, a pick-up branch's name) would make the whole window wider than the
screen. BigButton wraps its words to the width the layout gives it (between
words, or between Chinese characters) and asks for the height that takes, as a
wrapping QLabel does; its minimum width is its longest word's.
"""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QIcon, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
)

from .common import ScaledIcon, icon_pixmap


def wrap_text(text: str, font, width: float) -> list[str]:
    """The lines Qt's own line breaking makes of `text` at `width` pixels."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    lines = []
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(max(width, 1.0))
        lines.append(text[line.textStart():line.textStart() + line.textLength()].strip())
    layout.endLayout()
    return [line for line in lines if line] or [""]


class BigButton(QPushButton):
    """A text button; kind "primary" for the one main action of a screen."""

    def __init__(self, text: str = "", kind: str = "", icon_name: str = "", parent=None):
        super().__init__(parent)
        if kind:
            self.setProperty("kind", kind)
        self.icon_name = icon_name
        self._text = ""
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)   # narrower, taller
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setText(text)

    # -- words that wrap --------------------------------------------------------------
    def setText(self, text: str) -> None:
        self._text = text
        super().setText(self._lines(self.width()) if self.isVisible() else text)
        self.updateGeometry()

    def text(self) -> str:
        """The whole label, without the line breaks put in to fit."""
        return self._text

    def _outer(self, text: str) -> QSize:
        """The button's size around `text` (line breaks included), as QPushButton
        measures it: the style adds padding, border and the QSS minimum height."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        size = QFontMetrics(self.font()).size(Qt.TextFlag.TextShowMnemonic, text or " ")
        w, h = size.width(), size.height()
        if not self.icon().isNull():
            w += self.iconSize().width() + 4
            h = max(h, self.iconSize().height())
        return self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option, QSize(w, h), self)

    def _text_width(self, width: int) -> int:
        return width - (self._outer("").width() - QFontMetrics(self.font()).size(
            Qt.TextFlag.TextShowMnemonic, " ").width())

    def _lines(self, width: int) -> str:
        return "\n".join(wrap_text(self._text, self.font(), self._text_width(width)))

    def sizeHint(self) -> QSize:
        self.ensurePolished()
        return self._outer(self._text)

    def minimumSizeHint(self) -> QSize:
        self.ensurePolished()
        longest = "\n".join(wrap_text(self._text, self.font(), 0))
        widest = max(longest.split("\n"), key=lambda s: QFontMetrics(self.font()).horizontalAdvance(s))
        return QSize(self._outer(widest).width(), self._outer(self._text).height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        self.ensurePolished()
        return self._outer(self._lines(width)).height()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        lines = self._lines(self.width())
        if lines != super().text():
            super().setText(lines)

    def showEvent(self, event):
        super().showEvent(event)
        super().setText(self._lines(self.width()))

    # -- look -------------------------------------------------------------------------
    def apply_theme(self, theme) -> None:
        """The icon in the text's colour, for both states of a checkable button: a
        switched-on band button (large text) turns light, so its icon turns primary.
        Band buttons keep the bands' fixed size in every theme."""
        if self.icon_name:
            band = bool(self.property("band"))
            on_band = self.property("kind") == "primary" or band
            colour = theme.on_primary if on_band else theme.text
            checked = theme.primary if band else theme.on_primary
            size = round(theme.BAND_ICON * 48 / 44) if band else theme.px(48)
            glyph = QIcon(icon_pixmap(self.icon_name, colour, size))
            glyph.addPixmap(icon_pixmap(self.icon_name, checked, size), QIcon.Mode.Normal, QIcon.State.On)
            for state in () if band else (QIcon.State.Off, QIcon.State.On):   # greyed
                glyph.addPixmap(icon_pixmap(self.icon_name, theme.text_secondary, size),
                                QIcon.Mode.Disabled, state)
            self.setIcon(glyph)
            side = theme.BAND_ICON if band else theme.px(44)
            self.setIconSize(QSize(side, side))
            self.updateGeometry()


class TileButton(QPushButton):
    """An attract-screen tile: a large icon over a label. The icon shrinks with the
    tile (down to half its size) so that six tiles fit a landscape screen; the
    label never does."""

    clicked_name = Signal(str)

    def __init__(self, name: str, icon_name: str, parent=None):
        super().__init__(parent)
        self.name = name
        self.icon_name = icon_name
        self.setProperty("kind", "tile")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(16, 16, 16, 16)
        self.box.setSpacing(8)
        self.glyph = ScaledIcon(icon_name)
        self.glyph.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.text_label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.text_label.setWordWrap(True)
        self.text_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.box.addWidget(self.glyph, 1)
        self.box.addWidget(self.text_label)
        self.clicked.connect(lambda: self.clicked_name.emit(self.name))

    def set_label(self, text: str) -> None:
        self.text_label.setText(text)
        self.setAccessibleName(text)

    def sizeHint(self) -> QSize:
        return self.box.sizeHint().expandedTo(QSize(400, 280))

    def minimumSizeHint(self) -> QSize:
        return self.box.minimumSize()

    def hasHeightForWidth(self) -> bool:
        return False           # the icon gives way; the label is measured on its own

    def apply_theme(self, theme) -> None:
        self.glyph.set_look(theme.on_primary, theme.px(110), theme.px(56))
        self.text_label.setStyleSheet(
            f"color: {theme.on_primary}; font-size: {theme.px(44)}px; font-weight: 700;")
        self.updateGeometry()
