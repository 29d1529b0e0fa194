"""Fixtures for the hardware tests: protocol emulators on loopback, and pcscd with vpcd."""
from __future__ import annotations

import sys
from pathlib import Path

# tests/ has no package marker; make `tests.peers` importable however pytest was started.
ROOT = str(Path(__file__).resolve().parents[2])
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)
