"""One item on the pad (or one loan, one fee): title, detail, and a state that
changes in place — waiting, done, refused, warning — with an icon and words,
never colour alone."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout

from .common import icon_pixmap, label, set_role, set_state

STATES = ("waiting", "done", "refused", "warning", "plain")
ICONS = {"waiting": "clock", "done": "check", "refused": "cross", "warning": "warning"}


class ItemRow(QFrame):
    def __init__(self, key: str, title: str, parent=None):
        super().__init__(parent)
        self.key = key
        self.setProperty("kind", "card")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        box = QHBoxLayout(self)
        box.setContentsMargins(24, 12, 24, 12)
        box.setSpacing(20)
        self.glyph = label(wrap=False)
        self.glyph.setAlignment(Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.setSpacing(2)
        self.title = label(title)
        self.title.setStyleSheet("font-weight: 600;")
        self.detail = label("", "secondary")
        self.status = label("")
        text.addWidget(self.title)
        text.addWidget(self.detail)
        text.addWidget(self.status)
        box.addWidget(self.glyph, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(text, 1)
        self.state = ""
        self._theme = None
        self.set_state("waiting", "")

    def set_tappable(self) -> None:
        """The reader taps this row (to choose it): a screen reader hears a button."""
        self.setProperty("tappable", True)
        self._name()

    def _name(self) -> None:
        self.setAccessibleName(" · ".join(filter(None, (
            self.title.text(), self.status.text(), self.detail.text()))))

    def set_state(self, state: str, status: str, detail: str | None = None) -> None:
        if state not in STATES:
            raise ValueError(f"item row state {state!r}; expected one of {STATES}")
        self.state = state
        set_state(self, state)
        self.status.setText(status)
        self.status.setVisible(bool(status))
        set_role(self.status, {"done": "success", "refused": "error",
                               "warning": "warning"}.get(state, "secondary"))
        if detail is not None:
            self.detail.setText(detail)
            self.detail.setVisible(bool(detail))
        self._paint_glyph()
        self._name()

    def set_title(self, title: str) -> None:
        self.title.setText(title)
        self._name()

    def apply_theme(self, theme) -> None:
        self._theme = theme
        self._paint_glyph()

    def _paint_glyph(self) -> None:
        t = self._theme
        if t is None or self.state not in ICONS:
            self.glyph.clear()
            return
        colour = {"done": t.success, "refused": t.error, "warning": t.warning}.get(
            self.state, t.text_secondary)
        self.glyph.setPixmap(icon_pixmap(ICONS[self.state], colour, t.px(56)))
