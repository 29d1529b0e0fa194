"""Every control a reader can use has an accessible name and role (issue 12,
accessibility), so a screen reader such as Orca can read the terminal. The
screenshot tour walks every screen by a reader's events; on each, every visible
control is asked through QAccessible, as a screen reader asks."""
from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QWidget

from kiosk.cli.screenshots import Tour

ROLES = {QAccessible.Role.Button, QAccessible.Role.PushButton, QAccessible.Role.CheckBox,
         QAccessible.Role.RadioButton, QAccessible.Role.EditableText}


def interactive(w: QWidget) -> bool:
    """What a reader can tap or type into: buttons, fields, and any of our widgets
    that reacts to a tap itself (a row or card), marked or not."""
    reacts = any(("mouseReleaseEvent" in vars(c) or "mousePressEvent" in vars(c))
                 for c in type(w).__mro__ if c.__module__.startswith("ui."))
    if w.property("staff_only"):       # the hidden staff exit gesture on the library name
        return False
    return isinstance(w, (QAbstractButton, QLineEdit)) or reacts


def nameless(window) -> list[str]:
    out = []
    for w in window.findChildren(QWidget):
        if not (w.isVisible() and interactive(w)):
            continue
        iface = QAccessible.queryAccessibleInterface(w)
        name = iface.text(QAccessible.Text.Name).strip() if iface else ""
        role = iface.role() if iface else None
        if not name or role not in ROLES:
            out.append(f"{type(w).__name__} {w.objectName()!r}: name {name!r}, role {role}")
    return out


class AccessTour(Tour):
    def __init__(self, app, window, panel):
        super().__init__(app, window, panel, Path("."), "")
        self.found: dict[str, list[str]] = {}

    def shot(self, name: str) -> None:
        from kiosk.cli.screenshots import settle
        settle(self.app, self.window)
        if problems := nameless(self.window):
            self.found[name] = problems
        self.saved.append(Path(name))


def test_every_control_on_every_screen_has_a_name_and_a_role():
    from kiosk.cli.demo import demo_terminal
    from ui.app import application
    from ui.kiosk.build import build_kiosk, dispose
    from ui.kiosk.simulator_panel import SimulatorPanel

    app = application()
    with tempfile.TemporaryDirectory(prefix="kiosk-a11y-") as tmp:
        config, terminal, server = demo_terminal(tmp, ui_overrides={"speech": False})
        config = replace(config, ui=replace(config.ui, idle_seconds=3600))
        window = build_kiosk(config, terminal, animate=False)
        window.resize(1080, 1920)
        window.show()
        panel = SimulatorPanel(terminal, server, window)
        try:
            tour = AccessTour(app, window, panel)
            walked = tour.run()
        finally:
            panel.close()
            panel.deleteLater()
            dispose(window)
            terminal.close()
            server.stop()
    assert len(walked) == 17
    assert not tour.found, "\n".join(f"{where}: " + "; ".join(problems)
                                     for where, problems in tour.found.items())
