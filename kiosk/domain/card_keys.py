"""A reader's card number as a terminal holds it: keyed with the deployment's secret.

A terminal in a public place needs a card number only to find the reader's
records again. The centre sends it `card_key(secret, card)` instead of the number
(central/for_terminals.py), and the terminal keys a typed, scanned or QR card the
same way before its lookup (kiosk/services/cards.py): a copied replica names no
card that could be used elsewhere, and without the secret (kept only in the
terminals' 0600 config and at the centre) no number can be tested against it.

A key ends with the card's last four characters, so what is masked for a reader
(`****1234`, receipts) reads the same, and starts with PREFIX, so code can tell a
key from a number.
"""
from __future__ import annotations

import hashlib
import hmac

PREFIX = "ck_"
#: hex characters of the HMAC kept: 64 bits, no collision among any library's cards
_DIGEST = 16


def card_key(secret: bytes, card: str) -> str:
    """The same key for the same card and secret; a key is returned as it is."""
    card = card.strip()
    if is_card_key(card):
        return card
    digest = hmac.new(secret, b"card\x00" + card.encode(), hashlib.sha256).hexdigest()
    return f"{PREFIX}{digest[:_DIGEST].upper()}{card[-4:]}"


def is_card_key(value: str) -> bool:
    return value.startswith(PREFIX)


def shown(card: str) -> str:
    """What a reader may be shown of a card, before it is masked: of a key, `****`
    and the card's last four (the key's other characters mean nothing to a reader)."""
    return f"****{card[-4:]}" if is_card_key(card) else card
