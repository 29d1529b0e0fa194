"""How a payment provider's word is signed, for the centre and for a terminal alike.

Providers (WeChat Pay, Alipay, a bank's gateway) sign notifications and order
queries with HMAC-SHA256 over sorted ``key=value`` pairs joined by '&', made with
the secret the library shares with them. The centre checks notifications with
it (central/providers.py); a SIP2 terminal, which has no centre, checks the
provider's answer to its order query with the same rule (sync/payment_providers.py).
"""
from __future__ import annotations

import hashlib
import hmac

SIGNED_FIELDS = ("order_id", "amount_fen", "status", "notify_id")
MIN_SECRET_BYTES = 16


def canonical(fields: dict) -> str:
    """The signed text: the fields sorted by name as key=value, joined by '&'."""
    return "&".join(f"{name}={fields[name]}" for name in sorted(SIGNED_FIELDS))


def sign(secret: bytes, fields: dict) -> str:
    return hmac.new(secret, canonical(fields).encode(), hashlib.sha256).hexdigest().upper()


def signed_by(secret: bytes, fields: dict) -> bool:
    """Whether ``fields`` carry a ``sign`` made with ``secret`` over SIGNED_FIELDS."""
    given = str(fields.get("sign") or "")
    if not given or any(name not in fields for name in SIGNED_FIELDS):
        return False
    return hmac.compare_digest(given.upper(), sign(secret, fields))
