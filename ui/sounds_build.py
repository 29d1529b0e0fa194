"""Make the feedback sounds and the desk's call chime: `python -m ui.sounds_build [--check]`.

A short rising chime for "done" and a lower, longer falling buzz for
"refused" (UI.md, Feedback): distinct in pitch, direction and timbre, so
they are told apart without looking. Plain sine partials under an envelope,
computed, so the files are the same bytes on every run (--check compares).
"""
from __future__ import annotations

import argparse
import io
import math
import struct
import sys
import wave
from pathlib import Path

RATE = 22050
PEAK = 0.5                       # of full scale: loud enough, never clipping
OUT = Path(__file__).resolve().parent.parent / "assets" / "sounds"

# note: (frequency Hz, seconds); partials: (multiple of the frequency, weight)
SOUNDS: dict[str, dict] = {
    "success": {"notes": ((880.0, 0.09), (1318.5, 0.16)),
                "partials": ((1, 1.0), (2, 0.25)), "decay": 18.0},
    "error": {"notes": ((392.0, 0.17), (277.2, 0.26)),
              "partials": ((1, 1.0), (3, 0.35), (5, 0.18)), "decay": 6.0},
    # the desk's "a reader needs help": a three-note doorbell, bright and unhurried
    "alert": {"notes": ((1046.5, 0.22), (784.0, 0.22), (1046.5, 0.34)),
              "partials": ((1, 1.0), (2, 0.4), (4, 0.1)), "decay": 4.0},
}


def _note(freq: float, seconds: float, partials, decay: float) -> list[float]:
    n = round(seconds * RATE)
    attack, release = round(0.005 * RATE), round(0.02 * RATE)
    total = sum(w for _, w in partials)
    samples = []
    for i in range(n):
        t = i / RATE
        envelope = min(1.0, i / attack, (n - i) / release) * math.exp(-decay * t)
        value = sum(w * math.sin(2 * math.pi * freq * k * t) for k, w in partials) / total
        samples.append(value * envelope)
    return samples


def render(name: str) -> bytes:
    """The WAV file (16-bit mono) of one sound."""
    spec = SOUNDS[name]
    samples = [s for freq, sec in spec["notes"]
               for s in _note(freq, sec, spec["partials"], spec["decay"])]
    frames = b"".join(struct.pack("<h", round(s * PEAK * 32767)) for s in samples)
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only check that assets/sounds matches this script")
    args = parser.parse_args(argv)
    stale = []
    for name in SOUNDS:
        path = OUT / f"{name}.wav"
        data = render(name)
        if args.check:
            if not path.exists() or path.read_bytes() != data:
                stale.append(str(path))
        else:
            OUT.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    if stale:
        print("out of date (run `python -m ui.sounds_build`): " + ", ".join(stale),
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
