"""The pcsc15693 RFID driver against a real pcscd with the vpcd virtual reader, and a
virtual card that is an ISO 15693 tag holding a GB/T 35660.2 tag image (vpcd_tag.py)."""
from __future__ import annotations

import pytest

import hardware
from hardware.drivers.virtual_tags import make_tag
from hardware.rfid import TagData, iso28560_2
from tests.hardware.test_rfid_serial_drivers import Events
from tests.hardware.vpcd_card import VirtualCard
from tests.hardware.vpcd_tag import VirtualTagCard

READER, SECOND = "Virtual PCD 00 00", "Virtual PCD 00 01"


@pytest.fixture
def cards():
    """Put virtual tag cards on the readers; whatever is still there is taken off after."""
    placed = []

    def put(tag, port=35963, wrap="tlv", card_class=VirtualTagCard):
        card = card_class(tag, port=port, wrap=wrap)
        card.insert()
        placed.append(card)
        return card
    yield put
    for card in placed:
        card.remove()


def _pad(reader=READER, model="omnikey"):
    device = hardware.open_device("rfid", f"pcsc15693:{reader}?model={model}",
                                  poll_interval=0.05, reconnect_interval=0.1,
                                  afi_on_loan=0xC2, afi_in_library=0x07)
    events = Events(device)
    device.open()
    return device, events


@pytest.fixture
def pad(pcscd):
    device, events = _pad()
    yield device, events
    device.close()


def _changed(events, **match):
    return events.wait_for(lambda e: isinstance(e, hardware.TagsChanged) and all(
        getattr(e, k) == v for k, v in match.items()))


def test_a_tag_put_down_is_decoded_and_one_taken_off_is_reported(pad, cards):
    device, events = pad
    assert device.health().ok
    book = make_tag("31010001", "CN-110108-H", part=1, parts=2, uid="E004015000000A01")
    card = cards(book)
    seen = _changed(events, added=(book.uid,))  # the reader gave the UID E0-last; turned
    tag = seen.tags[0]
    assert tag.data.item_id == "31010001" and tag.data.owner_library == "CN-110108-H"
    assert (tag.afi, tag.dsfid, tag.eas) == (0x07, iso28560_2.DSFID, True)
    assert seen.missing_parts[0].missing == (2,)
    assert device.inventory() == [tag]
    card.remove()
    assert _changed(events, removed=(book.uid,)).tags == ()
    assert device.inventory() == []


def test_write_is_read_back_and_security_switches_afi_and_eas(pad, cards):
    device, events = pad
    tag = make_tag("31010002", "CN-1", uid="E004015000000A02")
    card = cards(tag)
    _changed(events, added=(tag.uid,))
    new = iso28560_2.encode(TagData(iso28560_2.MODEL, "99887766", "CN-1", part=2, parts=3))
    written = device.write_tag(tag.uid, new)
    assert written.data.item_id == "99887766" and (written.data.part, written.data.parts) == (2, 3)
    assert bytes(tag.memory[:len(new)]) == new

    lent = device.set_security(tag.uid, on_loan=True)
    assert (lent.afi, lent.eas) == (0xC2, False) and (tag.afi, tag.eas) == (0xC2, False)
    wire_uid = bytes.fromhex(tag.uid)[::-1]
    assert bytes([0x22, 0x27]) + wire_uid + b"\xC2" in card.requests   # WRITE AFI
    assert bytes([0x22, 0xA3, 0x04]) + wire_uid in card.requests       # RESET EAS, NXP
    back = device.set_security(tag.uid, on_loan=False)
    assert (back.afi, back.eas) == (0x07, True) and (tag.afi, tag.eas) == (0x07, True)


def test_a_write_that_does_not_stick_fails_verification(pad, cards):
    device, events = pad
    tag = make_tag("31010003", "CN-1", uid="E004015000000A03")
    card = cards(tag)
    _changed(events, added=(tag.uid,))
    card.field.inject(tag.uid, "no_verify")
    with pytest.raises(hardware.WriteVerifyFailed, match="AFI written C2, read back 07"):
        device.set_security(tag.uid, on_loan=True)
    old = bytes(tag.memory[:4])
    card.field.inject(tag.uid, "no_verify")  # block 0 is acknowledged but not stored
    with pytest.raises(hardware.WriteVerifyFailed, match=f"{tag.uid}: wrote 11010500"):
        device.write_tag(tag.uid, b"\x11\x01\x05" + bytes(13))
    assert bytes(tag.memory[:4]) == old


def test_a_command_for_a_tag_not_on_the_reader_is_tag_gone(pad, cards):
    device, events = pad
    other = make_tag("31010005", "CN-1", uid="E004015000000A05")
    cards(other)
    _changed(events, added=(other.uid,))
    with pytest.raises(hardware.TagGone, match=f"E004015000000A04 is not on .*{other.uid} is"):
        device.set_security("E004015000000A04", on_loan=True)
    assert other.afi == 0x07


