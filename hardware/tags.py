"""What an RFID pad reports per tag, and the rule that a multi-part item is complete
only when all its parts are on the pad."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hardware.rfid.tagdata import TagData


@dataclass(frozen=True)
class Tag:
    """One tag in the field: UID (upper-case hex, MSB first), AFI, raw user memory, decoded data.

    `data` is None when the memory is blank or could not be decoded; `error` then says why.
    """
    uid: str
    afi: int
    raw: bytes
    data: TagData | None = None
    dsfid: int = 0
    eas: bool | None = None
    error: str = ""


@dataclass(frozen=True)
class MissingParts:
    """An item of `parts` parts of which only some are on the pad."""
    item_id: str
    parts: int
    present: tuple[int, ...]
    missing: tuple[int, ...]


def missing_parts(tags: tuple[Tag, ...] | list[Tag]) -> tuple[MissingParts, ...]:
    """Return, per multi-part item on the pad, which part numbers are not there."""
    seen: dict[tuple[str, str], tuple[int, set[int]]] = {}
    for tag in tags:
        data = tag.data
        if data is None or not data.item_id or data.parts <= 1:
            continue
        key = (data.owner_library, data.item_id)
        total, present = seen.setdefault(key, (data.parts, set()))
        present.add(data.part)
        seen[key] = (max(total, data.parts), present)
    result = []
    for (_, item_id), (total, present) in sorted(seen.items()):
        missing = tuple(n for n in range(1, total + 1) if n not in present)
        if missing:
            result.append(MissingParts(item_id, total, tuple(sorted(present)), missing))
    return tuple(result)
