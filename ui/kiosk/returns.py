"""Return: no log-in needed. Each item says where it goes, and any fee it incurred."""
from __future__ import annotations

from ui.i18n import tr

from .find import split_name
from .pad_screen import PadScreen
from .texts import books, money, recorded_offline


class ReturnScreen(PadScreen):
    name = "return"

    def retranslate(self) -> None:
        super().retranslate()
        self.heading.setText(tr("Return"))
        self.hello.setText("")
        self.hello.hide()
        self.instruction.setText(tr("Place the books you are returning on the pad, or scan "
                                    "their barcodes."))

    def enter(self, **params) -> None:
        self.retranslate()
        super().enter(**params)

    def prompt(self) -> str:
        return self.instruction.text()

    def counter_text(self) -> str:
        """"本次还 3 本": what this visit took back."""
        return tr("Returned now: {now}").format(now=books(self.done_count()))

    def on_card(self, uid: str) -> None:
        """A card tapped while returning is not a log-in: returns need none."""

    def process(self, key, tag_uids, parts_present) -> None:
        self.act(key, self.kiosk.terminal.circulation.checkin, key, tag_uids=tag_uids,
                 busy_text=tr("Returning…"))

    def describe(self, result) -> tuple[str, str, str]:
        where = split_name(result.destination, self.lang) if result.destination else ""
        if result.route == "holds_shelf":
            state, text = "warning", tr("Reserved for another reader: put it on the holds "
                                        "shelf.")
        elif result.route == "transit" and result.hold_id:
            state, text = "warning", tr("Reserved for a reader at {place}: please hand it to "
                                        "staff.").format(place=where or tr("another library"))
        elif result.route == "transit":
            state, text = "warning", tr("This belongs to {place}: please hand it to staff."
                                        ).format(place=where or tr("another library"))
        elif result.route == "desk":
            state, text = "warning", tr("Please hand this to staff.")
        else:
            state, text = "done", tr("Returned. Put it on the returns trolley.")
        if result.fee_fen:
            state = "warning"
            text += "\n" + tr("Overdue fee: {amount}. You can pay it under Pay fees."
                              ).format(amount=money(result.fee_fen))
        if result.offline:
            text += "\n" + recorded_offline()
        if result.refusal is not None:
            state, text = "warning", text + "\n" + result.refusal.message(self.lang)
        return state, text, result.title

    def finished(self) -> None:
        self.kiosk.window.go("receipt", act="return")
