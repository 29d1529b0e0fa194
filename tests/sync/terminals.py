"""Helpers the sync tests share (import as tests.sync.terminals)."""
from __future__ import annotations

from pathlib import Path

from kiosk.config import load_config


def centre_open_loans(central, barcode: str) -> list[dict]:
    return central.store.rows("SELECT * FROM loans WHERE item_barcode = ? AND returned_at IS NULL",
                              (barcode,))


def free_items(replica, n: int) -> list[str]:
    """Plain Chinese books on the shelf here that nobody has reserved."""
    rows = replica.conn.execute(
        "SELECT barcode FROM items i WHERE status = 'available' AND parts = 1 AND language = 'zh' "
        "AND location_id LIKE 'SZL-%' AND NOT EXISTS (SELECT 1 FROM holds h WHERE "
        "h.title_id = i.title_id AND h.status IN ('pending', 'waiting')) ORDER BY barcode "
        "LIMIT ?", (n,)).fetchall()
    return [r[0] for r in rows]


def terminal_config(tmp_path: Path, central, name: str, **env):
    token = central.token if name == "t1" else central.enrol(name)["token"]
    env = {"KIOSK_BACKEND_URL": central.url, "KIOSK_BACKEND_TOKEN": token,
           "KIOSK_BACKEND_TIMEOUT_S": "2", **{k.upper(): str(v) for k, v in env.items()}}
    return load_config(tmp_path / name, env=env)
