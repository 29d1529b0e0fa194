"""A chip card's UID as a terminal holds it: keyed with the deployment's secret.

A terminal needs a UID only to find whose card was tapped. The centre sends it
HMAC(secret, UID) instead of the UID (central/for_terminals.py), and the
terminal keys the UID it reads the same way before the lookup: a copied
replica names no chip that could be cloned, and without the secret (kept only
in the terminals' 0600 config and at the centre) no UID can be tested against it.
"""
from __future__ import annotations

import hashlib
import hmac


def uid_key(secret: bytes, uid: str) -> str:
    """Upper-case hex, as the replica keeps UIDs; the same for any case of the UID."""
    return hmac.new(secret, b"chip-uid\x00" + uid.strip().upper().encode(),
                    hashlib.sha256).hexdigest().upper()