def test_a_tag_pulled_mid_write_is_tag_gone(pcscd, cards):
    device, events = _pad(SECOND)
    try:
        tag = make_tag("31010004", "CN-1", uid="E004015000000A04")
        card = cards(tag, port=35964)
        _changed(events, added=(tag.uid,))
        card.field.inject(tag.uid, "leave_on_write")
        with pytest.raises(hardware.TagGone, match=tag.uid):
            device.write_tag(tag.uid, b"\x11\x01\x05" + bytes(13))
        _changed(events, removed=(tag.uid,))
        assert device.health().ok
    finally:
        device.close()


def test_the_raw_pass_through_profile_and_a_wrong_profile_that_says_so(pcscd, cards):
    device, events = _pad(model="acr1281u")
    try:
        tag = make_tag("31010006", "CN-1", uid="E004015000000A06")
        card = cards(tag, wrap="raw")
        _changed(events, added=(tag.uid,))
        assert device.set_security(tag.uid, on_loan=True).afi == 0xC2 and tag.afi == 0xC2
        assert card.apdus[-1][:4] == bytes.fromhex("FF000000")
    finally:
        device.close()
    wrong = hardware.open_device("rfid", f"pcsc15693:{READER}?model=omnikey")
    try:  # the card only knows the raw form: the TLV pass-through is refused by "the reader"
        assert [t.data.item_id for t in wrong.inventory()] == ["31010006"]
        with pytest.raises(hardware.ProtocolError, match="refuses the ISO 15693 pass-through"):
            wrong.set_security(tag.uid, on_loan=False)
        assert "storage commands only" in wrong.health().detail
    finally:
        wrong.close()


def test_a_reader_without_pass_through_reads_and_writes_with_storage_commands(pcscd, cards):
    """Firmware that answers only FF CA / FF B0 / FF D6 (the pass-through is 6D 00)."""
    device, events = _pad()
    try:
        tag = make_tag("31010010", "CN-110108-H", part=1, parts=2, uid="E004015000000A10")
        card = cards(tag, wrap="none")
        seen = _changed(events, added=(tag.uid,)).tags[0]
        assert (seen.data.item_id, seen.data.owner_library, seen.data.parts) == (
            "31010010", "CN-110108-H", 2)
        health = device.health()
        assert health.ok and "storage commands only" in health.detail
        new = iso28560_2.encode(TagData(iso28560_2.MODEL, "99887766", "CN-1"), capacity=112)
        assert device.write_tag(tag.uid, new).data.item_id == "99887766"
        assert bytes(tag.memory) == new
        with pytest.raises(hardware.ProtocolError, match="refuses the ISO 15693 pass-through"):
            device.set_security(tag.uid, on_loan=True)
        assert tag.afi == 0x07
        assert not [e for e in events.items if isinstance(e, hardware.DeviceError)]
        assert not card.requests  # no ISO 15693 request ever reached the tag
    finally:
        device.close()


def test_a_card_that_is_not_an_iso15693_tag_is_no_tag_and_no_fault(pad, cards):
    device, events = pad
    cards(None, card_class=lambda _tag, port, wrap: VirtualCard("04A1B2C3D4E5F6", port=port))
    book = make_tag("31010007", "CN-1", uid="E004015000000A07")
    cards(book, port=35964)  # a tag on the other reader is not ours
    assert device.inventory() == [] and device.health().ok
    assert not [e for e in events.items if isinstance(e, (hardware.TagsChanged,
                                                            hardware.DeviceError))]


def test_bad_specs_say_what_is_wrong():
    with pytest.raises(hardware.DeviceSpecError, match="model 'omni' is unknown; known: "
                       "acr1281u, omnikey, part3"):
        hardware.open_device("rfid", "pcsc15693:OMNIKEY*?model=omni")
    with pytest.raises(hardware.DeviceSpecError, match="4 hex bytes"):
        hardware.open_device("rfid", "pcsc15693:*?exchange=FFC2")
    with pytest.raises(hardware.DeviceSpecError, match="wrap='tvl'"):
        hardware.open_device("rfid", "pcsc15693:*?wrap=tvl")


def test_pcscd_stopped_is_unhealthy_and_found_again_when_it_returns(own_pcscd, cards):
    device, events = _pad()
    try:
        first = make_tag("31010008", "CN-1", uid="E004015000000A08")
        cards(first)
        _changed(events, added=(first.uid,))
        own_pcscd.stop()  # every PC/SC reader disappears, as when a USB reader is pulled
        assert events.wait_for(lambda e: isinstance(e, hardware.DeviceError)).kind == "rfid"
        assert not device.health().ok
        own_pcscd.start()
        second = make_tag("31010009", "CN-1", uid="E004015000000A09")
        cards(second)
        back = _changed(events, added=(second.uid,))
        assert [t.data.item_id for t in back.tags] == ["31010009"]
        assert device.health().ok
    finally:
        device.close()
