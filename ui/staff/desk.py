"""The circulation desk: find a patron, see the account, check out, in and renew by
scanner or pad (many items at once), override a refusal with a reason, take cash
and waive fees.

Each field has its context: the patron field (F2) only ever opens patrons, the
item field (F3) only ever acts on items, whatever a code looks like. A scan
with the focus elsewhere decides by what the code is in the library's data
(a card or a copy) and says what it found. Focus always goes where the next
scan is expected: after a patron is found, the item field.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.services.staff import OVERRIDABLE, Scanned
from ui.i18n import tr
from ui.staff.common import Table, error_text, money, shortcut, when
from ui.staff.reason import ReasonPanel
from ui.staff.words import act_name, card_type_name, place_name, refusal_text, route_text, word
from ui.widgets.common import set_role

MODES = ("checkout", "checkin", "renew")


class DeskPage(QWidget):
    message = Signal(str)          # a sentence for the status bar

    def __init__(self, service, worker, parent=None):
        super().__init__(parent)
        self.service, self.worker = service, worker
        self.card: str | None = None
        self.account = None
        self.log: list[dict] = []          # this desk's acts, newest last
        self.last_settlement = None        # (heading, fees, fen) for the receipt
        self.places: dict = {}             # location id -> Location, for returns' destinations
        self._build()
        self.retranslate()

    # -- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        self.find_label = QLabel()
        self.find_field = QLineEdit()
        self.find_field.setProperty("kind", "scan")
        self.find_field.returnPressed.connect(self.find_patron)
        self.find_button = QPushButton()
        self.find_button.clicked.connect(self.find_patron)
        self.results = Table(["", "", ""])
        self.results.setMaximumHeight(160)
        self.results.hide()
        self.results.activated.connect(lambda *_: self._open_selected())

        self.patron_box = QFrame()
        self.patron_box.setProperty("kind", "card")
        grid = QGridLayout(self.patron_box)
        self.name = QLabel()
        self.name.setProperty("role", "title")
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.blocks = QLabel()
        self.blocks.setWordWrap(True)
        self.blocks.setProperty("role", "error")
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setProperty("role", "warning")
        self.notes_button = QPushButton()
        self.notes_button.clicked.connect(self.ask_notes)
        grid.addWidget(self.name, 0, 0)
        grid.addWidget(self.details, 1, 0, 1, 2)
        grid.addWidget(self.blocks, 2, 0, 1, 2)
        grid.addWidget(self.notes, 3, 0)
        grid.addWidget(self.notes_button, 3, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)

        self.account_tabs = QTabWidget()
        self.loans = Table([""] * 5, multi=True)
        self.holds = Table([""] * 4)
        self.fees = Table([""] * 4, multi=True)
        self.renew_selected_button = QPushButton()
        self.renew_selected_button.clicked.connect(self.renew_selected)
        self.renew_all_button = QPushButton()
        self.renew_all_button.clicked.connect(self.renew_all)
        self.cash_button = QPushButton()
        self.cash_button.clicked.connect(self.pay_cash)
        self.waive_button = QPushButton()
        self.waive_button.clicked.connect(self.ask_waive)
        self.receipt_button = QPushButton()
        self.receipt_button.clicked.connect(self.print_receipt)
        self.account_tabs.addTab(_with_buttons(self.loans, self.renew_selected_button,
                                               self.renew_all_button), "")
        self.account_tabs.addTab(self.holds, "")
        self.account_tabs.addTab(_with_buttons(self.fees, self.cash_button, self.waive_button,
                                               self.receipt_button), "")

        left = QWidget()
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.find_label)
        row.addWidget(self.find_field, 1)
        row.addWidget(self.find_button)
        lbox.addLayout(row)
        lbox.addWidget(self.results)
        lbox.addWidget(self.patron_box)
        lbox.addWidget(self.account_tabs, 1)

        self.mode_buttons = QButtonGroup(self)
        modes = QHBoxLayout()
        self.mode_label = QLabel()
        modes.addWidget(self.mode_label)
        for n, mode in enumerate(MODES):
            button = QRadioButton()
            button.setProperty("mode", mode)
            self.mode_buttons.addButton(button, n)
            modes.addWidget(button)
        modes.addStretch(1)
        self.mode_buttons.button(0).setChecked(True)
        self.mode_buttons.idToggled.connect(lambda *_: self._focus_item())
        self.item_label = QLabel()
        self.item_field = QLineEdit()
        self.item_field.setProperty("kind", "scan")
        self.item_field.returnPressed.connect(self._item_entered)
        self.found = QLabel()               # what a scan with no field in focus turned out to be
        self.found.setProperty("role", "secondary")
        self.reason = ReasonPanel()
        self.reason.closed.connect(self._focus_item)
        self.log_table = Table([""] * 5)
        self.override_button = QPushButton()
        self.override_button.clicked.connect(self.ask_override)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)

        right = QWidget()
        rbox = QVBoxLayout(right)
        rbox.setContentsMargins(0, 0, 0, 0)
        rbox.addLayout(modes)
        item_row = QHBoxLayout()
        item_row.addWidget(self.item_label)
        item_row.addWidget(self.item_field, 1)
        rbox.addLayout(item_row)
        rbox.addWidget(self.found)
        rbox.addWidget(self.outcome)
        rbox.addWidget(self.reason)
        rbox.addWidget(self.log_table, 1)
        rbox.addLayout(_row(self.override_button))

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([560, 640])
        box = QVBoxLayout(self)
        box.addWidget(split)

        shortcut(self, "F2", self.focus_find)
        shortcut(self, "Ctrl+F", self.focus_find)
        shortcut(self, "F3", self._focus_item)
        for n, key in enumerate(("F5", "F6", "F7")):
            shortcut(self, key, lambda n=n: self.set_mode(MODES[n]))
        shortcut(self, "Ctrl+O", self.ask_override)
        shortcut(self, "Ctrl+R", self.renew_selected)
        shortcut(self, "Ctrl+Shift+R", self.renew_all)
        shortcut(self, "Ctrl+M", self.pay_cash)
        shortcut(self, "Ctrl+Shift+W", self.ask_waive)
        shortcut(self, "Ctrl+P", self.print_receipt)
        shortcut(self, "Ctrl+E", self.ask_notes)
        shortcut(self, "Escape", self.clear_patron)
        self._show_account()

    def retranslate(self) -> None:
        self.find_label.setText(tr("Patron (F2):"))
        self.find_field.setPlaceholderText(tr("Card number, card tap, card scan or name"))
        self.find_field.setAccessibleName(tr("Patron"))
        self.item_label.setText(tr("Item (F3):"))
        self.item_field.setAccessibleName(tr("Item"))
        self.find_button.setText(tr("Find"))
        self.results.set_headers([tr("Card"), tr("Name"), tr("Status")])
        self.loans.set_headers([tr("Barcode"), tr("Title"), tr("Due"), tr("Renewals"),
                                tr("Overdue")])
        self.holds.set_headers([tr("Title"), tr("Status"), tr("Pick up at"), tr("Expires")])
        self.fees.set_headers([tr("Fee"), tr("Item"), tr("Outstanding"), tr("Since")])
        self.renew_selected_button.setText(tr("Renew selected (Ctrl+R)"))
        self.renew_all_button.setText(tr("Renew all (Ctrl+Shift+R)"))
        self.cash_button.setText(tr("Record cash (Ctrl+M)"))
        self.waive_button.setText(tr("Waive… (Ctrl+Shift+W)"))
        self.receipt_button.setText(tr("Print receipt (Ctrl+P)"))
        self.notes_button.setText(tr("Edit notes… (Ctrl+E)"))
        self.mode_label.setText(tr("Scan items to:"))
        for button, text in zip(self.mode_buttons.buttons(),
                                (tr("Check out (F5)"), tr("Check in (F6)"), tr("Renew (F7)"))):
            button.setText(text)
        self.item_field.setPlaceholderText(tr("Scan or type an item barcode, or put items "
                                              "on the pad"))
        self.reason.retranslate()
        self.log_table.set_headers([tr("Act"), tr("Barcode"), tr("Title"), tr("Result"),
                                    tr("Due")])
        self.override_button.setText(tr("Override the refusal… (Ctrl+O)"))
        for n, text in enumerate((tr("Loans"), tr("Holds"), tr("Fees"))):
            self.account_tabs.setTabText(n, text)
        self._show_account()
        self._show_log()

    # -- the patron ----------------------------------------------------------------------
    def focus_find(self) -> None:
        self.find_field.setFocus()
        self.find_field.selectAll()

    def _focus_item(self) -> None:
        if not self.reason.isVisible():
            self.item_field.setFocus()

    @property
    def mode(self) -> str:
        return MODES[self.mode_buttons.checkedId()]

    def set_mode(self, mode: str) -> None:
        self.mode_buttons.button(MODES.index(mode)).setChecked(True)
        self._focus_item()

    def find_patron(self) -> None:
        """The patron field: a card number, a chip UID or part of a name; never an item."""
        query = self.find_field.text().strip()
        if query:
            self.on_scan(query, "patron")

    def _search_names(self, query: str) -> None:
        self.worker.run(self.service.find_patrons, query, done=self._found,
                        failed=self._failed)

    def _found(self, patrons) -> None:
        if len(patrons) == 1:
            self.results.hide()
            self.open_patron(patrons[0].card)
            return
        self.results.set_rows([(p.card, p.name, p.status.value) for p in patrons],
                              [p.card for p in patrons])
        self.results.setVisible(bool(patrons))
        if patrons:
            self.results.setFocus()
            self.results.selectRow(0)
        else:
            self.message.emit(tr("No patron matches “%1”.").replace(
                "%1", self.find_field.text()))

    def _open_selected(self) -> None:
        if (card := self.results.current_value()) is not None:
            self.results.hide()
            self.open_patron(card)

    def open_patron(self, card: str) -> None:
        if card != self.card:
            self.log.clear()
            self._show_log()
            self.last_settlement = None
        self.card = card
        self.worker.run(self.service.account, card, done=self._account_loaded,
                        failed=self._failed)
        self._focus_item()

    def refresh(self) -> None:
        if self.card:
            self.worker.run(self.service.account, self.card, done=self._account_loaded,
                            failed=self._failed)

    def clear_patron(self) -> None:
        self.card, self.account = None, None
        self.log.clear()
        self.results.hide()
        self.find_field.clear()
        self._show_account()
        self._show_log()
        self.focus_find()

    def _account_loaded(self, account) -> None:
        if account.patron.card != self.card:
            return
        self.account = account
        self._show_account()

    def _show_account(self) -> None:
        a = self.account
        if a is None:
            self.name.setText(tr("No patron"))
            self.details.setText(tr("Tap a card on the reader, scan a card or type a name."))
            self.blocks.clear()
            self.notes.clear()
            self.notes_button.setEnabled(False)
            for table in (self.loans, self.holds, self.fees):
                table.set_rows([])
            return
        p = a.patron
        self.name.setText(f"{p.name}  ·  {p.card}")
        stale = tr(" (from this desk's copy, not fresh)") if a.stale else ""
        self.details.setText(
            tr("%1 · %2 · expires %3 · %4 loans, %5 holds, fees %6")
            .replace("%1", card_type_name(p.card_type.value)).replace("%2", word(p.status.value))
            .replace("%3", when(p.expires_at, False)).replace("%4", str(len(a.loans)))
            .replace("%5", str(len(a.holds))).replace("%6", money(a.fees_fen)) + stale)
        blocks = [word(b) for b in p.blocks]
        if p.status.value != "active":
            blocks.insert(0, tr("Card status: %1").replace("%1", word(p.status.value)))
        self.blocks.setText("  ".join(("⚠ " + b) for b in blocks))
        self.notes.setText(tr("Notes: %1").replace("%1", a.patron.notes) if a.patron.notes else "")
        self.notes_button.setEnabled(True)
        self.loans.set_rows([(lv.item.barcode, lv.title, when(lv.loan.due_at, False),
                              str(lv.loan.renewals),
                              tr("%1 days").replace("%1", str(lv.overdue_days))
                              if lv.overdue_days else "") for lv in a.loans],
                            [lv.item.barcode for lv in a.loans])
        self.holds.set_rows([(hv.title, word(hv.hold.status.value),
                              place_name(hv.pickup)
                              or hv.pickup_name, when(hv.hold.expires_at, False))
                             for hv in a.holds])
        self.fees.set_rows([(word(f.kind.value), f.item_barcode, money(f.outstanding_fen),
                             when(f.created_at, False)) for f in a.fees], list(a.fees))
        may_waive = bool(self.service.user and self.service.user.may_waive)
        self.waive_button.setEnabled(may_waive)
        self.waive_button.setToolTip("" if may_waive else tr("Only a supervisor may waive fees."))

    # -- notes -------------------------------------------------------------------------
    def ask_notes(self) -> None:
        if self.account is None:
            return
        patron = self.account.patron
        card = patron.card
        self.reason.ask(
            tr("Patron notes"), tr("Notes on %1 (%2), seen by staff at every desk:").replace(
                "%1", patron.name).replace("%2", card),
            lambda text: self.save_notes(card, text), text=patron.notes,
            placeholder=tr("e.g. deposit not paid: send to the desk"), allow_empty=True)

    def save_notes(self, card: str, text: str) -> None:
        self.worker.run(self.service.set_notes, card, text,
                        done=self._notes_saved, failed=self._failed)

    def _notes_saved(self, _) -> None:
        self.message.emit(tr("Notes saved."))
        self.refresh()

    # -- items -------------------------------------------------------------------------
    def on_scan(self, code: str, context: str = "") -> None:
        """A code typed or scanned. context "patron" or "item": the field it went into
        decides what it may be; none (a scan with the focus elsewhere): the code decides,
        and the desk says what it found."""
        self.worker.run(self.service.identify, code,
                        done=lambda found: self._identified(code, context, found),
                        failed=self._failed)

    def _identified(self, code: str, context: str, found: Scanned) -> None:
        self.found.clear()
        if context == "item":
            if found.kind == "patron":
                self._say("✗ " + tr("%1 is the card of %2, not an item. Open "
                                               "patrons in the patron field (F2).")
                                     .replace("%1", found.key).replace("%2", found.label))
            else:
                self.on_item(found.item or found.key or code)
        elif context == "patron":
            if found.kind in ("patron", "both"):
                self.open_patron(found.key)
            elif found.kind == "item":
                self._say("✗ " + tr("%1 is an item barcode («%2»), not a card. Scan "
                                               "items in the item field (F3).")
                                     .replace("%1", found.key).replace("%2", found.label))
            else:
                self._search_names(code)
        elif found.kind == "patron":
            self.found.setText(tr("Scanned: the card of %1 (%2)").replace(
                "%1", found.label).replace("%2", found.key))
            self.open_patron(found.key)
        elif found.kind == "item":
            self.found.setText(tr("Scanned: item %1 «%2»").replace("%1", found.key).replace(
                "%2", found.label))
            self.on_item(found.key)
        elif found.kind == "both":
            self.found.setText(tr("Scanned: %1 is both a card number and an item barcode. "
                                  "Type it into the patron field (F2) or the item field (F3).")
                               .replace("%1", code))
        else:
            self.found.setText(tr("Scanned: %1 is neither a known card nor a known item.")
                               .replace("%1", code))

    def on_card(self, uid: str) -> None:
        """A card tapped on the reader opens its patron."""
        self.worker.run(self.service.patron_for_code, uid,
                        done=lambda card: self.open_patron(card) if card else
                        self.message.emit(tr("This card is not known.")), failed=self._failed)

    def on_tags(self, event) -> None:
        """Items put on the pad: each new item is one act in the current mode, with
        the tags of all its parts (a book and its CD) so every part is secured."""
        parts: dict[str, list[str]] = {}
        for tag in event.tags:
            if tag.data and tag.data.item_id:
                parts.setdefault(tag.data.item_id, []).append(tag.uid)
        for item_id, uids in parts.items():
            if set(uids) & set(event.added):
                self.on_item(item_id, tuple(uids))

    def _item_entered(self) -> None:
        code = self.item_field.text().strip()
        self.item_field.clear()
        if code:
            self.on_scan(code, "item")

    def on_item(self, barcode: str, tag_uids: tuple[str, ...] = ()) -> None:
        mode, card = self.mode, self.card
        act: Callable[..., object]
        args: tuple[str, ...]
        if mode == "checkin":
            act, args = self._checkin, (barcode,)
        elif not card:
            self._say(tr("Find the patron first (F2)."))
            return
        else:
            act = self.service.checkout if mode == "checkout" else self.service.renew
            args = (card, barcode)
        kwargs = {"tag_uids": tag_uids} if tag_uids and mode != "renew" else {}
        self.worker.run(act, *args, **kwargs,
                        done=lambda result: self._acted(mode, card, barcode, result, tag_uids),
                        failed=self._failed)

    def _checkin(self, barcode: str, **kwargs):
        """On the worker: the return, and the place it goes to (to name it)."""
        result = self.service.checkin(barcode, **kwargs)
        self.places[result.destination] = self.service.location(result.destination)
        return result

    def _acted(self, mode: str, card, barcode: str, result, tag_uids=()) -> None:
        entry = {"mode": mode, "card": card, "barcode": result.barcode or barcode,
                 "title": result.title, "result": result, "tag_uids": tag_uids}
        self.log.append(entry)
        self._show_log()
        self._say(self._result_text(entry))
        self.refresh()
        self._focus_item()

    def _result_text(self, entry: dict) -> str:
        result = entry["result"]
        if not result.ok:
            text = "✗ " + refusal_text(result.refusal)
            if result.refusal and result.refusal.code in OVERRIDABLE and entry["mode"] != "checkin":
                text += "  " + tr("(Ctrl+O to override)")
            return text
        if entry["mode"] == "checkin":
            text = "✓ " + tr("Returned, %1").replace("%1", route_text(result.route))
            if result.destination:
                place = self.places.get(result.destination)
                text += f" ({place_name(place) or result.destination})"
            if result.fee_fen:
                text += "  " + tr("fee %1").replace("%1", money(result.fee_fen))
        else:
            text = "✓ " + tr("Due %1").replace("%1", when(result.due_at, False))
        if entry.get("override"):
            text += "  " + tr("(overridden)")
        if result.offline:
            text += "  " + tr("(recorded offline)")
        if result.refusal:
            text += "  ⚠ " + refusal_text(result.refusal)
        return text

    def _show_log(self) -> None:
        rows = [(act_name(e["mode"]), e["barcode"], e["title"], self._result_text(e),
                 when(getattr(e["result"], "due_at", None), False)) for e in reversed(self.log)]
        self.log_table.set_rows(rows, list(reversed(self.log)))

    # -- overrides ---------------------------------------------------------------------
    def _refused_entry(self) -> dict | None:
        chosen = self.log_table.current_value()
        candidates = [chosen] if chosen else list(reversed(self.log))
        return next((e for e in candidates if not e["result"].ok and e["mode"] != "checkin"
                     and e["result"].refusal and e["result"].refusal.code in OVERRIDABLE
                     and e["card"] == self.card), None)

    def ask_override(self) -> None:
        entry = self._refused_entry()
        if entry is None:
            self._say(tr("There is no refusal here that can be overridden."))
            return
        refusal = refusal_text(entry["result"].refusal)
        self.reason.ask(tr("Override"), tr("Refused: %1\nWhy do you override it?").replace(
            "%1", refusal), lambda reason: self.override(entry, reason))

    def override(self, entry: dict, reason: str) -> None:
        method = self.service.checkout if entry["mode"] == "checkout" else self.service.renew
        kwargs = {"override": reason}
        if entry["mode"] == "checkout" and entry.get("tag_uids"):
            kwargs["tag_uids"] = entry["tag_uids"]

        def done(result):
            if result.ok:
                self.log.remove(entry)
            self._acted(entry["mode"], entry["card"], entry["barcode"], result)
            self.log[-1]["override"] = result.ok
            self._show_log()
            self._say(self._result_text(self.log[-1]))

        self.worker.run(method, entry["card"], entry["barcode"], **kwargs, done=done,
                        failed=self._failed)

    # -- renewals -------------------------------------------------------------------------
    def renew_selected(self) -> None:
        for barcode in self.loans.selected_values():
            self.on_renew(barcode)

    def renew_all(self) -> None:
        for barcode in self.loans.shown_values():
            self.on_renew(barcode)

    def on_renew(self, barcode: str) -> None:
        card = self.card
        self.worker.run(self.service.renew, card, barcode,
                        done=lambda r: self._acted("renew", card, barcode, r), failed=self._failed)

    # -- fees -------------------------------------------------------------------------------
    def _chosen_fees(self) -> list:
        return self.fees.selected_values() or self.fees.shown_values()

    def pay_cash(self) -> None:
        fees = self._chosen_fees()
        if not self.card or not fees:
            return
        card = self.card
        self.worker.run(self.service.pay_cash, card, [f.id for f in fees],
                        done=lambda fen: self._settled(tr("Cash payment"), card, fees, fen),
                        failed=self._failed)

    def ask_waive(self) -> None:
        fees = self._chosen_fees()
        card = self.card
        if not card or not fees:
            return
        total = money(sum(f.outstanding_fen for f in fees))
        self.reason.ask(tr("Waive fees"), tr("Waive %1 for %2?").replace(
            "%1", total).replace("%2", self.account.patron.name if self.account else card),
            lambda reason: self.waive(card, fees, reason))

    def waive(self, card: str, fees: list, reason: str) -> None:
        self.worker.run(self.service.waive, card, [f.id for f in fees], reason,
                        done=lambda fen: self._settled(tr("Fees waived"), card, fees, fen),
                        failed=self._failed)

    def _settled(self, heading: str, card: str, fees: list, fen: int) -> None:
        self.last_settlement = (heading, card, fees, fen)
        self._say("✓ " + f"{heading}: {money(fen)}")
        self.refresh()

    def print_receipt(self) -> None:
        if self.last_settlement is None:
            self._say(tr("Nothing to print yet: record a payment first."))
            return
        heading, card, fees, fen = self.last_settlement
        receipt = self.service.fee_receipt(card, fees, fen, heading=heading,
                                           total_label=tr("Total"))
        self.worker.run(self.service.print_receipt, receipt,
                        done=lambda _: self.message.emit(tr("Receipt printed.")),
                        failed=self._failed)

    def _say(self, text: str) -> None:
        """The outcome line, coloured by what it says (✓ done, ✗ refused), never by colour
        alone: the mark and the words are there in every theme."""
        self.outcome.setText(text)
        set_role(self.outcome, "success" if text.startswith("✓") else
                 "error" if text.startswith("✗") else "")

    def _failed(self, exc: Exception) -> None:
        self._say("✗ " + error_text(exc))
        self.message.emit(error_text(exc))


def _row(*widgets) -> QHBoxLayout:
    row = QHBoxLayout()
    for w in widgets:
        row.addWidget(w)
    row.addStretch(1)
    return row


def _with_buttons(table, *buttons) -> QWidget:
    page = QWidget()
    box = QVBoxLayout(page)
    box.setContentsMargins(0, 4, 0, 0)
    box.addWidget(table, 1)
    box.addLayout(_row(*buttons))
    return page
