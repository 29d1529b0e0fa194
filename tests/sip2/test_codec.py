"""The codec on its own: round trips, error detection, dates, encodings, and fuzzing."""
from __future__ import annotations

from datetime import UTC, datetime

import pysip2
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sync.sip2.codec import (
    ChecksumError,
    Message,
    SipEncodeError,
    SipParseError,
    checksum,
    decode,
    encode,
    format_date,
    make,
    parse_date,
)
from sync.sip2.messages import LAYOUTS

ENCODINGS = ("utf-8", "gb18030", "latin-1")
ids = st.from_regex(r"[A-Z][A-Z0-9]", fullmatch=True).filter(lambda f: f not in ("AY", "AZ"))


def values(encoding):
    alphabet = st.characters(blacklist_characters="|\r\n\x00",
                             blacklist_categories=("Cs",),
                             max_codepoint=0xFF if encoding == "latin-1" else 0x2FFFF)
    return st.text(alphabet, max_size=20).filter(lambda v: _encodable(v, encoding))


def _encodable(text, encoding):
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


@st.composite
def messages(draw):
    encoding = draw(st.sampled_from(ENCODINGS))
    code = draw(st.sampled_from(sorted(LAYOUTS)))
    layout = LAYOUTS[code]
    printable = st.characters(min_codepoint=0x20, max_codepoint=0x7E, blacklist_characters="|")
    fixed = {name: draw(st.text(printable, min_size=width, max_size=width))
             for name, width in layout.fixed}
    known = st.sampled_from(layout.fields) if layout.fields else ids
    field_ids = draw(st.lists(st.one_of(known, ids), max_size=6, unique=True))
    fields = {fid: draw(st.lists(values(encoding), min_size=1, max_size=3)) for fid in field_ids}
    sequence = draw(st.none() | st.integers(0, 9))
    return Message(code, fixed, fields), sequence, encoding


@settings(max_examples=400, deadline=None)
@given(messages())
def test_encode_then_decode_gives_the_same_message(case):
    message, sequence, encoding = case
    frame = encode(message, sequence, encoding=encoding)
    again = decode(frame, encoding=encoding)
    assert (again.code, again.fixed, again.fields) == (message.code, message.fixed,
                                                       message.fields)
    if sequence is not None and message.code not in ("96", "97"):
        assert again.sequence == sequence
        assert again.checksum == frame[-5:-1].decode()


@settings(max_examples=1000, deadline=None)
@given(st.binary(max_size=200))
def test_random_bytes_raise_nothing_but_parse_errors(data):
    try:
        decode(data)
    except SipParseError:
        pass


@settings(max_examples=500, deadline=None)
@given(messages(), st.randoms(use_true_random=False))
def test_mutated_frames_raise_nothing_but_parse_errors(case, rnd):
    message, sequence, encoding = case
    frame = bytearray(encode(message, sequence, encoding=encoding))
    for _ in range(rnd.randint(1, 4)):
        action, at = rnd.choice("fdit"), rnd.randrange(len(frame))
        if action == "f":
            frame[at] ^= 1 << rnd.randrange(8)
        elif action == "d":
            del frame[at]
        elif action == "i":
            frame.insert(at, rnd.choice(b"|\r\nAZY0\xff"))
        else:
            del frame[at:]
        if not frame:
            break
    try:
        decode(bytes(frame), encoding=encoding)
    except SipParseError:
        pass


def test_a_damaged_frame_is_caught_by_its_checksum():
    frame = bytearray(encode(make("23", {"AO": "LIB", "AA": "P1", "AC": "", "AD": "9"},
                                  language="000", transaction_date="20240101    120000"), 3))
    frame[frame.index(b"P1") + 1] = ord("2")  # one digit of the card number changes
    with pytest.raises(ChecksumError) as caught:
        decode(bytes(frame))
    assert caught.value.position == len(frame) - 5
    assert "checksum" in str(caught.value)


def test_checksum_matches_the_spec_rule_and_pysip2():
    frame = b"9300CNkiosk1|COs3cret|CPMAIN|AY1AZ"
    assert checksum(frame) == f"{(-sum(frame)) & 0xFFFF:04X}" == "F4D9"
    assert checksum(frame.decode()) == checksum(frame)
    assert checksum(frame) == pysip2.calculate_checksum(frame)


@pytest.mark.parametrize("frame, position, expected", [
    (b"", 0, "command id"),
    (b"XY123", 0, "command id"),
    (b"24   ", 2, "patron_status"),
    (b"64" + b" " * 14 + b"|AOX|", 16, "language"),
    (b"941|a1bad|", 4, "field id"),
    (b"941AY1AZ12", 3, "AY<digit>AZ"),
    (b"23000\n20240101    120000AOX|", 5, "printable"),
])
def test_parse_errors_name_the_position_and_what_was_expected(frame, position, expected):
    with pytest.raises(SipParseError) as caught:
        decode(frame)
    assert caught.value.position == position
    assert expected in caught.value.expected


