"""The success and error sounds (UI.md, Feedback), at the volume of [ui] sound_volume.

QSoundEffect plays the short WAVs of assets/sounds (made by ui.sounds_build)
with little latency. `played` reports every sound asked for, which is what
tests observe: offscreen there is no audio device to hear. Volume 0 (or
below) means silent: nothing is played or reported. A machine without sound
output stays quiet, never broken.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QUrl, Signal

from ui.assets import asset_path

log = logging.getLogger(__name__)
NAMES = ("success", "error", "alert")


class Sounds(QObject):
    played = Signal(str)

    def __init__(self, volume: float = 0.6, parent=None):
        super().__init__(parent)
        self.volume = min(max(float(volume), 0.0), 1.0)
        self._effects = {}
        if self.volume > 0:
            from PySide6.QtMultimedia import QSoundEffect  # loads the audio back end

            for name in NAMES:
                path = asset_path("sounds", f"{name}.wav")
                if not path.exists():
                    log.warning("sound %s missing; run `python -m ui.sounds_build`", path)
                    continue
                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(path)))
                effect.setVolume(self.volume)
                self._effects[name] = effect

    def play(self, name: str) -> None:
        if name not in NAMES:
            raise ValueError(f"no sound {name!r}; expected one of {NAMES}")
        if self.volume <= 0:
            return
        if effect := self._effects.get(name):
            effect.play()
        self.played.emit(name)
