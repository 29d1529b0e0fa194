"""The on-screen keyboard: Qt Virtual Keyboard's InputPanel (English, Pinyin and,
for Traditional Chinese, Cangjie) in a QQuickWidget docked at the bottom of a screen.

The keyboard has no zh_HK layout (its Chinese locales are zh_CN and zh_TW);
zh_TW's traditional-Chinese input method (TCIme) offers Cangjie, what Hong
Kong readers learn at school, and Zhuyin, so zh_HK screens get that.

Qt routes key input to the focused QLineEdit through the "qtvirtualkeyboard"
input method, which ui.app selects (QT_IM_MODULE) before the QApplication exists;
the panel itself never takes the focus, so the field the reader touched keeps it.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, QUrl
from PySide6.QtQuickWidgets import QQuickWidget
from PySide6.QtWidgets import QSizePolicy, QWidget

QML = Path(__file__).resolve().parent / "keyboard.qml"


class KeyboardPanel(QQuickWidget):
    """As high as the keyboard drawn at the width it gets (its keys keep their
    shape), and at least `narrowest` px wide so the keys stay big enough to hit.

    Qt Virtual Keyboard keeps ONE input context per application, bound to the
    InputPanel made last: a second panel, once destroyed, leaves it pointing at
    freed memory and the next focused field crashes the process. So there is one
    panel per process (``shared()``), docked by the screen that shows it and
    taken out of a window before that window is deleted (``release``)."""

    _shared: KeyboardPanel | None = None

    # the default style's keyboard (800 high at 2560 wide) with its candidates' bar
    # (85 at that width) always shown: height / width
    ASPECT = (800 + 85) / 2560

    def __init__(self, narrowest: int = 900, parent=None):
        super().__init__(parent)
        self.setResizeMode(QQuickWidget.ResizeMode.SizeRootObjectToView)
        self.setSource(QUrl.fromLocalFile(str(QML)))
        self.narrowest = narrowest
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        # a tap on a key must leave the focus where the reader put it: the keyboard
        # sends its keys and Pinyin to the focused field (no focus, nothing typed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.errors_text = "; ".join(e.toString() for e in self.errors())

    @classmethod
    def shared(cls) -> KeyboardPanel:
        """The process's one keyboard."""
        if cls._shared is None:
            cls._shared = cls()
        return cls._shared

    @classmethod
    def release(cls, window: QWidget) -> None:
        """Take the keyboard out of a window about to be deleted (it lives on)."""
        panel = cls._shared
        if panel is not None and window.isAncestorOf(panel):
            panel.hide()
            panel.setParent(None)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return round(width * self.ASPECT) + 4

    def sizeHint(self) -> QSize:
        return QSize(self.narrowest, self.heightForWidth(self.narrowest))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    @property
    def ready(self) -> bool:
        """The keyboard types into the focused field (its input method is set)."""
        root = self.rootObject()
        return bool(root is not None and root.property("ready"))

    @property
    def ok(self) -> bool:
        return self.status() == QQuickWidget.Status.Ready

    def set_language(self, lang: str) -> None:
        """Simplified Chinese screens start in Pinyin, Traditional ones in Cangjie, English
        ones in English; the globe key switches."""
        root = self.rootObject()
        if root is not None:
            root.setProperty("locale", {"en": "en_US", "zh_HK": "zh_TW"}.get(lang, "zh_CN"))

    # -- what a reader sees on it (the screenshot tour and the tests tap by these) ---------
    def texts(self, kind: str = "key") -> dict:
        """The visible keys ("key") or word candidates ("candidate") by the text they
        show (the keys that show an icon by their job: "enter", "backspace", …), as
        the scene is drawn now."""
        found: dict = {}
        root = self.rootObject()
        if root is None:
            return found
        self.grabFramebuffer()           # lays the scene out anew, as the next frame will
        for item in _items(root):
            text = item.property("text")
            if not isinstance(text, str) or not item.isVisible() or item.width() <= 0:
                continue
            name = item.metaObject().className()
            is_key = "Key" in name and "Keyboard" not in name
            text = next((job for cls, job in ICON_KEYS.items() if name.startswith(cls)), text)
            in_bar = any(p.objectName() == "wordCandidateView" for p in _parents(item))
            if (kind == "key" and is_key) or (kind == "candidate" and in_bar):
                found.setdefault(text, item)
        return found

    def tap_point(self, text: str, kind: str = "key") -> QPoint | None:
        """Where a finger taps for `text`, once it is drawn in place (candidates slide
        into their bar when they change), or None."""
        item = self.texts(kind).get(text)
        if item is None:
            return None
        frame = QRectF(0, 0, self.width(), self.height())
        if kind == "candidate":          # the whole candidate, not its text's box
            item = next(p for p in _parents(item)
                        if "SelectionListItem" in p.metaObject().className())
            bar = next(p for p in _parents(item) if p.objectName() == "wordCandidateView")
            frame = QRectF(bar.mapToScene(QPointF(0, 0)), bar.size())
        box = QRectF(item.mapToScene(QPointF(0, 0)), item.size())
        inside = box.top() >= frame.top() - 1 and box.bottom() <= frame.bottom() + 1 \
            and frame.contains(box.center())
        return box.center().toPoint() if inside else None


ICON_KEYS = {"EnterKey": "enter", "BackspaceKey": "backspace", "ShiftKey": "shift",
             "SpaceKey": "space", "ChangeLanguageKey": "language",
             "SymbolModeKey": "symbols", "HideKeyboardKey": "hide"}


def _items(item):
    yield item
    for child in item.childItems():
        yield from _items(child)


def _parents(item):
    while item is not None:
        yield item
        item = item.parentItem()
