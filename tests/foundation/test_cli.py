"""The `kiosk` command as a user runs it: a real subprocess, a real data directory."""
import json
import os
import subprocess
import sys

import pytest

KIOSK = [sys.executable, "-m", "kiosk"]


def kiosk(*args, data_dir=None, check=True):
    cmd = KIOSK + (["--data-dir", str(data_dir)] if data_dir else []) + list(args)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(cmd, capture_output=True, text=True, env=env, check=check, timeout=120)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("demo-data")
    out = kiosk("init", "--demo", data_dir=d).stdout
    assert "3010 titles" in out and "replica ready" in out
    return d


def test_version():
    assert kiosk("--version").stdout.startswith("kiosk ")


@pytest.mark.parametrize("query,first", [("三体", "三体"), ("santi", "三体"), ("圍城", "围城"),
                                         ("little prin", "The Little Prince"),
                                         ("978-7-5066-3654-37", None)])
def test_search_json(demo_dir, query, first):
    hits = json.loads(kiosk("search", query, "--json", data_dir=demo_dir).stdout)
    if first is None:
        return
    assert hits[0]["title"] == first
    assert {"title", "author", "isbn", "call_number", "availability"} <= set(hits[0])


def test_search_by_isbn_of_a_demo_title(demo_dir):
    for typed in ("9787506365437", "978-7-5063-6543-7"):
        hits = json.loads(kiosk("search", typed, "--json", data_dir=demo_dir).stdout)
        assert hits[0]["title"] == "活着"


def test_short_queries(demo_dir):
    st = [h["title"] for h in json.loads(kiosk("search", "st", "--json", "--limit", "50",
                                               data_dir=demo_dir).stdout)]
    huo = [h["title"] for h in json.loads(kiosk("search", "活", "--json", data_dir=demo_dir).stdout)]
    assert "三体" in st and "活着" in huo


def test_search_without_replica_says_what_to_do(tmp_path):
    res = kiosk("search", "x", data_dir=tmp_path / "empty", check=False)
    assert res.returncode == 1 and "kiosk init" in res.stderr


def test_bad_config_exits_2_with_the_key(tmp_path):
    (tmp_path / "kiosk.toml").write_text('[ui]\ntheme = "pink"\n')
    res = kiosk("search", "x", data_dir=tmp_path, check=False)
    assert res.returncode == 2 and "[ui] theme = 'pink'" in res.stderr


def test_doctor_ok_and_fail(demo_dir, tmp_path):
    ok = kiosk("doctor", data_dir=demo_dir, check=False)
    assert "OK   cjk font" in ok.stdout and "OK   replica" in ok.stdout
    bad = kiosk("doctor", data_dir=tmp_path / "fresh", check=False)
    assert bad.returncode == 1
    assert "FAIL replica" in bad.stdout and "fix: run `kiosk init`" in bad.stdout


def test_doctor_finds_a_damaged_replica(tmp_path):
    kiosk("init", data_dir=tmp_path)
    db = tmp_path / "replica.db"
    data = bytearray(db.read_bytes())
    for page in range(1, 8):                      # scribble over page headers 2..8
        data[page * 4096: page * 4096 + 12] = b"\x0d\xff\xff\x7f" * 3
    db.write_bytes(bytes(data))
    for leftover in tmp_path.glob("replica.db-*"):
        leftover.unlink()
    res = kiosk("doctor", data_dir=tmp_path, check=False)
    assert res.returncode == 1 and "FAIL replica" in res.stdout


def test_a_new_terminal_starts_on_an_empty_data_dir(tmp_path):
    """Installed by the dozen: the service starts before anyone runs init."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_UI_FULLSCREEN": "false",
           "KIOSK_BACKEND_KIND": "none"}
    res = subprocess.run(KIOSK + ["--data-dir", str(tmp_path), "run", "--quit-after", "2"],
                         capture_output=True, text=True, env=env, timeout=120, check=False)
    assert res.returncode == 0, res.stderr[-2000:]
    assert (tmp_path / "replica.db").exists()


def test_run_without_a_centre_url_says_so(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_UI_FULLSCREEN": "false"}
    res = subprocess.run(KIOSK + ["--data-dir", str(tmp_path), "run", "--quit-after", "2"],
                         capture_output=True, text=True, env=env, timeout=120, check=False)
    assert res.returncode == 2
    assert "config error: [backend] url is empty" in res.stderr
