"""The dialog that asks why: an override, a waiver, a resolved case each need a reason
that the centre writes to the audit log with the librarian's name."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from ui.i18n import tr


class ReasonDialog(QDialog):
    reason_given = Signal(str)

    def __init__(self, title: str, question: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        box = QVBoxLayout(self)
        self.question = QLabel(question)
        self.question.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(tr("Reason (written to the audit log)"))
        self.text.setFixedHeight(90)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(tr("Confirm"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(tr("Cancel"))
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(False)
        self.text.textChanged.connect(lambda: self.buttons.button(QDialogButtonBox.Ok)
                                      .setEnabled(bool(self.text.toPlainText().strip())))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        box.addWidget(self.question)
        box.addWidget(self.text)
        box.addWidget(self.buttons)
        self.text.setFocus()

    def _accept(self) -> None:
        reason = self.text.toPlainText().strip()
        if reason:
            self.accept()
            self.reason_given.emit(reason)
