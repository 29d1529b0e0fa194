"""Assemble the terminal's window from a config and a built Terminal."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from ui.app import application
from ui.bridge import SyncBridge
from ui.devices import DeviceBridge
from ui.floor_plan import FloorPlan
from ui.i18n import Languages
from ui.sound import Sounds
from ui.speech import Speaker
from ui.theme import get_theme
from ui.widgets import access
from ui.widgets.keyboard import KeyboardPanel
from ui.worker import Worker

from . import SCREENS
from .context import Kiosk
from .window import KioskWindow


def build_kiosk(config, terminal, *, speech_engine: str | None = None,
                animate: bool = True) -> KioskWindow:
    """The window, wired to the terminal's services and devices (not shown yet);
    animate=False: screens change without sliding (screenshots, tests)."""
    application()
    access.install()
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
    bridge.card_presented.connect(window.card_presented)
    bridge.tags_changed.connect(lambda event: window.screen().on_tags(event))
    bridge.code_scanned.connect(window.code_scanned)
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
    KeyboardPanel.release(window)
    window.allow_close = True
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


#: what the simulator panel takes on the screen beside the terminal in the demo (px)
PANEL_WIDTH = 700
#: room kept for a window manager's title bar and borders around the terminal (px)
FRAME_ROOM = QSize(16, 48)


def designed_size(orientation: str) -> QSize:
    return QSize(1080, 1920) if orientation == "portrait" else QSize(1920, 1080)


def fit_factor(available: QSize, want: QSize, beside: int = 0) -> float:
    """How much a terminal laid out for `want` must shrink to be seen whole on a
    screen with `available` free, with `beside` px kept at its right: at most 1."""
    return min(1.0, (available.height() - FRAME_ROOM.height()) / want.height(),
               (available.width() - beside - FRAME_ROOM.width()) / want.width())


def restart_scaled_to_fit(orientation: str, beside: int = PANEL_WIDTH) -> None:
    """The demo on a desktop: the terminal keeps the layout it was designed for
    (1080x1920 or 1920x1080), drawn smaller when the screen is smaller. Qt scales a
    whole application by QT_SCALE_FACTOR, read only when the application starts:
    so once the screen is known, this process starts again with it (the application
    exists, nothing else has started). A factor set by hand is kept."""
    import math
    import os
    import sys
    if "QT_SCALE_FACTOR" in os.environ:
        return
    screen = QGuiApplication.primaryScreen()
    factor = fit_factor(screen.availableGeometry().size(), designed_size(orientation), beside)
    if factor < 1:
        # a multiple of 1/120 (1080 and 1920 are 9 and 16 times 120): the terminal's
        # size is a whole number of pixels on the screen, and comes back exact
        os.environ["QT_SCALE_FACTOR"] = repr(math.floor(factor * 120) / 120)
        sys.stdout.flush()
        os.execv(sys.executable, [sys.executable, *sys.orig_argv[1:]])


def show(window: KioskWindow, beside: QWidget | None = None) -> None:
    """Full screen, or (demo, desktop) a window of the configured shape and size whose
    frame fits the screen it opens on (scaled by restart_scaled_to_fit where it
    would not), at the top left.
    beside: a window (the simulator panel) to place at its right, room kept for it."""
    ui = window.kiosk.config.ui
    if ui.fullscreen:
        window.showFullScreen()
        return
    want = designed_size(ui.orientation)
    window.set_shape(want.width() > want.height())
    screen = QGuiApplication.screenAt(window.geometry().center()) or \
        QGuiApplication.primaryScreen()
    window.resize(want.boundedTo(screen.availableGeometry().size()))
    window.show()
    if beside is not None:
        beside.show()
    fit_frame(window, want, beside)
    QTimer.singleShot(0, lambda: fit_frame(window, want, beside))   # a window manager's


def fit_frame(window: KioskWindow, want: QSize, beside: QWidget | None = None) -> None:
    """Size the window so that its frame (known only once shown) lies within the
    available part of its screen, with room at its right for `beside`, and move
    them there."""
    handle = window.windowHandle()
    if handle is None:
        return
    free = handle.screen().availableGeometry()
    frame = window.frameGeometry().size() - window.geometry().size()
    room = free.size() - frame
    if beside is not None:
        room.setWidth(room.width() - beside.frameGeometry().width() - 8)
    window.resize(want.boundedTo(room))
    window.move(free.topLeft())
    if beside is not None:
        # a gap: under a scale, a position comes back rounded to the screen's pixels
        beside.move(window.frameGeometry().right() + 8, free.top())
