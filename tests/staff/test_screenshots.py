"""`kiosk screenshots --app desk` renders every desk tab, each one different, driving
the desk by keys and clicks against its own demo centre."""
from __future__ import annotations

import hashlib

from PySide6.QtGui import QImage

from kiosk.cli import main as cli
from ui.staff.screenshots import SHOTS


def test_the_desk_tour_writes_one_picture_per_tab(tmp_path, qapp, capsys):
    assert cli(["--data-dir", str(tmp_path / "data"), "screenshots", "--app", "desk",
                "--lang", "en", "--out", str(tmp_path / "out")]) == 0
    assert "7 screenshots" in capsys.readouterr().out
    paths = [tmp_path / "out" / f"desk-en-{name}.png" for name in SHOTS]
    images = [QImage(str(p)) for p in paths]
    assert all((i.width(), i.height()) == (1366, 820) for i in images)
    assert len({hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}) == len(SHOTS)


def test_an_unknown_language_is_refused(tmp_path, capsys):
    assert cli(["screenshots", "--app", "desk", "--lang", "fr", "--out", str(tmp_path)]) == 2
    assert "--lang fr" in capsys.readouterr().err
