"""Small but real builds for the installer and updater tests.

Each is a directory with an executable `kiosk` that answers --version and, for
`run`, behaves as a healthy or a broken terminal does towards the service
manager: it notifies READY=1 on $NOTIFY_SOCKET (or not), stays up (or not).
A running one leaves its pid in run.pid beside itself.
"""
from __future__ import annotations

import sys
import tarfile
from pathlib import Path

BEHAVIOURS = {
    "healthy": "notify(); time.sleep(3600)",
    "crashes": "sys.exit(3)",                         # dies before READY=1
    "silent": "time.sleep(3600)",                     # starts but never becomes ready
    "dies-after-ready": "notify(); time.sleep(0.3); sys.exit(4)",
}

TEMPLATE = '''#!{python}
import os, socket, sys, time

def notify():
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as s:
        s.connect(os.environ["NOTIFY_SOCKET"])
        s.send(b"READY=1")

if sys.argv[1:] == ["--version"]:
    print("kiosk {version}")
elif sys.argv[1:2] == ["run"]:
    with open(os.path.join(os.path.dirname(sys.argv[0]), "run.pid"), "w") as f:
        f.write(str(os.getpid()))
    {behaviour}
else:
    sys.exit(2)
'''


def make_build(parent: Path, version: str, behaviour: str = "healthy") -> Path:
    build = parent / f"build-{version}" / "kiosk"
    build.mkdir(parents=True)
    program = build / "kiosk"
    program.write_text(TEMPLATE.format(python=sys.executable, version=version,
                                       behaviour=BEHAVIOURS[behaviour]))
    program.chmod(0o755)
    (build / "_internal").mkdir()
    (build / "_internal" / "marker.txt").write_text(version)
    return build


def make_tarball(parent: Path, version: str, behaviour: str = "healthy") -> Path:
    build = make_build(parent, version, behaviour)
    archive = parent / f"kiosk-{version}-linux-x86_64.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(build, arcname=f"kiosk-{version}")
    return archive
