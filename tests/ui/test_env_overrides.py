"""KIOSK_<SECTION>_<KEY> overrides a key for every command (issue 18.2): the
README promises it, and `kiosk demo` used to read its config with the
environment left out."""
from __future__ import annotations

import pytest

from kiosk.cli import build_parser
from kiosk.cli.central import log_level
from kiosk.cli.demo import demo_config, demo_terminal
from kiosk.config import from_args

# one key of each section, with a value that is not its default
OVERRIDES = (
    ("library", "terminal_id", "kiosk-env", "kiosk-env"),
    ("backend", "timeout_s", "7.5", 7.5),
    ("sip2", "port", "6100", 6100),
    ("offline", "max_loans_per_patron", "3", 3),
    ("devices", "wedge_min_length", "6", 6),
    ("login", "pin_for_tap", "true", True),
    ("security", "afi_on_loan", "0xC3", 0xC3),
    ("ui", "idle_seconds", "20", 20),
    ("logging", "level", "DEBUG", "DEBUG"),
)
# how each command reads its config from its parsed arguments
COMMANDS = {
    "run": (["run"], from_args),
    "staff": (["staff"], from_args),
    "demo": (["demo"], lambda args: demo_config(args.data_dir, args.config)),
}


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("section,key,text,value", OVERRIDES)
def test_an_environment_variable_overrides_a_key(monkeypatch, tmp_path, command, section, key,
                                                 text, value):
    (tmp_path / "kiosk.toml").write_text(f"[{section}]\n", encoding="utf-8")
    monkeypatch.setenv(f"KIOSK_{section.upper()}_{key.upper()}", text)
    argv, config_of = COMMANDS[command]
    args = build_parser().parse_args(["--data-dir", str(tmp_path), *argv])
    assert getattr(getattr(config_of(args), section), key) == value


def test_the_environment_beats_the_file_and_the_demo_default(monkeypatch, tmp_path):
    (tmp_path / "kiosk.toml").write_text('[ui]\nidle_seconds = 45\n', encoding="utf-8")
    args = build_parser().parse_args(["--data-dir", str(tmp_path), "demo"])
    assert demo_config(args.data_dir).ui.idle_seconds == 45
    assert demo_config(args.data_dir).ui.orientation == "landscape"     # the demo's own
    monkeypatch.setenv("KIOSK_UI_IDLE_SECONDS", "20")
    monkeypatch.setenv("KIOSK_UI_ORIENTATION", "portrait")
    assert demo_config(args.data_dir).ui.idle_seconds == 20
    assert demo_config(args.data_dir).ui.orientation == "portrait"


def test_central_takes_its_log_level_from_the_environment(monkeypatch, tmp_path):
    args = build_parser().parse_args(["central", "--data-dir", str(tmp_path)])
    assert log_level(args) == "info"
    monkeypatch.setenv("KIOSK_LOGGING_LEVEL", "DEBUG")
    assert log_level(args) == "debug"
    args = build_parser().parse_args(["central", "--data-dir", str(tmp_path),
                                      "--log-level", "warning"])
    assert log_level(args) == "warning"


def test_the_demo_terminal_counts_idle_time_from_the_environment(monkeypatch, tmp_path, qapp):
    """What the reader of issue 18 saw: KIOSK_UI_IDLE_SECONDS=20 under `kiosk demo`."""
    from ui.kiosk.build import build_kiosk, dispose

    monkeypatch.setenv("KIOSK_UI_IDLE_SECONDS", "20")
    config, terminal, server = demo_terminal(tmp_path, ui_overrides={"speech": False})
    try:
        window = build_kiosk(config, terminal, animate=False)
        try:
            assert window.idle.idle_ms == 20_000
        finally:
            dispose(window)
    finally:
        terminal.close()
        server.stop()
