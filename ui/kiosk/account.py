"""My account: loans (overdue ones stand out), holds, fees, reading points, and a
note when the details come from the terminal's own copy while offline."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout

from ui.i18n import tr
from ui.widgets.buttons import BigButton
from ui.widgets.common import ScrollList, label
from ui.widgets.item_row import ItemRow

from .find import split_name
from .screen import Screen
from .texts import day, greeting, money


class AccountScreen(Screen):
    name = "account"
    needs_login = True

    def __init__(self, kiosk):
        super().__init__(kiosk)
        self.view = None
        self.heading = label("", "title")
        self.hello = label("", "secondary")
        self.stale = label("", "warning")
        self.stale.setObjectName("account_stale")
        self.summary = label("", "prompt")
        self.list = ScrollList()
        self.list.setObjectName("account_list")
        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        self.renew = BigButton(icon_name="renew")
        self.renew.setObjectName("account_renew")
        self.renew.clicked.connect(lambda: self.kiosk.window.go("renew"))
        self.pay = BigButton(kind="primary", icon_name="pay")
        self.pay.setObjectName("account_pay")
        self.pay.clicked.connect(lambda: self.kiosk.window.go("pay"))
        buttons.addWidget(self.renew, 1)
        buttons.addWidget(self.pay, 1)
        for w in (self.heading, self.hello, self.stale, self.summary):
            self.layout_.addWidget(w)
        self.layout_.addWidget(self.list, 1)
        self.layout_.addLayout(buttons)

    def enter(self, **params) -> None:
        self.view = None
        self.retranslate()
        self.run(self.kiosk.terminal.circulation.account, self.kiosk.session.card,
                 done=self._loaded, busy_text=tr("Fetching your account…"))

    def _loaded(self, view) -> None:
        self.view = view
        self.retranslate()
        self.say(self.summary.text())

    def clear(self) -> None:
        self.view = None
        self.list.clear()
        self.summary.clear()
        self.hello.clear()

    def prompt(self) -> str:
        return tr("My account")

    def retranslate(self) -> None:
        self.heading.setText(tr("My account"))
        self.hello.setText(greeting(self.kiosk.session))
        self.renew.setText(tr("Renew"))
        self.pay.setText(tr("Pay fees"))
        self.list.clear()
        v = self.view
        if v is None:             # said at once, not only by the spinner after 300 ms
            self.summary.setText(tr("Fetching your account…") if self.kiosk.session else "")
            self.stale.hide()
            return
        self.stale.setText(tr("We are offline: these details may be out of date."))
        self.stale.setVisible(v.stale)
        overdue = sum(1 for loan in v.loans if loan.overdue_days)
        parts = [tr("{n} on loan").format(n=len(v.loans))]
        if overdue:
            parts.append(tr("{n} overdue").format(n=overdue))
        parts.append(tr("{n} holds").format(n=len(v.holds)))
        if v.fees_fen:
            parts.append(tr("fees {amount}").format(amount=money(v.fees_fen)))
        if v.points is not None:
            parts.append(tr("{n} reading points").format(n=v.points))
        self.summary.setText(" · ".join(parts))
        self.pay.setEnabled(v.fees_fen > 0)
        self.renew.setEnabled(bool(v.loans))
        self._section(tr("Loans"))
        for loan in v.loans:
            row = ItemRow(loan.item.barcode, loan.title)
            row.setObjectName(f"loan_{loan.item.barcode}")
            if loan.overdue_days:
                row.set_state("refused", tr("Overdue by {n} days (due {date}); fee so far {amount}"
                                            ).format(n=loan.overdue_days, date=day(loan.loan.due_at),
                                                     amount=money(loan.fee_fen)))
            else:
                row.set_state("plain", tr("Due {date}").format(date=day(loan.loan.due_at)))
            self.list.add(self.kiosk.window.themed(row))
        if not v.loans:
            self.list.add(label(tr("No loans."), "secondary"))
        self._section(tr("Holds"))
        for h in v.holds:
            row = ItemRow(h.hold.id, h.title)
            row.setObjectName(f"hold_{h.hold.id}")
            place = split_name(h.pickup_name, self.lang)
            if str(h.hold.status) == "waiting":
                row.set_state("done", tr("Ready to collect at {place} until {date}").format(
                    place=place, date=day(h.hold.expires_at)))
            else:
                row.set_state("waiting", tr("Waiting for a copy; to collect at {place}").format(
                    place=place))
            self.list.add(self.kiosk.window.themed(row))
        if not v.holds:
            self.list.add(label(tr("No holds."), "secondary"))
        if v.fees:
            self._section(tr("Fees"))
            for fee in v.fees:
                row = ItemRow(fee.id, _fee_kind(str(fee.kind)))
                row.set_state("warning", money(fee.outstanding_fen))
                self.list.add(self.kiosk.window.themed(row))

    def _section(self, text: str) -> None:
        self.list.add(label(text, "heading"))


def _fee_kind(kind: str) -> str:
    return {"overdue": tr("Overdue fee"), "damaged_tag": tr("Damaged tag"),
            "lost_item": tr("Lost item")}.get(kind, kind)
