"""One title: its copies here and elsewhere, "Find it" on the map, and a hold."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout

from ui.i18n import tr
from ui.widgets.buttons import BigButton
from ui.widgets.common import ScrollList, label
from ui.widgets.item_row import ItemRow

from .find import split_name
from .screen import Screen
from .texts import day


class TitleScreen(Screen):
    name = "title"

    def __init__(self, kiosk):
        super().__init__(kiosk)
        self.title_id = ""
        self.record = None
        self.copies = []
        self.heading = label("", "title")
        self.heading.setObjectName("title_heading")
        self.meta = label("", "secondary")
        self.copies_label = label("", "heading")
        self.list = ScrollList()
        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        self.find_it = BigButton(kind="primary", icon_name="map")
        self.find_it.setObjectName("find_it")
        self.find_it.clicked.connect(self._find_it)
        self.hold = BigButton(icon_name="clock")
        self.hold.setObjectName("place_hold")
        self.hold.clicked.connect(self._hold)
        buttons.addWidget(self.find_it, 1)
        buttons.addWidget(self.hold, 1)
        for w in (self.heading, self.meta, self.copies_label):
            self.layout_.addWidget(w)
        self.layout_.addWidget(self.list, 1)
        self.layout_.addLayout(buttons)

    def enter(self, title_id: str = "", **params) -> None:
        if title_id and title_id != self.title_id:
            self.title_id = title_id
            self.record, self.copies = None, []
            self.run(self._load, title_id, done=self._loaded, busy_text=tr("One moment, please…"))
        self.retranslate()

    def _load(self, title_id: str):
        catalogue = self.kiosk.terminal.catalogue
        return catalogue.title(title_id), catalogue.copies(title_id)

    def _loaded(self, result) -> None:
        branch = self.kiosk.config.library.branch
        # this branch's copies first (the reader is here), the others after
        self.record, self.copies = result[0], sorted(
            result[1], key=lambda c: not c.item.location_id.startswith(branch))
        self.retranslate()
        if self.record:
            self.say(self.record.title)

    def clear(self) -> None:
        self.title_id, self.record, self.copies = "", None, []
        self.list.clear()

    def shelf_copy(self):
        """A copy on a shelf of this branch the floor plan knows, available first."""
        here = [c for c in self.copies if self.kiosk.plan.knows(c.item.location_id)]
        here.sort(key=lambda c: c.item.status != "available")
        return here[0] if here else None

    def retranslate(self) -> None:
        t = self.record
        self.heading.setText(t.title if t else "")
        self.meta.setText(" · ".join(filter(None, (t.author, t.publisher, str(t.year or ""),
                                                   t.call_number))) if t else "")
        self.copies_label.setText(tr("Copies"))
        self.find_it.setText(tr("Find it"))
        self.hold.setText(tr("Place a hold"))
        self.find_it.setEnabled(self.shelf_copy() is not None)
        self.hold.setEnabled(t is not None)
        self.list.clear()
        for c in self.copies:
            row = ItemRow(c.item.barcode, split_name(c.location, self.lang))
            status = str(c.item.status)
            if status == "available":
                row.set_state("done", tr("On the shelf"), c.item.call_number)
            elif c.due_at:
                row.set_state("waiting", tr("On loan, due {date}").format(
                    date=day(c.due_at)), c.item.call_number)
            elif status == "on_hold_shelf":
                row.set_state("waiting", tr("Reserved for another reader"), c.item.call_number)
            else:
                row.set_state("warning", tr("Not available"), c.item.call_number)
            self.list.add(self.kiosk.window.themed(row))

    def _find_it(self) -> None:
        c = self.shelf_copy()
        if c and self.record:
            self.kiosk.window.go("map", location_id=c.item.location_id,
                                 call_number=c.item.call_number or self.record.call_number,
                                 title=self.record.title)

    def _hold(self) -> None:
        if self.record:
            self.kiosk.window.go("hold", title_id=self.record.id, title=self.record.title)
