"""The desk's own translation catalogue (assets/i18n/staff_<lang>.qm).

Strings go through ui.i18n.tr (context QCoreApplication) like the terminal's;
the desk installs its own translator beside the terminal's, so the two
catalogues never collide in one file. English is the source language.
"""
from __future__ import annotations

from PySide6.QtCore import QLocale, QTranslator

from kiosk.config import LANGUAGES
from ui.app import running_app
from ui.i18n import I18N_DIR

_installed: list[QTranslator] = []


def qm_path(lang: str):
    return I18N_DIR / f"staff_{lang}.qm"


def install(lang: str) -> None:
    """Make `lang` the desk's language (replacing the one before)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    app = running_app()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale({"zh_CN": "zh_CN", "zh_HK": "zh_HK"}.get(lang, "en_GB")))
    if lang == "en":
        return
    translator = QTranslator(app)
    if not translator.load(str(qm_path(lang))):
        raise FileNotFoundError(f"{qm_path(lang)}: the desk's translation is missing")
    app.installTranslator(translator)
    _installed.append(translator)
