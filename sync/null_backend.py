"""The backend of a terminal with no centre (config backend.kind = "none").

Every call says "no answer", so every act stands under the offline policy and
waits in the outbox; nothing else in the terminal needs a special case.
"""
from __future__ import annotations

from kiosk.ports.backend import BackendUnavailable


class OfflineOnly:
    streams: tuple[str, ...] = ()
    never_online = True     # the engine starts "offline" instead of "not known yet"

    def _none(self, *args, **kwargs):
        raise BackendUnavailable("no central server is configured (backend.kind = none)")

    push = pull = authenticate = patron_info = item_info = _none
    create_payment = payment_status = cancel_payment = heartbeat = _none

    def offline_lending_allowed(self) -> bool:
        return True

    decides_online = False  # the terminal's policy is the centre's; it refuses at once

    def pickup_locations(self) -> list[dict]:
        return []  # the replica's locations stream has them

    def close(self) -> None:
        pass
