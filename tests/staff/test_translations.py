"""Every string the desk shows has a finished Chinese translation (Simplified and
Hong Kong) in the desk's own catalogue. Strings are found as the translation tools
find them: tr() calls with a literal, adjacent literals joined."""
from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def desk_strings() -> set[str]:
    found = set()
    for path in (ROOT / "ui" / "staff").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "tr" and node.args
                    and isinstance(node.args[0], ast.Constant)):
                found.add(node.args[0].value)
    return found


def test_the_desk_has_strings_to_translate():
    assert {"Override ended another patron's loan", "Unpaid fees"} <= desk_strings()


@pytest.mark.parametrize("lang", ["zh_CN", "zh_HK"])
def test_every_desk_string_is_translated(lang):
    ts = ROOT / "assets" / "i18n" / f"staff_{lang}.ts"
    done = {m.find("source").text: m.find("translation")
            for m in ET.parse(ts).getroot().iter("message")}
    missing = sorted(s for s in desk_strings() if s not in done or done[s].get("type") ==
                     "unfinished" or not (done[s].text or "").strip())
    assert missing == []
