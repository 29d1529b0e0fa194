"""Machines: this desk's sync state and outbox, and the fleet the centre knows,
terminals and enrolled desks (last heartbeat, online, outbox length, device
health), with a force-sync."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.i18n import tr
from ui.staff.common import Table, error_text, shortcut, when
from ui.staff.words import act_name, delivery_state, refusal_name


class MachinesPage(QWidget):
    message = Signal(str)

    def __init__(self, service, worker, parent=None):
        super().__init__(parent)
        self.service, self.worker = service, worker
        self.fleet: list[dict] = []
        self.status = None
        self.entries: list = []
        self.desk_box = QGroupBox()
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.sync_button = QPushButton()
        self.sync_button.setProperty("kind", "primary")
        self.sync_button.clicked.connect(self.force_sync)
        self.outbox = Table([""] * 5)
        dbox = QVBoxLayout(self.desk_box)
        row = QHBoxLayout()
        row.addWidget(self.state, 1)
        row.addWidget(self.sync_button)
        dbox.addLayout(row)
        dbox.addWidget(self.outbox)
        self.fleet_box = QGroupBox()
        self.fleet_table = Table([""] * 6)
        fbox = QVBoxLayout(self.fleet_box)
        fbox.addWidget(self.fleet_table)
        box = QVBoxLayout(self)
        box.addWidget(self.desk_box, 1)
        box.addWidget(self.fleet_box, 1)
        shortcut(self, "F5", self.refresh)
        shortcut(self, "Ctrl+S", self.force_sync)
        self.retranslate()

    def retranslate(self) -> None:
        self.desk_box.setTitle(tr("This desk"))
        self.fleet_box.setTitle(tr("Terminals and desks the centre knows"))
        self.sync_button.setText(tr("Sync now (Ctrl+S)"))
        self.outbox.set_headers([tr("No."), tr("Act"), tr("When"), tr("State"), tr("Answer")])
        self.fleet_table.set_headers([tr("Machine"), tr("Online"), tr("Last heartbeat"),
                                      tr("Outbox"), tr("Version"), tr("Devices")])
        self._fill()

    def refresh(self) -> None:
        self.worker.run(lambda: (self.service.sync_status(), self.service.outbox()),
                        done=self._desk_loaded, failed=self._failed)
        self.worker.run(self.service.fleet, done=self._fleet_loaded, failed=self._failed)

    def force_sync(self) -> None:
        self.state.setText(tr("Syncing…"))
        self.worker.run(self.service.force_sync, done=lambda _: self.refresh(),
                        failed=self._failed)

    def _desk_loaded(self, loaded) -> None:
        self.status, self.entries = loaded
        self._fill()

    def _fleet_loaded(self, fleet: list[dict]) -> None:
        self.fleet = fleet
        self._fill()

    def _fill(self) -> None:
        s = self.status
        if s is not None:
            states = {"online": tr("online"), "offline": tr("offline"), "syncing": tr("syncing"),
                      "clock_skew": tr("clock wrong")}
            text = tr("Sync: %1 · last full sync %2 · outbox %3 · rejected %4 · conflicts %5")
            text = (text.replace("%1", states.get(s.state, s.state))
                    .replace("%2", when(s.last_sync) or tr("never")).replace("%3", str(s.outbox))
                    .replace("%4", str(s.rejected)).replace("%5", str(s.conflicts)))
            if s.last_error:
                text += "\n" + s.last_error
            self.state.setText(text)
        self.outbox.set_rows([(str(e.seq), act_name(e.type), when(e.occurred_at),
                               delivery_state(e.state), _answer(e)) for e in self.entries])
        rows = []
        for t in self.fleet:
            devices = t.get("devices") or {}
            health = ", ".join(f"{kind} {'✓' if d.get('ok') else '✗ ' + d.get('detail', '')}"
                               for kind, d in sorted(devices.items()))
            online = {True: tr("yes"), False: tr("no"), None: tr("never seen")}[t.get("online")]
            rows.append((t["name"], online, when(t.get("last_seen")) or "—",
                         "" if t.get("outbox") is None else str(t["outbox"]),
                         t.get("version") or "", health))
        self.fleet_table.set_rows(rows, self.fleet)

    def _failed(self, exc) -> None:
        self.state.setText("✗ " + error_text(exc))


def _answer(entry) -> str:
    """The centre's answer to an outbox entry: a refusal by its name, or the last error."""
    reason = (entry.result or {}).get("reason")
    return refusal_name(reason) if reason else entry.last_error
