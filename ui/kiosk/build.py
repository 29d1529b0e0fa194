"""Assemble the terminal's window from a config and a built Terminal."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent

from ui.app import application
from ui.bridge import SyncBridge
from ui.devices import DeviceBridge
from ui.floor_plan import FloorPlan
from ui.i18n import Languages
from ui.sound import Sounds
from ui.speech import Speaker
from ui.theme import get_theme
from ui.worker import Worker

from . import SCREENS
from .context import Kiosk
from .window import KioskWindow


def build_kiosk(config, terminal, *, speech_engine: str | None = None,
                animate: bool = True) -> KioskWindow:
    """The window, wired to the terminal's services and devices (not shown yet);
    animate=False: screens change without sliding (screenshots, tests)."""
    application()
    ui = config.ui
    kiosk = Kiosk(config=config, terminal=terminal, worker=Worker(),
                  languages=Languages(ui.language),
                  speaker=Speaker(ui.speech, speech_engine, ui.sound_volume),
                  sounds=Sounds(ui.sound_volume),
                  theme=get_theme(ui.theme), plan=FloorPlan(),
                  sync=SyncBridge(terminal.engine, terminal.status))
    window = KioskWindow(kiosk, list(SCREENS), animate=animate)
    bridge = DeviceBridge(window)
    for device in terminal.devices.values():
        bridge.attach(device)
    bridge.card_presented.connect(lambda uid: window.screen().on_card(uid))
    bridge.tags_changed.connect(lambda event: window.screen().on_tags(event))
    bridge.code_scanned.connect(lambda code, kind, pid: window.screen().on_scan(code, kind, pid))
    bridge.device_error.connect(lambda kind, detail: window.refresh_status())
    window.bridge = bridge
    for part in (kiosk.worker, kiosk.languages, kiosk.speaker, kiosk.sounds, kiosk.sync):
        part.setParent(window)        # they go with the window (the translator too)
    return window


def dispose(window: KioskWindow) -> None:
    """Close and delete the window, before its terminal closes: a window left
    alive would still get the next language change and call a closed terminal."""
    window.kiosk.worker.wait()
    window.kiosk.sync.detach()
    window.allow_close = True
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    QCoreApplication.processEvents()


def show(window: KioskWindow) -> None:
    ui = window.kiosk.config.ui
    if ui.fullscreen:
        window.showFullScreen()
    else:
        window.resize(*((1080, 1920) if ui.orientation == "portrait" else (1920, 1080)))
        window.show()
