"""`kiosk screenshots`: every terminal screen with demo data, rendered offscreen to PNG.

It runs the real thing: a demo centre on loopback, a terminal enrolled with it,
simulated devices driven as a reader would (tap a card, place books), and grabs
the window after each step. docs/screenshots/ is made with it.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

SIZES = {"1080x1920": (1080, 1920), "1920x1080": (1920, 1080)}


def settle(app, window, ms: int = 150, timeout: float = 20.0) -> None:
    """Let queued device events and background calls finish, then draw."""
    deadline = time.monotonic() + timeout
    quiet_since = None
    while time.monotonic() < deadline:
        app.processEvents()
        busy = window.kiosk.worker.running > 0
        if busy:
            quiet_since = None
        elif quiet_since is None:
            quiet_since = time.monotonic()
        elif time.monotonic() - quiet_since > ms / 1000:
            break
        time.sleep(0.01)
    window.busy.hide()
    app.processEvents()


class Tour:
    """Walks the terminal through every screen as a reader would, and saves a PNG of
    each: taps on what is on screen (tiles, buttons, the keyboard's keys), cards and
    books through the simulated devices. A screenshot can only show what a reader
    can reach."""

    def __init__(self, app, window, panel, out: Path, prefix: str):
        self.app, self.window, self.panel, self.out, self.prefix = app, window, panel, out, prefix
        self.saved: list[Path] = []

    def shot(self, name: str) -> None:
        settle(self.app, self.window)
        path = self.out / f"{self.prefix}-{name}.png"
        self.window.grab().save(str(path))
        self.saved.append(path)

    # -- a reader's hands ------------------------------------------------------------------
    def tap(self, widget, pos=None) -> None:
        from PySide6.QtCore import QPoint, Qt
        from PySide6.QtTest import QTest
        settle(self.app, self.window)
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos or QPoint())
        settle(self.app, self.window)

    def card(self, uid: str) -> None:
        self.panel.card.present(uid)
        settle(self.app, self.window)
        self.panel.card.remove()

    def home(self) -> None:
        """Back to the start for the next part of the tour: a reader logged in logs out."""
        footer = self.window.footer
        self.tap(footer.logout_button if self.window.kiosk.session else footer.home_button)

    def tile(self, name: str) -> None:
        self.tap(self.window.screens["attract"].tiles[name])

    def type_on_keyboard(self, keyboard, *texts: str, kind: str = "key") -> None:
        for text in texts:
            self.wait_for(lambda text=text: keyboard.ready
                          and keyboard.tap_point(text, kind) is not None)
            self.tap(keyboard, keyboard.tap_point(text, kind))

    def wait_for(self, condition, seconds: float = 10) -> None:
        deadline = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > deadline:
                raise RuntimeError("the terminal did not get there")
            self.app.processEvents()
            time.sleep(0.02)

    def run(self) -> list[Path]:
        w, panel, screens = self.window, self.panel, self.window.screens
        self.shot("01-attract")
        self.tile("borrow")
        self.shot("02-login")
        keypad = screens["login"].keypad
        for digit in "0440000001":
            self.tap(keypad.keys[digit])
        self.tap(keypad.ok)
        self.shot("03-login-pin")
        self.home()
        self.tile("borrow")
        self.card("04A1B2C3")                                   # 张晓明
        copies = self._copies()
        panel.place(copies["R003"])                           # 围城: lent
        panel.place(copies["R002"])                           # 活着: reserved for another
        panel.place(copies["R008"], 1, 2)                     # a set with part 2 missing
        settle(self.app, w)
        panel.place(copies["R006"])                           # 白鹿原: lent
        self.shot("04-borrow")
        self.tap(screens["borrow"].finish)
        self.tap(screens["receipt"].qr_button)
        self.shot("05-receipt")
        panel.lift_all()
        self.home()
        self.tile("return")
        panel.place(copies["R003"])
        panel.place(self._loan_of("0440000002"))             # overdue: a fee
        self.shot("06-return")
        panel.lift_all()
        self.home()
        self.tile("account")
        self.card("04A1B2C4")                                   # 李华: overdue, fees
        self.shot("07-account")
        self.tap(screens["account"].renew)
        self.tap(screens["renew"].renew_all)
        self.shot("08-renew")
        self.tap(w.footer.back_button)
        self.tap(screens["account"].pay)
        self.shot("09-pay-choose")
        self.tap(screens["pay"].go_pay)
        self.shot("10-pay-qr")
        self.home()
        self.tile("find")
        find = screens["find"]
        self.tap(find.query)
        self.wait_for(lambda: find.keyboard.ready)
        latin = find.keyboard.tap_point("s") is not None     # Pinyin or English; not Cangjie
        if latin:
            self.type_on_keyboard(find.keyboard, *"santi")
        self.shot("11-find-keyboard")
        if not latin:                                         # Cangjie (zh_HK): scan the ISBN
            panel.scanner.scan(w.kiosk.terminal.catalogue.title("R001").isbn)
        else:
            if not find.query.hasFocus():
                self.tap(find.query)
            if w.kiosk.languages.current == "zh_CN":          # Pinyin: pick 三 then 体
                if find.keyboard.tap_point("三", "candidate") is None:   # a language switch
                    for _ in range(len(find.query.text())):    # between took them away
                        self.type_on_keyboard(find.keyboard, "backspace")
                    self.type_on_keyboard(find.keyboard, *"santi")
                self.type_on_keyboard(find.keyboard, "三", "体", kind="candidate")
            self.type_on_keyboard(find.keyboard, "enter")
        self.wait_for(lambda: bool(find.results.widgets()))
        self.shot("12-find-results")
        self.tap(find.results.widgets()[0])
        self.shot("13-title")
        self.tap(screens["title"].find_it)
        self.shot("14-map")
        self.tap(w.footer.back_button)
        self.tap(screens["title"].hold)                       # a hold begun before log-in
        self.card("04A1B2C3")
        self.shot("15-hold")
        w.idle.warn.emit(12)                                  # the idle timer's signal
        self.shot("16-still-there")
        self.home()
        readers = [d for k, d in w.kiosk.terminal.devices.items() if k in ("rfid", "scanner")]
        for device in readers:                                # the pad and scanner fail
            device.close()
        deadline = time.monotonic() + 10
        while w.current != "out_of_service" and time.monotonic() < deadline:
            settle(self.app, w)
        self.shot("17-out-of-service")
        for device in readers:
            device.open()
        deadline = time.monotonic() + 10
        while w.current != "attract" and time.monotonic() < deadline:
            settle(self.app, w)
        return self.saved

    def _copies(self) -> dict[str, str]:
        """Copies here for the tour: two lendable books (their names are the slots),
        活着's copy (reserved for another reader) and the two-part set."""
        catalogue = self.window.kiosk.terminal.catalogue
        def on_shelf(title_id):
            return next((c.item.barcode for c in catalogue.copies(title_id)
                         if c.item.location_id.startswith("SZL")
                         and str(c.item.status) == "available"), None)
        two = [b for b in map(on_shelf, ("R003", "R006", "R007", "R010")) if b][:2]
        reserved = next(c.item.barcode for c in catalogue.copies("R002")
                        if c.item.location_id.startswith("SZL"))
        chosen = {"R002": reserved, "R003": two[0], "R006": two[1], "R008": on_shelf("R008")}
        return chosen

    def _loan_of(self, card: str) -> str:
        view = self.window.kiosk.terminal.circulation.account(card)
        return next(loan.item.barcode for loan in view.loans if loan.overdue_days)


def cmd_screenshots(args) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from dataclasses import replace

    from kiosk.cli.demo import demo_terminal
    from ui.app import application
    from ui.kiosk.build import build_kiosk, dispose
    from ui.kiosk.simulator_panel import SimulatorPanel
    from ui.theme import get_theme

    langs = [x.strip() for x in args.lang.split(",") if x.strip()]
    if args.app == "desk":
        return _desk_screenshots(args.out, langs)
    sizes = [x.strip() for x in args.size.split(",") if x.strip()]
    themes = [x.strip() for x in args.theme.split(",") if x.strip()]
    for value, allowed, what in ((langs, ("zh_CN", "en", "zh_HK"), "--lang"),
                                 (sizes, tuple(SIZES), "--size"),
                                 (themes, ("normal", "large", "contrast"), "--theme")):
        bad = [v for v in value if v not in allowed]
        if bad or not value:
            print(f"{what} {','.join(bad) or '(empty)'}: choose from {', '.join(allowed)}",
                  file=sys.stderr)
            return 2
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = application()
    saved = []
    for size in sizes:
        for theme in themes:
            for lang in langs:
                with tempfile.TemporaryDirectory(prefix="kiosk-shots-") as tmp:
                    config, terminal, server = demo_terminal(
                        tmp, ui_overrides={"language": lang, "theme": theme,
                                           "speech": False})
                    config = replace(config, ui=replace(config.ui, idle_seconds=3600))
                    window = build_kiosk(config, terminal, animate=False)
                    window.setFixedSize(*SIZES[size])    # a screen's size: no growing
                    window.show()
                    window.set_theme(get_theme(theme).name)
                    panel = SimulatorPanel(terminal, server, window)
                    try:
                        tour = Tour(app, window, panel, out, f"{lang}-{size}-{theme}")
                        saved += tour.run()
                    finally:
                        panel.close()
                        panel.deleteLater()
                        dispose(window)
                        terminal.close()
                        server.stop()
    print(f"{len(saved)} screenshots in {out}")
    return 0


def _desk_screenshots(out: str, langs: list[str]) -> int:
    """Every desk tab per language (ui.staff.screenshots drives it by keys and clicks)."""
    from central.runner import CentralServer
    from ui.staff.screenshots import render_all
    bad = [lang for lang in langs if lang not in ("zh_CN", "en", "zh_HK")]
    if bad or not langs:
        print(f"--lang {','.join(bad) or '(empty)'}: choose from zh_CN, en, zh_HK",
              file=sys.stderr)
        return 2
    server = CentralServer(Path(tempfile.mkdtemp(prefix="desk-shots-central-")), demo=True)
    server.start()
    try:
        saved = render_all(out, server, langs)
    finally:
        server.stop()
    print(f"{len(saved)} screenshots in {out}")
    return 0


def register(sub) -> None:
    p = sub.add_parser("screenshots", help="render every terminal screen to PNG (offscreen)",
                       description="Render every screen of the patron terminal with demo data "
                                   "to PNG files, without a display.")
    p.add_argument("--out", required=True, help="output directory")
    p.add_argument("--lang", default="zh_CN,en", help="comma-separated: zh_CN,en,zh_HK")
    p.add_argument("--size", default="1080x1920", help="comma-separated: 1080x1920,1920x1080")
    p.add_argument("--theme", default="normal", help="comma-separated: normal,large,contrast")
    p.add_argument("--app", choices=("terminal", "desk"), default="terminal",
                   help="the patron terminal's screens, or the circulation desk's tabs")
    p.set_defaults(func=cmd_screenshots)
