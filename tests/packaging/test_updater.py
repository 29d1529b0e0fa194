"""packaging/linux/kiosk-update with real (small) builds, switching for real.

The health check here is the updater's direct probe: it starts `kiosk run` on
a notify socket of its own, as systemd would with Type=notify.
"""
from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
import subprocess
import tarfile
import threading
import time
from pathlib import Path

import pytest

from tests.packaging.fake_builds import make_build, make_tarball

UPDATER = Path(__file__).resolve().parents[2] / "packaging" / "linux" / "kiosk-update"


@pytest.fixture
def site(tmp_path):
    root, state, data = tmp_path / "opt", tmp_path / "state", tmp_path / "data"
    data.mkdir()

    def run(*args, check=True):
        done = subprocess.run([str(UPDATER), "--root", str(root), "--state", str(state),
                               "--data", str(data), "--probe", "direct", "--ready-timeout", "2",
                               "--settle", "0.5", *map(str, args)],
                              capture_output=True, text=True, timeout=120, check=False)
        if check:
            assert done.returncode == 0, done.stdout + done.stderr
        return done

    run.root, run.state, run.data, run.tmp = root, state, data, tmp_path
    return run


def link(root: Path, name: str) -> str:
    return os.readlink(root / name)


def events(state: Path) -> list[dict]:
    return [json.loads(line) for line in (state / "update.log").read_text().splitlines()]


def test_versions_install_side_by_side_and_a_healthy_one_becomes_current(site):
    site("update", make_tarball(site.tmp, "0.1.0"))
    site("update", make_build(site.tmp, "0.2.0"))
    assert link(site.root, "current") == "versions/0.2.0"
    assert link(site.root, "previous") == "versions/0.1.0"
    assert (site.root / "versions/0.1.0/_internal/marker.txt").read_text() == "0.1.0"
    assert not [p for p in (site.root / "versions").iterdir() if p.name.startswith(".")]
    status = site("status").stdout
    assert "current:  0.2.0" in status and "0.1.0            healthy" in status


@pytest.mark.parametrize("behaviour, reason", [
    ("crashes", "exited with status 3 before READY=1"),
    ("silent", "no READY=1 within 2 s"),
    ("dies-after-ready", "exited with status 4 0.5 s after READY=1"),
])
def test_a_broken_update_rolls_back_by_itself_and_says_why(site, behaviour, reason):
    site("update", make_build(site.tmp, "0.1.0"))
    done = site("update", make_build(site.tmp, "0.2.0", behaviour), check=False)
    assert done.returncode == 1
    assert link(site.root, "current") == "versions/0.1.0"
    last = events(site.state)[-1]
    assert (last["event"], last["frm"], last["to"], last["reason"]) == (
        "rolled-back", "0.2.0", "0.1.0", reason)
    assert (site.root / "versions/0.2.0/kiosk").exists()          # kept to examine
    assert f"failed: {reason}" in site("status").stdout


def test_the_replica_is_backed_up_before_a_switch(site):
    conn = sqlite3.connect(site.data / "replica.db")
    with conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE outbox (id TEXT PRIMARY KEY)")
        conn.execute("INSERT INTO outbox VALUES ('act-1')")
    site("update", make_build(site.tmp, "0.1.0"))
    conn.execute("INSERT INTO outbox VALUES ('act-2')")
    conn.commit()                                                   # still open, in WAL
    site("update", make_build(site.tmp, "0.2.0"))
    conn.close()
    backups = sorted((site.data / "backups").iterdir())
    assert [b.name.split("-")[1] for b in backups] == ["0.1.0", "0.2.0"]
    copy = sqlite3.connect(backups[-1])
    assert copy.execute("SELECT id FROM outbox ORDER BY id").fetchall() == [("act-1",), ("act-2",)]
    copy.close()
    assert oct(backups[-1].stat().st_mode & 0o777) == "0o600"


def test_manual_rollback_and_switching_forward_again(site):
    site("update", make_build(site.tmp, "0.1.0"))
    site("update", make_build(site.tmp, "0.2.0"))
    site("rollback", "--reason", "receipts print garbled")
    assert (link(site.root, "current"), link(site.root, "previous")) == (
        "versions/0.1.0", "versions/0.2.0")
    assert events(site.state)[-1]["reason"] == "receipts print garbled"
    site("switch", "0.2.0")
    assert link(site.root, "current") == "versions/0.2.0"
    done = site("switch", "9.9.9", check=False)
    assert done.returncode == 1 and "9.9.9 is not installed" in done.stderr


def test_on_failure_rolls_back_only_a_version_never_proven_healthy(site):
    site("update", make_build(site.tmp, "0.1.0"))
    site("update", make_build(site.tmp, "0.2.0"))
    site("on-failure")                                              # 0.2.0 passed its check
    assert link(site.root, "current") == "versions/0.2.0"
    assert events(site.state)[-1]["event"] == "service-failed"
    # the updater dies (power cut) during the health check of 0.3.0
    site("install", make_build(site.tmp, "0.3.0", "silent"))
    updater = subprocess.Popen([str(UPDATER), "--root", str(site.root), "--state",
                                str(site.state), "--data", str(site.data), "--probe", "direct",
                                "--ready-timeout", "60", "switch", "0.3.0"],
                               stdout=subprocess.PIPE, text=True)
    assert updater.stdout.readline().startswith("switched: to=0.3.0")
    pidfile = site.root / "versions/0.3.0/run.pid"
    while not pidfile.exists() or not pidfile.read_text():
        time.sleep(0.05)
    updater.kill()
    updater.wait()
    os.kill(int(pidfile.read_text()), signal.SIGKILL)              # the probe's terminal too
    updater.stdout.close()
    assert link(site.root, "current") == "versions/0.3.0"           # unproven, in place
    site("on-failure")
    assert link(site.root, "current") == "versions/0.2.0"
    assert events(site.state)[-1]["event"] == "rolled-back"


def test_current_always_names_a_whole_version_while_switching(site):
    site("update", make_build(site.tmp, "0.1.0"))
    site("update", make_build(site.tmp, "0.2.0"))
    seen, stop = set(), threading.Event()

    def watch():
        while not stop.is_set():
            seen.add(os.readlink(site.root / "current"))           # never missing
    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        for _ in range(2):
            site("--probe", "none", "switch", "0.1.0")
            site("--probe", "none", "switch", "0.2.0")
    finally:
        stop.set()
        watcher.join()
    assert seen == {"versions/0.1.0", "versions/0.2.0"}


def test_a_version_in_use_cannot_be_overwritten(site):
    site("update", make_build(site.tmp, "0.1.0"))
    again = make_build(site.tmp / "again", "0.1.0")
    done = site("install", again, check=False)
    assert done.returncode == 1 and "in use" in done.stderr


@pytest.mark.parametrize("member", ["../evil", "/etc/evil"])
def test_an_archive_escaping_its_directory_is_refused(site, member):
    archive = site.tmp / "evil.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        info = tarfile.TarInfo(member)
        info.size = 4
        tar.addfile(info, io.BytesIO(b"evil"))
    done = site("install", archive, check=False)
    assert done.returncode == 1 and ("unsafe" in done.stderr or "outside" in done.stderr
                                     or "absolute" in done.stderr.lower())
    assert not (site.tmp / "evil").exists()


def test_not_a_build(site):
    junk = site.tmp / "junk.txt"
    junk.write_text("hello")
    done = site("install", junk, check=False)
    assert done.returncode == 1 and "neither a build directory nor a .tar.gz" in done.stderr
