"""Place a hold: choose where to collect it (a branch or a self-service machine).
A copy on the shelf here is offered first: the reader may take it now instead."""
from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.services.results import Copy
from ui.i18n import tr
from ui.widgets.buttons import BigButton
from ui.widgets.common import TouchScroll, clear_layout, label

from .find import place_name
from .screen import Screen


class HoldScreen(Screen):
    name = "hold"
    needs_login = True

    def __init__(self, kiosk):
        super().__init__(kiosk)
        self.title_id = self.book = ""
        self.places = []
        self.result = None
        self.heading = label("", "title")
        self.book_label = label("", "prompt")
        self.instruction = label("", "secondary")
        self.outcome = label("")
        self.outcome.setObjectName("hold_outcome")
        self.shelf: Copy | None = None         # a copy on this branch's shelf, if any
        self.asking = False                    # the reader wants the hold all the same
        self.on_shelf = label("", "success")
        self.find_it = BigButton(kind="primary", icon_name="map")
        self.find_it.setObjectName("hold_find_it")
        self.find_it.clicked.connect(self._find_it)
        self.anyway = BigButton(icon_name="clock")
        self.anyway.setObjectName("hold_anyway")
        self.anyway.clicked.connect(self._ask_place)
        for w in (self.on_shelf, self.find_it, self.anyway):
            w.hide()                           # until a copy on the shelf is known
        self.shelf_buttons = QHBoxLayout()
        self.shelf_buttons.setSpacing(24)
        self.shelf_buttons.addWidget(self.find_it, 1)
        self.shelf_buttons.addWidget(self.anyway, 1)
        places = QWidget()                     # a system with many branches scrolls
        column = QVBoxLayout(places)
        column.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        self.grid.setSpacing(20)
        column.addLayout(self.grid)
        column.addStretch(1)
        for w in (self.heading, self.book_label, self.on_shelf):
            self.layout_.addWidget(w)
        self.layout_.addLayout(self.shelf_buttons)
        for w in (self.instruction, self.outcome):
            self.layout_.addWidget(w)
        self.places_view = TouchScroll(places)
        self.layout_.addWidget(self.places_view, 1)

    def set_landscape(self, landscape: bool) -> None:
        super().set_landscape(landscape)
        if self.places:
            self.retranslate()

    def enter(self, title_id: str = "", title: str = "", **params) -> None:
        if title_id:
            self.title_id, self.book, self.result = title_id, title, None
            self.shelf, self.asking = None, False
            self.run(self.kiosk.terminal.catalogue.copies, title_id, done=self._copies)
        self.retranslate()
        self.run(self.kiosk.terminal.circulation.pickup_locations, done=self._places)

    def _copies(self, copies) -> None:
        plan = self.kiosk.plan
        self.shelf = next((c for c in copies if str(c.item.status) == "available"
                           and plan.knows(c.item.location_id)), None)
        self.retranslate()
        if self.shelf is not None:
            self.say(self.on_shelf.text())

    def _find_it(self) -> None:
        c = self.shelf
        if c is None:
            return
        self.kiosk.window.go("map", location_id=c.item.location_id,
                             call_number=c.item.call_number, title=self.book)

    def _ask_place(self) -> None:
        self.asking = True
        self.retranslate()
        self.say(self.instruction.text())

    def _places(self, places) -> None:
        self.places = list(places)
        self.retranslate()

    def clear(self) -> None:
        self.title_id = self.book = ""
        self.shelf, self.asking = None, False
        self.places, self.result = [], None
        clear_layout(self.grid)

    def prompt(self) -> str:
        return tr("Where would you like to collect it?")

    def retranslate(self) -> None:
        self.heading.setText(tr("Place a hold"))
        self.book_label.setText(self.book)
        self.instruction.setText(tr("Where would you like to collect it?"))
        self.on_shelf.setText(tr("It is on the shelf here: you can take it now."))
        self.find_it.setText(tr("Find it"))
        self.anyway.setText(tr("Reserve it anyway"))
        offer = self.shelf is not None and not self.asking and self.result is None
        for w in (self.on_shelf, self.find_it, self.anyway):
            w.setVisible(offer)
        self.instruction.setVisible(not offer)
        self.places_view.setVisible(not offer)
        if self.result is None:
            self.outcome.hide()
        elif self.result.ok:
            self.outcome.setText(tr("Your hold is placed. We will tell you when it is ready."))
            self.outcome.setProperty("role", "success")
            self.outcome.show()
        else:
            self.outcome.setText(self.result.refusal.message(self.lang))
            self.outcome.setProperty("role", "error")
            self.outcome.show()
        self.outcome.style().polish(self.outcome)
        clear_layout(self.grid)
        if self.result is not None and self.result.ok:
            return
        columns = 4 if self.landscape else 2
        for column in range(4):                     # even columns: one width for all
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        for n, place in enumerate(self.places):
            b = BigButton(place_name(place.name_zh, place.name_en, self.lang))
            b.setObjectName(f"pickup_{place.id}")
            b.clicked.connect(lambda _=False, pid=place.id: self._place(pid))
            self.grid.addWidget(b, n // columns, n % columns)

    def _place(self, pickup: str) -> None:
        self.run(self.kiosk.terminal.circulation.place_hold, self.kiosk.session.card,
                 self.title_id, pickup, busy_text=tr("Placing your hold…"), done=self._done)

    def _done(self, result) -> None:
        self.result = result
        self.retranslate()
        self.say(self.outcome.text())
