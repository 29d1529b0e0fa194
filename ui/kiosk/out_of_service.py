"""Out of service: the terminal cannot serve (no pad and no scanner, or no data at
all), so it says so and where to go instead."""
from __future__ import annotations

from PySide6.QtCore import Qt

from ui.i18n import tr
from ui.widgets.common import icon_label, label

from .screen import Screen


class OutOfServiceScreen(Screen):
    name = "out_of_service"

    def __init__(self, kiosk):
        super().__init__(kiosk)
        self.layout_.addStretch(1)
        self.glyph = icon_label("warning", kiosk.theme.warning, 180)
        self.layout_.addWidget(self.glyph, 0, Qt.AlignmentFlag.AlignHCenter)
        self.heading = label("", "title")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = label("", "prompt")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reason = label("", "secondary")
        self.reason.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for w in (self.heading, self.text, self.reason):
            self.layout_.addWidget(w)
        self.layout_.addStretch(2)
        self.why = ""

    def apply_theme(self, theme) -> None:
        from ui.widgets.common import icon_pixmap
        self.glyph.setPixmap(icon_pixmap("warning", theme.warning, 180))

    def enter(self, why: str = "", **params) -> None:
        self.why = why or self.why
        self.retranslate()

    def on_card(self, uid: str) -> None:
        self.say(self.text.text())

    def on_scan(self, code, kind, patron_id) -> None:
        self.say(self.text.text())

    def retranslate(self) -> None:
        self.heading.setText(tr("Sorry, this terminal is out of service"))
        self.text.setText(tr("Please go to the service desk on the ground floor; the staff "
                             "there can lend, return and renew for you."))
        self.reason.setText({"no_reader": tr("The book pad is not working."),
                             "no_data": tr("The library system cannot be reached.")
                             }.get(self.why, ""))

    def prompt(self) -> str:
        return self.heading.text() + "。" + self.text.text()
