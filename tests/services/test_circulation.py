"""The one path without a centre: policy, outbox + local effect together, the
offline policy, security switching through the simulated RFID pad."""
from __future__ import annotations

import json

import pytest

from kiosk.app import build_terminal
from kiosk.services import LoginRefused
from sync.outbox import Outbox

ZHANG, LI, WANG, LIU = "0440000001", "0440000002", "0440000003", "0440000006"


def test_checkout_writes_the_act_and_its_effect_together(terminal, free_items):
    circ, replica = terminal.circulation, terminal.replica
    barcode = free_items(replica, 1)[0]
    result = circ.checkout(ZHANG, barcode)
    assert result.ok and result.offline and result.due_at is not None
    entry = Outbox(replica).get(result.txn_id)
    assert entry.type == "checkout" and entry.state == "queued" and entry.offline
    assert entry.payload == {"patron": ZHANG, "item": barcode, "due_at": entry.payload["due_at"],
                             "offline": True}
    loan = replica.open_loan(barcode)
    assert loan.patron_card == ZHANG and loan.offline and loan.id == f"local-{result.txn_id}"
    assert replica.get_item(barcode).status == "on_loan"
    assert terminal.status.outbox == 1


def test_sequence_numbers_increase_and_survive_reopening(offline_config, free_items):
    from kiosk.app import build_terminal
    cfg = offline_config()
    seqs = []
    for _ in range(2):
        term = build_terminal(cfg)
        barcode = free_items(term.replica, 1)[0]
        seqs.append(Outbox(term.replica).get(term.circulation.checkout(ZHANG, barcode).txn_id).seq)
        term.close()
    assert seqs == [1, 2]


def test_policy_refusals_write_nothing(terminal, free_items):
    circ, replica = terminal.circulation, terminal.replica
    set_item = replica.conn.execute("SELECT barcode FROM items WHERE parts = 2 AND title_id = "
                                    "'R008'").fetchone()[0]
    refused = circ.checkout(ZHANG, set_item, parts_present=1)
    assert refused.refusal.code == "item_missing_parts"
    assert refused.refusal.params == {"parts": 2, "missing": 2}
    assert "2" in refused.refusal.message("en")
    held = replica.conn.execute("SELECT item_barcode FROM holds WHERE id = 'H00001'").fetchone()[0]
    assert circ.checkout(ZHANG, held).refusal.code == "item_on_hold_for_other"
    assert circ.checkout(WANG, free_items(replica, 1)[0]).refusal.code == "patron_blocked"
    assert circ.checkout(ZHANG, "NOPE").refusal.code == "item_unknown"
    assert Outbox(replica).counts()["queued"] == 0


def test_offline_cap_and_acts_not_allowed_offline(offline_config, free_items):
    from kiosk.app import build_terminal
    term = build_terminal(offline_config(KIOSK_OFFLINE_MAX_LOANS_PER_PATRON=2,
                                         KIOSK_OFFLINE_ALLOWED="checkout,checkin"))
    try:
        circ = term.circulation
        items = free_items(term.replica, 3)
        assert [circ.checkout("0440000004", b).ok for b in items[:2]] == [True, True]
        third = circ.checkout("0440000004", items[2])
        assert third.refusal.code == "offline_cap" and third.refusal.params == {"limit": 2}
        renew = circ.renew("0440000004", items[0])
        assert renew.refusal.code == "offline_not_allowed"
        assert term.status.outbox == 2
    finally:
        term.close()


def test_checkin_closes_the_loan_charges_and_routes(terminal):
    circ, replica = terminal.circulation, terminal.replica
    overdue = replica.conn.execute(
        "SELECT item_barcode, due_at FROM loans WHERE patron_card = ? AND returned_at IS NULL "
        "ORDER BY due_at LIMIT 1", (LI,)).fetchone()[0]
    result = circ.checkin(overdue)
    assert result.ok and result.patron == LI and result.fee_fen > 0
    assert replica.open_loan(overdue) is None
    fee = replica.conn.execute("SELECT amount_fen, status FROM fees WHERE id = ?",
                               (f"local-{result.txn_id}",)).fetchone()
    assert fee == (result.fee_fen, "open")
    # a copy of 红楼梦 (R004, queued for by 张晓明 at SS-CGC) goes there
    copy = replica.conn.execute("SELECT barcode FROM items WHERE title_id = 'R004' AND "
                                "location_id LIKE 'SZL%'").fetchone()[0]
    routed = circ.checkin(copy)
    assert routed.route == "transit" and routed.hold_id == "H00002"
    assert "Civic Center" in routed.destination
    assert [line.barcode for line in circ.receipt()] == [overdue, copy]


