"""A terminal over a real replica file with the demo library and no centre
(backend kind "none"): every act goes the whole one path and stands offline."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk.app import build_terminal
from kiosk.config import load_config
from kiosk.demo_data import demo_dataset, load_into
from sync.replica import Replica
from tests.sync import terminals


@pytest.fixture(scope="session")
def demo_replica_file(tmp_path_factory) -> Path:
    """The demo library loaded once; each test works on its own copy."""
    path = tmp_path_factory.mktemp("demo") / "replica.db"
    replica = Replica(path)
    load_into(replica, demo_dataset())
    replica.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    replica.close()
    return path


@pytest.fixture
def offline_config(tmp_path, demo_replica_file):
    def make(**env):
        env = {"KIOSK_BACKEND_KIND": "none", **{k.upper(): str(v) for k, v in env.items()}}
        cfg = load_config(tmp_path / "data", env=env)
        if not cfg.replica_path.exists():
            cfg.data_dir.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(demo_replica_file, cfg.replica_path)
        return cfg
    return make


@pytest.fixture
def terminal(offline_config):
    term = build_terminal(offline_config())
    yield term
    term.close()


@pytest.fixture
def free_items():
    return terminals.free_items
