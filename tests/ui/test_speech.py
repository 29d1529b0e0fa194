"""Speech: the engine's words reach a listener, and an engine that hangs never
freezes the terminal (a speech-dispatcher that accepts and never answers, as a
deadlocked one does, is met by the real libspeechd in Qt's speechd engine)."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtTextToSpeech import QTextToSpeech

from tests.peers import require_peer
from ui.speech import ANSWER_MS, Speaker, probe


def test_each_word_said_is_heard(qtbot):
    speaker = Speaker(engine="mock")
    heard: list[str] = []
    speaker.heard.connect(heard.append)
    speaker.set_language("en")
    speaker.say("Tap your   card")
    qtbot.waitUntil(lambda: heard == ["Tap", "your", "card"], timeout=15_000)
    assert speaker.engine == "mock"


@pytest.fixture
def silent_speechd(tmp_path, monkeypatch):
    """A speech-dispatcher socket that takes connections and never answers; yields
    the list of connections it took."""
    require_peer("speechd" in QTextToSpeech.availableEngines(),
                 "Qt's speechd engine (libspeechd: make setup installs speech-dispatcher)")
    path = tmp_path / "speechd.sock"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.listen()
    taken: list[socket.socket] = []

    def accept():
        while True:
            try:
                taken.append(server.accept()[0])
            except OSError:
                return
    threading.Thread(target=accept, daemon=True).start()
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{path}")
    yield taken
    server.close()
    for conn in taken:
        conn.close()


def test_a_hung_speech_engine_freezes_nothing_and_is_started_again(qtbot, silent_speechd):
    speaker = Speaker(engine="speechd")
    qtbot.waitUntil(lambda: len(silent_speechd) == 1, timeout=15_000)
    ticks: list[int] = []
    clock = QTimer(interval=50)
    clock.timeout.connect(lambda: ticks.append(1))
    clock.start()
    said: list[str] = []
    speaker.said.connect(said.append)
    speaker.say("请刷读者证")
    assert said == ["请刷读者证"]          # handed over at once, whatever the engine does
    qtbot.waitUntil(lambda: len(silent_speechd) == 2, timeout=ANSWER_MS + 15_000)
    clock.stop()
    assert len(ticks) >= ANSWER_MS // 50 // 4   # the event loop kept turning all along


def test_the_doctors_probe_reports_a_hung_engine(silent_speechd):
    found = probe("speechd", ["zh_CN", "en"], timeout_s=3)
    assert "did not answer" in found["error"]


SPEAKING_TERMINAL = """
from PySide6.QtCore import QCoreApplication
from ui.speech import Speaker
app = QCoreApplication([])
speaker = Speaker(engine="speechd")
app.exec()
"""


def children(pid: int) -> list[int]:
    found: list[int] = []
    for task in os.listdir(f"/proc/{pid}/task"):
        with open(f"/proc/{pid}/task/{task}/children") as f:
            found += [int(c) for c in f.read().split()]
    return found


def test_a_hung_voice_ends_with_the_terminal_however_it_ends(silent_speechd):
    """Killed with SIGKILL, the terminal cannot stop its voice: the kernel does."""
    terminal = subprocess.Popen([sys.executable, "-c", SPEAKING_TERMINAL])
    deadline = time.monotonic() + 15
    while len(silent_speechd) < 1 or not children(terminal.pid):   # the voice is stuck
        assert time.monotonic() < deadline, "the voice never reached speech-dispatcher"
        time.sleep(0.05)
    [voice] = children(terminal.pid)
    terminal.kill()
    terminal.wait(10)
    while os.path.exists(f"/proc/{voice}") and "Z" not in _state(voice):
        assert time.monotonic() < deadline + 15, "the voice outlived its terminal"
        time.sleep(0.05)


def _state(pid: int) -> str:
    try:
        return open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "Z"
