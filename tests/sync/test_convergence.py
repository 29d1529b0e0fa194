"""Three terminals, random acts, random partitions and restarts against the
real centre: every outbox drains, every act is applied once, every replica
ends equal to the centre for the copies the acts touched."""
from __future__ import annotations

import itertools

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule, run_state_machine_as_test

from kiosk.app import build_terminal
from sync.null_backend import OfflineOnly
from sync.outbox import Outbox
from tests.sync.terminals import free_items, terminal_config

PATRONS = ("0440000001", "0440000004", "0440000006")
TERMINALS = 3


def test_terminals_converge(tmp_path, central, templates):
    import shutil

    examples = itertools.count()

    class Fleet(RuleBasedStateMachine):
        @initialize()
        def start(self):
            n = next(examples)
            self.terms, self.configs = [], []
            for i in range(TERMINALS):
                cfg = terminal_config(tmp_path / f"ex{n}", central, f"k{i}")
                cfg.data_dir.mkdir(parents=True)
                shutil.copyfile(templates["replica"], cfg.replica_path)
                self.configs.append(cfg)
                term = build_terminal(cfg)
                term.engine.sync_now()
                self.terms.append(term)
            self.items = free_items(self.terms[0].replica, 4)

        terminal = st.integers(0, TERMINALS - 1)

        @rule(t=terminal, patron=st.sampled_from(PATRONS), item=st.integers(0, 3))
        def checkout(self, t, patron, item):
            self.terms[t].circulation.checkout(patron, self.items[item])

        @rule(t=terminal, item=st.integers(0, 3))
        def checkin(self, t, item):
            self.terms[t].circulation.checkin(self.items[item])

        @rule(t=terminal)
        def partition(self, t):
            self.terms[t].engine.backend = OfflineOnly()

        @rule(t=terminal)
        def heal(self, t):
            self.terms[t].engine.backend = self.terms[t].backend
            self.terms[t].engine.wake()

        @rule(t=terminal)
        def sync(self, t):
            self.terms[t].engine.sync_now()

        @rule(t=terminal)
        def restart(self, t):
            self.terms[t].close()
            self.terms[t] = build_terminal(self.configs[t])

        def teardown(self):
            try:
                for term in self.terms:
                    term.engine.backend = term.backend
                for _ in range(2):
                    for term in self.terms:
                        assert term.engine.sync_now().state == "online"
                self.check()
            finally:
                for term in self.terms:
                    term.close()

        def check(self):
            store = central.store
            for term in self.terms:
                assert term.status.outbox == 0
                for entry in Outbox(term.replica).entries():
                    row = store.row("SELECT status FROM txns WHERE id = ?", (entry.id,))
                    assert row is not None, entry
                    if entry.type == "checkout" and entry.state in ("applied", "conflict"):
                        # the loan it made, or (a reader lending again a copy the centre
                        # already lends to that reader) the loan it joined
                        made = store.row("SELECT count(*) AS n FROM loan_txns WHERE txn_id = ?",
                                         (entry.id,))["n"]
                        loan = store.row("SELECT patron_card, item_barcode FROM loans WHERE "
                                         "id = ?", (entry.result["effect"]["loan_id"],))
                        assert made <= 1 and loan == {"patron_card": entry.payload["patron"],
                                                      "item_barcode": entry.payload["item"]}, \
                            entry
            for barcode in self.items:
                open_loans = store.rows("SELECT id, patron_card FROM loans WHERE item_barcode = ? "
                                        "AND returned_at IS NULL", (barcode,))
                assert len(open_loans) <= 1
                status = store.row("SELECT status FROM items WHERE barcode = ?",
                                   (barcode,))["status"]
                for term in self.terms:
                    local = term.replica.conn.execute(
                        "SELECT id, patron_card FROM loans WHERE item_barcode = ? AND "
                        "returned_at IS NULL", (barcode,)).fetchall()
                    assert [tuple(r.values()) for r in open_loans] == local, (barcode, term)
                    assert term.replica.get_item(barcode).status == status

    run_state_machine_as_test(Fleet, settings=settings(
        max_examples=4, stateful_step_count=12, deadline=None,
        suppress_health_check=list(HealthCheck)))
