"""The PIN as an offline terminal may check it: keyed with the deployment's secret.

A terminal allowed to check PINs offline holds, per reader, an argon2 hash of
this value, never of the bare PIN: a copied replica without the secret (kept
only in the terminals' 0600 config and at the centre) gives a guesser nothing
to test 4-digit PINs against. The value is made from the card's key
(kiosk.domain.card_keys), the one name a terminal holds of a reader, so a
terminal gets the same value from a typed card number as from a tapped card it
knows only by its key.
"""
from __future__ import annotations

import hashlib
import hmac

from .card_keys import card_key

#: names how the value is made: a stored hash of another version is made again
VERSION = "v2"


def offline_pin_input(secret: bytes, card: str, pin: str) -> str:
    """`card`: the card number or its key (the same value either way)."""
    return hmac.new(secret, f"{card_key(secret, card)}\x00{pin}".encode(),
                    hashlib.sha256).hexdigest()
