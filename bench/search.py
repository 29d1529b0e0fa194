"""Catalogue search latency at 100k and 1M titles, against a plain LIKE scan.

The replica's search (sync/replica.py: FTS5 over the terms of
sync/search_terms.py, then ranking) is timed for each kind of query a reader
types. The baseline answers the same question by scanning: a LIKE '%q%' over
the same terms column of the same table (which holds the pinyin, so it can
answer pinyin queries too), collecting every match as a ranking search must.

    python bench/search.py [--sizes 100000,1000000] [--repeat 30]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.machine import percentiles, print_table, write_results
from kiosk.demo_data import synthetic_items, synthetic_titles
from sync import search_terms
from sync.replica import Replica

WORK = Path(__file__).resolve().parent / "work"
QUERIES = {
    "chinese 1 char": ["光", "海", "史", "梦"],
    "chinese 2 chars": ["故乡", "星空", "数学", "文明"],
    "chinese 3+ chars": ["的故事", "走进森林", "光影的"],
    "pinyin whole": ["guxiang", "xingkong", "shuxue", "wenming"],
    "pinyin initials": ["gx", "xk", "sx", "wm"],
    "traditional": ["故鄉", "數學", "記憶", "時間"],
    "english prefix": ["gard", "silent riv", "lant", "vo"],
    "isbn": [],              # filled from the catalogue
    "call number": [],       # filled from the catalogue
}


def build(size: int) -> Path:
    """A replica of `size` synthetic titles (one copy each), cached between runs."""
    path = WORK / f"search-{size}.db"
    if path.exists():
        return path
    WORK.mkdir(exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    replica = Replica(tmp)
    replica.conn.execute("PRAGMA synchronous=OFF")   # building the fixture, not measured
    started = time.perf_counter()
    batch = 20_000
    for start in range(0, size, batch):
        titles = list(synthetic_titles(min(batch, size - start), seed=start, start=start))
        with replica.transaction():
            replica.upsert("titles", titles)
            replica.upsert("items", ({**i, "barcode": f"B{i['title_id']}"}
                                     for i in list(synthetic_items(titles, seed=start))[:len(titles)]))
    replica.close()
    tmp.rename(path)
    print(f"built {size} titles in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return path


def like_scan(replica: Replica, query: str) -> int:
    """Every title whose indexed terms contain each query word (an ISBN or call
    number: whose ISBN or call number contains it): a full scan."""
    if isbn := search_terms.isbn13(query):
        return len(replica.conn.execute("SELECT id FROM titles WHERE isbn13 LIKE ?",
                                        (f"%{isbn}%",)).fetchall())
    if "/" in query:
        return len(replica.conn.execute("SELECT id FROM titles WHERE call_number LIKE ?",
                                        (f"%{query}%",)).fetchall())
    text = search_terms.simplify(query)
    words = text.split()
    sql = "SELECT rowid FROM title_search WHERE " + " AND ".join(
        "(title_terms || ' ' || author_terms) LIKE ?" for _ in words)
    return len(replica.conn.execute(sql, [f"%{w}%" for w in words]).fetchall())


def timed(fn, query: str, repeat: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU seconds of each run. On a shared machine the wall
    clock's tail is the scheduler (a time slice lost is 4-10 ms); the CPU time
    of the thread is what the search itself costs."""
    wall, cpu = [], []
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.thread_time()
        fn(query)
        cpu.append(time.thread_time() - started_cpu)
        wall.append(time.perf_counter() - started)
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        replica = Replica(build(size))
        sample = replica.conn.execute("SELECT isbn, call_number FROM titles WHERE rowid % ? = 7 "
                                      "LIMIT 4", (size // 4,)).fetchall()
        QUERIES["isbn"] = [isbn for isbn, _ in sample]
        QUERIES["call number"] = [call for _, call in sample]
        for kind, queries in QUERIES.items():
            ours, ours_cpu, scan, hits = [], [], [], 0
            for q in queries:
                replica.search(q)                  # warm the page cache
                wall, cpu = timed(lambda x, r=replica: r.search(x, limit=20), q, args.repeat)
                ours, ours_cpu = ours + wall, ours_cpu + cpu
                scan += timed(lambda x, r=replica: like_scan(r, x), q,
                              max(2, args.repeat // 10))[0]
                hits += len(replica.search(q, limit=20))
            p50, p95 = percentiles(ours)
            _, cpu95 = percentiles(ours_cpu)
            l50, l95 = percentiles(scan)
            rows.append({"titles": size, "query": kind, "index p50 ms": f"{p50:.1f}",
                         "index p95 ms": f"{p95:.1f}", "index CPU p95 ms": f"{cpu95:.1f}",
                         "LIKE p50 ms": f"{l50:.1f}", "LIKE p95 ms": f"{l95:.1f}",
                         "speed-up p50": f"{l50 / p50:.0f}x", "hits shown": hits})
        replica.close()
    print_table(rows)
    print(f"\nwrote {write_results('search', rows)}")


if __name__ == "__main__":
    main()
