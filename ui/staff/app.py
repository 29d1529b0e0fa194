"""Starting the desk's window over kiosk.app.build_desk.

    kiosk staff [--central URL] [--lang en]

The desk shares the terminal's config and data directory machinery; its
replica, outbox and devices are its own (its data dir's), its acts are the
signed-in librarian's.
"""
from __future__ import annotations

from kiosk.app import build_desk
from kiosk.config import Config


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
