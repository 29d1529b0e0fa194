"""Every screen fits the screens the terminal is made for (UI.md, Frame): portrait
1080x1920 and landscape 1920x1080, in every theme, with the header and footer
bands whole and nothing cut off.

It walks the terminal through every screen the way `kiosk screenshots` does
(a demo centre, simulated devices) and, at each screen, for each theme and
language, asks the window what it needs and looks at what it drew: a window
that needs more than the screen would grow past it (a real screen would cut
off the footer), a label wider than its box or a wrapped label lower than its
lines is clipped, a button under 80 px is too small to touch.
"""
from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QPushButton

from kiosk.cli.screenshots import SIZES, Tour

# ordered so that each step changes one thing (a theme or a language switch restyles
# the whole application, the slow part)
CHECKS = (("normal", "zh_CN"), ("normal", "en"), ("contrast", "en"), ("contrast", "zh_CN"),
          ("large", "zh_CN"), ("large", "en"), ("large", "zh_HK"))
MIN_PX, MIN_TARGET = 24, 80


def _scrolled(widget, window) -> bool:
    """Inside a scroll area: it may lie below the fold, not beside it."""
    w = widget.parentWidget()
    while w is not None and w is not window:
        if isinstance(w.parentWidget(), QAbstractScrollArea):
            return True
        w = w.parentWidget()
    return False


def misfits(window, width: int, height: int) -> list[str]:
    """What does not fit on a width x height screen, in words (empty: all fits)."""
    out = []
    need = window.minimumSizeHint()
    if need.width() > width or need.height() > height:
        out.append(f"the window needs {need.width()}x{need.height()}")
    if window.size().toTuple() != (width, height):
        out.append(f"the window is {window.width()}x{window.height()}")
    whole = QRect(0, 0, width, height)
    for band in (window.header, window.footer):
        if not whole.contains(band.geometry()) or band.height() < band.minimumSizeHint().height():
            out.append(f"{band.objectName()} at {band.geometry().getRect()}")
    for w in window.findChildren(QLabel) + window.findChildren(QPushButton):
        if not w.isVisible() or w.width() <= 0:
            continue
        name = f"{type(w).__name__} {w.objectName() or ''} {w.text()[:40]!r}"
        place = QRect(w.mapTo(window, w.rect().topLeft()), w.size())
        if not _scrolled(w, window) and not whole.contains(place):
            out.append(f"{name} outside the window at {place.getRect()}")
        if isinstance(w, QPushButton):
            if w.height() < MIN_TARGET:
                out.append(f"{name} only {w.height()} px high")
            if w.hasHeightForWidth() and w.heightForWidth(w.width()) > w.height():
                out.append(f"{name} cut off: {w.heightForWidth(w.width())} > {w.height()} px")
            if w.minimumSizeHint().width() > w.width():
                out.append(f"{name} cut off: {w.minimumSizeHint().width()} > {w.width()} px")
            continue
        if not w.text():
            continue
        if w.font().pixelSize() < MIN_PX:
            out.append(f"{name} in {w.font().pixelSize()} px type")
        if w.wordWrap():
            if w.heightForWidth(w.width()) > w.height() + 1:
                out.append(f"{name} cut off: {w.heightForWidth(w.width())} > {w.height()} px")
            if w.minimumSizeHint().width() > w.width():
                out.append(f"{name} cut off: {w.minimumSizeHint().width()} > {w.width()} px")
        elif w.sizeHint().width() > w.width():
            out.append(f"{name} cut off: {w.sizeHint().width()} > {w.width()} px")
    return out


class FitTour(Tour):
    """The screenshot tour, checking each screen in every theme and language
    instead of saving it."""

    def __init__(self, app, window, panel, size: str):
        super().__init__(app, window, panel, Path("."), size)
        self.size = SIZES[size]
        self.found: dict[str, list[str]] = {}

    def shot(self, name: str) -> None:
        from kiosk.cli.screenshots import settle
        settle(self.app, self.window)
        for theme, lang in CHECKS:
            self._look(theme, lang)
            if problems := misfits(self.window, *self.size):
                self.found[f"{name} {theme} {lang}"] = problems
        self._look(*CHECKS[0])
        self.saved.append(Path(name))

    def _look(self, theme: str, lang: str) -> None:
        kiosk = self.window.kiosk
        if kiosk.theme.name != theme:
            self.window.set_theme(theme)
        if kiosk.languages.current != lang:
            self.window.set_language(lang)
        # re-worded rows re-wrap, and each level (label, row, list, scroll area) asks
        # the next for room in a posted event of its own: a few rounds, as a screen
        # gets between two frames
        for _ in range(8):
            QApplication.processEvents()


@pytest.mark.parametrize("size", list(SIZES))
def test_every_screen_fits_in_every_theme_and_language(size):
    from kiosk.cli.demo import demo_terminal
    from ui.app import application
    from ui.kiosk.build import build_kiosk, dispose
    from ui.kiosk.simulator_panel import SimulatorPanel

    app = application()
    with tempfile.TemporaryDirectory(prefix="kiosk-fit-") as tmp:
        config, terminal, server = demo_terminal(tmp, ui_overrides={"speech": False})
        config = replace(config, ui=replace(config.ui, idle_seconds=3600))
        window = build_kiosk(config, terminal, animate=False)
        window.setFixedSize(*SIZES[size])
        window.show()
        panel = SimulatorPanel(terminal, server, window)
        try:
            tour = FitTour(app, window, panel, size)
            walked = tour.run()
        finally:
            panel.close()
            panel.deleteLater()
            dispose(window)
            terminal.close()
            server.stop()
    assert len(walked) == 17                        # every screen was reached
    assert not tour.found, "\n".join(f"{where}: " + "; ".join(problems)
                                     for where, problems in tour.found.items())
