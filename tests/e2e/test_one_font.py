"""One type family on every screen (UI.md): bold headings, the header and the
footer used to come out in Qt's default family (DejaVu Sans) while the tiles
were in Noto Sans CJK, because they were styled before the font was set."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QAbstractButton, QLabel

from ui.app import font_family


def families_shown(window) -> dict[str, str]:
    """The family each visible text is drawn in, by its text."""
    texts = [*window.findChildren(QLabel), *window.findChildren(QAbstractButton)]
    return {w.text(): QFontInfo(w.font()).family() for w in texts
            if w.isVisible() and w.text().strip()}


def test_every_visible_text_is_in_the_languages_family(qtbot, demo):
    for lang in ("en", "zh_HK", "zh_CN"):
        qtbot.mouseClick(demo.window.header.language_buttons[lang], Qt.MouseButton.LeftButton)
        wanted = font_family(lang)
        shown = families_shown(demo.window)
        assert len(shown) > 10
        assert {text: family for text, family in shown.items() if family != wanted} == {}
