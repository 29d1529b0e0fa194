"""The dialog that asks why: an override, a waiver, a resolved case each need a reason
that the centre writes to the audit log with the librarian's name. A patron's
notes are edited in the same dialog (where an empty text clears them)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from ui.i18n import tr


class ReasonDialog(QDialog):
    reason_given = Signal(str)

    def __init__(self, title: str, question: str, parent=None, *, text: str = "",
                 placeholder: str = "", allow_empty: bool = False):
        """text: what the field starts with; allow_empty: an empty answer is one
        (clearing notes), not a missing reason."""
        super().__init__(parent)
        self.allow_empty = allow_empty
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        box = QVBoxLayout(self)
        self.question = QLabel(question)
        self.question.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(placeholder or tr("Reason (written to the audit log)"))
        self.text.setPlainText(text)
        self.text.setFixedHeight(90)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(tr("Confirm"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(tr("Cancel"))
        self._enable_ok()
        self.text.textChanged.connect(self._enable_ok)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        box.addWidget(self.question)
        box.addWidget(self.text)
        box.addWidget(self.buttons)
        self.text.setFocus()

    def _enable_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(
            self.allow_empty or bool(self.text.toPlainText().strip()))

    def _accept(self) -> None:
        reason = self.text.toPlainText().strip()
        if reason or self.allow_empty:
            self.accept()
            self.reason_given.emit(reason)
