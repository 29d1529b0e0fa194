"""The catalogue index of a replica: FTS5 rows keyed by a static rank, so a
query reads its best matches first and stops after a bounded pool.

Ranking every match (bm25) cost 0.5 s for a one-character query over a
million titles; reading the first few hundred matches in rowid order costs
under a millisecond. So the rowid of a title's index row is its rank:

    key = (RANKS - 1 - rank) << 32 | titles.rowid

where rank is how wanted the title is, from the copies the library holds
(counted by triggers on items into titles.holdings). The rank in force is kept
in titles.search_rank; a title whose holdings cross a step of HOLDINGS_STEPS
is moved to its new key (the index row is copied, not recomputed). The steps
are coarse on purpose: a title changes key a few times in its life, not once
per copy, which keeps a bulk load of copies cheap.

titles.title_norm (the simplified, lower-case title) has a B-tree index for
exact and prefix title matches, which rank above everything the index finds.
"""
from __future__ import annotations

import sqlite3
from bisect import bisect_right
from collections.abc import Iterable

from . import search_terms

#: holdings at which a title's rank steps up: one copy or none, 2-4, 5-19, 20 or more
HOLDINGS_STEPS = (2, 5, 20)
RANKS = len(HOLDINGS_STEPS) + 1
#: the replica's own columns of a title, never taken from a pulled record
TITLE_COLUMNS = ("title_norm", "holdings", "search_rank")
_ROWID_BITS = 32
_CHUNK = 5000          # keys per IN (...) list, well under SQLite's variable limit


_HOLDINGS_TRIGGERS = {
    "items_holdings_insert": "AFTER INSERT ON items BEGIN "
                             "UPDATE titles SET holdings = holdings + 1 WHERE id = NEW.title_id; END",
    "items_holdings_delete": "AFTER DELETE ON items BEGIN "
                             "UPDATE titles SET holdings = holdings - 1 WHERE id = OLD.title_id; END",
    "items_holdings_move": "AFTER UPDATE OF title_id ON items "
                           "WHEN OLD.title_id IS NOT NEW.title_id BEGIN "
                           "UPDATE titles SET holdings = holdings - 1 WHERE id = OLD.title_id; "
                           "UPDATE titles SET holdings = holdings + 1 WHERE id = NEW.title_id; END",
}


def create(conn: sqlite3.Connection) -> None:
    """The index table and the triggers that count a title's copies."""
    conn.execute("CREATE VIRTUAL TABLE title_search USING fts5(title_terms, author_terms, "
                 "extra_terms, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')")
    _count_row_by_row(conn)


def _count_row_by_row(conn: sqlite3.Connection) -> None:
    for name, body in _HOLDINGS_TRIGGERS.items():
        conn.execute(f"CREATE TRIGGER IF NOT EXISTS {name} {body}")


def holdings_paused(conn: sqlite3.Connection) -> bool:
    return not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                            (next(iter(_HOLDINGS_TRIGGERS)),)).fetchone()


def pause_holdings(conn: sqlite3.Connection) -> None:
    """A first load of copies stops counting them row by row (a million updates
    of titles); resume_holdings() counts them all at once."""
    for name in _HOLDINGS_TRIGGERS:
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")


def resume_holdings(conn: sqlite3.Connection) -> None:
    """Count every title's copies, move the titles whose rank changed, and count
    row by row again. Needs the index on items(title_id)."""
    if not holdings_paused(conn):
        return
    conn.execute("UPDATE titles SET holdings = counted FROM (SELECT titles.id AS counted_id, "
                 "(SELECT count(*) FROM items WHERE items.title_id = titles.id) AS counted "
                 "FROM titles) WHERE id = counted_id AND holdings != counted")
    _count_row_by_row(conn)
    _move(conn, conn.execute("SELECT rowid, holdings, search_rank FROM titles").fetchall())


def rank(holdings: int) -> int:
    return bisect_right(HOLDINGS_STEPS, holdings)


