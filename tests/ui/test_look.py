"""What the reader sees, measured on rendered pixels (issue 12.7, 12.8, 12.9): a
disabled button looks disabled, the offline badge is readable on the header, the
PIN keypad shows a field even before the first digit."""
from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtWidgets import QWidget

from ui.app import apply_look
from ui.theme import THEMES, contrast_ratio


def colours(widget) -> Counter:
    image = widget.grab().toImage()
    return Counter(image.pixelColor(x, y).name()
                   for x in range(0, image.width(), 2) for y in range(0, image.height(), 2))


def dominant(widget) -> str:
    return colours(widget).most_common(1)[0][0]


@pytest.fixture(params=list(THEMES))
def theme(request, qapp):
    theme = THEMES[request.param]
    apply_look(qapp, theme, "zh_CN")
    yield theme
    apply_look(qapp, THEMES["normal"], "zh_CN")


def test_a_disabled_primary_button_does_not_look_like_an_enabled_one(qtbot, theme):
    from ui.widgets.buttons import BigButton
    enabled, disabled = BigButton("支付 ¥0.00", kind="primary"), BigButton("支付 ¥0.00",
                                                                          kind="primary")
    disabled.setEnabled(False)
    for b in (enabled, disabled):
        qtbot.addWidget(b)
        b.resize(400, 120)
        b.show()
    assert dominant(enabled).upper() == theme.primary.upper()
    assert dominant(disabled).upper() == theme.surface.upper()


def test_the_offline_badge_is_readable_on_the_header(qtbot, theme):
    from ui.widgets.bands import Header
    header = Header()
    qtbot.addWidget(header)
    header.resize(1080, 120)
    header.set_offline(True)
    header.show()
    badge = header.offline
    assert badge.isVisible()
    seen = colours(badge)
    ground = seen.most_common(1)[0][0]
    assert max(contrast_ratio(c, ground) for c in seen) >= 4.5, seen.most_common(4)


def test_the_pin_field_is_visible_before_the_first_digit(qtbot, theme):
    from ui.widgets.keypad import Keypad
    holder = QWidget()
    qtbot.addWidget(holder)
    pad = Keypad(secret=True, parent=holder)
    holder.resize(720, 700)
    holder.show()
    frame = colours(pad.display)
    assert len(frame) > 1          # a border and a field, not the bare background
    assert pad.display.height() >= theme.target - 6
