"""A wrong password at the desk (review items 6): the message is in the desk's language
only (it used to append the centre's English "(unknown user or wrong password)"), and
the log notes a normal event, without a traceback."""
from __future__ import annotations

import logging
import re

from PySide6.QtCore import Qt

from tests.staff.conftest import TYPING_MS, type_into


def test_a_wrong_password_is_said_in_chinese_only_and_logged_without_a_traceback(
        qtbot, window, caplog):
    from ui.staff import i18n
    i18n.install("zh_CN")
    try:
        page = window.sign_in_page
        with caplog.at_level(logging.INFO):
            type_into(qtbot, page.user, "librarian", enter=True)
            qtbot.keyClicks(page.password, "not-the-password", delay=TYPING_MS)
            qtbot.keyClick(page.password, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: bool(page.error.text()), timeout=10_000)
        assert "用户名或密码错误" in page.error.text()
        assert not re.search(r"[A-Za-z]", page.error.text()), page.error.text()
        assert not window.signed_in
        worker = [r for r in caplog.records if r.name == "ui.worker"]
        assert worker and all(r.levelno <= logging.WARNING and not r.exc_info
                              for r in worker), [(r.levelname, r.getMessage()) for r in worker]
    finally:
        i18n.install("en")
