"""The QApplication for the terminal: input method, fonts, style and translations.

Everything that must happen before the first widget exists lives here: the
virtual keyboard input method and the Qt Quick software backend (so the
keyboard also renders offscreen) are chosen by environment variable, which Qt
reads only when the application object is created.
"""
from __future__ import annotations

import os
import sys

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from ui.assets import asset_path
from ui.theme import Theme, stylesheet

FONTS = {
    "zh_CN": ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Zen Hei"),
    "zh_HK": ("Noto Sans CJK HK", "Noto Sans CJK TC", "Noto Sans HK", "Noto Sans TC"),
    "en": ("Noto Sans CJK SC", "Noto Sans", "DejaVu Sans"),
}
FONT_DIR = asset_path("fonts")


def prepare_environment() -> None:
    os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
    os.environ.setdefault("QT_QUICK_BACKEND", "software")
    os.environ.setdefault("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1")


def application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication (made if needed), with bundled fonts registered."""
    prepare_environment()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else \
        QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("kiosk")
    app.setOrganizationName("library-kiosk")
    if FONT_DIR.is_dir():
        for path in sorted(FONT_DIR.iterdir()):
            if path.suffix.lower() in (".otf", ".ttf", ".otc", ".ttc"):
                QFontDatabase.addApplicationFont(str(path))
    return app


def running_app() -> QApplication:
    """The QApplication this process runs (made by ``application()``)."""
    app = QApplication.instance()
    if app is None:
        raise RuntimeError("no QApplication: call ui.app.application() first")
    assert isinstance(app, QApplication), "the kiosk runs a widgets application"
    return app


def font_family(lang: str) -> str:
    """The first installed family for the language (Noto Sans CJK SC / HK)."""
    installed = set(QFontDatabase.families())
    for family in FONTS.get(lang, FONTS["zh_CN"]):
        if family in installed:
            return family
    return QFont().defaultFamily()


def apply_look(app: QApplication, theme: Theme, lang: str) -> None:
    """Font and style sheet for a theme and language; each only when it changes, as
    restyling every widget is slow (zh_CN and en share a font: a language switch
    between them restyles nothing)."""
    family = font_family(lang)
    font = QFont(family)
    font.setPixelSize(theme.body)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    if app.font() != font:
        app.setFont(font)
    sheet = stylesheet(theme, family)
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
