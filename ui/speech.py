"""Spoken prompts for each screen and each result, through QtTextToSpeech.

The engine is chosen by name ("mock" in tests, the platform's default otherwise);
a missing engine or voice makes the terminal quiet, never broken.
"""
from __future__ import annotations

import logging
import os

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger(__name__)
LOCALES = {"zh_CN": QLocale(QLocale.Chinese, QLocale.China),
           "zh_HK": QLocale(QLocale.Chinese, QLocale.HongKong),
           "en": QLocale(QLocale.English, QLocale.UnitedKingdom)}


class Speaker(QObject):
    """say(text) interrupts what is being said; `said` reports each text (tests use it)."""

    said = Signal(str)

    def __init__(self, enabled: bool = True, engine: str | None = None, volume: float = 0.6,
                 parent=None):
        super().__init__(parent)
        self.enabled = enabled
        self.engine_name = engine or os.environ.get("KIOSK_TTS_ENGINE", "")
        self._tts: QTextToSpeech | None = None
        self.volume = volume
        if enabled:
            available = QTextToSpeech.availableEngines()
            name = self.engine_name if self.engine_name in available else ""
            if self.engine_name and not name:
                log.warning("speech engine %r not available (have %s)", self.engine_name,
                            available)
            self._tts = QTextToSpeech(name, self) if name else QTextToSpeech(self)
            if self._tts.state() == QTextToSpeech.State.Error:
                log.warning("speech engine unusable: %s", self._tts.errorString())
                self._tts = None
            else:
                self._tts.setVolume(volume)
        self.last = ""

    @property
    def engine(self) -> str:
        return self._tts.engine() if self._tts else ""

    def set_language(self, lang: str) -> None:
        if self._tts and lang in LOCALES:
            self._tts.setLocale(LOCALES[lang])

    def say(self, text: str) -> None:
        text = " ".join(text.split())
        if not self.enabled or not text:
            return
        self.last = text
        if self._tts:
            self._tts.stop()
            self._tts.say(text)
        self.said.emit(text)

    def stop(self) -> None:
        self.last = ""
        if self._tts:
            self._tts.stop()
