"""Tag codecs against memory images and compacted values published by others
(tests/hardware/tag_vectors.py says where each comes from), and against damaged copies of
them: damage is an error naming what is wrong, never another valid tag."""
from __future__ import annotations

import dataclasses
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hardware import rfid
from hardware.rfid import compaction, isil, iso28560_2, iso28560_3
from tests.hardware import tag_vectors as v


def test_gbt35660_worked_example_decodes_every_element():
    tag = rfid.decode(v.GBT_EXAMPLE)
    assert (tag.model, tag.item_id, tag.owner_library) == (
        "iso28560-2", "123456789012", "US-InU-Mu")
    assert (tag.part, tag.parts) == (3, 12)
    assert {e.oid: e.value for e in tag.elements if e.oid != 2} == v.GBT_EXAMPLE_VALUES
    assert tag.element(2).value == b"\xd0"
    assert tag.element(3).compaction == compaction.ISIL and tag.element(3).offset == 2


@pytest.mark.parametrize("name", sorted(v.ISO28560_2_IMAGES))
@pytest.mark.parametrize("free", [0, 4, 76], ids=["exact", "one-block-free", "112-bytes"])
def test_published_iso28560_2_images_re_encode_byte_for_byte(name, free):
    image = v.ISO28560_2_IMAGES[name] + bytes(free)
    assert iso28560_2.encode(rfid.decode(image)) == image
    assert iso28560_2.encode(rfid.decode(image, dsfid=iso28560_2.DSFID)) == image


def test_changing_one_value_keeps_every_other_element_byte_for_byte():
    tag = rfid.decode(v.GBT_EXAMPLE + bytes(12))
    image = iso28560_2.encode(dataclasses.replace(tag, part=4))
    # OID 1 and the content parameter, shelf location and owner (with filler) untouched
    assert image[:11] + image[15:] == v.GBT_EXAMPLE[:11] + v.GBT_EXAMPLE[15:] + bytes(12)
    again = rfid.decode(image)
    assert (again.part, again.parts, again.owner_library, again.element(6).value) == (
        4, 12, "US-InU-Mu", "QA268.L55")
    assert again.element(3).raw == tag.element(3).raw


def test_a_new_tag_is_compacted_as_the_standard_does():
    tag = rfid.TagData("iso28560-2", "123456789012", "US-InU-Mu", part=3, parts=12,
                       elements=(rfid.Element(2, b""), rfid.Element(6, "QA268.L55")))
    image = iso28560_2.encode(tag)
    # the same element bytes as the worked example, without its block alignment
    assert image.startswith(bytes.fromhex("11 05 1c be 99 1a 14  02 01 d0  03 07 ac c0 9e ba a0 6f 6b"
                                          "14 02 04 b3  46 07 44 1c b6 e2 e3 35 d6 00"))
    assert rfid.decode(image).owner_library == "US-InU-Mu"


@pytest.mark.parametrize("text, scheme, hexdata", v.DP2_COMPACTION)
def test_dp2_compaction_vectors(text, scheme, hexdata):
    assert compaction.compact(text, scheme) == (scheme, bytes.fromhex(hexdata))
    assert compaction.expand(scheme, bytes.fromhex(hexdata)) == text


@pytest.mark.parametrize("text, hexdata", v.DP2_ISIL)
def test_isil_compaction_vectors(text, hexdata):
    assert isil.compact(text) == bytes.fromhex(hexdata)
    assert isil.expand(bytes.fromhex(hexdata)) == text


@pytest.mark.parametrize("scheme, hexdata, message", [
    (compaction.SIX_BIT, "441cb6e2e335d4", "filler"),      # 6-bit filler must be 10...
    (compaction.SEVEN_BIT, "c38b1e4cb9b3e862c99e", "filler"),  # 7-bit filler must be ones
    (compaction.FIVE_BIT, "0a23a1", "filler"),             # 5-bit filler must be zeros
    (compaction.NUMERIC, "12f3", "non-digits"),
    (compaction.INTEGER, "0001", "leading zero"),
    (compaction.ISIL, "acc09ebaa06f6a", "ends inside"),
])
def test_compacted_data_no_encoder_writes_is_refused(scheme, hexdata, message):
    with pytest.raises(rfid.TagDataError, match=message):
        compaction.expand(scheme, bytes.fromhex(hexdata))


