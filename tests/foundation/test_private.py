"""What a terminal keeps is private (issue 16): the data dir 0700 and its files
0600 from their creation, `kiosk doctor` making them so when they are not, no
PIN or card number in a log line or in what `kiosk circ` / `kiosk outbox` /
`kiosk sync` print, and a name search that takes % and _ as themselves."""
from __future__ import annotations

import json
import logging
import os
import stat
import subprocess
import sys

import pytest

from kiosk.config import load_config
from kiosk.doctor import check_permissions
from kiosk.logs import redact, setup_logging
from sync.replica import Replica

KIOSK = [sys.executable, "-m", "kiosk"]


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def usual_umask():
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_new_replica_and_its_log_are_private(tmp_path, usual_umask):
    replica = Replica(tmp_path / "data" / "replica.db")
    with replica.transaction():
        replica.upsert("policies", [{"key": "k", "value": "1"}])
    assert mode(tmp_path / "data") == 0o700
    for suffix in ("", "-wal", "-shm"):
        assert mode(tmp_path / "data" / f"replica.db{suffix}") == 0o600, suffix
    replica.close()
    log = setup_logging(tmp_path / "data" / "logs", "INFO", max_bytes=200, backups=2)
    for n in range(20):                                   # rotated files too
        logging.getLogger("kiosk.test").info("line %d of a rotating log", n)
    assert mode(log.parent) == 0o700
    assert {mode(p) for p in log.parent.iterdir()} == {0o600}
    assert len(list(log.parent.iterdir())) == 3


def test_doctor_makes_the_data_dir_private(tmp_path):
    data = tmp_path / "kiosk"
    (data / "logs").mkdir(parents=True)
    for name in ("replica.db", "device-token", "kiosk.toml", "logs/kiosk.log"):
        (data / name).write_text("")
        (data / name).chmod(0o644)
    data.chmod(0o755)
    (data / "logs").chmod(0o755)
    fixed = check_permissions(load_config(data, env={}))
    assert fixed.ok and "replica.db" in fixed.detail
    assert mode(data) == mode(data / "logs") == 0o700
    assert {mode(p) for p in data.rglob("*") if p.is_file()} == {0o600}
    again = check_permissions(load_config(data, env={}))
    assert again.ok and "are private" in again.detail


@pytest.mark.parametrize("line,secret", [
    ("{'pin': '1234', 'card': 'x'}", "1234"),
    ('{"pin": "5678"}', "5678"),
    ("password: 'hunter2'", "hunter2"),
    ("card 123456 read", "123456"),
    ("card 123456789 read", "123456789"),
])
def test_the_masker_has_no_gaps(line, secret):
    assert secret not in redact(line)


def kiosk(*args, data_dir):
    """An offline-only terminal (no centre): acts go to its outbox."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_BACKEND_KIND": "none"}
    return subprocess.run(KIOSK + ["--data-dir", str(data_dir), *args], check=False,
                          capture_output=True,
                          text=True, env=env, timeout=120)


def test_no_command_prints_a_full_card_number(tmp_path):
    card, item = "0440000001", None
    assert kiosk("init", "--demo", data_dir=tmp_path).returncode == 0
    replica = Replica(tmp_path / "replica.db")
    assert replica.conn.execute("SELECT count(*) FROM patrons WHERE pin_hash IS NOT NULL"
                                ).fetchone()[0] == 0          # PIN hashes stay at the centre
    item = replica.conn.execute("SELECT barcode FROM items WHERE status = 'available' "
                                "AND parts = 1 AND barcode != ? ORDER BY barcode LIMIT 1", (card,)).fetchone()[0]
    replica.close()
    outputs = [kiosk("circ", "checkout", "--patron", card, "--item", item, data_dir=tmp_path),
               kiosk("circ", "checkout", "--patron", card, "--item", item, "--json",
                     data_dir=tmp_path),
               kiosk("circ", "patron", card, data_dir=tmp_path),
               kiosk("circ", "patron", card, "--json", data_dir=tmp_path),
               kiosk("outbox", "list", data_dir=tmp_path),
               kiosk("outbox", "list", "--json", data_dir=tmp_path),
               kiosk("outbox", "export", data_dir=tmp_path),
               kiosk("sync", "status", data_dir=tmp_path),
               kiosk("sync", "status", "--json", data_dir=tmp_path)]
    for out in outputs:
        assert card not in out.stdout + out.stderr, out.args
    assert "****0001" in outputs[2].stdout
    assert json.loads(outputs[3].stdout)["patron"]["card"] == "****0001"
    # the export for an administrator who asks for it in full
    full = kiosk("outbox", "export", "--full", data_dir=tmp_path)
    assert card in full.stdout


def test_the_name_search_takes_wildcards_as_themselves(tmp_path):
    replica = Replica(tmp_path / "replica.db")
    with replica.transaction():
        replica.upsert("patrons", [
            {"card": "1", "name": "Anna_Li", "card_type": "pengcheng"},
            {"card": "2", "name": "AnnaXLi", "card_type": "pengcheng"},
            {"card": "3", "name": "100% Wang", "card_type": "pengcheng"}])
    assert [p.card for p in replica.patrons_named("_")] == ["1"]
    assert [p.card for p in replica.patrons_named("%")] == ["3"]
    assert [p.card for p in replica.patrons_named("Anna")] == ["2", "1"]     # by name
    replica.close()
