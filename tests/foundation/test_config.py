"""Config: file, environment overrides, and errors that name key, value and what is allowed."""
import pytest

from kiosk.config import ConfigError, load_config


def write(tmp_path, text):
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_a_file(tmp_path):
    cfg = load_config(tmp_path, env={})
    assert cfg.ui.language == "zh_CN"
    assert cfg.security.afi_on_loan == 0xC2 and cfg.security.afi_in_library == 0x07
    assert cfg.backend.timeout_s == 3.0
    assert "pay" not in cfg.offline.allowed
    assert cfg.replica_path == tmp_path / "replica.db"


def test_file_then_environment(tmp_path):
    path = write(tmp_path, '[backend]\nurl = "https://c.example/api"\ntimeout_s = 5\n'
                           '[security]\nafi_on_loan = 0x9A\n[ui]\nlanguage = "en"\n')
    cfg = load_config(tmp_path, path, env={"KIOSK_UI_LANGUAGE": "zh_HK",
                                           "KIOSK_OFFLINE_MAX_LOANS_PER_PATRON": "3",
                                           "KIOSK_UI_SPEECH": "off"})
    assert cfg.backend.url == "https://c.example/api" and cfg.backend.timeout_s == 5.0
    assert cfg.security.afi_on_loan == 0x9A
    assert cfg.ui.language == "zh_HK"          # environment wins over the file
    assert cfg.offline.max_loans_per_patron == 3
    assert cfg.ui.speech is False


@pytest.mark.parametrize("text,env,message", [
    ('[ui]\ntheme = "pink"', {}, "[ui] theme = 'pink': allowed values are 'normal'"),
    ('[backend]\ntimeout_s = "soon"', {}, "[backend] timeout_s = 'soon': expected float"),
    ('[backend]\nkind = "ftp"', {}, "[backend] kind = 'ftp': allowed values are 'rest', 'sip2'"),
    ('[offline]\nallowed = ["checkout", "pay"]', {}, "[offline] allowed contains 'pay'"),
    ('[security]\nafi_on_loan = 300', {}, "[security] afi_on_loan = 300: must be a byte"),
    ('[ui]\nthemes = "large"', {}, "[ui] themes: unknown key; known keys are"),
    ('[printer]\nx = 1', {}, "[printer]: unknown section"),
    ('[ui\n', {}, "not valid TOML"),
    ("", {"KIOSK_UI_IDLE_SECONDS": "abc"}, "[ui] idle_seconds = 'abc': expected int"),
    ("", {"KIOSK_UI_FULLSCREEN": "maybe"}, "[ui] fullscreen = 'maybe': expected bool"),
])
def test_errors_name_key_value_and_allowed(tmp_path, text, env, message):
    with pytest.raises(ConfigError) as err:
        load_config(tmp_path, write(tmp_path, text), env=env)
    assert message in str(err.value)


def test_missing_named_file_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path, tmp_path / "nope.toml", env={})


def test_example_config_is_valid(tmp_path):
    from pathlib import Path
    example = Path(__file__).resolve().parents[2] / "kiosk.example.toml"
    cfg = load_config(tmp_path, example, env={})
    assert cfg.library.name_zh
