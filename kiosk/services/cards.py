"""The one place a card a reader shows becomes the name the replica knows them by.

A terminal of a centre with a deployment secret holds no card numbers: the
centre names every reader by the card's key (kiosk.domain.card_keys) and chip
UIDs by theirs (kiosk.domain.chip_uids). A typed, scanned or e-card number and a
tapped UID are keyed here, with the secret of `[offline] pin_secret_file`, before
any lookup. The value as shown is tried first: a desk, a SIP2 terminal and a
centre without a secret keep cards and UIDs as they are.
"""
from __future__ import annotations

from functools import cached_property

from kiosk.config import Config, read_secret
from kiosk.domain.card_keys import card_key, is_card_key
from kiosk.domain.chip_uids import uid_key
from kiosk.ports.store import Store


class Cards:
    def __init__(self, store: Store, config: Config):
        self.replica, self.config = store, config

    @cached_property
    def _secret(self) -> bytes | None:
        """Only a REST centre keys cards (a SIP2 ACS knows readers by their cards). Read
        once: the centre too takes its secret at start."""
        path = self.config.offline.pin_secret_file
        if not path or self.config.backend.kind != "rest":
            return None
        return read_secret(path, "[offline] pin_secret_file")

    def card(self, card: str) -> str:
        """The replica's name of a reader's card: the card itself when the replica knows
        it so (or it is a key already), else its key when the deployment has a secret
        (the centre is asked by the key when the replica does not know it yet)."""
        card = card.strip()
        if is_card_key(card):
            return card
        with self.replica.lock:
            if self.replica.get_patron(card) is not None:
                return card
        secret = self._secret
        return card_key(secret, card) if secret else card

    def uids(self, uid: str) -> list[str]:
        """The names to look a tapped chip UID up by, the keyed one first."""
        secret = self._secret
        return [uid_key(secret, uid), uid] if secret else [uid]
