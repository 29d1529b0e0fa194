"""`kiosk init`, `kiosk search`, `kiosk doctor`: the data directory and replica."""
from __future__ import annotations

import json
import sys

from kiosk.config import from_args


def cmd_init(args) -> int:
    from kiosk.logs import setup_logging
    from sync.replica import Replica

    cfg = from_args(args)
    cfg.data_dir.mkdir(parents=True, exist_ok=True)
    setup_logging(cfg.log_dir, cfg.logging.level)
    replica = Replica(cfg.replica_path)
    try:
        if args.demo:
            from kiosk.demo_data import demo_dataset, load_into
            counts = load_into(replica, demo_dataset())
            print("demo data: " + ", ".join(f"{n} {t}" for t, n in counts.items()))
        if args.synthetic:
            from kiosk.demo_data import synthetic_items, synthetic_titles
            with replica.transaction():
                titles = list(synthetic_titles(args.synthetic, start=10_000_000))
                replica.upsert("titles", titles)
                replica.upsert("items", synthetic_items(titles))
            print(f"synthetic: {args.synthetic} titles")
        print(f"replica ready: {cfg.replica_path} (schema {replica.schema_version()})")
    finally:
        replica.close()
    return 0


def cmd_search(args) -> int:
    from sync.replica import Replica

    cfg = from_args(args)
    if not cfg.replica_path.exists():
        print(f"no replica at {cfg.replica_path}: run `kiosk init --demo` first", file=sys.stderr)
        return 1
    replica = Replica(cfg.replica_path)
    try:
        hits = replica.search(args.query, limit=args.limit)
    finally:
        replica.close()
    if args.json:
        json.dump([h.to_json() for h in hits], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if not hits:
        print("no results")
    for h in hits:
        t = h.title
        print(f"{t.title} / {t.author}  [{t.call_number}]  ISBN {t.isbn}  "
              f"available {h.available}")
    return 0


def cmd_doctor(args) -> int:
    from kiosk.doctor import run_checks

    cfg = from_args(args)
    results = run_checks(cfg)
    for r in results:
        line = f"{'OK  ' if r.ok else 'FAIL'} {r.name:<12} {r.detail}"
        if not r.ok and r.fix:
            line += f"\n     fix: {r.fix}"
        print(line)
    return 0 if all(r.ok for r in results) else 1


def register(sub) -> None:
    p = sub.add_parser("init", help="create the data directory and the replica",
                       description="Create the data directory and the local replica (or migrate "
                                   "it to the current schema, after a backup).")
    p.add_argument("--demo", action="store_true", help="load the demo library")
    p.add_argument("--synthetic", type=int, metavar="N", default=0,
                   help="also load N synthetic titles with copies (for benchmarks)")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("search", help="search the local catalogue",
                       description="Search the replica's catalogue: Chinese (any characters), "
                                   "pinyin or its initials, Traditional characters, English "
                                   "words or prefixes, ISBN, call number or item barcode.")
    p.add_argument("query")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--limit", type=int, default=20)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("doctor", help="check this installation, one line per check",
                       description="Check Python, Qt, the CJK font, the data directory, the "
                                   "replica, the devices and the backend. Exit 1 if any fails.")
    p.set_defaults(func=cmd_doctor)
