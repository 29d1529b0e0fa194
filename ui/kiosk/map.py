"""Find it: the shelf on the floor plan, the route from this terminal, and a QR
code that carries the place to the reader's phone."""
from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QVBoxLayout, QWidget

from ui.floor_plan import PlanError
from ui.i18n import tr
from ui.widgets.common import clear_layout, label
from ui.widgets.floor_map import FloorMapView
from ui.widgets.qr import QrWidget

from .screen import Screen


class MapScreen(Screen):
    name = "map"

    def __init__(self, kiosk):
        super().__init__(kiosk)
        self.target = self.call_number = self.book = ""
        self.heading = label("", "title")
        self.where = label("", "prompt")
        self.where.setObjectName("map_where")
        self.maps = QBoxLayout(QBoxLayout.TopToBottom)
        self.maps.setSpacing(16)
        maps_host = QWidget()
        maps_host.setLayout(self.maps)
        bottom = QHBoxLayout()
        bottom.setSpacing(28)
        self.qr = QrWidget(size=260)
        self.qr.setObjectName("map_qr")
        words = QVBoxLayout()
        self.qr_hint = label("", "secondary")
        self.steps = label("", "secondary")
        words.addWidget(self.steps)
        words.addWidget(self.qr_hint)
        words.addStretch(1)
        bottom.addWidget(self.qr)
        bottom.addLayout(words, 1)
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.where)
        self.layout_.addWidget(maps_host, 1)
        self.layout_.addLayout(bottom)
        self.views: list[FloorMapView] = []

    def enter(self, location_id: str = "", call_number: str = "", title: str = "",
              **params) -> None:
        if location_id:
            self.target, self.call_number, self.book = location_id, call_number, title
        self.retranslate()

    def clear(self) -> None:
        self.target = self.call_number = self.book = ""
        clear_layout(self.maps)
        self.views = []
        self.qr.set_payload("")

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.maps.setDirection(QBoxLayout.LeftToRight if self.width() > self.height()
                               else QBoxLayout.TopToBottom)

    def place(self) -> str:
        return self.kiosk.plan.name(self.target, self.lang)

    def qr_payload(self) -> str:
        cfg = self.kiosk.config.library
        plan = self.kiosk.plan
        return " · ".join(filter(None, (
            f"{cfg.name_zh} {cfg.name_en}",
            f"{plan.name(self.target, 'zh_CN')} / {plan.name(self.target, 'en')}",
            self.call_number, self.book)))

    def retranslate(self) -> None:
        self.heading.setText(tr("Find it"))
        if not self.target:
            return
        plan, here = self.kiosk.plan, self.kiosk.config.library.terminal_place
        self.where.setText(tr("{book}: {place}, shelf mark {call}").format(
            book=self.book, place=self.place(), call=self.call_number))
        clear_layout(self.maps)
        self.views = []
        try:
            legs = plan.route(here, self.target)
        except PlanError as exc:
            self.steps.setText(str(exc))
            legs = []
        for leg in legs:
            col = QVBoxLayout()
            col.addWidget(label(plan.floor_name(leg.floor, self.lang), "heading"))
            view = FloorMapView(plan, leg.floor)
            view.setObjectName(f"map_floor_{leg.floor}")
            view.setMinimumSize(420, 300)
            view.show_route(self.target, leg, here, self.lang)
            col.addWidget(view, 1)
            self.views.append(view)
            self.maps.addLayout(col, 1)
        floors = [plan.floor_name(leg.floor, self.lang) for leg in legs]
        self.steps.setText(tr("Follow the orange line from the blue dot (you are here).") + (
            " " + tr("Take the stairs or the lift to {floor}.").format(floor=floors[-1])
            if len(floors) > 1 else ""))
        self.qr_hint.setText(tr("Scan the code to take this location with you."))
        self.qr.set_payload(self.qr_payload())

    def prompt(self) -> str:
        return self.where.text()
