"""Tag memory images written by others, each with its source and what it is said to hold.
Used by the codec tests and by bench/tag_damage.py; listed in docs/hardware.md."""
from __future__ import annotations

from tests.hardware.capture_3m810 import UIDS, blocks_of

# GB/T 35660.2-2017's complete worked example (the same as ISO 28560-2's), as dp2 (the
# reference Chinese implementation, github.com/DigitalPlatform/dp2) quotes it in
# UnitTestRFID/TestChip.cs Test_chip_example_from: item 123456789012 (integer, offset byte
# 0), content parameter D0, set 1203 (integer), shelf QA268.L55 (6-bit), owner US-InU-Mu
# (ISIL compaction, 2 filler bytes). 36 bytes, no end mark: the data fills the memory.
GBT_EXAMPLE = bytes.fromhex(
    "91 00 05 1c be 99 1a 14 02 01 d0 14 02 04 b3 46 07 44 1c b6"
    "e2 e3 35 d6 83 02 07 ac c0 9e ba a0 6f 6b 00 00")
GBT_EXAMPLE_VALUES = {1: "123456789012", 4: "1203", 6: "QA268.L55", 3: "US-InU-Mu"}

# dp2 UnitTestRFID/TestChip.cs Test_chip_layout_3: the example plus title "test" (UTF-8,
# extended OID 17), the shelf location padded to a block boundary, OID 3 without filler.
DP2_WITH_TITLE = bytes.fromhex(
    "91 00 05 1c be 99 1a 14 02 02 d0 02 14 02 04 b3 c6 02 07 44"
    "1c b6 e2 e3 35 d6 00 00 03 07 ac c0 9e ba a0 6f 6b 7f 02 04 74 65 73 74")

# dp2 UnitTestRFID/TestChip.cs Test_chip_complex_layout_2: a content parameter of 5 bytes
# whose last four are zero (room left for more OIDs).
DP2_LONG_CONTENT_PARAMETER = bytes.fromhex(
    "91 00 05 1c be 99 1a 14 02 05 d0 00 00 00 00 14 02 04 b3 46"
    "07 44 1c b6 e2 e3 35 d6 83 02 07 ac c0 9e ba a0 6f 6b 00 00")

# Compacted values from dp2 UnitTestRFID/TestRfid2.cs: (text, scheme, bytes).
DP2_COMPACTION = [
    ("AHQZ", 3, "0a23a0"), ("ZYXWV", 3, "d6717b00"), ("C_D", 3, "1fc8"),
    ("_G]H^", 3, "f9fa8f00"),
    ("ABC12345", 4, "0420f1cb3d35"), ("K825.6=76/Z780", 4, "2f8cb5bb6f77daf6b7e308"),
    ("TP393/H637", 4, "510cf9cef236cf78"), ("I17(198.4)/Y498", 4, "271de8c79e2ed29bd9d39e20"),
    ("abcdefgh", 5, "c38b1e4cb9b3e8"), ("abcdefgh123", 5, "c38b1e4cb9b3e862c99f"),
    ("hijk9876{/?}~", 5, "d1a756b72e1bb6f6bdffdfdf"),
    ("9999999999999999999", 1, "8ac7230489e7ffff"), ("256", 1, "0100"),
    ("091", 2, "091f"), ("1234567", 2, "1234567f"), ("1203", 2, "1203"),
]
# ISIL compaction, same file (Test_isil_3, Test_isil_4) and the GB/T example above.
DP2_ISIL = [("CN-110108-1-NLC", "1b81e110108a1ac7307f"),
            ("CN-120104-C-YBL", "1b81e120104ad1d6644c"),
            ("US-InU-Mu", "acc09ebaa06f6b")]

# ISO 28560-3 / Danish data model: libdanrfid (github.com/GallusMax/libdanrfid)
# src/test/java/org/rfid/libdanrfid/DDMDataTest.java: 32-byte block, barcode 11223344.
LIBDANRFID_DDM = bytes.fromhex(
    "11010131313232333334340000000000000000513e4445373035000000000000")

# 3M format: the 8 blocks a real 3M 810 read from a book and a patron card
# (tests/hardware/capture_3m810.py has the session and its source).
CAPTURE_3M_BOOK = blocks_of(UIDS[0])
CAPTURE_3M_CARD = blocks_of(UIDS[1])

ISO28560_2_IMAGES = {"gbt-example": GBT_EXAMPLE, "dp2-title": DP2_WITH_TITLE,
                     "dp2-long-cp": DP2_LONG_CONTENT_PARAMETER}
REAL_BLOCKS = {**ISO28560_2_IMAGES, "libdanrfid-ddm": LIBDANRFID_DDM,
               "3m-capture-book": CAPTURE_3M_BOOK, "3m-capture-card": CAPTURE_3M_CARD}
