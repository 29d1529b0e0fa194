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


def _not_hong_kong(text: str) -> set[str]:
    """Characters Hong Kong text does not write: outside Big5-HKSCS, or a simplified
    form (OpenCC's s2t changes it) that only HKSCS's compatibility part encodes (户)."""
    from opencc import OpenCC
    s2t = OpenCC("s2t")

    def encodes(codec: str, ch: str) -> bool:
        try:
            ch.encode(codec)
        except UnicodeEncodeError:
            return False
        return True

    return {ch for ch in text if not encodes("big5hkscs", ch)
            or (s2t.convert(ch) != ch and not encodes("big5", ch))}


@pytest.mark.parametrize("catalogue", ["kiosk", "staff"])
def test_hong_kong_translations_use_hong_kong_characters(catalogue):
    path = ROOT / "assets" / "i18n" / f"{catalogue}_zh_HK.ts"
    wrong = {}
    for message in ET.parse(path).getroot().iter("message"):
        text = message.findtext("translation") or ""
        if found := _not_hong_kong(text):
            wrong[text] = "".join(sorted(found))
    assert not wrong, wrong


def test_hong_kong_drafts_and_place_names_use_hong_kong_characters():
    from ui.i18n import hong_kong
    assert hong_kong("我的账户") == "我的賬戶"
    for simplified in ("说明", "阅读积分", "福田区图书馆", "服务台"):
        assert not _not_hong_kong(hong_kong(simplified)), hong_kong(simplified)
