"""Small building blocks every screen uses: styled labels, cards, icons, scroll lists."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLayout,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from ui.assets import asset_path

ICON_DIR = asset_path("icons")


def label(text: str = "", role: str = "", wrap: bool = True, parent=None) -> QLabel:
    """A QLabel with a style role (title, heading, secondary, small, success, warning, error)."""
    w = QLabel(text, parent)
    if role:
        w.setProperty("role", role)
    w.setWordWrap(wrap)
    w.setTextFormat(Qt.TextFormat.PlainText)
    return w


def set_role(widget: QWidget, role: str) -> None:
    """Change a style role and make Qt re-apply the style sheet."""
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def set_state(widget: QWidget, state: str) -> None:
    widget.setProperty("state", state)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


@lru_cache(maxsize=256)
def _svg_pixmap(name: str, colour: str, size: int) -> QPixmap:
    svg = (ICON_DIR / f"{name}.svg").read_text(encoding="utf-8").replace("#COLOR", colour)
    renderer = QSvgRenderer(QByteArray(svg.encode()))
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter)
    painter.end()
    return pixmap


def icon_pixmap(name: str, colour: str, size: int) -> QPixmap:
    return _svg_pixmap(name, colour, size)


def icon_label(name: str, colour: str, size: int) -> QLabel:
    w = QLabel()
    w.setPixmap(_svg_pixmap(name, colour, size))
    w.setFixedSize(QSize(size, size))
    return w


class ScaledIcon(QWidget):
    """An icon drawn as large as its box allows, between a smallest and a largest
    size: it gives way when the screen is short, a label would not."""

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.name, self.colour, self.largest, self.smallest = name, "#000000", 96, 48

    def set_look(self, colour: str, largest: int, smallest: int) -> None:
        self.colour, self.largest, self.smallest = colour, largest, smallest
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.largest, self.largest)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.smallest, self.smallest)

    def paintEvent(self, event):
        side = max(1, min(self.width(), self.height(), self.largest))
        painter = QPainter(self)
        painter.drawPixmap((self.width() - side) // 2, (self.height() - side) // 2,
                           _svg_pixmap(self.name, self.colour, side))
        painter.end()


class Card(QFrame):
    """A rounded surface holding a vertical layout."""

    def __init__(self, parent=None, spacing: int = 12, margins: int = 24):
        super().__init__(parent)
        self.setProperty("kind", "card")
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(margins, margins, margins, margins)
        self.box.setSpacing(spacing)


def _discard(widget: QWidget) -> None:
    """Hidden (explicitly) and deleted, never made parentless: a widget added to a
    shown layout is shown by a queued call, and a parentless one would then open
    as a window of its own on the reader's screen."""
    widget.hide()
    widget.deleteLater()


def clear_layout(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        if w := item.widget():
            _discard(w)
        elif sub := item.layout():
            clear_layout(sub)


class TouchScroll(QScrollArea):
    """Scrolls vertically by finger (kinetic, the whole area is the handle) and
    shows a scroll bar wide enough to touch whenever there is more to see; never
    sideways: what it holds wraps to its width instead."""

    def __init__(self, inner: QWidget | None = None, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        if inner is not None:
            self.setWidget(inner)
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)

    def minimumSizeHint(self) -> QSize:
        """As narrow as what it holds can be (it does not scroll sideways), as low as
        one touch target: the rest scrolls."""
        inner = self.widget()
        width = inner.minimumSizeHint().width() if inner is not None else 0
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(width + bar, 96)


class ScrollList(TouchScroll):
    """A vertical list that scrolls by finger (kinetic) rather than shrinking its rows."""

    def __init__(self, parent=None, spacing: int = 16):
        inner = QWidget()
        super().__init__(inner, parent)
        self.rows = QVBoxLayout(inner)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(spacing)
        self.rows.addStretch(1)
        self._following = False
        self.verticalScrollBar().rangeChanged.connect(self._range_changed)
        self.verticalScrollBar().sliderPressed.connect(lambda: setattr(self, "_following",
                                                                       False))
        QScroller.scroller(self.viewport()).stateChanged.connect(self._scroller_state)

    def add(self, widget: QWidget, follow: bool = False) -> QWidget:
        """follow: keep the list scrolled to its end, where this newest row is, as rows
        are laid out and grow (the newest item on the pad is the one the reader looks
        for), until the reader scrolls it themselves."""
        self.rows.insertWidget(self.rows.count() - 1, widget)
        if follow:
            self._following = True
            bar = self.verticalScrollBar()
            bar.setValue(bar.maximum())
        return widget

    def _range_changed(self, _low: int, high: int) -> None:
        if self._following:
            self.verticalScrollBar().setValue(high)

    def _scroller_state(self, state) -> None:
        if state in (QScroller.State.Pressed, QScroller.State.Dragging):
            self._following = False

    def remove(self, widget: QWidget) -> None:
        self.rows.removeWidget(widget)
        _discard(widget)

    def clear(self) -> None:
        self._following = False
        while self.rows.count() > 1:
            item = self.rows.takeAt(0)
            if item is not None and (w := item.widget()):
                _discard(w)

    def widgets(self) -> list[QWidget]:
        items = (self.rows.itemAt(i) for i in range(self.rows.count() - 1))
        return [w for item in items if item is not None and (w := item.widget()) is not None]
