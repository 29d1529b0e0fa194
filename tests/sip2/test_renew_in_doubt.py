"""A renewal at the terminal whose answer is lost, at an ACS that renews to the
same due date (its cap): the terminal cannot tell whether it happened, so it does
not renew again but leaves a conflict that staff see with `kiosk outbox list`."""
from __future__ import annotations

from tests.sip2 import faults
from tests.sip2.test_terminal_policy import site  # noqa: F401 - the fixture


def test_a_lost_capped_renewal_is_left_for_staff_not_sent_again(site, library, capsys,  # noqa: F811
                                                                 monkeypatch):
    from kiosk.cli import main
    make, line = site
    terminal, card, barcodes, env = make()
    circ = terminal.circulation
    circ.login_card(card, "2468")
    assert circ.checkout(card, barcodes[0]).ok
    loan = library.items[barcodes[0]].loan
    library.due_cap = loan.due                       # the card expires on that day
    line.down = faults.lost_once(b"30")
    renewed = circ.renew(card, barcodes[0])
    assert renewed.ok and renewed.offline            # no answer: it stands, to be delivered
    assert loan.renewals == 1                        # … but the ACS did renew
    line.down = lambda frame: frame
    terminal.engine.sync_now()
    (entry,) = [e for e in terminal.replica.outbox.entries() if e.type == "renew"]
    assert entry.state == "conflict" and "not confirmed" in entry.result["resolution"]
    assert loan.renewals == 1
    assert [code for code, _ in library.log].count("29") == 1
    terminal.close()
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert main(["outbox", "list"]) == 0
    (line_shown,) = [row for row in capsys.readouterr().out.splitlines() if " renew " in row]
    assert " conflict " in line_shown and "not confirmed" in line_shown
    assert "check the loan's renewals" in line_shown
