"""Regenerate the terminal's translations: `python -m ui.i18n_build [--check]`.

1. pyside6-lupdate collects every tr() call of ui/ into assets/i18n/kiosk_<lang>.ts,
   keeping the translations already there.
2. English is the source language: its entries are the source text.
3. Traditional Chinese (Hong Kong) entries still empty are drafted from the
   Simplified Chinese ones by ui.i18n.hong_kong (OpenCC's s2hk, Big5 code points);
   a translator may then refine them in Qt Linguist — a finished entry is never
   overwritten.
4. pyside6-lrelease compiles each .ts to the .qm the terminal loads.

--check only reports unfinished entries and exits 1 if there are any.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from ui.i18n import hong_kong

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "assets" / "i18n"
LANGS = ("zh_CN", "en", "zh_HK")


def tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (it ships {name})")
    return found


def ts_path(lang: str) -> Path:
    return I18N / f"kiosk_{lang}.ts"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py")
                  if "staff" not in p.parts)


def messages(tree: ET.ElementTree[ET.Element]):
    for message in tree.getroot().iter("message"):  # a .ts file always has a root
        source = message.find("source")
        yield message, (source.text if source is not None else "") or "", \
            message.find("translation")


def unfinished(lang: str) -> list[str]:
    """Source texts whose translation is missing, empty or marked unfinished."""
    tree = ET.parse(ts_path(lang))
    return [src for _, src, tr in messages(tree)
            if tr is None or not (tr.text or "").strip() or tr.get("type") == "unfinished"]


def _finish(translation: ET.Element, text: str) -> None:
    translation.text = text
    translation.attrib.pop("type", None)


def fill(lang: str, simplified: dict[str, str]) -> int:
    path = ts_path(lang)
    tree = ET.parse(path)
    filled = 0
    for _, src, translation in messages(tree):
        if translation.get("type") != "unfinished" and (translation.text or "").strip():
            continue
        if lang == "en":
            _finish(translation, src)
            filled += 1
        elif lang == "zh_HK" and simplified.get(src):
            _finish(translation, hong_kong(simplified[src]))
            filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


def table(lang: str) -> dict[str, str]:
    tree = ET.parse(ts_path(lang))
    return {src: tr.text for _, src, tr in messages(tree)
            if tr is not None and tr.text and tr.get("type") != "unfinished"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report unfinished entries only")
    args = parser.parse_args(argv)
    if not args.check:
        I18N.mkdir(parents=True, exist_ok=True)
        subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-ts",
                        *(str(ts_path(lang)) for lang in LANGS)], cwd=ROOT, check=True)
        fill("en", {})
        fill("zh_HK", table("zh_CN"))
        for lang in LANGS:
            subprocess.run([tool("pyside6-lrelease"), str(ts_path(lang)), "-qm",
                            str(ts_path(lang).with_suffix(".qm"))], check=True,
                           stdout=subprocess.DEVNULL)
    missing = {lang: unfinished(lang) for lang in LANGS}
    for lang, texts in missing.items():
        for text in texts:
            print(f"{lang}: untranslated: {text!r}")
    return 1 if any(missing.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
