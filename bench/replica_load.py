"""Loading titles and items through the replica's import path, against raw
sqlite3 executemany of the same rows into the same schema, in the same run.

The import path (Replica.upsert, used by every pull page) also builds the
search terms (pinyin, bigrams, Traditional→Simplified) and the FTS index; the
baseline only stores the rows. The ratio is what search costs at load time.

    python bench/replica_load.py [--titles 50000]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.machine import print_table, write_results
from kiosk.demo_data import synthetic_items, synthetic_titles
from sync.replica import Replica


def rows(n: int) -> tuple[list[dict], list[dict]]:
    titles = list(synthetic_titles(n))
    items = list(synthetic_items(titles))
    return titles, items


def import_path(path: Path, titles, items, batch: int = 1000) -> float:
    replica = Replica(path)
    started = time.perf_counter()
    for table, data in (("titles", titles), ("items", items)):
        for i in range(0, len(data), batch):
            with replica.transaction():           # one pull page = one transaction
                replica.upsert(table, data[i:i + batch])
    elapsed = time.perf_counter() - started
    replica.close()
    return elapsed


def raw_executemany(path: Path, titles, items, batch: int = 1000) -> float:
    replica = Replica(path)                        # same schema, same pragmas
    conn = replica.conn
    started = time.perf_counter()
    for table, data in (("titles", titles), ("items", items)):
        cols = list(data[0])
        sql = f"INSERT OR REPLACE INTO {table} ({','.join(cols)}) VALUES ({','.join('?' * len(cols))})"
        for i in range(0, len(data), batch):
            conn.execute("BEGIN")
            conn.executemany(sql, [tuple(r[c] for c in cols) for r in data[i:i + batch]])
            conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    replica.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--titles", type=int, default=50_000)
    args = parser.parse_args()
    titles, items = rows(args.titles)
    n = len(titles) + len(items)
    with tempfile.TemporaryDirectory() as tmp:
        ours = import_path(Path(tmp) / "a.db", titles, items)
        raw = raw_executemany(Path(tmp) / "b.db", titles, items)
    result = [
        {"path": "Replica.upsert (rows + search index)", "titles": len(titles),
         "items": len(items), "seconds": f"{ours:.1f}", "rows/s": f"{n / ours:,.0f}",
         "ratio to raw": f"{ours / raw:.1f}x"},
        {"path": "raw executemany (rows only)", "titles": len(titles), "items": len(items),
         "seconds": f"{raw:.1f}", "rows/s": f"{n / raw:,.0f}", "ratio to raw": "1.0x"},
    ]
    print_table(result)
    print(f"\nwrote {write_results('replica_load', result)}")


if __name__ == "__main__":
    main()
