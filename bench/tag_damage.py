"""False accepts of damaged tag memory: real, published blocks with 1-3 random bit flips.

Each block (tests/hardware/tag_vectors.py: the GB/T 35660.2 worked example, dp2's images,
libdanrfid's ISO 28560-3 block, two 3M blocks from a real 3M 810 capture), followed by 8
bytes of unused memory, is damaged N times and decoded without a DSFID, as from a 3M 810.
Outcomes:

- refused: a TagDataError (what must happen to damage the format can see);
- unchanged: decoded to the same content (the flips hit memory the data does not use);
- other model: decoded as another data model -- a false accept, goal 0;
- changed: the same model with other content. ISO 28560-3 has a CRC, so any is a false
  accept (goal 0); ISO 28560-2 and the 3M format have no checksum, so a flip inside a
  character gives another valid character and no decoder can tell.

The baseline, in the same run, decodes with each model's own checks but without the
detection rules (first model that decodes wins), as the project did before.

    python bench/tag_damage.py [--trials 100000] [--seed 1]
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.machine import print_table, write_results
from hardware import rfid
from hardware.rfid import iso28560_2, iso28560_3, legacy3m
from tests.hardware.tag_vectors import REAL_BLOCKS


def lenient(data: bytes) -> rfid.TagData:
    """The baseline: each model's own checks, the first that decodes wins."""
    for module in (iso28560_3, legacy3m, iso28560_2):
        try:
            return module.decode(data)
        except rfid.TagDataError:
            continue
    raise rfid.TagDataError("no model")


def content(tag: rfid.TagData) -> tuple:
    return (tag.model, tag.item_id, tag.owner_library, tag.part, tag.parts, tag.usage,
            tag.elements)


def run(name: str, image: bytes, trials: int, seed: int, decode) -> dict:
    image = image + bytes(8)
    original = content(rfid.decode(image))
    rng = random.Random(seed)
    counts = {"refused": 0, "unchanged": 0, "other model": 0, "changed": 0}
    started = time.perf_counter()
    for _ in range(trials):
        damaged = bytearray(image)
        for bit in rng.sample(range(len(image) * 8), rng.randint(1, 3)):
            damaged[bit // 8] ^= 1 << (bit % 8)
        try:
            got = content(decode(bytes(damaged)))
        except rfid.TagDataError:
            counts["refused"] += 1
            continue
        key = ("unchanged" if got == original else
               "other model" if got[0] != original[0] else "changed")
        counts[key] += 1
    crc = original[0] == iso28560_3.MODEL
    false = counts["other model"] + (counts["changed"] if crc else 0)
    return {"block": name, "model": original[0], "trials": trials, **counts,
            "false accepts": false, "us/decode": round(
                (time.perf_counter() - started) / trials * 1e6, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rows, baseline = [], []
    for name, image in REAL_BLOCKS.items():
        rows.append(run(name, image, args.trials, args.seed, rfid.decode))
        baseline.append(run(name, image, args.trials, args.seed, lenient))
    for row, base in zip(rows, baseline):
        row["baseline false accepts"] = base["false accepts"]
        row["baseline other model"] = base["other model"]
    print_table(rows)
    total = sum(r["false accepts"] for r in rows)
    base_total = sum(r["baseline false accepts"] for r in rows)
    ratio = total / base_total if base_total else 0.0
    print(f"\nfalse accepts: {total} in {args.trials * len(rows)} damaged blocks "
          f"(baseline {base_total}; ratio {ratio:.4f})")
    path = write_results("tag_damage", rows, {"trials": args.trials, "seed": args.seed,
                                              "false_accepts": total,
                                              "baseline_false_accepts": base_total,
                                              "ratio_to_baseline": ratio})
    print(f"written to {path}")


if __name__ == "__main__":
    main()