def test_renew_moves_the_due_date(terminal):
    circ, replica = terminal.circulation, terminal.replica
    barcode = replica.conn.execute("SELECT item_barcode FROM loans WHERE patron_card = ? AND "
                                   "returned_at IS NULL", (ZHANG,)).fetchone()[0]
    before = replica.open_loan(barcode)
    result = circ.renew(ZHANG, barcode)
    assert result.ok and result.due_at > before.due_at
    after = replica.open_loan(barcode)
    assert after.renewals == before.renewals + 1 and after.due_at == result.due_at
    again = circ.renew(ZHANG, barcode)
    assert again.refusal.code == "renew_limit"


def test_hold_checks_pickup_and_offline_policy(terminal):
    circ, replica = terminal.circulation, terminal.replica
    elsewhere = replica.conn.execute(
        "SELECT t.id FROM titles t WHERE NOT EXISTS (SELECT 1 FROM items i WHERE i.title_id = t.id "
        "AND i.status = 'available' AND i.location_id LIKE 'SZL%') AND NOT EXISTS (SELECT 1 FROM "
        "holds h WHERE h.title_id = t.id) LIMIT 1").fetchone()[0]
    with pytest.raises(ValueError, match="pickup location"):
        circ.place_hold(ZHANG, elsewhere, "NOWHERE")
    # holds are not in the default offline acts
    assert circ.place_hold(ZHANG, elsewhere, "SZL").refusal.code == "offline_not_allowed"
    assert {loc.kind for loc in circ.pickup_locations()} == {"branch", "selfservice"}


def test_account_view_offline_is_stale(terminal):
    view = terminal.circulation.account(LI)
    assert view.stale and view.patron.name == "李华"
    late = [lv for lv in view.loans if lv.overdue_days]
    assert late and all(lv.fee_fen > 0 and lv.title for lv in late)
    assert view.fees_fen == sum(f.amount_fen for f in view.fees) > 0
    holds = terminal.circulation.account(LIU).holds
    assert holds[0].pickup_name.startswith("深圳图书馆")


def test_login(terminal, free_items):
    circ = terminal.circulation
    session = circ.login_uid("04a1b2c3")
    assert session.card == ZHANG and session.refusal is None and session.offline
    assert circ.login_uid("04A1B2C5").refusal.code == "patron_blocked"
    with pytest.raises(LoginRefused) as exc:
        circ.login_uid("FFFFFFFF")
    assert exc.value.refusal.code == "patron_unknown"
    with pytest.raises(LoginRefused) as exc:     # PINs are not replicated by default
        circ.login_card(ZHANG, "1234")
    assert exc.value.refusal.code == "offline_not_allowed"
    barcode = free_items(terminal.replica, 1)[0]
    circ.checkout(ZHANG, barcode)
    assert [line.barcode for line in circ.receipt(ZHANG)] == [barcode]


def test_offline_pin_with_replicated_hashes(offline_config, tmp_path):
    """Against the hash keyed with the deployment secret (as the centre sends it)."""
    from argon2 import PasswordHasher

    from kiosk.app import build_terminal
    from kiosk.domain.pins import offline_pin_input
    from sync.replica import Replica
    secret = tmp_path / "pin-secret"
    secret.write_bytes(b"deployment-secret-for-tests")
    secret.chmod(0o600)
    cfg = offline_config(KIOSK_OFFLINE_REPLICATE_PIN_HASHES="true",
                         KIOSK_OFFLINE_PIN_SECRET_FILE=str(secret))
    replica = Replica(cfg.replica_path)
    with replica.transaction():
        replica.conn.execute("UPDATE patrons SET pin_hash = ? WHERE card = ?", (
            PasswordHasher().hash(offline_pin_input(secret.read_bytes(), ZHANG, "1234")), ZHANG))
    replica.close()
    term = build_terminal(cfg)
    try:
        assert term.circulation.login_card(ZHANG, "1234").card == ZHANG
        with pytest.raises(LoginRefused) as exc:
            term.circulation.login_card(ZHANG, "9999")
        assert exc.value.refusal.code == "pin_wrong" and exc.value.refusal.params["left"] == 4
    finally:
        term.close()


