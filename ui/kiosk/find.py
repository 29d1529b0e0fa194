"""Find a book: a search box with the on-screen keyboard (Pinyin and English),
results with availability here and elsewhere; tap one for its copies."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLineEdit, QVBoxLayout

from ui.i18n import hong_kong, tr
from ui.widgets.access import make_tappable
from ui.widgets.buttons import BigButton
from ui.widgets.common import ScrollList, label
from ui.widgets.keyboard import KeyboardPanel

from .screen import Screen


def place_name(zh: str, en: str, lang: str) -> str:
    if lang == "en":
        return en or zh
    if lang == "zh_HK":
        return hong_kong(zh or en)
    return zh or en


def split_name(both: str, lang: str) -> str:
    """Service names come as "中文 / English"; show the reader's half."""
    zh, _, en = both.partition(" / ")
    return place_name(zh.strip(), en.strip(), lang)


class ResultCard(QFrame):
    def __init__(self, hit, branch: str, lang: str, on_tap):
        super().__init__()
        self.hit = hit
        self.setProperty("kind", "card")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setObjectName(f"result_{hit.title.id}")
        box = QVBoxLayout(self)
        box.setContentsMargins(28, 20, 28, 20)
        box.setSpacing(6)
        t = hit.title
        title = label(t.title)
        title.setStyleSheet("font-weight: 700;")
        box.addWidget(title)
        box.addWidget(label(" · ".join(filter(None, (t.author, t.call_number))), "secondary"))
        here = [a for a in hit.availability if a.location_id.startswith(branch)]
        elsewhere = [a for a in hit.availability if not a.location_id.startswith(branch)]
        here_n = sum(a.available for a in here)
        far_n = sum(a.available for a in elsewhere)
        if here_n:
            where = ", ".join(place_name(a.location_zh, a.location_en, lang)
                              for a in here if a.available)
            line = label(tr("Available here: {n} ({where})").format(n=here_n, where=where),
                         "success")
        elif far_n:
            line = label(tr("Not on the shelf here; {n} at other branches").format(n=far_n),
                         "warning")
        else:
            line = label(tr("All copies are out; you can place a hold"), "warning")
        box.addWidget(line)
        self._on_tap = on_tap
        make_tappable(self, " · ".join(filter(None, (t.title, t.author, line.text()))))

    def mouseReleaseEvent(self, event):
        self._on_tap(self.hit)


class FindScreen(Screen):
    name = "find"

    def __init__(self, kiosk):
        super().__init__(kiosk)
        self.title = label("", "title")
        self.layout_.addWidget(self.title)
        row = QHBoxLayout()
        row.setSpacing(16)
        self.query = QLineEdit()
        self.query.setObjectName("find_query")
        self.query.returnPressed.connect(self.search)
        self.go_button = BigButton(kind="primary", icon_name="search")
        self.go_button.setObjectName("find_go")
        self.go_button.clicked.connect(self.search)
        row.addWidget(self.query, 1)
        row.addWidget(self.go_button)
        self.layout_.addLayout(row)
        self.status = label("", "secondary")
        self.layout_.addWidget(self.status)
        self.results = ScrollList()
        self.keyboard = KeyboardPanel.shared()
        self.keyboard.setObjectName("find_keyboard")
        self.body = QBoxLayout(QBoxLayout.Direction.TopToBottom)     # the keyboard under the
        self.body.setSpacing(28)                           # results, or beside them
        self.body.addWidget(self.results, 1)
        self.layout_.addLayout(self.body, 1)
        self._dock_keyboard()
        self.hits = []
        self.query.installEventFilter(self)

    def _dock_keyboard(self) -> None:
        """The process's one keyboard under (or beside) this screen's results."""
        if self.body.indexOf(self.keyboard) < 0:
            self.body.addWidget(self.keyboard, 0, Qt.AlignmentFlag.AlignBottom)

    def eventFilter(self, obj, event):
        from PySide6.QtCore import QEvent
        if obj is self.query and event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.FocusIn):
            self._dock_keyboard()
            self.keyboard.show()
        return False

    def set_landscape(self, landscape: bool) -> None:
        super().set_landscape(landscape)
        self.body.setDirection(QBoxLayout.Direction.LeftToRight if landscape else QBoxLayout.Direction.TopToBottom)
        self.body.setStretch(1, 1 if landscape else 0)

    def retranslate(self) -> None:
        self.title.setText(tr("Find a book"))
        self.query.setPlaceholderText(tr("Title, author, pinyin or ISBN"))
        self.query.setAccessibleName(tr("Search for a book"))
        self.query.setAccessibleDescription(self.query.placeholderText())
        self.go_button.setText(tr("Search"))
        self.keyboard.set_language(self.lang)
        self._show_results()

    def prompt(self) -> str:
        return tr("Type a title, an author, pinyin or an ISBN, then press Search.")

    def enter(self, **params) -> None:
        self._dock_keyboard()
        if not self.hits:
            self.keyboard.show()
            QTimer.singleShot(0, self.query.setFocus)

    def clear(self) -> None:
        self.query.clear()
        self.hits = []
        self.results.clear()
        self.status.clear()

    def on_scan(self, code: str, kind: str, patron_id: str) -> None:
        if kind == "ecard":
            super().on_scan(code, kind, patron_id)
        else:
            self.query.setText(code)
            self.search()

    def search(self) -> None:
        text = self.query.text().strip()
        if not text:
            return
        self.query.clearFocus()
        self.keyboard.hide()
        self.run(self.kiosk.terminal.catalogue.search, text, done=self._found,
                 busy_text=tr("Searching…"))

    def _found(self, hits) -> None:
        self.hits = list(hits)
        self._show_results()
        self.say(self.status.text())

    def _show_results(self) -> None:
        self.results.clear()
        if not self.query.text().strip():
            self.status.clear()
            return
        n = len(self.hits)
        self.status.setText((tr("1 result") if n == 1 else tr("{n} results").format(n=n))
                            if self.hits
                            else tr("Nothing found. Try fewer words or pinyin."))
        branch = self.kiosk.config.library.branch
        for hit in self.hits:
            card = ResultCard(hit, branch, self.lang, self._open)
            self.results.add(self.kiosk.window.themed(card) if self.kiosk.window else card)

    def _open(self, hit) -> None:
        self.kiosk.window.go("title", title_id=hit.title.id)
