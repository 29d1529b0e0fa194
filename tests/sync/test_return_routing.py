"""The terminal and the centre route a return the same way.

For every combination of where the copy lives (this branch, another branch)
and whom it is reserved for (nobody, pickup here, at another branch, at a
self-service machine), a return is first judged by the terminal alone (the
centre's answer is lost, so the terminal's own guess stands offline) and then
delivered: the centre's answer must name the same route and destination.
"""
from __future__ import annotations

import pytest

from tests.sync.terminals import free_items

PUSH = "/api/v1/push"
READER = "0440000005"             # Emily Chen: no blocks, may reserve


def _copy_at(replica, branch: str) -> tuple[str, str]:
    """A plain copy on a shelf of `branch` whose title nobody has reserved."""
    if branch == "SZL":
        barcode = free_items(replica, 1)[0]
    else:
        barcode = replica.conn.execute(
            "SELECT barcode FROM items i WHERE status = 'available' AND parts = 1 AND "
            "location_id LIKE ? AND NOT EXISTS (SELECT 1 FROM holds h WHERE h.title_id = "
            "i.title_id AND h.status IN ('pending', 'waiting')) ORDER BY barcode LIMIT 1",
            (f"{branch}-%",)).fetchone()[0]
    return barcode, replica.get_item(barcode).title_id


@pytest.mark.parametrize("home", ["SZL", "FT"])
@pytest.mark.parametrize("pickup", [None, "SZL", "FT", "SS-CGC"])
def test_terminal_and_centre_route_a_return_alike(make_terminal, central, home, pickup):
    term = make_terminal()                      # a terminal of branch SZL
    barcode, title_id = _copy_at(term.replica, home)
    if pickup:
        held = term.circulation.place_hold(READER, title_id, pickup, advance=True)
        assert held.ok and not held.offline, held
    central.arm_fault("lose_answer", count=1, path=PUSH)
    guess = term.circulation.checkin(barcode)
    assert guess.ok and guess.offline, guess
    central.clear_faults()
    assert term.engine.sync_now().state == "online"
    [answer] = [e for e in term.replica.outbox.entries() if e.id == guess.txn_id]
    effect = answer.result["effect"]
    assert (guess.route, guess.destination_id) == (effect["route"], effect["destination"])
    expected = ("shelf" if home == "SZL" else "transit") if pickup is None else \
        ("holds_shelf" if pickup == "SZL" else "transit")
    assert guess.route == expected
