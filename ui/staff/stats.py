"""Statistics with charts: loans and returns per hour today and per day this month,
refusals by reason, and terminal use against desk use (from the centre's log).

"Today" is the library's day: the centre counts by its configured time zone and
the desk asks for its today, not for this computer's date (which differs for
some hours of every day when the two clocks are in different zones)."""
from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.i18n import tr
from ui.staff.common import error_text, shortcut
from ui.staff.words import refusal_name
from ui.theme import NORMAL

LOANS, RETURNS = QColor(NORMAL.primary), QColor("#5FA8D3")


class StatsPage(QWidget):
    message = Signal(str)

    def __init__(self, service, worker, parent=None):
        super().__init__(parent)
        self.service, self.worker = service, worker
        self.data: dict | None = None
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.summary = QLabel()
        self.views = [QChartView() for _ in range(4)]
        grid = QGridLayout()
        for n, view in enumerate(self.views):
            view.setRenderHint(QPainter.Antialiasing)
            view.setMinimumHeight(260)
            grid.addWidget(view, n // 2, n % 2)
        top = QHBoxLayout()
        top.addWidget(self.refresh_button)
        top.addWidget(self.summary, 1)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addLayout(grid, 1)
        shortcut(self, "F5", self.refresh)
        self.retranslate()

    @property
    def charts(self) -> list[QChart]:
        return [view.chart() for view in self.views]

    def retranslate(self) -> None:
        self.refresh_button.setText(tr("Refresh (F5)"))
        self._draw()

    def refresh(self) -> None:
        self.worker.run(self.service.stats, done=self._loaded, failed=self._failed)

    def _loaded(self, data: dict) -> None:
        self.data = data
        self._draw()

    def _draw(self) -> None:
        d = self.data or {"per_hour": [], "per_day": [], "refusals": {},
                          "use": {"terminal": 0, "desk": 0}, "day": ""}
        hours = d["per_hour"]
        self.views[0].setChart(_bars(tr("Today, per hour"), [str(h["hour"]) for h in hours],
                                     [h["loans"] for h in hours], [h["returns"] for h in hours]))
        days = d["per_day"]
        self.views[1].setChart(_bars(tr("This month, per day"),
                                     _sparse([int(x["day"][-2:]) for x in days]),
                                     [x["loans"] for x in days], [x["returns"] for x in days]))
        self.views[2].setChart(_pie(tr("Refusals today by reason"),
                                    {refusal_name(code): n for code, n in d["refusals"].items()}))
        use = d["use"]
        self.views[3].setChart(_pie(tr("Terminal use and desk use today"),
                                    {tr("Terminals"): use.get("terminal", 0),
                                     tr("Desk"): use.get("desk", 0)}))
        loans = sum(h["loans"] for h in hours)
        returns = sum(h["returns"] for h in hours)
        self.summary.setText(tr("%1 (%5): %2 loans, %3 returns, %4 refusals").replace(
            "%1", d["day"]).replace("%2", str(loans)).replace("%3", str(returns)).replace(
            "%4", str(sum(d["refusals"].values()))).replace("%5", d.get("timezone", "")))

    def _failed(self, exc) -> None:
        self.summary.setText("✗ " + error_text(exc))


def _sparse(days: list[int], every: int = 5) -> list[str]:
    """Labels for a month's days: 1, 5, 10, 15… and, between them, blanks (a run
    of zero-width spaces, as a category axis needs every label to differ): 31
    two-digit numbers do not fit a half-screen chart and would all become '…'."""
    return [str(d) if d == 1 or d % every == 0 else "\u200b" * n
            for n, d in enumerate(days, 1)]


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.NoAnimation)
    chart.legend().setAlignment(Qt.AlignBottom)
    return chart


def _bars(title: str, categories: list[str], loans: list[int], returns: list[int]) -> QChart:
    chart = _chart(title)
    series = QBarSeries()
    for name, values, colour in ((tr("Checkouts"), loans, LOANS),
                                 (tr("Returns"), returns, RETURNS)):
        bar = QBarSet(name)
        bar.setColor(colour)
        bar.append([float(v) for v in values])
        series.append(bar)
    chart.addSeries(series)
    x = QBarCategoryAxis()
    x.append(categories)
    small = QFont(x.labelsFont())
    small.setPixelSize(10)
    x.setLabelsFont(small)
    x.setTruncateLabels(False)      # Qt elides to '…' long before labels would touch
    top = max([1, *loans, *returns])
    y = QValueAxis()
    y.setRange(0, top)
    y.setLabelFormat("%d")
    y.setTickCount(min(top, 5) + 1)
    if top > 5:
        y.applyNiceNumbers()        # ticks at round numbers: 0, 10, 20, 30, 40
    chart.addAxis(x, Qt.AlignBottom)
    chart.addAxis(y, Qt.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)
    return chart


def _pie(title: str, slices: dict[str, int]) -> QChart:
    chart = _chart(title)
    series = QPieSeries()
    for name, n in slices.items():
        if n:
            part = series.append(f"{name} ({n})", n)
            part.setLabelVisible(False)
    if not series.count():
        chart.setTitle(title + "\n" + tr("(nothing yet today)"))
    chart.addSeries(series)
    chart.legend().setAlignment(Qt.AlignRight)
    return chart
