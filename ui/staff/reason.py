"""Asking why, inside the page: an override, a waiver, a resolved case each need a
reason that the centre writes to the audit log with the librarian's name; a
patron's notes are edited the same way (where an empty text clears them).

A card in the desk's look, not a stock dialog: it opens where the librarian is
working, takes the focus, and is answered from the keyboard (Ctrl+Enter confirms,
Esc goes back) or by its two buttons.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout

from ui.i18n import tr


class _ReasonText(QPlainTextEdit):
    """A text box that keeps Esc and Ctrl+Enter for its panel (the page's own shortcuts
    for those keys must not fire while a reason is being written)."""

    def __init__(self, panel: ReasonPanel):
        super().__init__()
        self.panel = panel

    @staticmethod
    def _ours(event: QKeyEvent) -> bool:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        return event.key() == Qt.Key.Key_Escape or (enter and control)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._ours(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.panel.cancel()
        elif self._ours(event):
            self.panel.confirm()
        else:
            super().keyPressEvent(event)


class ReasonPanel(QFrame):
    closed = Signal()           # answered or given up: the page puts the focus back

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setProperty("kind", "ask")
        self.allow_empty = False
        self.on_given: Callable[[str], None] | None = None
        self.title = QLabel()
        self.title.setProperty("role", "heading")
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.text = _ReasonText(self)
        self.text.setFixedHeight(80)
        self.text.textChanged.connect(self._enable)
        self.confirm_button = QPushButton()
        self.confirm_button.setProperty("kind", "primary")
        self.confirm_button.clicked.connect(self.confirm)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        box = QVBoxLayout(self)
        box.addWidget(self.title)
        box.addWidget(self.question)
        box.addWidget(self.text)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.confirm_button)
        box.addLayout(row)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.confirm_button.setText(tr("Confirm (Ctrl+Enter)"))
        self.cancel_button.setText(tr("Cancel (Esc)"))

    def ask(self, title: str, question: str, on_given: Callable[[str], None], *, text: str = "",
            placeholder: str = "", allow_empty: bool = False) -> None:
        """Show the question; on_given(answer) when confirmed. allow_empty: an empty
        answer is one (clearing notes), not a missing reason."""
        self.title.setText(title)
        self.question.setText(question)
        self.on_given, self.allow_empty = on_given, allow_empty
        self.text.setPlaceholderText(placeholder or tr("Reason (written to the audit log)"))
        self.text.setPlainText(text)
        self._enable()
        self.show()
        self.text.setFocus()

    def _enable(self) -> None:
        self.confirm_button.setEnabled(self.allow_empty or bool(self.text.toPlainText().strip()))

    def confirm(self) -> None:
        answer = self.text.toPlainText().strip()
        if not (answer or self.allow_empty) or self.on_given is None:
            return
        given, self.on_given = self.on_given, None
        self.hide()
        given(answer)
        self.closed.emit()

    def cancel(self) -> None:
        self.on_given = None
        self.hide()
        self.closed.emit()
