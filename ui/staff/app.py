"""Starting the desk: the terminal's composition with a desk backend, and the window.

    kiosk staff [--central URL] [--lang en]

The desk shares the terminal's config and data directory machinery; its
replica, outbox and devices are its own (its data dir's), its acts are the
signed-in librarian's.
"""
from __future__ import annotations

from dataclasses import replace

from kiosk.app import build_terminal
from kiosk.config import Config
from kiosk.services.staff import DeskBackend, StaffService


def build_desk(config: Config, *, central: str | None = None, devices: bool = True):
    """(terminal, service) for the desk; `central` overrides [backend] url."""
    if central:
        config = replace(config, backend=replace(config.backend, url=central, kind="rest"))
    backend = DeskBackend.from_config(config.backend)
    terminal = build_terminal(config, devices=devices, backend=backend)
    return terminal, StaffService(terminal, backend)


def run(config: Config, *, central: str | None = None, lang: str | None = None) -> int:
    from ui.app import application
    from ui.staff import i18n
    from ui.staff.look import apply_look
    from ui.staff.window import StaffWindow

    app = application()
    lang = lang or config.ui.language
    i18n.install(lang)
    apply_look(app, lang)
    terminal, service = build_desk(config, central=central)
    window = StaffWindow(service, devices=terminal.devices)
    window.show()
    terminal.engine.start()
    try:
        return app.exec()
    finally:
        terminal.close()
