"""`kiosk screenshots --app desk`: every tab of the circulation desk, rendered offscreen.

    render_all(out_dir, server, ["zh_CN", "en"])    # server: a running demo centre

Like the terminal's tour it runs the real thing and drives it as people do: a demo
centre on loopback with the desk enrolled at its branch, a librarian who types the
user name and password, presses F2 and types a card, types a barcode into the item
field and switches tabs with Ctrl+1…6; a terminal of the branch that calls for help
and two terminals whose offline loans of one copy collide speak the sync protocol
to the centre (as terminals do). Nothing is set by a private call: a screenshot
can only show what a librarian can reach.
"""
from __future__ import annotations

import tempfile
import time
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest

from kiosk.config import load_config
from kiosk.domain.clock import now_utc
from kiosk.ports.backend import Txn

SIZE = (1366, 820)
SHOTS = ("01-sign-in", "02-desk", "03-holds", "04-exceptions", "05-tags", "06-machines",
         "07-statistics")


def _settle(window, ms: int = 200) -> None:
    """Let queued work finish (the worker's calls, the alert watcher's signal), then draw."""
    for _ in range(4):
        window.worker.wait(20_000)
        QCoreApplication.processEvents(QEventLoop.AllEvents, 100)
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _until(window, done, timeout_s: float = 20.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not done() and time.monotonic() < deadline:
        _settle(window, 50)


def _type(widget, text: str, enter: bool = True) -> None:
    QTest.mouseClick(widget, Qt.LeftButton)
    QTest.keyClick(widget, Qt.Key_A, Qt.ControlModifier)
    QTest.keyClicks(widget, text)
    if enter:
        QTest.keyClick(widget, Qt.Key_Return)


def _terminal(url: str, token: str):
    """The backend a terminal enrolled with `token` would speak through."""
    from dataclasses import replace

    from kiosk.app import build_backend
    config = load_config(tempfile.mkdtemp(prefix="desk-shots-terminal-"), env={})
    return build_backend(replace(config, backend=replace(config.backend, kind="rest", url=url,
                                                         token=token)))


def _collide(url: str, store, barcode: str) -> None:
    """Two terminals lend one copy while offline; their pushes arrive later."""
    at = now_utc() - timedelta(minutes=20)
    for n, card in enumerate(("0440000001", "0440000004")):
        device = store.create_device(f"自助借还机 {n + 1}F / Self-checkout {n + 1}F", "SZL")
        backend = _terminal(url, device["token"])
        backend.push([Txn(f"shot-{n}-{barcode}", 1, at + timedelta(minutes=n), "checkout",
                          {"patron": card, "item": barcode, "offline": True,
                           "due_at": (at + timedelta(days=30)).isoformat()})], timeout=10)
        backend.close()


def render_all(out_dir: str | Path, server, langs=("zh_CN", "en")) -> list[Path]:
    """Write desk-<lang>-NN-<tab>.png into out_dir for each language. `server` is
    a running demo centre (central.runner.CentralServer, started by the CLI: the
    UI does not start centres); its store makes the devices the tour needs."""
    from kiosk.app import build_desk
    from ui.app import application
    from ui.staff import i18n
    from ui.staff.look import apply_look
    from ui.staff.window import StaffWindow

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = application()
    work = Path(tempfile.mkdtemp(prefix="desk-shots-"))
    url = server.url
    store = server.store
    desk_device = store.create_device("服务台 1 / Desk 1", "SZL")
    env = {"KIOSK_BACKEND_TOKEN": desk_device["token"], "KIOSK_DEVICES_RFID": "sim:",
           "KIOSK_DEVICES_CARD": "sim:", "KIOSK_DEVICES_PRINTER": "sim:",
           "KIOSK_DEVICES_SCANNER": "sim:", "KIOSK_UI_SOUND_VOLUME": "0"}
    terminal, service = build_desk(load_config(work / "desk", env=env), central=url)
    written: list[Path] = []
    try:
        service.force_sync()
        copies = [r["barcode"] for r in store.rows(
            "SELECT barcode FROM items WHERE status = 'available' AND location_id LIKE 'SZL-2A' "
            "AND parts = 1 ORDER BY barcode LIMIT 20 OFFSET 40")]
        for n, lang in enumerate(langs):
            i18n.install(lang)
            apply_look(app, lang)
            _collide(url, store, copies[10 + n])
            caller = store.create_device("自助借还机 3F / Self-checkout 3F", "SZL")
            window = StaffWindow(service, devices=terminal.devices, alerts_every_s=0.5)
            window.resize(*SIZE)
            window.show()
            _settle(window)
            _tour(window, _shooter(window, out, lang, written), url, caller["token"],
                  copies[n], copies[n + 5])
            QTest.keyClick(window, Qt.Key_Q, Qt.ControlModifier | Qt.ShiftModifier)
            window.close()
            window.deleteLater()
            QCoreApplication.processEvents()
    finally:
        terminal.close()
    return written


def _tour(window, shot, url: str, caller_token: str, lend: str, tag: str) -> None:
    """The librarian's morning, one shot per tab."""
    shot()                                                      # sign-in
    page = window.sign_in_page
    _type(page.user, "supervisor")
    QTest.keyClicks(page.password, "supervisor")
    QTest.keyClick(page.password, Qt.Key_Return)
    _until(window, lambda: window.signed_in)
    help_call = _terminal(url, caller_token)
    help_call.call_staff("help", timeout=10)                    # a reader presses 求助
    help_call.close()
    _until(window, lambda: window.alerts.isVisible())
    QTest.keyClick(window.desk, Qt.Key_F2)
    QTest.keyClicks(window.desk.find_field, "0440000002")
    QTest.keyClick(window.desk.find_field, Qt.Key_Return)
    _until(window, lambda: window.desk.account is not None)
    _type(window.desk.item_field, lend)
    _until(window, lambda: bool(window.desk.log))
    tabs = window.desk.account_tabs.tabBar()
    QTest.mouseClick(tabs, Qt.LeftButton, pos=tabs.tabRect(2).center())
    shot()                                                      # desk
    for key, prepare in ((Qt.Key_2, _waiting), (Qt.Key_3, _first_case),
                         (Qt.Key_4, lambda w: _pad(w, tag)), (Qt.Key_5, None),
                         (Qt.Key_6, None)):
        QTest.keyClick(window, key, Qt.ControlModifier)
        _settle(window, 300)
        if prepare:
            prepare(window)
            _settle(window, 300)
        shot()
    QTest.keyClick(window, Qt.Key_K, Qt.ControlModifier)       # "I'm going": the call is answered
    _until(window, lambda: not window.alerts.isVisible(), 10)


def _shooter(window, out: Path, lang: str, written: list[Path]):
    names = iter(SHOTS)

    def shot() -> None:
        _settle(window)
        path = out / f"desk-{lang}-{next(names)}.png"
        window.grab().save(str(path))
        written.append(path)
    return shot


def _waiting(window) -> None:
    tabs = window.holds.tabs.tabBar()
    QTest.mouseClick(tabs, Qt.LeftButton, pos=tabs.tabRect(1).center())


def _first_case(window) -> None:
    table = window.exceptions.table
    _until(window, lambda: table.rowCount() > 0, 10)
    if table.rowCount():
        QTest.mouseClick(table.viewport(), Qt.LeftButton,
                         pos=table.visualItemRect(table.item(0, 0)).center())


def _pad(window, barcode: str) -> None:
    pad = window.service.terminal.devices.get("rfid")
    if pad is not None:
        pad.place(pad.make_tag(barcode, "CN-518000-SZL"))
        _until(window, lambda: window.tags.table.rowCount() > 0, 10)
