"""Checks that catch whole classes of bugs, run with the suite (and so in CI).

A call with a missing argument, an import across the layers the wrong way, a
name that does not exist: each fails here before it can reach a reader.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
PACKAGES = ("kiosk", "sync", "central", "hardware", "ui")


def _run(tool: str, *args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(cwd)}
    return subprocess.run([str(BIN / tool), *args], cwd=cwd, env=env, capture_output=True,
                          check=False,
                          text=True, timeout=600)


def test_ruff_finds_nothing():
    result = _run("ruff", "check", *PACKAGES, "tests", "bench")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_type_checker_is_clean():
    result = _run("mypy")
    assert result.returncode == 0, result.stdout[-20000:] + result.stderr


def test_the_layers_hold():
    result = _run("lint-imports")
    assert result.returncode == 0, result.stdout[-20000:] + result.stderr


@pytest.mark.parametrize(("module", "line"), [
    ("hardware/wrong_way.py", "import kiosk.services\n"),
    ("kiosk/services/wrong_way.py", "import sync.replica\n"),
    ("central/wrong_way.py", "import sync.store\n"),
    ("kiosk/domain/wrong_way.py", "import kiosk.config\n"),
])
def test_a_wrong_way_import_breaks_the_layers(tmp_path, module, line):
    """The contracts are not vacuous: one import the wrong way makes them fail."""
    tree = tmp_path / "tree"
    for name in PACKAGES:
        shutil.copytree(ROOT / name, tree / name,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    shutil.copy(ROOT / "pyproject.toml", tree / "pyproject.toml")
    (tree / module).write_text(line)
    result = _run("lint-imports", cwd=tree)
    assert result.returncode != 0
    assert module.removesuffix(".py").replace("/", ".") in result.stdout
