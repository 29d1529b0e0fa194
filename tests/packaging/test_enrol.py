"""`kiosk enrol` against the real reference central server on loopback."""
from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from central.runner import CentralServer
from kiosk.cli import main
from kiosk.config import load_config

CONFIG = """\
# Branch 3, ground floor
[library]
terminal_id = "kiosk-07"   # the name the centre will show

[backend]
token = "stale-token-from-an-old-enrolment"
timeout_s = 4.5

[ui]
language = "en"
"""


@pytest.fixture(scope="module")
def central(tmp_path_factory):
    server = CentralServer(tmp_path_factory.mktemp("central"), demo=True)
    url = server.start()
    yield url, server
    server.stop()


def _code(server, name="kiosk-07") -> dict:
    return server.store.create_device(name)


def test_enrol_stores_the_token_0600_and_points_the_config_at_it(central, tmp_path, capsys):
    url, server = central
    device = _code(server)
    data = tmp_path / "data"
    config = tmp_path / "kiosk.toml"
    config.write_text(CONFIG, encoding="utf-8")

    assert main(["--data-dir", str(data), "--config", str(config), "enrol", "--central", url,
                 "--code", device["code"].lower()]) == 0

    token_file = data / "device-token"
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    assert token_file.read_text().strip() == device["token"]
    assert device["token"] not in capsys.readouterr().out           # never printed
    text = config.read_text(encoding="utf-8")
    assert "# Branch 3, ground floor" in text and "# the name the centre will show" in text
    assert "stale-token" not in text
    cfg = load_config(data, config)
    assert (cfg.backend.kind, cfg.backend.url) == ("rest", url)
    assert cfg.backend.token_file == str(token_file.resolve())
    assert (cfg.backend.timeout_s, cfg.ui.language) == (4.5, "en")  # other keys untouched
    assert not list(data.glob(".device-token.*")) and not list(tmp_path.glob(".kiosk.toml.*"))
    # the stored token is the device's: the centre accepts it
    answer = requests.get(f"{url}/api/v1/streams/locations", params={"limit": 1}, timeout=10,
                          headers={"Authorization": f"Bearer {token_file.read_text().strip()}"})
    assert answer.status_code == 200
    assert server.store.device_for_token(device["token"])["name"] == "kiosk-07"


def test_a_used_code_is_refused_and_nothing_is_overwritten(central, tmp_path, capsys):
    url, server = central
    device = _code(server)
    data = tmp_path / "data"
    args = ["--data-dir", str(data), "enrol", "--central", url, "--code", device["code"]]
    assert main(args) == 0
    before = (data / "device-token").read_bytes(), (data / "kiosk.toml").read_bytes()
    assert stat.S_IMODE((data / "kiosk.toml").stat().st_mode) == 0o600

    assert main(args) == 1
    assert "unknown or already used" in capsys.readouterr().err
    assert ((data / "device-token").read_bytes(), (data / "kiosk.toml").read_bytes()) == before


def test_root_enrolling_for_the_service_user_gives_it_the_files(central, tmp_path):
    if os.geteuid() != 0:
        pytest.skip("needs root to hand files to another user")
    url, server = central
    data = tmp_path / "data"
    data.mkdir()
    os.chown(data, 65534, 65534)                                    # nobody:nogroup
    assert main(["--data-dir", str(data), "enrol", "--central", url,
                 "--code", _code(server)["code"]]) == 0
    for name in ("device-token", "kiosk.toml"):
        st = (data / name).stat()
        assert (st.st_uid, st.st_gid, stat.S_IMODE(st.st_mode)) == (65534, 65534, 0o600)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("central_url, message", [
    ("ftp://centre.example", "must start with http:// or https://"),
    (f"http://127.0.0.1:{_closed_port()}", "cannot reach the central server"),
])
def test_bad_or_unreachable_centre(tmp_path, capsys, central_url, message):
    assert main(["--data-dir", str(tmp_path), "enrol", "--central", central_url,
                 "--code", "AAAA-BBBB-CCCC"]) == 1
    assert message in capsys.readouterr().err
    assert not (tmp_path / "device-token").exists()


def test_a_broken_config_file_is_reported_not_replaced(central, tmp_path, capsys):
    url, server = central
    config = tmp_path / "kiosk.toml"
    config.write_text("[backend\nurl = 1\n", encoding="utf-8")
    assert main(["--data-dir", str(tmp_path), "--config", str(config), "enrol", "--central", url,
                 "--code", _code(server)["code"]]) == 2
    assert "not valid TOML" in capsys.readouterr().err
    assert config.read_text(encoding="utf-8") == "[backend\nurl = 1\n"


def test_the_installed_command(central, tmp_path):
    url, server = central
    kiosk = [str(Path(sys.executable).with_name("kiosk"))]      # the console script
    done = subprocess.run([*kiosk, "--data-dir", str(tmp_path), "enrol", "--central", url,
                           "--code", _code(server)["code"], "--name", "lobby"],
                          check=False, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "enrolled as device" in done.stdout and "(lobby)" in done.stdout
