"""The PIN as an offline terminal may check it: keyed with the deployment's secret.

A terminal allowed to check PINs offline holds, per reader, an argon2 hash of
this value, never of the bare PIN: a copied replica without the secret (kept
only in the terminals' 0600 config and at the centre) gives a guesser nothing
to test 4-digit PINs against.
"""
from __future__ import annotations

import hashlib
import hmac


def offline_pin_input(secret: bytes, card: str, pin: str) -> str:
    return hmac.new(secret, f"{card}\x00{pin}".encode(), hashlib.sha256).hexdigest()
