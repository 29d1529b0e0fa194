"""A reader borrows an item the library system lends only with a fee (a rental fee:
the ACS refuses the checkout naming the fee, BV, and lends when it comes again with
BO = Y). The real kiosk window on a SIP2 terminal against pysip2's server; the
reader logs in, scans the book, and answers the box "Borrow it for ¥1.00?" by
tapping its buttons."""
from __future__ import annotations

import os
from decimal import Decimal

import pytest

from tests.e2e.conftest import button, click, rows
from tests.sip2.kiosk_window import log_in, scan, settle, sip2_kiosk

pytestmark = pytest.mark.no_qt_log  # as tests/e2e: Qt's log capture deadlocks with QML


@pytest.fixture
def kiosk(tmp_path, ils, library, qtbot):
    """(window, panel, card, barcode with a rental fee of 1.00)."""
    with sip2_kiosk(tmp_path, ils, library) as (window, panel, card, barcodes):
        library.items[barcodes[0]].rental = Decimal("1.00")
        yield window, panel, card, barcodes[0]


def log_in_and_scan_the_book(qtbot, window, panel, card: str, barcode: str) -> None:
    log_in(qtbot, window, panel, card)
    assert window.current == "borrow", window.message.text.text()
    scan(qtbot, window, panel, barcode)
    qtbot.waitUntil(lambda: window.screen().fee_box.isVisible(), timeout=20_000)


def checkouts(library) -> list:
    return [req for code, req in library.log if code == "11"]


def test_the_reader_accepts_the_fee_and_borrows(qtbot, kiosk, library):
    window, panel, card, barcode = kiosk
    log_in_and_scan_the_book(qtbot, window, panel, card, barcode)
    box = window.screen().fee_box
    assert box.title.text() == "借阅此书需付费 ¥1.00，确定借阅吗？"
    if shots := os.environ.get("KIOSK_SHOTS"):  # to look at it: KIOSK_SHOTS=/tmp/x
        window.grab().save(os.path.join(shots, "fee_dialog.png"))
    assert library.items[barcode].loan is None
    click(qtbot, window, "确定借阅（付费 ¥1.00）")
    settle(qtbot, window)
    qtbot.waitUntil(lambda: rows(window.screen())[barcode][0] == "done", timeout=20_000)
    assert not box.isVisible()
    assert library.items[barcode].loan.card == card
    assert [req.fee_acknowledged == "Y" for req in checkouts(library)] == [False, True]


def test_the_reader_declines_and_nothing_is_lent(qtbot, kiosk, library):
    window, panel, card, barcode = kiosk
    log_in_and_scan_the_book(qtbot, window, panel, card, barcode)
    click(qtbot, window, "不借了")
    settle(qtbot, window)
    assert not window.screen().fee_box.isVisible()
    assert rows(window.screen())[barcode][0] == "refused"
    assert library.items[barcode].loan is None
    assert len(checkouts(library)) == 1
    assert button(window, "完成")  # the reader can finish as usual
