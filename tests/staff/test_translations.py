"""Every string the desk shows has a finished Chinese translation (Simplified and
Hong Kong) in the desk's own catalogue."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TR_CALL = re.compile(r'\btr\(\s*"((?:[^"\\]|\\.)*)"\s*\)')


def desk_strings() -> set[str]:
    found = set()
    for path in (ROOT / "ui" / "staff").glob("*.py"):
        for match in TR_CALL.finditer(path.read_text(encoding="utf-8")):
            found.add(match.group(1).encode().decode("unicode_escape").encode("latin-1")
                      .decode("utf-8"))
    return found


@pytest.mark.parametrize("lang", ["zh_CN", "zh_HK"])
def test_every_desk_string_is_translated(lang):
    ts = ROOT / "assets" / "i18n" / f"staff_{lang}.ts"
    done = {m.find("source").text: m.find("translation")
            for m in ET.parse(ts).getroot().iter("message")}
    missing = sorted(s for s in desk_strings() if s not in done or done[s].get("type") ==
                     "unfinished" or not (done[s].text or "").strip())
    assert missing == []
