"""Every string the terminal shows has a finished translation in all three
languages, and switching the language re-words what is on screen."""
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ui.i18n_build import LANGS, ts_path, unfinished

ROOT = Path(__file__).resolve().parents[2]
TR_CALL = re.compile(r'\btr\(\s*"((?:[^"\\]|\\.)*)"\s*\)')


def source_strings() -> set[str]:
    found = set()
    for path in (ROOT / "ui").rglob("*.py"):
        if "staff" in path.parts:
            continue
        for match in TR_CALL.finditer(path.read_text(encoding="utf-8")):
            found.add(match.group(1).encode().decode("unicode_escape").encode("latin-1")
                      .decode("utf-8"))
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_no_unfinished_translation(lang):
    assert unfinished(lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_every_string_in_the_code_is_in_the_translation_file(lang):
    tree = ET.parse(ts_path(lang))
    translated = {m.find("source").text for m in tree.getroot().iter("message")}
    missing = source_strings() - translated
    assert not missing, f"run `python -m ui.i18n_build`; not in {lang}: {sorted(missing)}"


@pytest.mark.parametrize("lang", LANGS)
def test_compiled_qm_is_not_older_than_ts(lang):
    qm = ts_path(lang).with_suffix(".qm")
    assert qm.exists() and qm.stat().st_size > 100


@pytest.mark.parametrize("lang", ["zh_CN", "zh_HK"])
def test_placeholders_survive_translation(lang):
    tree = ET.parse(ts_path(lang))
    for m in tree.getroot().iter("message"):
        src, dst = m.find("source").text, m.find("translation").text
        assert set(re.findall(r"\{\w+", src)) == set(re.findall(r"\{\w+", dst)), (src, dst)


def test_switching_language_rewords_the_footer(qtbot):
    from ui.app import application
    from ui.i18n import Languages
    from ui.widgets.bands import Footer

    application()
    languages = Languages("zh_CN")
    footer = Footer()
    qtbot.addWidget(footer)
    footer.retranslate()
    assert footer.home_button.text() == "首页"
    languages.switch("en")
    footer.retranslate()
    assert footer.home_button.text() == "Home"
    languages.switch("zh_HK")
    footer.retranslate()
    assert footer.home_button.text() == "首頁"
    with pytest.raises(ValueError, match="zh_CN, en, zh_HK"):
        languages.switch("fr")
