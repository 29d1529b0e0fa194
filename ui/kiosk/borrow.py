"""Borrow: items placed on the pad (or scanned) appear as rows and are lent one by
one; the service records the loan before it switches the security of every
part's tag."""
from __future__ import annotations

from ui.i18n import tr

from .pad_screen import PadScreen
from .texts import day, greeting, recorded_offline


class BorrowScreen(PadScreen):
    name = "borrow"
    needs_login = True

    def enter(self, **params) -> None:
        self.retranslate()
        session = self.kiosk.session
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

    def retranslate(self) -> None:
        super().retranslate()
        self.heading.setText(tr("Borrow"))
        self.hello.setText(greeting(self.kiosk.session))
        self.instruction.setText(tr("Place your books on the pad, or scan their barcodes."))
        session = self.kiosk.session
        if session is not None and session.refusal is not None:
            self.notice.setText(session.refusal.message(self.lang))

    def prompt(self) -> str:
        return tr("Place your books on the pad, or scan their barcodes.")

    def process(self, key, tag_uids, parts_present) -> None:
        session = self.kiosk.session
        if session is None:
            return
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
