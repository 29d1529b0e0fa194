"""UI tests run offscreen with Qt's mock speech engine."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("KIOSK_TTS_ENGINE", "mock")
