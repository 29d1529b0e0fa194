"""The Qt binding must not leak or steal references to Python's singletons.

PySide6 6.12.0 took one reference from None (and True/False) on every Qt call
that returns nothing; on Python 3.11 those objects are not immortal, so a
terminal updating its screen aborted after a few thousand calls
("none_dealloc"). pyproject.toml keeps such a version out; this test keeps it
out for good.
"""
import sys

from PySide6.QtWidgets import QLabel


def test_qt_calls_do_not_steal_references_to_none_or_bools(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(2000):
        label.setText("借书")
        label.setWordWrap(True)
        label.setWordWrap(False)
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    assert [a - b for a, b in zip(after, before)] == [0, 0, 0]
