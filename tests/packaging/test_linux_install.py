"""packaging/linux/install.sh into a staging root, and its unit files verified.

This machine has no systemd as PID 1, so the service is not started here:
`systemd-analyze verify` checks the units against the staged tree instead.
"""
from __future__ import annotations

import os
import shutil
import stat
import subprocess
import tempfile
from pathlib import Path

import pytest

from kiosk.config import load_config
from tests.packaging.fake_builds import make_build, make_tarball
from tests.peers import require_peer

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"
UNITS = ("kiosk.service", "kiosk-rollback.service", "kiosk-restart.service",
         "kiosk-restart.timer")


def install(root: Path, build: Path):
    done = subprocess.run(["sh", str(LINUX / "install.sh"), "--root", str(root), str(build)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


@pytest.fixture
def staged(tmp_path):
    root = tmp_path / "root"
    install(root, make_tarball(tmp_path, "0.1.0"))
    return root


def test_install_lays_out_versions_config_and_data_with_tight_modes(staged):
    opt = staged / "opt" / "kiosk"
    assert os.readlink(opt / "current") == "versions/0.1.0"
    assert (opt / "current" / "kiosk").exists()
    assert mode(staged / "etc/kiosk") == 0o750
    assert mode(staged / "etc/kiosk/kiosk.toml") == 0o640
    assert mode(staged / "var/lib/kiosk") == 0o700
    for unit in UNITS:
        assert mode(staged / "etc/systemd/system" / unit) == 0o644
    # the shipped config template is a valid config
    cfg = load_config(staged / "var/lib/kiosk", staged / "etc/kiosk/kiosk.toml", env={})
    assert cfg.backend.kind == "rest"


def test_installing_again_updates_beside_and_keeps_the_config(staged, tmp_path):
    config = staged / "etc/kiosk/kiosk.toml"
    config.write_text('[ui]\nlanguage = "en"\n')
    out = install(staged, make_build(tmp_path, "0.2.0"))
    assert "updating" in out
    opt = staged / "opt" / "kiosk"
    assert (os.readlink(opt / "current"), os.readlink(opt / "previous")) == (
        "versions/0.2.0", "versions/0.1.0")
    assert config.read_text() == '[ui]\nlanguage = "en"\n'


def test_unit_files_pass_systemd_analyze_verify(staged):
    require_peer(shutil.which("systemd-analyze") is not None, "systemd-analyze (apt-get install systemd)")
    # verify resolves dependencies and executables inside the root: give it systemd's own units
    (staged / "usr/lib/systemd").mkdir(parents=True)
    shutil.copytree("/usr/lib/systemd/system", staged / "usr/lib/systemd/system", symlinks=True)
    (staged / "usr/bin").mkdir(exist_ok=True)
    shutil.copy2("/usr/bin/systemctl", staged / "usr/bin/systemctl")   # kiosk-restart's ExecStart
    for unit in UNITS:
        done = subprocess.run(["systemd-analyze", "verify", f"--root={staged}",
                               f"/etc/systemd/system/{unit}"], capture_output=True, text=True,
                              timeout=60, check=False)
        assert (done.returncode, done.stdout + done.stderr) == (0, ""), unit


@pytest.mark.parametrize("env, message", [
    ({"KIOSK_SESSION": "gnome"}, "expected cage or x11"),
    ({"KIOSK_ROTATE": "5"}, "expected 0 to 3"),
])
def test_session_script_refuses_unknown_settings(env, message):
    done = subprocess.run([str(LINUX / "kiosk-session")], env={"PATH": "/usr/bin:/bin", **env},
                          capture_output=True, text=True, timeout=10, check=False)
    assert done.returncode == 2 and message in done.stderr


def test_session_runs_the_terminal_under_a_real_cage():
    """cage on its headless backend, as an unprivileged user like the service's."""
    require_peer(shutil.which("cage") is not None and shutil.which("Xwayland") is not None,
                 "cage and Xwayland (apt-get install cage xwayland)")
    if os.geteuid() != 0:
        pytest.skip("needs root to run cage as another user")
    place = Path(tempfile.mkdtemp())           # pytest's tmp_path is closed to other users
    try:
        os.chmod(place, 0o777)
        fake = place / "kiosk"
        fake.write_text('#!/bin/sh\necho "$@ $QT_QPA_PLATFORM ${WAYLAND_DISPLAY:+wayland-up}" '
                        f'> {place}/ran\n')
        fake.chmod(0o755)
        runtime = place / "xdg"
        runtime.mkdir(mode=0o700)
        shutil.chown(runtime, "nobody")
        # the clone may sit where other users cannot enter (a 0700 home): the
        # service user runs its own copy of the script, as an install would give it
        session = place / "kiosk-session"
        shutil.copy(LINUX / "kiosk-session", session)
        session.chmod(0o755)
        done = subprocess.run(
            ["runuser", "-u", "nobody", "--", "env", f"XDG_RUNTIME_DIR={runtime}",
             "WLR_BACKENDS=headless", "WLR_LIBINPUT_NO_DEVICES=1", "WLR_RENDERER=pixman",
             f"KIOSK_BIN={fake}", "KIOSK_ROTATE=1", str(session)],
            capture_output=True, text=True, timeout=60, check=False)
        assert (place / "ran").read_text().split() == ["run", "wayland", "wayland-up"], \
            done.stderr[-1000:]
    finally:
        shutil.rmtree(place)
