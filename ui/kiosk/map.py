"""Find it: the shelf on the floor plan, the route from this terminal, and a QR
code that carries the place to the reader's phone.

The floor with the book fills the width; another floor of the route (the
terminal's, with the way to the stairs or lift) is drawn smaller beside the
QR code, and a tap on it swaps the two. Portrait stacks the title, the place
and the large plan over that row; landscape puts them left of a column
holding the rest.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QVBoxLayout, QWidget

from ui.floor_plan import PlanError
from ui.i18n import tr
from ui.widgets.access import make_tappable
from ui.widgets.common import clear_layout, label
from ui.widgets.floor_map import FloorMapView
from ui.widgets.qr import QrWidget

from .screen import Screen


class _Plan(QWidget):
    """A floor's name over its plan; `tapped` when it is touched."""

    tapped = Signal(str)

    def __init__(self, title: str, view: FloorMapView):
        super().__init__()
        self.view = view
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(8)
        box.addWidget(label(title, "heading", wrap=False))
        box.addWidget(view, 1)
        view.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        make_tappable(self, title)

    def mouseReleaseEvent(self, event):
        self.tapped.emit(self.view.floor)
        super().mouseReleaseEvent(event)


class MapScreen(Screen):
    name = "map"

    def __init__(self, kiosk):
        super().__init__(kiosk)
        self.target = self.call_number = self.book = ""
        self.large_floor = ""
        self.heading = label("", "title")
        self.where = label("", "prompt")
        self.where.setObjectName("map_where")
        self.qr = QrWidget(size=240, smallest=200)
        self.qr.setObjectName("map_qr")
        self.qr_hint = label("", "secondary")
        self.steps = label("", "secondary")
        words = QVBoxLayout()
        words.addWidget(self.steps)
        words.addWidget(self.qr_hint)
        words.addStretch(1)
        self.info = QBoxLayout(QBoxLayout.Direction.TopToBottom)      # QR and words
        self.info.setSpacing(20)
        self.info.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignLeft)
        self.info.addLayout(words, 1)
        self.large = QVBoxLayout()                           # the large plan
        self.small = QVBoxLayout()                           # the other floors, smaller
        self.side = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.side.setSpacing(28)
        self.side.addLayout(self.small, 3)
        self.side.addLayout(self.info, 2)
        main = QVBoxLayout()                                 # the words, the large plan
        main.setSpacing(20)
        main.addWidget(self.heading)
        main.addWidget(self.where)
        main.addLayout(self.large, 1)
        self.body = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.body.setSpacing(28)
        self.body.addLayout(main, 1)
        self.body.addLayout(self.side)
        self.layout_.addLayout(self.body, 1)
        self.views: list[FloorMapView] = []

    def enter(self, location_id: str = "", call_number: str = "", title: str = "",
              **params) -> None:
        if location_id:
            self.target, self.call_number, self.book = location_id, call_number, title
            self.large_floor = ""
        self.retranslate()

    def clear(self) -> None:
        self.target = self.call_number = self.book = self.large_floor = ""
        self._clear_plans()
        self.qr.set_payload("")

    def _clear_plans(self) -> None:
        clear_layout(self.large)
        clear_layout(self.small)
        self.views = []

    def set_landscape(self, landscape: bool) -> None:
        super().set_landscape(landscape)
        self.body.setDirection(QBoxLayout.Direction.LeftToRight if landscape else QBoxLayout.Direction.TopToBottom)
        self.side.setDirection(QBoxLayout.Direction.TopToBottom if landscape else QBoxLayout.Direction.LeftToRight)
        self.info.setDirection(QBoxLayout.Direction.LeftToRight if landscape else QBoxLayout.Direction.TopToBottom)
        self.body.setStretch(0, 3 if landscape else 1)
        self.body.setStretch(1, 2 if landscape else 0)

    def place(self) -> str:
        return self.kiosk.plan.name(self.target, self.lang)

    def qr_payload(self) -> str:
        cfg = self.kiosk.config.library
        plan = self.kiosk.plan
        return " · ".join(filter(None, (
            f"{cfg.name_zh} {cfg.name_en}",
            f"{plan.name(self.target, 'zh_CN')} / {plan.name(self.target, 'en')}",
            self.call_number, self.book)))

    def _swap(self, floor: str) -> None:
        self.large_floor = floor
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(tr("Find it"))
        if not self.target:
            return
        plan, here = self.kiosk.plan, self.kiosk.config.library.terminal_place
        self.where.setText(tr("{book}: {place}, shelf mark {call}").format(
            book=self.book, place=self.place(), call=self.call_number))
        self._clear_plans()
        try:
            legs = plan.route(here, self.target)
        except PlanError as exc:
            self.steps.setText(str(exc))
            legs = []
        floors = [leg.floor for leg in legs]
        large = self.large_floor if self.large_floor in floors else floors[-1] if floors else ""
        theme = self.kiosk.theme
        for leg in legs:
            is_large = leg.floor == large
            view = FloorMapView(plan, leg.floor, theme.secondary if is_large else theme.small)
            view.setObjectName(f"map_floor_{leg.floor}")
            view.setMinimumSize(*((440, 308) if is_large else (300, 210)))
            view.show_route(self.target, leg, here, self.lang)
            shown = _Plan(plan.floor_name(leg.floor, self.lang), view)
            shown.tapped.connect(self._swap)
            (self.large if is_large else self.small).addWidget(shown, 1)
            self.views.append(view)
        self.small.addStretch(0)
        names = [plan.floor_name(f, self.lang) for f in floors]
        self.steps.setText(tr("Follow the orange line from the blue dot (you are here).") + (
            " " + tr("Take the stairs or the lift to {floor}.").format(floor=names[-1])
            if len(names) > 1 else ""))
        self.qr_hint.setText(tr("Scan the code to take this location with you."))
        self.qr.set_payload(self.qr_payload())

    def prompt(self) -> str:
        return self.where.text()
