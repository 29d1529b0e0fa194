"""UI tests run offscreen with Qt's mock speech engine."""
import os

import tests.ui.none_guard  # noqa: F401  (PySide6 6.12 / Python 3.11 None refcount)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("KIOSK_TTS_ENGINE", "mock")
