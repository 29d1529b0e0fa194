"""`kiosk sync` and `kiosk outbox`: the state of the terminal's sync, and its outbox.

    kiosk sync now          push the outbox and pull every stream once
    kiosk sync status       online or not, last sync, outbox length, cursors
    kiosk outbox list       the latest acts and what the centre said
    kiosk outbox export     every act as JSON lines (for support)
"""
from __future__ import annotations

import json
import sys

from kiosk.cli.circ import _terminal
from kiosk.logs import mask_record, redact


def _print_status(status, cursors: dict | None, as_json: bool) -> None:
    if as_json:
        data = status.to_json()
        if data.get("last_error"):
            data["last_error"] = redact(data["last_error"])
        if cursors is not None:
            data["streams"] = cursors
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return
    print(f"state      {status.state}")
    print(f"last sync  {status.last_sync.isoformat() if status.last_sync else 'never'}")
    print(f"outbox     {status.outbox} waiting, {status.rejected} rejected, "
          f"{status.conflicts} conflicts")
    if status.last_error:
        print(f"last error {redact(status.last_error)}")
    for stream, row in (cursors or {}).items():
        print(f"stream     {stream:<10} cursor {row['cursor']}  rows {row['rows']}  "
              f"at {row['pulled_at']}")


def cmd_sync(args) -> int:
    terminal = _terminal(args)
    try:
        status = terminal.engine.sync_now() if args.what == "now" else terminal.status
        cursors = terminal.replica.stream_cursors() if args.what == "status" else None
    finally:
        terminal.close()
    _print_status(status, cursors, args.json)
    return 0 if status.state in ("online", "syncing") or args.what == "status" else 1


def cmd_outbox(args) -> int:
    terminal = _terminal(args)
    try:
        entries = terminal.replica.outbox.entries(limit=args.limit if args.what == "list"
                                                 else 10**9)
    finally:
        terminal.close()
    shown = (lambda record: record) if args.full else mask_record
    if args.what == "export":
        for entry in reversed(entries):
            print(json.dumps(shown(entry.to_json()), ensure_ascii=False))
        return 0
    if args.json:
        json.dump([shown(e.to_json()) for e in entries], sys.stdout, ensure_ascii=False,
                  indent=2)
        print()
        return 0
    for e in entries:
        why = (e.result or {}).get("reason") or (e.result or {}).get("resolution") or e.last_error
        print(f"{e.seq:>6} {e.occurred_at.isoformat()} {e.type:<11} {e.state:<10} "
              f"{'offline ' if e.offline else ''}"
              f"{json.dumps(shown(e.payload), ensure_ascii=False)}"
              + (f"  {why if args.full else redact(why)}" if why else ""))
    return 0


def register(sub) -> None:
    p = sub.add_parser("sync", help="sync with the centre now, or show the sync state",
                       description="`now` pushes the outbox and pulls every stream once; "
                                   "`status` shows the state without contacting the centre.")
    p.add_argument("what", choices=("now", "status"))
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_sync)

    p = sub.add_parser("outbox", help="list or export the terminal's outbox",
                       description="`list` shows the latest acts and the centre's answers; "
                                   "`export` prints every act as one JSON object per line.")
    p.add_argument("what", choices=("list", "export"))
    p.add_argument("--json", action="store_true", help="print JSON (list)")
    p.add_argument("--limit", type=int, default=50, help="how many to list (default 50)")
    p.add_argument("--full", action="store_true",
                   help="card numbers unmasked (the output then holds readers' cards: "
                        "keep it private)")
    p.set_defaults(func=cmd_outbox)
