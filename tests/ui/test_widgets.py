"""Shared widgets: the QR code decodes, the keypad hides a PIN, rows change state."""
import pytest
from PySide6.QtCore import Qt

from tests.ui.qr_decode import decode
from ui.app import application
from ui.widgets.item_row import ItemRow
from ui.widgets.keypad import Keypad
from ui.widgets.qr import QrWidget


@pytest.fixture(autouse=True)
def app():
    return application()


def test_qr_widget_draws_a_code_an_independent_decoder_reads(qtbot):
    payload = "深圳图书馆 · 二楼 A 区 文学 / 2F Zone A Literature · I247.55/1"
    widget = QrWidget(payload, size=300)
    qtbot.addWidget(widget)
    assert decode(widget.grab().toImage()) == [payload]


def test_keypad_collects_digits_and_hides_a_pin(qtbot):
    pad = Keypad(secret=True, max_length=4)
    qtbot.addWidget(pad)
    pad.show()
    tap = lambda key: qtbot.mouseClick(key, Qt.MouseButton.LeftButton)
    for key in "12345":
        tap(pad.keys[key])
    assert pad.value == "1234"
    assert pad.display.text() == "●●●●"
    tap(pad.keys["del"])
    with qtbot.waitSignal(pad.submitted) as sent:
        tap(pad.ok)
    assert sent.args == ["123"]
    tap(pad.keys["clear"])
    assert pad.value == "" and not pad.ok.isEnabled()


def test_item_row_states_carry_words_not_only_colour(qtbot):
    row = ItemRow("3100000007", "围城")
    qtbot.addWidget(row)
    row.set_state("refused", "这本书仅限馆内阅读，不能外借。")
    assert row.property("state") == "refused"
    assert row.status.text() == "这本书仅限馆内阅读，不能外借。"
    assert row.status.property("role") == "error"
    with pytest.raises(ValueError, match="expected one of"):
        row.set_state("exploded", "")


def _has_colour(image, colour: str) -> bool:
    from PySide6.QtGui import QColor
    want = QColor(colour)
    return any(image.pixelColor(x, y).alpha() > 200 and image.pixelColor(x, y).rgb() == want.rgb()
               for x in range(image.width()) for y in range(image.height()))


def test_the_large_text_switch_keeps_a_visible_icon_while_on(qtbot):
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    from ui.theme import LARGE
    from ui.widgets.bands import Footer

    footer = Footer()
    qtbot.addWidget(footer)
    for w in footer.findChildren(type(footer.text_button)):
        w.apply_theme(LARGE)
    footer.apply_theme(LARGE)
    button = footer.text_button
    assert button.isChecked()
    size = QSize(LARGE.px(48), LARGE.px(48))
    on = button.icon().pixmap(size, QIcon.Mode.Normal, QIcon.State.On).toImage()
    off = button.icon().pixmap(size, QIcon.Mode.Normal, QIcon.State.Off).toImage()
    # switched on, the band button turns light (on_primary): its icon is drawn in primary
    assert _has_colour(on, LARGE.primary) and not _has_colour(on, LARGE.on_primary)
    assert _has_colour(off, LARGE.on_primary)
