"""The feedback sounds: the committed WAVs are what the script makes, the two
are told apart, and a volume of 0 plays nothing."""
import io
import wave

import pytest

from ui import sounds_build
from ui.app import application
from ui.sound import Sounds


def _seconds(data: bytes) -> float:
    with wave.open(io.BytesIO(data)) as w:
        return w.getnframes() / w.getframerate()


def test_committed_sounds_are_what_the_script_makes():
    assert sounds_build.main(["--check"]) == 0
    assert sounds_build.render("success") == sounds_build.render("success")   # deterministic


def test_success_is_short_and_high_and_error_is_longer_and_lower():
    success, error = (sounds_build.SOUNDS[n]["notes"] for n in ("success", "error"))
    assert _seconds(sounds_build.render("success")) < 0.3 < _seconds(sounds_build.render("error"))
    assert min(f for f, _ in success) > 2 * max(f for f, _ in error)
    assert success[0][0] < success[-1][0] and error[0][0] > error[-1][0]   # rising, falling


def test_each_sound_asked_for_is_played_and_volume_0_plays_nothing(qtbot):
    application()
    loud, silent = Sounds(0.6), Sounds(0)
    heard = []
    loud.played.connect(heard.append)
    silent.played.connect(heard.append)
    loud.play("success")
    loud.play("error")
    silent.play("success")
    assert heard == ["success", "error"]
    with pytest.raises(ValueError, match="expected one of"):
        loud.play("fanfare")
