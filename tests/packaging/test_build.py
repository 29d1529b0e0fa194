"""The self-contained build (packaging/build.sh) runs away from the source tree.

Slow: PyInstaller takes a few minutes. `make package-test` runs it; with
KIOSK_REUSE_BUILD=1 an existing dist/kiosk is tested without rebuilding.
The copy runs from a temp dir with a bare environment (no PYTHONPATH, no venv
on PATH) and, for the screens, with fontconfig seeing no system font at all,
so the CJK text can only come from the font inside the build.
"""
from __future__ import annotations

import os
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from kiosk import __version__

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist" / "kiosk"
# libraries the target system provides (install.sh installs them), not the build
SYSTEM_LIBS = ("libspeechd.so", "libwayland-cursor.so", "libwayland-egl.so")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    if os.environ.get("KIOSK_REUSE_BUILD") != "1" or not DIST.exists():
        done = subprocess.run(["sh", str(ROOT / "packaging" / "build.sh")], cwd=ROOT,
                              capture_output=True, text=True, timeout=1800, check=False)
        assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    away = tmp_path_factory.mktemp("elsewhere")
    shutil.copytree(DIST, away / "kiosk", symlinks=True)
    return away


def run(bundle: Path, *args, fonts: bool = True, timeout: int = 300):
    env = {"HOME": str(bundle / "home"), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
           "QT_QPA_PLATFORM": "offscreen"}
    if not fonts:
        conf = bundle / "no-fonts.conf"
        conf.write_text('<?xml version="1.0"?><fontconfig><cachedir>'
                        f'{bundle}/fc-cache</cachedir></fontconfig>')
        env["FONTCONFIG_FILE"] = str(conf)
    return subprocess.run([str(bundle / "kiosk" / "kiosk"), "--data-dir", str(bundle / "data"),
                           *args], cwd=bundle, env=env, capture_output=True, text=True,
                          timeout=timeout, check=False)


def test_version(bundle):
    done = run(bundle, "--version")
    assert done.stdout.strip() == f"kiosk {__version__}", done.stderr


def test_doctor_on_a_demo_replica(bundle):
    (bundle / "data").mkdir(exist_ok=True)
    (bundle / "data" / "kiosk.toml").write_text('[backend]\nkind = "none"\n')
    assert run(bundle, "init", "--demo").returncode == 0
    done = run(bundle, "doctor")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "integrity ok" in done.stdout and "draws 中文" in done.stdout
    assert "三体" in run(bundle, "search", "santi").stdout      # pinyin search: opencc, pypinyin


def test_the_speech_process_runs_from_the_bundle(bundle):
    """ui.speech starts its voice as `<executable> -m ui.voice`: the bundle's entry too."""
    done = subprocess.run([str(bundle / "kiosk" / "kiosk"), "-m", "ui.voice", "mock"],
                          input='{"probe": ["en"]}\n', env={"PATH": "/usr/bin:/bin",
                          "HOME": str(bundle / "home")}, capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.stdout.splitlines()[:2] == ['{"ready": "mock"}', '{"voices": {"en": "Bob"}}'], \
        done.stderr[-2000:]


def test_attract_screen_renders_offscreen_with_only_the_bundled_font(bundle):
    out = bundle / "shots"
    done = run(bundle, "screenshots", "--out", str(out), "--lang", "zh_CN",
               "--size", "1080x1920", "--theme", "normal", fonts=False)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    attract = out / "zh_CN-1080x1920-normal-01-attract.png"
    head = attract.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", head[16:24]) == (1080, 1920)
    assert any(out.glob("*find-keyboard.png"))                 # the virtual keyboard's QML loads


def test_the_plugins_and_data_the_terminal_needs_are_inside(bundle):
    qt = bundle / "kiosk" / "_internal" / "PySide6" / "Qt"
    for plugin in ("platforms/libqoffscreen.so", "platforms/libqwayland.so",
                   "platforms/libqxcb.so", "imageformats/libqsvg.so", "iconengines/libqsvgicon.so",
                   "texttospeech/libqtexttospeech_speechd.so",
                   "platforminputcontexts/libqtvirtualkeyboardplugin.so"):
        assert (qt / "plugins" / plugin).exists(), plugin
    assert any((qt / "qml" / "QtQuick" / "VirtualKeyboard" / "Plugins" / "Pinyin").iterdir())
    internal = bundle / "kiosk" / "_internal"
    compiled = {p.stem for p in (internal / "kiosk" / "assets" / "i18n").glob("*.qm")}
    assert compiled == {p.stem for p in (ROOT / "assets" / "i18n").glob("*.ts")}
    assert "kiosk_zh_CN" in compiled
    assert (internal / "kiosk" / "assets" / "fonts" / "NotoSansCJK-Regular.ttc").exists()


def test_every_bundled_library_finds_its_dependencies(bundle):
    internal = bundle / "kiosk" / "_internal"
    path = f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"
    missing = {}
    for lib in internal.rglob("*.so*"):
        if not lib.is_file():
            continue
        out = subprocess.run(["ldd", str(lib)], env={"LD_LIBRARY_PATH": path},
                             capture_output=True, text=True, check=False).stdout
        lost = [line.split()[0] for line in out.splitlines() if "not found" in line
                and not line.strip().startswith(SYSTEM_LIBS)]
        if lost:
            missing[str(lib.relative_to(internal))] = lost
    assert missing == {}
