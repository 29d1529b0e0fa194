"""Skip-or-fail for tests that need a real peer service (pcscd, a SIP2 server).

Outside CI a missing peer skips the test; with KIOSK_REQUIRE_PEERS=1 (CI) it fails,
so a broken CI image can never pass by skipping everything.
"""
from __future__ import annotations

import os

import pytest


def require_peer(available: bool, why: str) -> None:
    """Do nothing if the peer is available; otherwise skip, or fail when peers are required."""
    if available:
        return
    if os.environ.get("KIOSK_REQUIRE_PEERS") == "1":
        pytest.fail(f"required peer unavailable: {why}")
    pytest.skip(f"peer unavailable: {why}")
