"""What a screen reader (Orca, through QAccessible) is told about the terminal's
own tappable rows and cards: they are not QPushButtons, so Qt would call them
frames with no name. A widget with the property `tappable` is announced as a
button named by its accessibleName (set from the words it shows); one with the
property `picture` as a graphic with its name and description."""
from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAccessibleWidget, QWidget

_installed = False


def _factory(_class_name: str, obj) -> QAccessibleWidget | None:
    if isinstance(obj, QWidget) and obj.property("tappable"):
        return QAccessibleWidget(obj, QAccessible.Role.Button)
    if isinstance(obj, QWidget) and obj.property("picture"):
        return QAccessibleWidget(obj, QAccessible.Role.Graphic)
    return None


def install() -> None:
    """Once per process, before the first tappable widget is asked about."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def make_tappable(widget: QWidget, name: str) -> None:
    widget.setProperty("tappable", True)
    widget.setAccessibleName(name)
