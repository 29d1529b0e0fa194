"""`kiosk import`: load titles and items from a library system's CSV export.

A SIP2 library system has no change feed, so a terminal that speaks SIP2 fills
its catalogue (what Find a book searches) from a bulk export, and refreshes it
the same way. The file is checked whole first: one bad row stops the import,
every problem is listed with its line, and nothing is half loaded.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

from kiosk.config import from_args
from kiosk.domain.models import ItemStatus, LanguageClass, MaterialType

COLUMNS = {
    "titles": {"required": ("id", "title"),
               "optional": ("author", "isbn", "publisher", "year", "language",
                            "material_type", "call_number")},
    "items": {"required": ("barcode", "title_id"),
              "optional": ("call_number", "location_id", "status", "material_type", "language",
                           "rfid_id", "parts")},
}
CHOICES = {"material_type": [m.value for m in MaterialType],
           "status": [s.value for s in ItemStatus],
           "language": None}          # titles: any language code; items: zh | foreign
INTEGERS = ("year", "parts")
MAX_ERRORS = 20


def read_rows(kind: str, path: Path) -> tuple[list[dict], list[str]]:
    """The file's rows in replica shape, and the problems found (line numbers as
    a spreadsheet shows them: the header is line 1)."""
    spec = COLUMNS[kind]
    errors: list[str] = []
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        header = reader.fieldnames or []
        missing = [c for c in spec["required"] if c not in header]
        unknown = [c for c in header if c not in spec["required"] + spec["optional"]]
        if missing or unknown:
            known = ", ".join(spec["required"] + spec["optional"])
            parts = ([f"missing column(s) {', '.join(missing)}"] if missing else []) + (
                [f"unknown column(s) {', '.join(unknown)} (known: {known})"] if unknown else [])
            return [], [f"{path.name}: header " + "; ".join(parts)]
        rows = []
        for line, raw in enumerate(reader, start=2):
            row = {k: (v or "").strip() for k, v in raw.items() if k in header}
            problems = _check(kind, row)
            errors += [f"{path.name} line {line}: {p}" for p in problems]
            rows.append(row)
    return rows, errors


def _check(kind: str, row: dict) -> list[str]:
    problems = [f"{c} is empty" for c in COLUMNS[kind]["required"] if not row.get(c)]
    for column in INTEGERS:
        if row.get(column):
            try:
                row[column] = int(row[column])
            except ValueError:
                problems.append(f"{column} {row[column]!r} is not a whole number")
        elif column in row:
            row[column] = None if column == "year" else 1
    for column, allowed in CHOICES.items():
        if kind == "items" and column == "language":
            allowed = [c.value for c in LanguageClass]
        value = row.get(column)
        if value and allowed and value not in allowed:
            problems.append(f"{column} {value!r} is not one of {', '.join(allowed)}")
        elif column in row and not value:
            row.pop(column)        # empty: the replica's default applies
    return problems


def cmd_import(args) -> int:
    from sync.replica import Replica

    config = from_args(args)
    path = Path(args.file)
    if not path.is_file():
        print(f"{path}: no such file", file=sys.stderr)
        return 1
    try:
        rows, errors = read_rows(args.kind, path)
    except (UnicodeDecodeError, csv.Error) as exc:
        print(f"{path}: not a UTF-8 CSV file: {exc}", file=sys.stderr)
        return 1
    if errors:
        for error in errors[:MAX_ERRORS]:
            print(error, file=sys.stderr)
        if len(errors) > MAX_ERRORS:
            print(f"… and {len(errors) - MAX_ERRORS} more", file=sys.stderr)
        print("nothing was imported", file=sys.stderr)
        return 1
    replica = Replica(config.replica_path)
    try:
        with replica.transaction():
            count = replica.upsert(args.kind, rows)
    finally:
        replica.close()
    print(f"imported {count} {args.kind} into {config.replica_path}")
    return 0


def register(sub) -> None:
    p = sub.add_parser(
        "import", help="load titles or items from a CSV export (SIP2 terminals)",
        description="Load the catalogue from a library system's export, as CSV with a header "
                    "row (UTF-8). titles: id,title[,author,isbn,publisher,year,language,"
                    "material_type,call_number]; items: barcode,title_id[,call_number,"
                    "location_id,status,material_type,language,rfid_id,parts]. Existing records "
                    "with the same id or barcode are updated. The whole file is checked first; "
                    "any bad row stops the import with its line number.")
    p.add_argument("kind", choices=sorted(COLUMNS))
    p.add_argument("file", help="CSV file")
    p.set_defaults(func=cmd_import)
