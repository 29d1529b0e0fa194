"""Borrow: items placed on the pad (or scanned) appear as rows and are lent one by
one; the service records the loan before it switches the security of every
part's tag."""
from __future__ import annotations

from kiosk.services.results import ActResult
from ui.i18n import tr

from .fee_dialog import FeeOverlay
from .pad_screen import PadScreen
from .texts import books, day, greeting, recorded_offline


class BorrowScreen(PadScreen):
    name = "borrow"
    needs_login = True

    def __init__(self, kiosk):
        self.left_at_start: int | None = None    # loans the reader may still take
        super().__init__(kiosk)
        self.fee_box = FeeOverlay(self)
        self.fees_to_ask: list[tuple[str, ActResult]] = []  # refused until a fee is accepted
        self.sent: dict[str, tuple] = {}          # key -> (tag_uids, parts_present) of its act

    def enter(self, **params) -> None:
        self.retranslate()
        super().enter(**params)
        session = self.kiosk.session
        if session is not None:
            self.run(self.kiosk.terminal.circulation.loans_left, session.card,
                     done=self._left)
        if session is not None and session.refusal is not None:
            self.notice.setText(session.refusal.message(self.lang))
            self.notice.show()
        else:
            self.notice.hide()
        rfid = self.kiosk.terminal.devices.get("rfid")
        if rfid is not None and hasattr(rfid, "tags"):
            tags = tuple(rfid.tags())
            if tags:   # books already on the pad when the reader logged in
                from hardware import TagsChanged
                from hardware.tags import missing_parts
                self.on_tags(TagsChanged(tags, tuple(t.uid for t in tags), (),
                                         missing_parts(tags)))

    def _left(self, n: int) -> None:
        self.left_at_start = n
        self.count()

    def counter_text(self) -> str:
        """"本次借 2 本 · 还可借 8 本": what this visit lent and what is still allowed."""
        if self.left_at_start is None:
            return ""
        lent = self.done_count()
        return tr("Borrowed now: {now} · Still allowed: {left}").format(
            now=books(lent), left=books(max(0, self.left_at_start - lent)))

    def answered(self, key: str, result) -> None:
        super().answered(key, result)
        if result is not None and not result.ok and result.fee_fen:
            self.fees_to_ask.append((key, result))
            self._ask_next_fee()

    def _ask_next_fee(self) -> None:
        """One fee at a time: the first item still waiting for the reader's answer."""
        if self.fee_box.isVisible() or not self.fees_to_ask:
            return
        key, result = self.fees_to_ask[0]
        refusal = result.refusal
        detail = (refusal.params.get("detail") or refusal.message(self.lang)) if refusal else ""
        self.fee_box.ask(result.fee_fen, result.title, detail,
                         lambda yes: self._fee_answered(key, yes))
        self.say(self.fee_box.words())

    def _fee_answered(self, key: str, yes: bool) -> None:
        self.fees_to_ask = [(k, r) for k, r in self.fees_to_ask if k != key]
        session = self.kiosk.session
        if yes and session is not None:
            tag_uids, parts_present = self.sent.get(key, ((), None))
            self.set_outcome(key, "waiting")
            self.act(key, self.kiosk.terminal.circulation.checkout, session.card, key,
                     tag_uids=tag_uids, parts_present=parts_present, fee_acknowledged=True,
                     busy_text=tr("Borrowing…"))
        self._ask_next_fee()

    def clear(self) -> None:
        self.left_at_start = None
        super().clear()
        self.fee_box.dismiss()
        self.fees_to_ask.clear()
        self.sent.clear()

    def retranslate(self) -> None:
        super().retranslate()
        self.heading.setText(tr("Borrow"))
        self.hello.setText(greeting(self.kiosk.session))
        self.instruction.setText(tr("Place your books on the pad, or scan their barcodes."))
        self.fee_box.retranslate()
        session = self.kiosk.session
        if session is not None and session.refusal is not None:
            self.notice.setText(session.refusal.message(self.lang))

    def prompt(self) -> str:
        return tr("Place your books on the pad, or scan their barcodes.")

    def process(self, key, tag_uids, parts_present) -> None:
        session = self.kiosk.session
        if session is None:
            return
        self.sent[key] = (tag_uids, parts_present)
        self.act(key, self.kiosk.terminal.circulation.checkout, session.card, key,
                 tag_uids=tag_uids, parts_present=parts_present, busy_text=tr("Borrowing…"))

    def describe(self, result) -> tuple[str, str, str]:
        status = tr("Borrowed. Due {date}").format(date=day(result.due_at))
        if result.offline:
            status += " · " + recorded_offline()
        if result.refusal is not None:      # lent, but the tag could not be switched
            return "warning", status + "\n" + result.refusal.message(self.lang), result.title
        return "done", status, result.title

    def finished(self) -> None:
        self.kiosk.window.go("receipt", act="borrow")