def test_usage_that_is_not_one_byte_is_a_decode_error_and_never_a_bare_value_error():
    # a type-of-usage element holding "4611" (numeric): 0x4611 = 17937 is no usage
    image = bytes.fromhex("11 02 04 D2  25 02 4611  00")
    with pytest.raises(rfid.TagDataError, match="type of usage"):
        iso28560_2.decode(image)
    tag = rfid.decode(v.GBT_EXAMPLE)
    with pytest.raises(rfid.TagDataError, match="type of usage 17937"):
        iso28560_2.encode(dataclasses.replace(tag, usage=17937))


def test_a_damaged_28560_3_block_names_its_crc():
    block = iso28560_3.encode(rfid.TagData("iso28560-3", "5010054321", "DK-761500"))
    broken = bytearray(block + bytes(6))
    broken[5] ^= 0x04
    with pytest.raises(rfid.TagDataError, match="CRC mismatch"):
        rfid.decode(bytes(broken))


def test_single_bit_flip_of_a_28560_3_block_seen_in_the_field_is_refused():
    # the case: without a DSFID one flipped bit made a 20-digit ISO 28560-2 item
    block = bytearray(v.LIBDANRFID_DDM)
    for bit in range(len(block) * 8):
        block[bit // 8] ^= 1 << (bit % 8)
        with pytest.raises(rfid.TagDataError):
            rfid.decode(bytes(block))
        block[bit // 8] ^= 1 << (bit % 8)


@pytest.mark.parametrize("name", ["gbt-example", "dp2-title", "libdanrfid-ddm"])
def test_random_damage_never_yields_another_model(name):
    """1-3 flipped bits: the block is refused or read as its own model (an ISO 28560-2
    value change inside a character can not be seen; bench/tag_damage.py counts those)."""
    image = v.REAL_BLOCKS[name] + bytes(8)
    original = rfid.decode(image)
    model = original.model
    rng = random.Random(15)
    for _ in range(3000):
        damaged = bytearray(image)
        for bit in rng.sample(range(len(image) * 8), rng.randint(1, 3)):
            damaged[bit // 8] ^= 1 << (bit % 8)
        try:
            tag = rfid.decode(bytes(damaged))
        except rfid.TagDataError:
            continue
        assert tag.model == model, bytes(damaged).hex()
        if model == "iso28560-3":  # CRC-checked: accepted only if the damage was not in it
            assert _content(tag) == _content(original), bytes(damaged).hex()


def _content(tag: rfid.TagData) -> tuple:
    return (tag.model, tag.item_id, tag.owner_library, tag.part, tag.parts, tag.usage,
            tag.elements)


@pytest.mark.parametrize("uid_block", ["3m-capture-book", "3m-capture-card"])
def test_blocks_read_by_a_real_3m_810_decode(uid_block):
    tag = rfid.decode(v.REAL_BLOCKS[uid_block])
    assert tag.model == "3m"
    assert tag.item_id == {"3m-capture-book": "1302099999",
                           "3m-capture-card": "200000000042"}[uid_block]


_ISIL = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-:/",
                min_size=1, max_size=16)
_VALUE = (st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), min_size=1,
                  max_size=24).filter(str.isprintable)
          | st.from_regex(r"[1-9][0-9]{0,18}", fullmatch=True) | st.text(min_size=1, max_size=8)
          .filter(lambda t: t.isprintable()))


@settings(max_examples=300, deadline=None)
@given(item=_VALUE, owner=_ISIL, parts=st.integers(1, 99), data=st.data(),
       extra=st.dictionaries(st.integers(6, 26).filter(lambda o: o != 11), _VALUE, max_size=4),
       offsets=st.lists(st.integers(0, 3), min_size=8, max_size=8))
def test_any_tag_the_encoder_writes_decodes_to_its_values_and_re_encodes_identically(
        item, owner, parts, data, extra, offsets):
    part = data.draw(st.integers(1, parts))
    elements = [rfid.Element(2, b"")] + [
        rfid.Element(oid, value, offset=offsets[i]) for i, (oid, value) in enumerate(extra.items())]
    tag = rfid.TagData("iso28560-2", item, owner, part=part, parts=parts, usage=0x10,
                       elements=tuple(elements))
    image = iso28560_2.encode(tag, capacity=255 * 8)
    got = rfid.decode(image)
    assert (got.item_id, got.owner_library, got.part, got.parts, got.usage) == (
        item, owner, part, parts, 0x10)
    assert {e.oid: e.value for e in got.elements if e.oid in extra} == extra
    assert iso28560_2.encode(got) == image
