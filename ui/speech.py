"""Spoken prompts for each screen and each result.

The engine (QtTextToSpeech, chosen by name: "mock" in tests, the platform's
default otherwise) runs in a process of its own (ui.voice): a speech engine
that hangs must never freeze the terminal. A voice that does not take a text
within ANSWER_MS is killed and started again; after MAX_RESTARTS the terminal
stays quiet. A missing engine or voice makes the terminal quiet, never broken.
"""
from __future__ import annotations

import json
import logging
import os
import subprocess
import sys

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

log = logging.getLogger(__name__)
#: how the voice process is started (the bundle's entry runs `-m ui.voice` too)
VOICE_COMMAND = [sys.executable, "-m", "ui.voice"]
ANSWER_MS = 5000
MAX_RESTARTS = 3


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
        self.volume = volume
        self.engine = ""            # the engine's name once the voice process is ready
        self._lang = ""
        self._restarts = 0
        self._voice: QProcess | None = None
        self._unanswered = QTimer(self, singleShot=True, interval=ANSWER_MS)
        self._unanswered.timeout.connect(self._hung)
        if enabled:
            self._start()

    def _start(self) -> None:
        voice = QProcess(self)
        voice.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        voice.readyReadStandardOutput.connect(self._read)
        voice.finished.connect(self._ended)
        voice.start(VOICE_COMMAND[0], [*VOICE_COMMAND[1:], self.engine_name])
        self._voice = voice
        self._send({"volume": self.volume, **({"lang": self._lang} if self._lang else {})})

    def _send(self, command: dict) -> None:
        if self._voice is not None:
            self._voice.write((json.dumps(command, ensure_ascii=False) + "\n").encode())

    def _read(self) -> None:
        voice = self._voice
        while voice is not None and voice.canReadLine():
            event = json.loads(bytes(voice.readLine().data()).decode())
            if "ready" in event:
                self.engine = event["ready"]
            elif "error" in event:
                log.warning("speech engine unusable: %s", event["error"])
                self._stop_voice()
            elif "saying" in event:
                self._unanswered.stop()
                self._restarts = 0
            elif "word" in event:
                self.heard.emit(event["word"])

    def _hung(self) -> None:
        self._stop_voice()
        self._restarts += 1
        if self._restarts > MAX_RESTARTS:
            log.warning("speech engine did not answer %d times: the terminal stays quiet",
                        self._restarts)
            return
        log.warning("speech engine did not answer in %d ms: started again", ANSWER_MS)
        self._start()

    def _ended(self) -> None:
        if self._voice is not None and self._voice is self.sender():
            log.warning("speech engine stopped (exit %s)", self._voice.exitCode())
            self._voice = None
            self._unanswered.stop()

    def _stop_voice(self) -> None:
        voice, self._voice = self._voice, None
        self._unanswered.stop()
        if voice is not None:
            voice.finished.disconnect(self._ended)
            voice.kill()
            voice.waitForFinished(1000)
            voice.deleteLater()

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self._send({"lang": lang})

    def say(self, text: str) -> None:
        text = " ".join(text.split())
        if not self.enabled or not text:
            return
        if self._voice is not None:
            self._send({"say": text})
            if not self._unanswered.isActive():
                self._unanswered.start()
        self.said.emit(text)

    def stop(self) -> None:
        self._send({"stop": True})


def probe(engine: str, langs: list[str], timeout_s: float = 15.0) -> dict:
    """What the voice process finds: {"engine": name, "voices": {lang: name|None}},
    {"error": why}, or {"error": ...} when it does not answer in time."""
    try:
        done = subprocess.run(
            [*VOICE_COMMAND, engine], input=json.dumps({"probe": langs}) + "\n",
            capture_output=True, text=True, timeout=timeout_s, check=False)
    except subprocess.TimeoutExpired:
        return {"error": f"the speech engine did not answer in {timeout_s:.0f} s "
                         "(is speech-dispatcher hung?)"}
    found: dict = {}
    for line in done.stdout.splitlines():
        event = json.loads(line)
        if "ready" in event:
            found["engine"] = event["ready"]
        found.update({k: v for k, v in event.items() if k in ("error", "voices")})
    return found or {"error": done.stderr.strip()[-200:] or f"exit {done.returncode}"}
