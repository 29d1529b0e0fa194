"""What every screen receives: the terminal's services and the UI's shared parts."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ui.bridge import SyncBridge
from ui.floor_plan import FloorPlan
from ui.i18n import Languages
from ui.sound import Sounds
from ui.speech import Speaker
from ui.theme import Theme
from ui.worker import Worker


@dataclass
class Kiosk:
    config: Any                      # kiosk.config.Config
    terminal: Any                    # kiosk.app.Terminal: .circulation .payments .catalogue
    worker: Worker
    languages: Languages
    speaker: Speaker
    sounds: Sounds
    theme: Theme
    plan: FloorPlan
    sync: SyncBridge                 # the engine's status and changes, as signals
    window: Any = None               # ui.kiosk.window.KioskWindow, set when it exists
    session: Any = None              # kiosk.services.results.PatronSession while logged in
