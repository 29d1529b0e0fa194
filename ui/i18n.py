"""Runtime language switching with Qt Linguist translations.

Source strings are English and go through `tr()`; pyside6-lupdate files a bare
`tr()` call with a literal under the empty context, the context `tr` translates
in, so one function serves every module (the i18n tests check the round trip). Switching installs a
new QTranslator; Qt then sends QEvent.Type.LanguageChange to every widget, and each
screen re-sets its texts in `retranslate()`.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator, Signal

from kiosk.config import LANGUAGES
from ui.assets import asset_path

I18N_DIR = asset_path("i18n")
CONTEXT = ""
# Labels for the language buttons, each in its own language.
LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English", "zh_HK": "繁體中文"}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# OpenCC's s2hk follows Hong Kong's glyph table (常用字字形表) down to code points that
# Hong Kong text (Big5) writes otherwise, and that read as simplified or Japanese forms.
_HK_CODE_POINTS = str.maketrans("户説閲", "戶說閱")


@lru_cache(maxsize=1)
def _s2hk():
    from opencc import OpenCC
    return OpenCC("s2hk")


def hong_kong(simplified: str) -> str:
    """Simplified Chinese in Hong Kong's traditional characters and wording."""
    return _s2hk().convert(simplified).translate(_HK_CODE_POINTS)


def qm_path(lang: str) -> Path:
    return I18N_DIR / f"kiosk_{lang}.qm"


class Languages(QObject):
    """The current language; `changed` fires after the new translator is in place."""

    changed = Signal(str)

    def __init__(self, lang: str = "zh_CN", parent=None):
        super().__init__(parent)
        self._translator: QTranslator | None = None
        self.current = ""
        self.switch(lang)

    def switch(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
        if lang == self.current:
            return
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("languages are switched in a running Qt application")
        translator = QTranslator(self)
        if not translator.load(str(qm_path(lang))):
            raise FileNotFoundError(f"{qm_path(lang)}: translation missing; run "
                                    "`python -m ui.i18n_build`")
        if self._translator is not None:
            app.removeTranslator(self._translator)
        app.installTranslator(translator)
        self._translator = translator
        self.current = lang
        QLocale.setDefault(QLocale("zh_CN" if lang == "zh_CN" else
                                   "zh_HK" if lang == "zh_HK" else "en_GB"))
        self.changed.emit(lang)
