"""UI tests run offscreen with Qt's mock speech engine."""
import os

from ui.app import prepare_environment

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("KIOSK_TTS_ENGINE", "mock")
# the virtual keyboard's input method is chosen when the QApplication is made,
# whichever fixture makes it first (pytest-qt's qapp or the terminal's own)
prepare_environment()

