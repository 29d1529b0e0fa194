"""The attract screen: what a reader meets. Tap a card or pick a task."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout

from ui.i18n import tr
from ui.widgets.buttons import TileButton
from ui.widgets.common import icon_label, label

from .screen import Screen
from .texts import greeting

TILES = (("borrow", "borrow"), ("return", "return"), ("find", "search"),
         ("account", "account"), ("renew", "renew"), ("pay", "pay"))
# The attract screen speaks to both audiences: the prompt in the other language too.
BILINGUAL = {"zh_CN": "Tap your card or scan your e-card QR",
             "zh_HK": "Tap your card or scan your e-card QR",
             "en": "刷卡或扫描电子读者证"}


class AttractScreen(Screen):
    name = "attract"

    def __init__(self, kiosk):
        super().__init__(kiosk)
        top = QHBoxLayout()
        top.setSpacing(28)
        self.card_icon = icon_label("card", kiosk.theme.primary, 120)
        words = QHBoxLayout()
        self.prompt_label = label("", "title")
        self.prompt_label.setObjectName("attract_prompt")
        self.other = label("", "secondary")
        col = QGridLayout()
        col.addWidget(self.prompt_label, 0, 0)
        col.addWidget(self.other, 1, 0)
        words.addLayout(col)
        top.addWidget(self.card_icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(words, 1)
        self.layout_.addLayout(top)
        self.offline_note = label("", "warning")
        self.offline_note.hide()
        self.layout_.addWidget(self.offline_note)
        self.grid = QGridLayout()
        self.grid.setSpacing(28)
        self.tiles = {}
        for name, icon_name in TILES:
            tile = TileButton(name, icon_name)
            tile.setObjectName(f"tile_{name}")
            tile.clicked_name.connect(self._chosen)
            self.tiles[name] = tile
        self.layout_.addLayout(self.grid, 1)
        self._columns = 0
        self.set_landscape(False)

    def apply_theme(self, theme) -> None:
        from ui.widgets.common import icon_pixmap
        self.card_icon.setPixmap(icon_pixmap("card", theme.primary, 120))

    def set_landscape(self, landscape: bool) -> None:
        """Three by two tiles in landscape, two by three in portrait."""
        super().set_landscape(landscape)
        columns = 3 if landscape else 2
        if columns == self._columns:
            return
        self._columns = columns
        for tile in self.tiles.values():
            self.grid.removeWidget(tile)
        for n, (name, _) in enumerate(TILES):
            self.grid.addWidget(self.tiles[name], n // columns, n % columns)

    def retranslate(self) -> None:
        """A reader logged in (back here by Home) is greeted and asked for the next task."""
        session = self.kiosk.session
        self.prompt_label.setText(tr("What would you like to do next?") if session
                                  else tr("Tap your card or scan your e-card QR"))
        self.other.setText(greeting(session) if session else BILINGUAL[self.lang])
        labels = {"borrow": tr("Borrow"), "return": tr("Return"), "find": tr("Find a book"),
                  "account": tr("My account"), "renew": tr("Renew"), "pay": tr("Pay fees")}
        for name, tile in self.tiles.items():
            tile.set_label(labels[name])
        online = self.kiosk.window.online() if self.kiosk.window else True
        self.offline_note.setText(tr("Working offline: borrowing and returning still work; "
                                     "payments wait until we are back online."))
        self.offline_note.setVisible(not online)

    def enter(self, **params) -> None:
        self.retranslate()

    def prompt(self) -> str:
        return self.prompt_label.text()

    def _chosen(self, name: str) -> None:
        self.kiosk.window.go(name)

    def on_tags(self, event) -> None:
        """Books on the pad at the start screen: the reader most likely wants to return them
        only if no card follows; say what to do instead of guessing."""
        if event.added:
            self.say(tr("To borrow, tap your card first. To return, press Return."))
