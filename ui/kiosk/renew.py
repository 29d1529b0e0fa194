"""Renew: choose loans (tap to select) or renew them all; each row shows the new
due date or why not."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout

from kiosk.services.results import AccountView, ActResult
from ui.i18n import tr
from ui.widgets.buttons import BigButton
from ui.widgets.common import ScrollList, label
from ui.widgets.item_row import ItemRow

from .screen import Screen
from .texts import day, greeting, recorded_offline


class _LoanRow(ItemRow):
    def __init__(self, key, title, on_tap):
        super().__init__(key, title)
        self._on_tap = on_tap
        self.set_tappable()

    def mouseReleaseEvent(self, event):
        self._on_tap(self.key)


class RenewScreen(Screen):
    name = "renew"
    needs_login = True

    def __init__(self, kiosk):
        super().__init__(kiosk)
        self.view: AccountView | None = None
        self.selected: set[str] = set()
        self.results: dict[str, ActResult] = {}
        self.heading = label("", "title")
        self.hello = label("", "secondary")
        self.instruction = label("", "prompt")
        self.list = ScrollList()
        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        self.renew_selected = BigButton(icon_name="renew")
        self.renew_selected.setObjectName("renew_selected")
        self.renew_selected.clicked.connect(self._renew_selected)
        self.renew_all = BigButton(kind="primary", icon_name="renew")
        self.renew_all.setObjectName("renew_all")
        self.renew_all.clicked.connect(self._renew_all)
        buttons.addWidget(self.renew_selected, 1)
        buttons.addWidget(self.renew_all, 1)
        for w in (self.heading, self.hello, self.instruction):
            self.layout_.addWidget(w)
        self.layout_.addWidget(self.list, 1)
        self.layout_.addLayout(buttons)
        self.rows: dict[str, _LoanRow] = {}

    def enter(self, **params) -> None:
        self.view, self.selected, self.results = None, set(), {}
        self.retranslate()
        self.run(self.kiosk.terminal.circulation.account, self.kiosk.session.card,
                 done=self._loaded, busy_text=tr("Fetching your loans…"))

    def _loaded(self, view) -> None:
        self.view = view
        self.retranslate()

    def clear(self) -> None:
        self.view, self.selected, self.results = None, set(), {}
        self.rows.clear()
        self.list.clear()
        self.hello.clear()

    def prompt(self) -> str:
        return tr("Tap the books to renew, or renew them all.")

    def retranslate(self) -> None:
        self.heading.setText(tr("Renew"))
        self.hello.setText(greeting(self.kiosk.session))
        self.instruction.setText(tr("Tap the books to renew, or renew them all."))
        self.renew_selected.setText(tr("Renew selected ({n})").format(n=len(self.selected)))
        self.renew_all.setText(tr("Renew all"))
        self.renew_selected.setEnabled(bool(self.selected))
        self.renew_all.setEnabled(bool(self.view and self.view.loans))
        self.list.clear()
        self.rows.clear()
        if self.view is None:
            return
        for loan in self.view.loans:
            key = loan.item.barcode
            row = _LoanRow(key, loan.title, self._toggle)
            row.setObjectName(f"renew_{key}")
            self.rows[key] = row
            self._render(key, loan)
            self.list.add(self.kiosk.window.themed(row))
        if not self.view.loans:
            self.list.add(label(tr("No loans."), "secondary"))

    def _render(self, key: str, loan=None) -> None:
        row = self.rows[key]
        if loan is None:
            assert self.view is not None, "rows exist only while an account is shown"
            loan = next(x for x in self.view.loans if x.item.barcode == key)
        result = self.results.get(key)
        if result is None:
            mark = "☑ " if key in self.selected else "☐ "
            row.set_state("waiting" if key in self.selected else "plain",
                          mark + tr("Due {date}").format(date=day(loan.loan.due_at)))
        elif result.ok:
            text = tr("Renewed. Now due {date}").format(date=day(result.due_at))
            if result.offline:
                text += " · " + recorded_offline()
            row.set_state("done", text)
        elif result.refusal is not None:
            row.set_state("refused", result.refusal.message(self.lang))

    def _toggle(self, key: str) -> None:
        if key in self.results:
            return
        self.selected ^= {key}
        self._render(key)
        self.renew_selected.setText(tr("Renew selected ({n})").format(n=len(self.selected)))
        self.renew_selected.setEnabled(bool(self.selected))

    def _renew_selected(self) -> None:
        card = self.kiosk.session.card
        for key in sorted(self.selected):
            self.run(self.kiosk.terminal.circulation.renew, card, key,
                     busy_text=tr("Renewing…"), done=self._one_done)
        self.selected = set()

    def _renew_all(self) -> None:
        self.run(self.kiosk.terminal.circulation.renew_all, self.kiosk.session.card,
                 busy_text=tr("Renewing…"), done=self._all_done)

    def _one_done(self, result) -> None:
        self.results[result.barcode] = result
        if result.barcode in self.rows:
            self._render(result.barcode)
        self.feedback(result.ok)
        self.say(self.rows[result.barcode].status.text() if result.barcode in self.rows else "")

    def _all_done(self, results) -> None:
        for r in results:
            self.results[r.barcode] = r
            if r.barcode in self.rows:
                self._render(r.barcode)
        ok = sum(1 for r in results if r.ok)
        if results:
            self.feedback(ok == len(results))
        self.say(tr("{ok} of {n} renewed.").format(ok=ok, n=len(results)))
