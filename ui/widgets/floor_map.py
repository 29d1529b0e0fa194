"""One floor of the building: the SVG plan, the target place highlighted, the
route drawn over it, and labels in the reader's language."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtSvgWidgets import QGraphicsSvgItem
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView

from ui.floor_plan import FloorPlan, Leg

HIGHLIGHT = QColor("#E8590C")


class FloorMapView(QGraphicsView):
    def __init__(self, plan: FloorPlan, floor: str, parent=None):
        super().__init__(parent)
        self.plan, self.floor = plan, floor
        self.setFrameShape(QFrame.NoFrame)
        self.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setInteractive(False)
        self.renderer = QSvgRenderer(str(plan.svg_path(floor)), self)
        self.scene_ = QGraphicsScene(self)
        self.setScene(self.scene_)
        self.highlighted = ""
        self.drawn_route: tuple[tuple[float, float], ...] = ()

    def show_route(self, target: str, leg: Leg | None, here: str, lang: str) -> None:
        """Draw the floor, highlight `target` (if on this floor), the leg, the labels."""
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
        if leg and len(leg.points) > 1:
            path = QPainterPath(QPointF(*leg.points[0]))
            for x, y in leg.points[1:]:
                path.lineTo(x, y)
            pen = QPen(HIGHLIGHT, 12, Qt.DashLine, Qt.RoundCap, Qt.RoundJoin)
            scene.addPath(path, pen)
            end = QPointF(*leg.points[-1])
            scene.addEllipse(QRectF(end.x() - 16, end.y() - 16, 32, 32), QPen(Qt.white, 4),
                             QBrush(HIGHLIGHT))
        if self.renderer.elementExists(here):
            box = self.renderer.boundsOnElement(here)
            c = box.center()
            scene.addEllipse(QRectF(c.x() - 20, c.y() - 20, 40, 40), QPen(Qt.white, 5),
                             QBrush(QColor("#0B4F8A")))
        font = QFont()
        font.setPixelSize(32)
        font.setBold(True)
        for place in self.plan.places:
            if not self.renderer.elementExists(place):
                continue
            box = self.renderer.boundsOnElement(place)
            text = scene.addSimpleText(self.plan.name(place, lang), font)
            text.setBrush(QColor("#10243E") if place != target else HIGHLIGHT.darker(140))
            r = text.boundingRect()
            x = box.center().x() - r.width() / 2
            y = box.center().y() - r.height() / 2 if box.height() > 90 else box.top() - r.height() - 2
            text.setPos(max(24, min(x, 976 - r.width())), max(24, y))
        self.setSceneRect(QRectF(0, 0, 1000, 700))
        self.fitInView(self.sceneRect(), Qt.KeepAspectRatio)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.fitInView(QRectF(0, 0, 1000, 700), Qt.KeepAspectRatio)
