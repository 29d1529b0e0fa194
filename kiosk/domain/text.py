"""Text as it may be shown: no characters that hide or disguise what it says.

Staff notes and other free text come from people; a right-to-left override
(U+202E) can make "pays 5 ¥" read as something else at the desk, and control
characters can hide text or break a layout. Everything that shows free text
passes it through visible(); the centre also stores it so.
"""
from __future__ import annotations

import re

#: C0/C1 controls but tab and newline, and the bidi controls (LRM, RLM, ALM,
#: LRE…RLO, LRI…PDI)
_HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e"
                     "\u2066-\u2069]")


def visible(text: str) -> str:
    return _HIDDEN.sub("", text)
