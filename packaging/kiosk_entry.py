"""Entry point of the self-contained build: the same `kiosk` command as the console script."""
import multiprocessing
import sys

from kiosk.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    if sys.argv[1:3] == ["-m", "ui.voice"]:    # the speech process (ui.speech.VOICE_COMMAND)
        from ui.voice import main as voice
        sys.exit(voice(*sys.argv[3:4]))
    sys.exit(main())
