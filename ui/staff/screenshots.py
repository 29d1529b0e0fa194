"""Rendering the desk's windows to PNG (docs/screenshots/), for `kiosk screenshots`.

    render_all(out_dir, ["zh_CN", "en"], central_url)

Renders against a real centre: signs in as the demo supervisor, serves a demo
patron, shows each page, and grabs the window offscreen.
"""
from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from kiosk.config import load_config

PAGES = ("desk", "holds", "exceptions", "tags", "machines", "stats")


def _settle(window, ms: int = 50) -> None:
    """Let queued work finish: the worker's calls and the events they post."""
    for _ in range(4):
        window.worker.wait(20_000)
        QCoreApplication.processEvents(QEventLoop.AllEvents, 100)
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def render_all(out_dir: str | Path, langs=("zh_CN", "en"), central_url: str | None = None,
               data_dir: str | Path | None = None) -> list[Path]:
    """Write staff_<page>_<lang>.png (and staff_signin_<lang>.png) into out_dir.
    Without central_url a demo centre is started on loopback for the duration."""
    from kiosk.app import build_desk
    from ui.app import application
    from ui.staff import i18n
    from ui.staff.look import apply_look
    from ui.staff.window import StaffWindow

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = application()
    work = Path(data_dir or tempfile.mkdtemp(prefix="staff-shots-"))
    server = None
    config = load_config(work / "desk", env={})
    if central_url is None:
        from central.runner import CentralServer
        server = CentralServer(work / "central", demo=True)
        central_url = server.start()
        desk = server.store.create_device("服务台 1 / Desk 1", "SZL")   # in the fleet too
        config = replace(config, backend=replace(config.backend, token=desk["token"]))
    terminal, service = build_desk(config, central=central_url)
    written = []
    try:
        for lang in langs:
            i18n.install(lang)
            apply_look(app, lang)
            window = StaffWindow(service, devices=terminal.devices)
            window.resize(1366, 820)
            window.show()
            _settle(window)
            written.append(_grab(window, out / f"staff_signin_{lang}.png"))
            window.sign_in_page.user.setText("supervisor")
            window.sign_in_page.password.setText("supervisor")
            window.sign_in_page.sign_in()
            _settle(window)
            window.desk.open_patron("0440000002")
            _settle(window)
            window.desk.account_tabs.setCurrentIndex(2)
            for n, name in enumerate(PAGES):
                window.show_page(n)
                _settle(window, 150)
                written.append(_grab(window, out / f"staff_{name}_{lang}.png"))
            window.sign_out()
            window.close()
            window.deleteLater()
    finally:
        terminal.close()
        if server is not None:
            server.stop()
    return written


def _grab(window, path: Path) -> Path:
    window.grab().save(str(path))
    return path
