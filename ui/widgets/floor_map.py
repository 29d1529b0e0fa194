"""One floor of the building: the SVG plan, the target place highlighted, the
route drawn over it, and labels in the reader's language.

Labels are laid out for the size the plan is shown at: their font is chosen
in screen pixels (the type scale's, never under 24 px as drawn) and turned
into plan units by the view's scale, then each label is wrapped to fit inside
its place's box. A label that cannot fit a small box (the lift, "you are
here") sits just outside it where nothing else is; on a plan drawn too small
for a label at 24 px, that label is left out rather than shrunk or overlapped.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtSvgWidgets import QGraphicsSvgItem
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView

from ui.floor_plan import FloorPlan, Leg

HIGHLIGHT = QColor("#E8590C")
INK = QColor("#10243E")
SCENE = QRectF(0, 0, 1000, 700)        # the plans' SVG viewBox
MIN_PX = 24                            # nothing on screen under 24 px (UI.md)
PAD = 8                                # plan units between a label and its box's edge
SMALL_BOX = 100                        # a box this narrow or low may be labelled outside
CJK = re.compile(r"[\u3000-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class MapLabel:
    place: str
    text: str                          # as drawn, lines joined by "\n"
    rect: QRectF                       # in plan units
    px: int                            # font size in plan units
    inside: bool                       # within its place's box (else just outside it)


def wrap(text: str, metrics: QFontMetricsF, width: float) -> list[str] | None:
    """Greedy line breaking at spaces, and between Chinese characters when a
    word is too wide; None when some word cannot be made to fit."""
    units: list[tuple[str, str]] = []               # (text, separator before it)
    for word in text.split():
        if metrics.horizontalAdvance(word) <= width:
            units.append((word, " "))
        elif CJK.search(word):
            units += [(ch, " " if i == 0 else "") for i, ch in enumerate(word)]
        else:
            return None
    lines: list[str] = []
    for unit, sep in units:
        trial = lines[-1] + sep + unit if lines else unit
        if lines and metrics.horizontalAdvance(trial) <= width:
            lines[-1] = trial
        elif metrics.horizontalAdvance(unit) <= width:
            lines.append(unit)
        else:
            return None
    return lines


class FloorMapView(QGraphicsView):
    """label_px: the labels' size on screen; labels never go under MIN_PX."""

    def __init__(self, plan: FloorPlan, floor: str, label_px: int = 28, parent=None):
        super().__init__(parent)
        self.plan, self.floor, self.label_px = plan, floor, max(label_px, MIN_PX)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setInteractive(False)
        self.renderer = QSvgRenderer(str(plan.svg_path(floor)), self)
        self.scene_ = QGraphicsScene(self)
        self.setScene(self.scene_)
        self.setSceneRect(SCENE)
        self.highlighted = ""
        self.drawn_route: tuple[tuple[float, float], ...] = ()
        self.labels: list[MapLabel] = []
        self._marks: list[QRectF] = []     # the route and the dot: outside labels keep off
        self._route: tuple = ()            # (target, leg, here, lang) as last shown
        self._scale = 0.0

    @property
    def scale_(self) -> float:
        """Screen pixels per plan unit."""
        return self.transform().m11()

    def show_route(self, target: str, leg: Leg | None, here: str, lang: str) -> None:
        """Draw the floor, highlight `target` (if on this floor), the leg, the labels."""
        self._route = (target, leg, here, lang)
        self._scale = 0.0
        self._fit()

    def _draw(self) -> None:
        """The whole scene anew (labels depend on the scale; Qt owns every item)."""
        target, leg, here, lang = self._route
        scene = self.scene_
        scene.clear()
        base = QGraphicsSvgItem()
        base.setSharedRenderer(self.renderer)
        scene.addItem(base)
        self.highlighted = ""
        if self.renderer.elementExists(target):
            box = self.renderer.boundsOnElement(target)
            scene.addRect(box.adjusted(-6, -6, 6, 6), QPen(HIGHLIGHT, 10),
                          QBrush(QColor(232, 89, 12, 70)))
            self.highlighted = target
        self.drawn_route = leg.points if leg else ()
        self._marks = [QRectF(QPointF(*a), QPointF(*b)).normalized().adjusted(-12, -12, 12, 12)
                       for a, b in zip(self.drawn_route, self.drawn_route[1:])]
        if leg and len(leg.points) > 1:
            path = QPainterPath(QPointF(*leg.points[0]))
            for x, y in leg.points[1:]:
                path.lineTo(x, y)
            pen = QPen(HIGHLIGHT, 12, Qt.PenStyle.DashLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
            scene.addPath(path, pen).setZValue(3)
            end = QPointF(*leg.points[-1])
            scene.addEllipse(QRectF(end.x() - 16, end.y() - 16, 32, 32), QPen(Qt.GlobalColor.white, 4),
                             QBrush(HIGHLIGHT)).setZValue(4)
        if self.renderer.elementExists(here):
            c = self.renderer.boundsOnElement(here).center()
            self._marks.append(QRectF(c.x() - 24, c.y() - 24, 48, 48))
            scene.addEllipse(QRectF(c.x() - 20, c.y() - 20, 40, 40), QPen(Qt.GlobalColor.white, 5),
                             QBrush(QColor("#0B4F8A"))).setZValue(4)
        self._place_labels(target, lang)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        self.fitInView(SCENE, Qt.AspectRatioMode.KeepAspectRatio)
        if self._route and not math.isclose(self.scale_, self._scale, rel_tol=0.01):
            self._scale = self.scale_
            self._draw()

    # -- labels ---------------------------------------------------------------------------
    def _place_labels(self, target: str, lang: str) -> None:
        self.labels = []
        scale = self.scale_
        if scale <= 0:
            return
        places = [p for p in self.plan.places if self.renderer.elementExists(p)]
        boxes = {p: self.renderer.boundsOnElement(p) for p in places}
        outside = []
        for place in places:
            text = self.plan.short_name(place, lang)
            fitted = self._fit_inside(place, text, boxes[place], scale)
            if fitted:
                self._add(fitted, target)
            elif min(boxes[place].width(), boxes[place].height()) < SMALL_BOX:
                outside.append((place, text))
        for place, text in outside:        # after the boxes' own labels, around them
            if fitted := self._fit_outside(place, text, boxes, scale):
                self._add(fitted, target)

    def _font(self, px: int) -> QFont:
        font = QFont()
        font.setPixelSize(px)
        font.setBold(True)
        return font

    def _sizes(self, scale: float) -> list[int]:
        """Whole font sizes in plan units, from the wanted size down to the 24 px floor."""
        wanted, least = math.ceil(self.label_px / scale), math.ceil(MIN_PX / scale)
        step = max(1, round(2 / scale))
        return [*range(wanted, least, -step), least]

    def _fit_inside(self, place: str, text: str, box: QRectF, scale: float):
        inner = box.adjusted(PAD, PAD, -PAD, -PAD)
        for px in self._sizes(scale):
            metrics = QFontMetricsF(self._font(px))
            lines = wrap(text, metrics, inner.width())
            if lines and len(lines) * metrics.height() <= inner.height():
                w = max(metrics.horizontalAdvance(line) for line in lines)
                h = len(lines) * metrics.height()
                rect = QRectF(box.center().x() - w / 2, box.center().y() - h / 2, w, h)
                return MapLabel(place, "\n".join(lines), rect, px, True)
        return None

    def _fit_outside(self, place: str, text: str, boxes: dict, scale: float):
        box = boxes[place]
        px = math.ceil(MIN_PX / scale)
        metrics = QFontMetricsF(self._font(px))
        w, h = metrics.horizontalAdvance(text), metrics.height()
        x, y = box.center().x() - w / 2, box.center().y() - h / 2
        taken = [label.rect for label in self.labels] + self._marks + \
                [b for p, b in boxes.items() if p != place]
        for left, top in ((x, box.top() - h - 4), (x, box.bottom() + 4),
                          (box.right() + 6, y), (box.left() - w - 6, y)):
            rect = QRectF(left, top, w, h)
            if SCENE.adjusted(24, 24, -24, -24).contains(rect) and \
                    not any(rect.intersects(other) for other in taken):
                return MapLabel(place, text, rect, px, False)
        return None

    def _add(self, label: MapLabel, target: str) -> None:
        font = self._font(label.px)
        metrics = QFontMetricsF(font)
        backing = self.scene_.addRect(label.rect.adjusted(-4, -2, 4, 2), QPen(Qt.PenStyle.NoPen),
                                      QBrush(QColor(255, 255, 255, 215)))
        backing.setZValue(5)
        colour = HIGHLIGHT.darker(140) if label.place == target else INK
        for i, line in enumerate(label.text.split("\n")):
            item = self.scene_.addSimpleText(line, font)
            item.setBrush(QBrush(colour))
            item.setZValue(6)
            x = label.rect.center().x() - metrics.horizontalAdvance(line) / 2
            item.setPos(x, label.rect.top() + i * metrics.height())
        self.labels.append(label)
