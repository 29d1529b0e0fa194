"""Replica schema migrations from every old version, and the durability settings."""
import sqlite3

import pytest

from kiosk.demo_data import demo_dataset, load_into
from sync import replica as replica_mod
from sync.replica import MIGRATIONS, SCHEMA_VERSION, Replica


def test_fresh_replica_is_current_and_durable(tmp_path):
    r = Replica(tmp_path / "r.db")
    assert r.schema_version() == SCHEMA_VERSION
    assert r.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert r.conn.execute("PRAGMA synchronous").fetchone()[0] == 2   # FULL
    assert r.integrity_check() == "ok"


@pytest.mark.parametrize("start", range(1, SCHEMA_VERSION))
def test_migrates_from_every_old_version_keeping_data(tmp_path, start):
    path = tmp_path / "r.db"
    old = Replica(path, migrate=False)
    old.migrate(to=start)
    old.conn.execute("INSERT INTO titles (id, title, author, isbn) VALUES "
                     "('T1', '三体', '刘慈欣', '978-7-5366-9293-0')")
    if old.db["title_search"].exists():     # that version's code indexed on write
        replica_mod._index_title(old.conn, {"rowid": 1, "title": "三体", "author": "刘慈欣",
                                            "isbn13": "9787536692930"})
        old.conn.execute("UPDATE titles SET isbn13 = '9787536692930'")
    old.conn.execute("INSERT INTO patrons (card, name, card_type) VALUES ('C1', '张三', 'pengcheng')")
    old.close()

    r = Replica(path)                       # migrates on open
    assert r.schema_version() == SCHEMA_VERSION
    assert r.get_patron("C1").name == "张三"
    assert [h.title.id for h in r.search("santi")] == ["T1"]
    assert [h.title.id for h in r.search("9787536692930")] == ["T1"]
    backups = list(tmp_path.glob(f"r.db.v{start}-*.bak"))
    assert len(backups) == 1, "a backup is taken before migrating"
    with sqlite3.connect(backups[0]) as b:
        assert b.execute("SELECT max(version) FROM schema_version").fetchone()[0] == start


def test_failed_migration_rolls_back(tmp_path, monkeypatch):
    path = tmp_path / "r.db"
    Replica(path, migrate=False).migrate(to=1)

    def broken(db):
        db.conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("boom")

    monkeypatch.setattr(replica_mod, "MIGRATIONS", MIGRATIONS[:1] + [broken])
    r = Replica(path, migrate=False)
    with pytest.raises(RuntimeError):
        r.migrate(to=2)
    assert r.schema_version() == 1
    assert not r.db["half_done"].exists()


def test_newer_file_is_refused(tmp_path):
    r = Replica(tmp_path / "r.db")
    r.conn.execute("INSERT INTO schema_version VALUES (?, 'x')", (SCHEMA_VERSION + 1,))
    r.close()
    with pytest.raises(RuntimeError, match="newer"):
        Replica(tmp_path / "r.db")


def test_demo_dataset_shape_and_accounts(tmp_path):
    data = demo_dataset()
    assert len(data["titles"]) >= 3000 and len(data["items"]) >= 6000
    assert len(data["patrons"]) >= 200
    assert {p["card_type"] for p in data["patrons"]} >= {
        "pengcheng", "deposit50", "deposit100", "deposit200", "deposit300", "child", "staff"}
    assert {loc["floor"] for loc in data["locations"] if loc["floor"]} == {1, 2}
    assert all("/" in t["call_number"] for t in data["titles"])
    r = Replica(tmp_path / "r.db")
    load_into(r, data)
    li = r.account("0440000002")
    assert any(loan.due_at < loan.out_at.replace(year=loan.out_at.year + 1) for loan in li.loans)
    assert li.open_fees_fen() == 890
    assert r.card_for_uid("04a1b2c3") == "0440000001"
    assert r.policy().overdue_fen_per_day == 30
    waiting_item = r.get_item(r.conn.execute(
        "SELECT item_barcode FROM holds WHERE id='H00001'").fetchone()[0])
    assert r.holds_for_others(waiting_item, "0440000001") == 1
    assert r.holds_for_others(waiting_item, "0440000006") == 0


def test_demo_data_is_deterministic():
    a, b = demo_dataset(), demo_dataset()
    strip = lambda rows: [{k: v for k, v in r.items() if not k.endswith("_at")} for r in rows]
    for table in ("titles", "items", "loans", "holds"):
        assert strip(a[table]) == strip(b[table])


def test_fields_from_a_newer_centre_are_ignored_not_fatal(tmp_path, caplog):
    """A centre updated before its terminals sends columns they don't have yet;
    the terminal keeps the rest of the record instead of failing the pull."""
    r = Replica(tmp_path / "r.db")
    with r.transaction():
        r.upsert("patrons", [{"card": "C9", "name": "赵六", "card_type": "pengcheng",
                              "favourite_colour": "blue"}])
    assert r.get_patron("C9").name == "赵六"
    assert "favourite_colour" in caplog.text


def _item_indexes(replica) -> set[str]:
    return {r[0] for r in replica.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'items'")}


def test_a_first_load_cut_short_gets_its_indexes_back_on_open(tmp_path):
    """A first pull drops the copies' secondary indexes and stops counting
    copies row by row, and puts both back at its end; a terminal stopped
    halfway does it when it opens the file again: the indexes are there, every
    title's copies are counted, and the most held title is found first."""
    r = Replica(tmp_path / "r.db")
    with r.transaction():
        r.upsert("titles", [{"id": f"T{n}", "title": f"时光{n}"} for n in range(150)])
    with r.transaction():
        r.defer_indexes("items")
        r.upsert("items", [{"barcode": f"B{n:02d}", "title_id": "T149"} for n in range(30)])
    assert not {"items_title", "items_call", "items_rfid"} & _item_indexes(r)
    r.close()
    r = Replica(tmp_path / "r.db")
    assert {"items_title", "items_call", "items_rfid"} <= _item_indexes(r)
    assert r.conn.execute("SELECT holdings FROM titles WHERE id = 'T149'").fetchone()[0] == 30
    assert r.search("光")[0].title.id == "T149"
    with r.transaction():      # counted row by row again
        r.upsert("items", [{"barcode": "X1", "title_id": "T0"}])
    assert r.conn.execute("SELECT holdings FROM titles WHERE id = 'T0'").fetchone()[0] == 1
