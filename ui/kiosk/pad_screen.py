"""What Borrow and Return share: rows for the items on the pad or scanned, each
processed once through the worker and updated in place."""
from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QStackedWidget, QVBoxLayout

from kiosk.domain.reasons import Refusal
from kiosk.services.results import ActResult, CheckinResult
from ui.i18n import tr
from ui.widgets.buttons import BigButton
from ui.widgets.common import ScrollList, label
from ui.widgets.item_row import ItemRow
from ui.widgets.pad_picture import PadPicture

from .screen import Screen


class PadScreen(Screen):
    takes_items = True

    def __init__(self, kiosk):
        super().__init__(kiosk)
        self.heading = label("", "title")
        self.hello = label("", "secondary")
        self.instruction = label("", "prompt")
        self.notice = label("", "error")
        self.notice.hide()
        self.counter = label("", "secondary")     # "本次借 2 本 · 还可借 8 本"
        self.counter.setObjectName(f"{self.name}_counter")
        self.counter.hide()
        self.list = ScrollList()
        self.list.setObjectName(f"{self.name}_rows")
        self.finish = BigButton(kind="primary", icon_name="check")
        self.finish.setObjectName(f"{self.name}_finish")
        self.finish.clicked.connect(self.finished)
        self.picture = PadPicture()
        self.area = QStackedWidget()      # the picture until the first row, then the rows
        self.area.addWidget(self.picture)
        self.area.addWidget(self.list)
        self.words = QVBoxLayout()
        self.words.setSpacing(self.layout_.spacing())
        for w in (self.heading, self.hello, self.instruction, self.counter, self.notice):
            self.words.addWidget(w)
        self.words.addStretch(0)
        # portrait: the words over the rows over Finish; landscape: the words and Finish
        # in a column beside the rows, which get the whole height (three rows show in
        # large text)
        self.body = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.body.setSpacing(self.layout_.spacing())
        self.body.addLayout(self.words)
        self.body.addWidget(self.area, 1)
        self.layout_.addLayout(self.body, 1)
        self.finish_row = QHBoxLayout()
        self.finish_row.addStretch(1)
        self.finish_row.addWidget(self.finish, 2)
        self.layout_.addLayout(self.finish_row)
        self.rows: dict[str, ItemRow] = {}
        #: key -> the act's result, a Refusal before it, or "waiting"
        self.outcomes: dict[str, ActResult | CheckinResult | Refusal | str] = {}

    def set_landscape(self, landscape: bool) -> None:
        super().set_landscape(landscape)
        self.body.setDirection(QBoxLayout.Direction.LeftToRight if landscape
                               else QBoxLayout.Direction.TopToBottom)
        self.body.setStretch(0, 2 if landscape else 0)
        self.body.setStretch(1, 3 if landscape else 1)
        if landscape and self.words.indexOf(self.finish) < 0:
            self.finish_row.removeWidget(self.finish)
            self.words.addWidget(self.finish)
        elif not landscape and self.finish_row.indexOf(self.finish) < 0:
            self.words.removeWidget(self.finish)
            self.finish_row.addWidget(self.finish, 2)
        stretch = self.words.count() - (2 if landscape else 1)    # between words and Finish
        self.words.setStretch(stretch, 1 if landscape else 0)
        self.words.setSpacing(self.layout_.spacing() // (2 if landscape else 1))

    def enter(self, **params) -> None:
        """The picture plays (or stands still where the look or the window wants no
        motion) until the first row comes."""
        window = self.kiosk.window
        self.picture.play(bool(window.animate and self.kiosk.theme.animate))
        self._show_area()

    def leave(self) -> None:
        self.picture.stop()

    def _show_area(self) -> None:
        self.area.setCurrentWidget(self.list if self.rows else self.picture)

    # -- to implement ---------------------------------------------------------------
    def process(self, key: str, tag_uids: tuple[str, ...], parts_present: int | None) -> None:
        """Lend or take back the item `key`; tag_uids: all its tags on the pad."""
        raise NotImplementedError

    def describe(self, outcome) -> tuple[str, str, str]:
        """(state, status line, title) for an outcome."""
        raise NotImplementedError

    def finished(self) -> None:
        raise NotImplementedError

    def counter_text(self) -> str:
        """What this visit has done so far, in a line ("" shows none)."""
        raise NotImplementedError

    def count(self) -> None:
        text = self.counter_text()
        self.counter.setText(text)
        self.counter.setVisible(bool(text))

    # -- rows ---------------------------------------------------------------------------
    def clear(self) -> None:
        self.rows.clear()
        self.outcomes.clear()
        self.list.clear()
        self._show_area()
        self.notice.hide()
        self.hello.clear()
        self.count()

    def row(self, key: str) -> ItemRow:
        if key not in self.rows:
            self.rows[key] = ItemRow(key, tr("Item {barcode}").format(barcode=key))
            self.rows[key].setObjectName(f"row_{key}")
            self.list.add(self.kiosk.window.themed(self.rows[key]), follow=True)
            self._show_area()
        return self.rows[key]

    def answered(self, key: str, result) -> None:
        """The service's answer for one item: the row, a sound, the words aloud
        (None: the item had left the pad before its act, so it is forgotten)."""
        if result is None:
            self.outcomes.pop(key, None)
            if (row := self.rows.pop(key, None)) is not None:
                self.list.remove(row)
                self._show_area()
            return
        self.set_outcome(key, result)
        self.count()
        self.feedback(result.refusal is None or result.refusal.code == "item_already_yours")
        row = self.rows[key]
        self.say(row.title.text() + "。" + row.status.text())

    def set_outcome(self, key: str, outcome) -> None:
        self.outcomes[key] = outcome
        self.show_outcome(key)

    def show_outcome(self, key: str) -> None:
        outcome = self.outcomes[key]
        if isinstance(outcome, str):
            state, status, title = "waiting", tr("Checking…"), ""
        elif isinstance(outcome, Refusal):
            state, status, title = "refused", outcome.message(self.lang), ""
        elif outcome.refusal is not None and not outcome.ok:
            # a loan of this reader's still on the pad: not an error
            mine = outcome.refusal.code == "item_already_yours"
            state, status, title = ("plain" if mine else "refused",
                                    outcome.refusal.message(self.lang), outcome.title)
        else:
            state, status, title = self.describe(outcome)
        row = self.row(key)
        if title:
            row.set_title(title)
        row.set_state(state, status, tr("Barcode {barcode}").format(barcode=key))

    def retranslate(self) -> None:
        self.finish.setText(tr("Finish"))
        self.picture.setAccessibleName(tr("Picture: where to put the books"))
        self.picture.setAccessibleDescription(tr(
            "A book is laid flat on the pad under the screen. Several books can lie there "
            "together."))
        for key in self.outcomes:
            self.show_outcome(key)
        self.count()

    def done_count(self) -> int:
        return sum(1 for r in self.rows.values() if r.state in ("done", "warning"))

    # -- device events -----------------------------------------------------------------
    def on_tags(self, event) -> None:
        """Act on the items that arrived with this change, and only those: a book that
        was lying on the pad before (or is being lifted off it) is never acted on
        because another one moved. `enter` of Borrow counts what lies there as arrived."""
        arrived = set(event.added)
        missing = {m.item_id: m for m in event.missing_parts}
        groups: dict[str, list] = {}
        for tag in event.tags:
            if tag.data is not None and tag.data.item_id:
                groups.setdefault(tag.data.item_id, []).append(tag)
            elif tag.error and tag.uid in arrived:
                self._unreadable(tag.uid)
        for item_id, tags in groups.items():
            if not arrived.intersection(t.uid for t in tags):
                continue
            previous = self.outcomes.get(item_id)
            if item_id in missing:
                m = missing[item_id]
                self.set_outcome(item_id, Refusal("item_missing_parts", {
                    "parts": m.parts, "missing": m.missing[0]}))
                self.feedback(False)
                self.run(self.kiosk.terminal.circulation.item_title, item_id,
                         done=lambda title, key=item_id: self._titled(key, title))
                continue
            if previous is None or (isinstance(previous, Refusal)
                                    and previous.code == "item_missing_parts"):
                self.set_outcome(item_id, "waiting")
                parts = max(t.data.parts for t in tags)
                self.process(item_id, tuple(t.uid for t in tags),
                             len(tags) if parts > 1 else None)

    def act(self, key: str, fn, *args, tag_uids: tuple[str, ...], busy_text: str,
            **kwargs) -> None:
        """fn(*args, tag_uids=…, **kwargs) on the worker, for the item `key`, only if
        every one of its tags is still on the pad when its turn comes (acts queue
        behind each other, and a reader lifts books while they do): a lifted book is
        neither lent nor returned, and its row goes."""
        pad = self.kiosk.terminal.devices.get("rfid")
        self.run(_if_on_pad, pad, tag_uids, fn, *args, busy_text=busy_text,
                 done=lambda result: self.answered(key, result), **kwargs)

    def _titled(self, key: str, title: str) -> None:
        if title and key in self.rows:
            self.rows[key].set_title(title)

    def _unreadable(self, uid: str) -> None:
        if uid not in self.outcomes:
            self.set_outcome(uid, Refusal("item_unknown"))
            self.feedback(False)

    def on_scan(self, code: str, kind: str, patron_id: str) -> None:
        if kind == "ecard":
            super().on_scan(code, kind, patron_id)
            return
        if code not in self.outcomes or isinstance(self.outcomes[code], Refusal):
            self.set_outcome(code, "waiting")
            self.process(code, (), None)


def _if_on_pad(pad, tag_uids: tuple[str, ...], fn, *args, **kwargs):
    """On the worker: the act, or None when one of the item's tags has left the pad."""
    if tag_uids and pad is not None and not pad.in_field(tag_uids):
        return None
    return fn(*args, tag_uids=tag_uids, **kwargs)
