"""A terminal over a real replica file with the demo library and no centre
(backend kind "none"): every act goes the whole one path and stands offline."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

# tests/ has no package marker: put the repository first so `sync` and `hardware` are ours,
# not the test folders of the same name.
ROOT = str(Path(__file__).resolve().parents[2])
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

import pytest

from kiosk.app import build_terminal
from kiosk.config import load_config
from kiosk.demo_data import demo_dataset, load_into
from sync.replica import Replica


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
    return available_items


def available_items(replica, n: int) -> list[str]:
    """Plain Chinese books on the shelf here that nobody has reserved."""
    rows = replica.conn.execute(
        "SELECT barcode FROM items i WHERE status = 'available' AND parts = 1 AND language = 'zh' "
        "AND location_id LIKE 'SZL-%' AND NOT EXISTS (SELECT 1 FROM holds h WHERE "
        "h.title_id = i.title_id AND h.status IN ('pending', 'waiting')) ORDER BY barcode "
        "LIMIT ?", (n,)).fetchall()
    return [r[0] for r in rows]
