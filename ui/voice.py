"""The speech engine in a process of its own (`python -m ui.voice [engine]`).

A speech engine can hang: libspeechd waits forever on a speech-dispatcher that
has deadlocked (seen on a host without audio), and Qt makes that call on the
thread that owns the QTextToSpeech. In its own process the hang costs only
the voice: the terminal (ui.speech.Speaker) notices the silence and restarts it.

It reads one JSON command per line on stdin: {"lang": "zh_CN"}, {"volume": 0.6},
{"say": "text"}, {"stop": true}, {"probe": ["zh_CN", "en"]}; and writes one
JSON event per line on stdout: {"ready": engine} or {"error": why} at start,
{"saying": text} once a text is handed to the engine, {"word": w} for each
word spoken, {"voices": {lang: name or null}} for a probe.
"""
from __future__ import annotations

import ctypes
import json
import os
import signal
import sys
import threading

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal, Slot
from PySide6.QtTextToSpeech import QTextToSpeech

PR_SET_PDEATHSIG = 1                # <sys/prctl.h>
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


def _tell(event: dict) -> None:
    sys.stdout.write(json.dumps(event, ensure_ascii=False) + "\n")
    sys.stdout.flush()


class _Voice(QObject):
    """Obeys the commands read from stdin, on the thread that owns the engine."""

    line = Signal(str)
    ended = Signal()

    def __init__(self, tts: QTextToSpeech):
        super().__init__()
        self.tts = tts
        self.line.connect(self.obey)

    @Slot(str)
    def obey(self, line: str) -> None:
        tts, command = self.tts, json.loads(line)
        if command.get("lang") in LOCALES:
            voice_for(tts, command["lang"])
        if "volume" in command:
            tts.setVolume(float(command["volume"]))
        if "stop" in command:
            tts.stop()
        if "say" in command:
            tts.stop()
            tts.say(command["say"])
            _tell({"saying": command["say"]})
        if "probe" in command:
            found = {lang: (v.name() if (v := voice_for(tts, lang)) else None)
                     for lang in command["probe"] if lang in LOCALES}
            _tell({"voices": found})


def _die_with_the_terminal() -> None:
    """A voice stuck inside libspeechd never reads that its stdin closed: on Linux the
    kernel ends it when the terminal's process ends, however that ends."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() == 1:       # the terminal ended before the line above
            sys.exit(0)


def main(engine: str = "") -> int:
    _die_with_the_terminal()
    app = QCoreApplication([])
    tts = QTextToSpeech(engine) if engine else QTextToSpeech()
    if tts.state() == QTextToSpeech.State.Error or not tts.engine():
        _tell({"error": tts.errorString() or "no speech engine"})
        return 1
    tts.sayingWord.connect(lambda word, *_: _tell({"word": word}))
    _tell({"ready": tts.engine()})
    voice = _Voice(tts)
    voice.ended.connect(app.quit)

    def read() -> None:             # a thread: the signals queue each line, in order
        for line in sys.stdin:
            if line.strip():
                voice.line.emit(line)
        voice.ended.emit()          # stdin closed: the terminal has gone
    threading.Thread(target=read, daemon=True).start()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else ""))