def key(search_rank: int, title_rowid: int) -> int:
    """The index rowid: better ranks first, then the order titles arrived."""
    return (RANKS - 1 - search_rank) << _ROWID_BITS | title_rowid


def title_rowid(index_key: str) -> str:
    """SQL for the titles rowid of an index key (the join of a search)."""
    return f"({index_key} & {(1 << _ROWID_BITS) - 1})"


def _chunks(values: list, size: int = _CHUNK) -> Iterable[list]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def index_titles(conn: sqlite3.Connection, ids: list[str]) -> None:
    """(Re)index these titles after their rows were written: terms computed in
    bulk, one executemany per statement. Their holdings are counted afresh
    (copies may have arrived before their title). The caller owns the transaction."""
    for part in _chunks(ids):
        marks = ",".join("?" * len(part))
        rows = conn.execute(
            "SELECT rowid, title, author, isbn13, publisher, search_rank, "
            "(SELECT count(*) FROM items WHERE items.title_id = titles.id) "
            f"FROM titles WHERE id IN ({marks})", part).fetchall()
        if not rows:
            continue
        texts = [text for r in rows
                 for text in (r[1], r[2] or "", " ".join(filter(None, (r[3], r[4]))))]
        simple = search_terms.simplify_many(texts)
        conn.executemany("DELETE FROM title_search WHERE rowid = ?",
                         [(key(r[5], r[0]),) for r in rows])
        conn.executemany(
            "INSERT INTO title_search(rowid, title_terms, author_terms, extra_terms) "
            "VALUES (?, ?, ?, ?)",
            [(key(rank(r[6]), r[0]), *map(search_terms.simplified_terms, simple[i:i + 3]))
             for r, i in zip(rows, range(0, len(simple), 3))])
        conn.executemany(
            "UPDATE titles SET title_norm = ?, holdings = ?, search_rank = ? WHERE rowid = ?",
            [(simple[i], r[6], rank(r[6]), r[0])
             for r, i in zip(rows, range(0, len(simple), 3))])


def rerank(conn: sqlite3.Connection, title_ids: set[str]) -> None:
    """Move the titles whose holdings crossed a step to their new key (unless a
    first load of copies counts them at its end)."""
    if holdings_paused(conn):
        return
    rows: list[tuple[int, int, int]] = []
    for part in _chunks(list(title_ids)):
        marks = ",".join("?" * len(part))
        rows += conn.execute(
            f"SELECT rowid, holdings, search_rank FROM titles WHERE id IN ({marks})", part)
    _move(conn, rows)


def _move(conn: sqlite3.Connection, rows: list[tuple[int, int, int]]) -> None:
    """Move (titles rowid, holdings, search_rank) to the key of their holdings."""
    moves = [(rowid, old, new) for rowid, holdings, old in rows if (new := rank(holdings)) != old]
    for part in _chunks(moves):
        old_keys = {key(old, rowid): (rowid, new) for rowid, old, new in part}
        marks = ",".join("?" * len(part))
        found = conn.execute(
            "SELECT rowid, title_terms, author_terms, extra_terms FROM title_search "
            f"WHERE rowid IN ({marks})", list(old_keys)).fetchall()
        conn.executemany("DELETE FROM title_search WHERE rowid = ?", [(r[0],) for r in found])
        conn.executemany(
            "INSERT INTO title_search(rowid, title_terms, author_terms, extra_terms) "
            "VALUES (?, ?, ?, ?)",
            [(key(old_keys[r[0]][1], old_keys[r[0]][0]), *r[1:]) for r in found])
        conn.executemany("UPDATE titles SET search_rank = ? WHERE rowid = ?",
                         [(new, rowid) for rowid, _, new in part])


def unindex_title(conn: sqlite3.Connection, title_id: str) -> None:
    conn.execute("DELETE FROM title_search WHERE rowid = (SELECT "
                 f"({RANKS - 1} - search_rank) << {_ROWID_BITS} | rowid "
                 "FROM titles WHERE id = ?)", (title_id,))
