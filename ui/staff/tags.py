"""Tag programming: write ISO 28560-2 / GB/T 35660.2 data (item id, owner library,
set information) to a blank or wrongly programmed tag on the pad, verified by
reading it back. A scanned barcode fills the item id."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import tr
from ui.staff.common import Table, error_text, shortcut


class TagsPage(QWidget):
    message = Signal(str)

    def __init__(self, service, worker, parent=None):
        super().__init__(parent)
        self.service, self.worker = service, worker
        self.tags: list = []
        self.pad_label = QLabel()
        self.pad_label.setProperty("role", "heading")
        self.table = Table([""] * 5)
        self.table.itemSelectionChanged.connect(self._tag_chosen)
        self.item_id = QLineEdit()
        self.item_id.textChanged.connect(self._check_item)
        self.item_note = QLabel()
        self.owner = QLineEdit(service.config.security.owner_library)
        self.part = QSpinBox()
        self.part.setRange(1, 99)
        self.parts = QSpinBox()
        self.parts.setRange(1, 99)
        self.write_button = QPushButton()
        self.write_button.setProperty("kind", "primary")
        self.write_button.clicked.connect(self.write)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(4)]
        self.form.addRow(self.labels[0], self.item_id)
        self.form.addRow(self.labels[1], self.item_note)
        self.form.addRow(self.labels[2], self.owner)
        parts = QHBoxLayout()
        parts.addWidget(self.part)
        self.of_label = QLabel()
        parts.addWidget(self.of_label)
        parts.addWidget(self.parts)
        parts.addStretch(1)
        self.form.addRow(self.labels[3], parts)
        box = QVBoxLayout(self)
        box.addWidget(self.pad_label)
        box.addWidget(self.table, 1)
        box.addLayout(self.form)
        row = QHBoxLayout()
        row.addWidget(self.write_button)
        row.addWidget(self.result, 1)
        box.addLayout(row)
        shortcut(self, "Ctrl+Return", self.write)
        self.retranslate()

    def retranslate(self) -> None:
        self.pad_label.setText(tr("Tags on the pad"))
        self.table.set_headers([tr("UID"), tr("Item id"), tr("Owner library"), tr("Part"),
                                tr("State")])
        labels = (tr("Item id:"), "", tr("Owner library (ISIL):"), tr("Part:"))
        for widget, text in zip(self.labels, labels):
            widget.setText(text)
        self.of_label.setText(tr("of"))
        self.item_id.setPlaceholderText(tr("Scan the item's barcode"))
        self.write_button.setText(tr("Write and verify (Ctrl+Enter)"))
        self.show_tags(self.tags)

    def on_tags(self, event) -> None:
        self.show_tags(list(event.tags))

    def show_tags(self, tags: list) -> None:
        chosen = self.table.current_value()
        self.tags = tags
        rows = []
        for tag in tags:
            d = tag.data
            state = (tr("blank") if "blank" in tag.error else tr("unreadable: %1").replace(
                "%1", tag.error)) if d is None else tr("programmed (%1)").replace("%1", d.model)
            rows.append((tag.uid, d.item_id if d else "", d.owner_library if d else "",
                         f"{d.part}/{d.parts}" if d else "", state))
        self.table.set_rows(rows, [t.uid for t in tags])
        uids = [t.uid for t in tags]
        if chosen in uids:
            self.table.selectRow(uids.index(chosen))
        elif len(tags) == 1:
            self.table.selectRow(0)
        self.write_button.setEnabled(bool(tags))

    def _tag_chosen(self) -> None:
        uid = self.table.current_value()
        tag = next((t for t in self.tags if t.uid == uid), None)
        if tag and tag.data and not self.item_id.text():
            self.item_id.setText(tag.data.item_id)

    def on_scan(self, code: str) -> None:
        self.item_id.setText(code)
        self.write_button.setFocus()

    def _check_item(self, text: str) -> None:
        code = text.strip()
        if not code:
            self.item_note.clear()
            return
        self.worker.run(self.service.known_item, code, done=lambda item: self._item_known(
            code, item))

    def _item_known(self, code: str, item) -> None:
        if code != self.item_id.text().strip():
            return
        if item is None:
            self.item_note.setText("⚠ " + tr("Not in the catalogue: check the barcode."))
        else:
            self.parts.setValue(max(item.parts, 1))
            self.item_note.setText("✓ " + tr("Known item, %1 part(s)").replace(
                "%1", str(item.parts)))

    def write(self) -> None:
        uid = self.table.current_value()
        if uid is None:
            self.result.setText(tr("Put one tag on the pad and choose it."))
            return
        self.result.setText(tr("Writing…"))
        self.worker.run(self.service.program_tag, uid, self.item_id.text(),
                        owner_library=self.owner.text(), part=self.part.value(),
                        parts=self.parts.value(), done=self._written, failed=self._failed)

    def _written(self, tag) -> None:
        d = tag.data
        self.result.setText("✓ " + tr("Written and read back: %1, %2, part %3 of %4").replace(
            "%1", d.item_id).replace("%2", d.owner_library).replace("%3", str(d.part)).replace(
            "%4", str(d.parts)))
        self.show_tags([tag if t.uid == tag.uid else t for t in self.tags])
        self.message.emit(tr("Tag programmed."))

    def _failed(self, exc) -> None:
        self.result.setText("✗ " + error_text(exc))
