"""Opens the demo terminal the way `kiosk demo` does, on whatever screen the Qt
platform gives, and prints (JSON) the screen's available geometry, the window's
frame and size, the scale Qt draws it at, and where each footer button lies. Run in a process of its own by
test_window_fits_screen.py, with an offscreen screen of a chosen size."""
from __future__ import annotations

import json
import sys
import tempfile


def rect(r) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def main(orientation: str, with_panel: bool = False) -> None:
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QApplication

    from kiosk.cli.demo import demo_terminal
    from ui.app import application, scale_factor
    from ui.kiosk.build import build_kiosk, dispose, restart_scaled_to_fit, show
    from ui.kiosk.simulator_panel import SimulatorPanel

    app = application()
    if with_panel:                   # as `kiosk demo` does
        restart_scaled_to_fit(orientation)
    with tempfile.TemporaryDirectory(prefix="kiosk-screen-") as tmp:
        config, terminal, server = demo_terminal(
            tmp, ui_overrides={"speech": False, "orientation": orientation})
        window = build_kiosk(config, terminal, animate=False)
        panel = SimulatorPanel(terminal, server, window) if with_panel else None
        try:
            show(window, beside=panel)
            for _ in range(5):
                QApplication.processEvents()
            buttons = {}
            for b in window.footer.findChildren(type(window.footer.home_button)):
                if b.isVisible():
                    buttons[b.text()] = rect(QRect(b.mapToGlobal(QPoint(0, 0)), b.size()))
            print(json.dumps({
                "available": rect(window.windowHandle().screen().availableGeometry()),
                "frame": rect(window.frameGeometry()),
                "size": [window.width(), window.height()],
                "scale": scale_factor(),
                "panel": rect(panel.frameGeometry()) if panel else None,
                "buttons": buttons}))
        finally:
            if panel is not None:
                panel.close()
            dispose(window)
            terminal.close()
            server.stop()
    app.quit()


if __name__ == "__main__":
    main(sys.argv[1], "panel" in sys.argv[2:])
