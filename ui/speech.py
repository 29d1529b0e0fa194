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
LOCALES = {"zh_CN": QLocale(QLocale.Language.Chinese, QLocale.Country.China),
           "zh_HK": QLocale(QLocale.Language.Chinese, QLocale.Country.HongKong),
           "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)}
# speech-dispatcher names espeak-ng's Chinese voices by language codes Qt has no
# locale for (cmn, yue): such voices sit under the C locale and are found by name
VOICE_NAMES = {"zh_CN": "Mandarin", "zh_HK": "Cantonese", "en": "English"}


def voice_for(tts: QTextToSpeech, lang: str):
    """Set the engine to `lang` and return the voice it will speak with (None: none).
    The locale's own voice if the engine has that locale, else one found by name."""
    wanted = LOCALES[lang]
    tts.setLocale(wanted)
    if tts.locale().language() == wanted.language() and tts.availableVoices():
        return tts.availableVoices()[0]
    tts.setLocale(QLocale.c())
    voice = next((v for v in tts.availableVoices() if VOICE_NAMES[lang] in v.name()), None)
    if voice is not None:
        tts.setVoice(voice)
    return voice


class Speaker(QObject):
    """say(text) interrupts what is being said; `said` reports each text handed to the
    engine, `heard` each word the engine then speaks (what a listener hears)."""

    said = Signal(str)
    heard = Signal(str)

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
                self._tts.sayingWord.connect(lambda word, *_: self.heard.emit(word))
        self.last = ""

    @property
    def engine(self) -> str:
        return self._tts.engine() if self._tts else ""

    def set_language(self, lang: str) -> None:
        if self._tts and lang in LOCALES and voice_for(self._tts, lang) is None:
            log.warning("no %s voice in speech engine %s", lang, self._tts.engine())

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
