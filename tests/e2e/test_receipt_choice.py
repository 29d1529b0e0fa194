"""The receipt choice as a reader sees it (review item 10): before choosing, the three
options look alike (print used to be drawn filled, as if chosen); the chosen one is
drawn chosen; one that cannot be used is drawn disabled. Colours are read from what
the buttons draw."""
from __future__ import annotations

from PySide6.QtGui import QColor

from tests.e2e.conftest import click, settle

EMILY = "04A1B2C7"


def fill(button) -> str:
    """The colour a button is filled with (inside its border, above its words)."""
    image = button.grab().toImage()
    return QColor(image.pixel(image.width() // 2, 8)).name().upper()


def at_the_receipt(qtbot, demo):
    demo.panel.card.present(EMILY)
    settle(qtbot, demo)
    demo.panel.card.remove()
    click(qtbot, demo.window, "完成")
    settle(qtbot, demo)
    assert demo.window.current == "receipt"
    screen = demo.screen
    return screen.print_button, screen.qr_button, screen.none_button


def test_no_option_looks_chosen_until_the_reader_chooses_one(qtbot, demo):
    theme = demo.window.kiosk.theme
    printing, qr, none = at_the_receipt(qtbot, demo)
    assert [fill(b) for b in (printing, qr, none)] == [theme.background] * 3
    click(qtbot, demo.window, "不需要")
    assert [fill(b) for b in (printing, qr, none)] == [theme.background, theme.background,
                                                       theme.pressed]
    click(qtbot, demo.window, "电子凭条（二维码）")
    assert [fill(b) for b in (printing, qr, none)] == [theme.background, theme.pressed,
                                                       theme.background]


def test_a_printer_out_of_paper_leaves_print_disabled_and_the_code_chosen(qtbot, demo):
    theme = demo.window.kiosk.theme
    printer = demo.terminal.devices["printer"]
    printing, qr, none = at_the_receipt(qtbot, demo)
    printer.set_paper_out(True)
    try:
        click(qtbot, demo.window, "打印凭条")
        settle(qtbot, demo)
    finally:
        printer.set_paper_out(False)
    assert not printing.isEnabled() and fill(printing) == theme.surface
    assert fill(qr) == theme.pressed and fill(none) == theme.background
    assert demo.screen.qr.isVisible()
