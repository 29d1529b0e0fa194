"""Statistics by the library's day, end to end: a centre whose configured time zone
puts "today" on another date than this computer's, a loan made at the desk now, and
the desk's statistics tab showing the library's today with that loan in its hour."""
from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QEvent, Qt

from kiosk.app import build_desk
from kiosk.config import load_config
from tests.central_server import running_central
from tests.staff.conftest import available_items, open_patron, scan_into, settle, sign_in

#: UTC+14 and UTC-12 are 26 hours apart: one of them is always on another date than ours
ZONES = ("Pacific/Kiritimati", "Etc/GMT+12")


def test_the_statistics_tab_shows_the_librarys_today(qtbot, synced_replica, tmp_path):
    zone = next(z for z in ZONES if datetime.now(ZoneInfo(z)).date() != date.today())
    with running_central(tmp_path, demo=True, timezone=zone) as centre:
        _check_today(qtbot, centre.url, zone, synced_replica, tmp_path)


def _check_today(qtbot, url: str, zone: str, synced_replica, tmp_path) -> None:
    from ui.staff import i18n
    from ui.staff.window import StaffWindow

    (tmp_path / "desk").mkdir()
    shutil.copyfile(synced_replica, tmp_path / "desk" / "replica.db")   # the same demo data
    terminal, service = build_desk(load_config(tmp_path / "desk", env={}), central=url,
                                   devices=False)
    i18n.install("en")
    window = StaffWindow(service, refresh_ms=600_000)
    window.show()
    try:
        sign_in(qtbot, window)
        open_patron(qtbot, window, "0440000001")
        [barcode] = available_items(service.replica, 1)
        scan_into(qtbot, window.desk.item_field, barcode)
        qtbot.waitUntil(lambda: bool(window.desk.log) and window.desk.log[0]["result"].ok,
                        timeout=10_000)
        now = datetime.now(UTC).astimezone(ZoneInfo(zone))
        qtbot.keyClick(window.tabs, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: window.stats.data is not None, timeout=10_000)
        settle(qtbot, window)
        local_today = datetime.now(ZoneInfo(zone)).date().isoformat()
        assert window.stats.summary.text().startswith(f"{local_today} ({zone})")
        assert window.stats.data["day"] == local_today
        [bars] = window.stats.charts[0].series()
        loans = bars.barSets()[0]
        assert loans.at(now.hour) >= 1          # the loan just made, at the library's hour
    finally:
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(window, QEvent.Type.DeferredDelete)
        terminal.close()