@pytest.fixture
def pad_terminal(offline_config):
    """A terminal with its devices opened from config: the RFID pad is the simulator."""
    term = build_terminal(offline_config(KIOSK_DEVICES_RFID="sim:", KIOSK_DEVICES_CARD="none",
                                         KIOSK_DEVICES_SCANNER="none",
                                         KIOSK_DEVICES_PRINTER="none"), devices=True)
    yield term
    term.close()


@pytest.fixture
def pad(pad_terminal):
    return pad_terminal.devices["rfid"]


def test_security_is_switched_after_the_act(pad_terminal, pad, free_items):
    terminal = pad_terminal
    circ = terminal.circulation
    barcode = free_items(terminal.replica, 1)[0]
    tag = pad.place(pad.make_tag(barcode))
    pad.inject(tag.uid, "no_verify")             # first write lost: retried once
    result = circ.checkout(ZHANG, barcode, tag_uids=[tag.uid])
    assert result.ok and result.security_ok and pad.field.get(tag.uid).afi == 0xC2
    back = circ.checkin(barcode, tag_uids=[tag.uid])
    assert back.security_ok and pad.field.get(tag.uid).afi == 0x07


def _a_set_on_the_pad(terminal, pad) -> tuple[str, list[str]]:
    barcode = terminal.replica.conn.execute(
        "SELECT barcode FROM items WHERE parts = 2 AND status = 'available' AND NOT EXISTS "
        "(SELECT 1 FROM holds h WHERE h.title_id = items.title_id AND h.status IN "
        "('pending', 'waiting'))").fetchone()[0]
    uids = [pad.place(pad.make_tag(barcode, part=p, parts=2)).uid for p in (1, 2)]
    return barcode, uids


def test_every_part_of_a_set_is_switched_on_checkout_and_back_on_checkin(pad_terminal, pad):
    terminal = pad_terminal
    circ = terminal.circulation
    barcode, uids = _a_set_on_the_pad(terminal, pad)
    result = circ.checkout(ZHANG, barcode, tag_uids=uids, parts_present=2)
    assert result.ok and result.security_ok
    assert [pad.field.get(uid).afi for uid in uids] == [0xC2, 0xC2]
    back = circ.checkin(barcode, tag_uids=uids)
    assert back.ok and back.security_ok
    assert [pad.field.get(uid).afi for uid in uids] == [0x07, 0x07]


def test_one_part_that_cannot_be_switched_means_see_staff(pad_terminal, pad):
    terminal = pad_terminal
    circ = terminal.circulation
    barcode, uids = _a_set_on_the_pad(terminal, pad)
    pad.lift(uids[0])                            # part 1 leaves before its write
    result = circ.checkout(ZHANG, barcode, tag_uids=uids)
    assert result.ok and not result.security_ok and result.refusal.code == "security_failed"
    assert pad.field.get(uids[1]).afi == 0xC2    # the other part was still switched


def test_tag_uids_must_be_a_sequence_not_one_string(terminal, free_items):
    barcode = free_items(terminal.replica, 1)[0]
    with pytest.raises(TypeError, match="sequence of tag UIDs"):
        terminal.circulation.checkout(ZHANG, barcode, tag_uids="E0040100DEADBEEF")


def test_failed_security_keeps_the_loan_and_says_see_staff(pad_terminal, pad, free_items):
    terminal = pad_terminal
    circ = terminal.circulation
    barcode = free_items(terminal.replica, 1)[0]
    result = circ.checkout(ZHANG, barcode, tag_uids=["E0040100DEADBEEF"])   # not on the pad
    assert result.ok and not result.security_ok
    assert result.refusal.code == "security_failed"
    assert terminal.replica.open_loan(barcode).patron_card == ZHANG
    entry = Outbox(terminal.replica).get(result.txn_id)
    assert json.loads(json.dumps(entry.payload))["item"] == barcode
