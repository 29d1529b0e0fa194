"""A terminal that does nothing but record checkouts, for the power-cut tests.

Usage: python act_writer.py REPLICA. Prints each act's id on its own line as
soon as Outbox.record has returned (committed), until it is killed.
"""
import sys
from datetime import UTC, datetime, timedelta

import uuid6

from kiosk.ports.effects import LoanOpened
from sync.outbox import Outbox
from sync.replica import Replica


def main(path: str) -> None:
    replica = Replica(path)
    outbox = Outbox(replica)
    now = datetime.now(UTC).replace(microsecond=0)
    n = 0
    while True:
        n += 1
        txn = str(uuid6.uuid7())
        barcode = f"B{txn[-8:]}"
        loan = LoanOpened(barcode, "0001", now, now + timedelta(days=30), offline=False)
        outbox.record("checkout", {"item": barcode, "patron": "0001", "n": n}, [loan],
                      txn_id=txn)
        print(txn, flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
