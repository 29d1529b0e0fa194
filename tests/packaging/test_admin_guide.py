"""docs/admin-guide.md documents every configuration key (a new key must be added there)."""
import dataclasses
import typing
from pathlib import Path

from kiosk.config import Config

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "admin-guide.md"


def test_every_config_key_has_a_row_in_its_section():
    text = GUIDE.read_text(encoding="utf-8")
    hints = typing.get_type_hints(Config)
    missing = []
    for f in dataclasses.fields(Config):
        if not dataclasses.is_dataclass(hints[f.name]):
            continue
        section = text.split(f"### [{f.name}]", 1)
        body = section[1].split("\n### ", 1)[0] if len(section) == 2 else ""
        missing += [f"[{f.name}] {k.name}" for k in dataclasses.fields(hints[f.name])
                    if f"| `{k.name}` |" not in body]
    assert missing == []
