"""Terminals against the REAL reference central server on loopback.

`central` is uvicorn serving central with the demo library and fault
injection armed; `make_terminal()` builds a terminal (kiosk.app, REST backend)
over its own empty replica file and its own device token, and takes the
initial sync.
"""
from __future__ import annotations

import shutil

import pytest

from central.runner import STORE_FILE
from kiosk.app import build_terminal
from tests.central_server import running_central
from tests.sync.terminals import terminal_config


@pytest.fixture(scope="session")
def templates(tmp_path_factory):
    """A demo centre and a replica synced from it, built once: each test starts
    from copies (the replica's cursors belong to that very centre file)."""
    base = tmp_path_factory.mktemp("templates")
    with running_central(base, demo=True) as handle:
        term = build_terminal(terminal_config(base, handle, "t1"))
        assert term.engine.sync_now().state == "online"
        term.close()
    return {"central": base / "central" / STORE_FILE, "replica": base / "t1" / "replica.db"}


@pytest.fixture
def central(tmp_path, templates):
    (tmp_path / "central").mkdir()
    shutil.copyfile(templates["central"], tmp_path / "central" / STORE_FILE)
    with running_central(tmp_path, demo=True, faults=True) as handle:
        yield handle


@pytest.fixture
def make_terminal(tmp_path, central, templates):
    made = []

    def make(name: str = "t1", *, sync: bool = True, **env):
        cfg = terminal_config(tmp_path, central, name, **env)
        if sync:
            cfg.data_dir.mkdir(parents=True)
            shutil.copyfile(templates["replica"], cfg.replica_path)
        term = build_terminal(cfg)
        made.append(term)
        if sync:
            status = term.engine.sync_now()
            assert status.state == "online", status
        return term

    yield make
    for term in made:
        term.close()