def test_repeated_and_unknown_fields_are_kept_in_order():
    frame = b"64" + b" " * 14 + b"00020240101    120000" + b"0000" * 6 + \
        b"AOLIB|AAP1|AEX|AUB1|AUB2|AUB3|ZZfuture|XAmore|AFone|AFtwo|\r"
    message = decode(frame)
    assert message.all("AU") == ["B1", "B2", "B3"]
    assert message.get("ZZ") == "future" and message.get("XA") == "more"
    assert message.all("AF") == ["one", "two"]
    assert decode(encode(message)).fields == message.fields


def test_tolerates_crlf_and_a_last_field_without_delimiter():
    assert decode(b"\n941\r\n").fixed == {"ok": "1"}
    assert decode(b"36Y20240101    120000AOLIB|AAP1").get("AA") == "P1"


def test_gb18030_checksums_the_encoded_bytes():
    message = make("24", {"AO": "LIB", "AA": "P1", "AE": "张晓明", "AF": ["欢迎"]},
                   patron_status=" " * 14, language="019", transaction_date="20240101    120000")
    frame = encode(message, 5, encoding="gb18030")
    assert "张晓明".encode("gb18030") in frame
    assert frame[-5:-1].decode() == checksum(frame[:-5])
    ours = decode(frame, encoding="gb18030")
    assert ours.get("AE") == "张晓明" and ours.sequence == 5
    theirs = pysip2.decode_message(frame, encoding="gb18030")
    assert theirs.message.personal_name == "张晓明" and theirs.sequence_number == 5
    with pytest.raises(SipParseError):
        decode(frame, encoding="ascii")


def test_encode_refuses_what_the_wire_cannot_carry():
    base = {"language": "000", "transaction_date": "20240101    120000"}
    with pytest.raises(SipEncodeError, match="AA"):
        encode(make("23", {"AA": "P1|AOforged"}, **base))
    with pytest.raises(SipEncodeError, match="language"):
        encode(make("23", {}, language="0", transaction_date=base["transaction_date"]))
    with pytest.raises(SipEncodeError, match="unknown"):
        encode(make("42"))


def test_our_requests_decode_in_pysip2_with_the_same_values():
    date = "20240102    030405"
    cases = [
        make("11", {"AO": "LIB", "AA": "P1", "AB": "B1", "AC": ""}, sc_renewal_policy="N",
             no_block="Y", transaction_date=date, nb_due_date="20240116    235900"),
        make("09", {"AP": "MAIN", "AO": "LIB", "AB": "B1", "AC": ""}, no_block="N",
             transaction_date=date, return_date=date),
        make("37", {"BV": "2.50", "AO": "LIB", "AA": "P1", "CG": "F1"}, transaction_date=date,
             fee_type="01", payment_type="00", currency_type="CNY"),
        make("15", {"AO": "LIB", "AA": "P1", "AB": "B1", "BS": "MAIN"}, hold_mode="+",
             transaction_date=date),
    ]
    for sequence, message in enumerate(cases):
        decoded = pysip2.decode_message(encode(message, sequence))
        assert decoded.sequence_number == sequence
        model = decoded.message
        assert model.transaction_date == date
        assert model.institution_id == "LIB"
    assert pysip2.decode_message(encode(cases[0], 0)).message.nb_due_date == \
        "20240116    235900"


def test_pysip2_responses_decode_in_ours():
    response = pysip2.RenewAllResponse(ok="1", renewed_count="0002", unrenewed_count="0001",
                                       transaction_date="20240101    120000",
                                       institution_id="LIB", renewed_items=("B1", "B2"),
                                       unrenewed_items=("B3",), screen_message=("Done",))
    frame = pysip2.encode_message(response, sequence_number=7, checksum=True,
                                  encoding="utf-8")
    ours = decode(frame)
    assert ours.code == "66" and ours.sequence == 7
    assert ours.fixed["renewed_count"] == "0002"
    assert ours.all("BM") == ["B1", "B2"] and ours.all("BN") == ["B3"]


def test_dates_local_and_utc():
    local = datetime(2024, 3, 5, 14, 7, 9)
    assert format_date(local) == "20240305    140709"
    assert parse_date("20240305    140709") == local
    utc = datetime(2024, 3, 5, 6, 7, 9, tzinfo=UTC)
    assert format_date(utc) == "20240305   Z060709"
    assert parse_date("20240305   Z060709") == utc
    for bad in ("2024-03-05", "20241305    000000", "20240305 ABC060709"):
        with pytest.raises(SipParseError):
            parse_date(bad)


def test_decode_refuses_non_bytes_with_a_parse_error():
    with pytest.raises(SipParseError):
        decode("941")  # type: ignore[arg-type]


def test_a_damaged_last_delimiter_does_not_skip_the_checksum():
    frame = bytearray(encode(make("24", {"AO": "LIB", "AA": "P1", "AF": ["Welcome"]},
                                     patron_status=" " * 14, language="000",
                                     transaction_date="20240101    120000"), 4))
    frame[frame.rindex(b"|")] = ord("~")  # line noise hits the "|" before AY
    with pytest.raises(ChecksumError):
        decode(bytes(frame))


@pytest.mark.parametrize("cut", [3, 5, 8])
def test_a_frame_cut_inside_its_trailer_is_an_error(cut):
    frame = encode(make("94", ok="1"), 3)  # b"941AY3AZxxxx\r"
    with pytest.raises(SipParseError):
        decode(frame[:-cut] + b"\r")
