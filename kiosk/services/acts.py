"""The one path of every act, written once (DESIGN.md, "The one path").

    online = acts.online()              # 1. the state, taken ONCE, at the start
    refusal = ... or acts.offline_refusal(online, "checkout", card)   # 2. policy
    done = acts.perform(Act("checkout", payload, effects, card=card), online)
    # 3. outbox row + local effect in one transaction; 4. delivery; the act
    #    stands offline, is withdrawn, or takes the centre's answer
    # 5. the physical side (security, receipt): the caller, only if done.stands

Checkout, checkin, renew, hold, cancel-hold and payment stand offline when the
centre does not answer; an act that began online and got no answer is held to
the offline policy before it stands (withdrawn, with the reason, when it
breaks it). The staff acts that need the centre's yes (override, cash, waive)
say so (``needs_centre``): without an answer they are withdrawn and staff try
again. A security switch that fails is an act of its own (``security_failed``)
so that staff see it at the desk.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

import uuid6

from kiosk.config import Config
from kiosk.domain.clock import now_utc
from kiosk.domain.reasons import MESSAGES, Refusal
from kiosk.ports.backend import Backend
from kiosk.ports.effects import Effect
from kiosk.ports.store import Engine, Store

log = logging.getLogger(__name__)

#: security(tag_uid, on_loan=bool); raises on failure (the RFID pad's set_security)
SecuritySwitch = Callable[..., object]


def new_txn_id() -> str:
    return str(uuid6.uuid7())


def centre_refusal(reason: str, message: str = "", params: dict | None = None) -> Refusal:
    """The centre's reason code as a Refusal the UI can word; a code we have no
    words for (or whose words need numbers the centre did not send) is shown
    with the centre's own text."""
    texts = MESSAGES.get(reason)
    if texts and (params or "{" not in texts["en"]):
        return Refusal(reason, params or {})
    return Refusal("rejected_by_centre", {"detail": message or reason})


@dataclass
class Act:
    """One act as the service prepared it (steps 1 and 2 done)."""
    type: str
    payload: dict
    effects: list[Effect]           # the optimistic local effect
    card: str | None = None         # whose act: the offline cap counts per reader
    needs_centre: bool = False      # no answer: withdrawn, never stands offline
    happened: bool = False          # a fact already true elsewhere (a provider's payment,
    #                                 a failed switch): stands whatever the state
    #: the terminal's own policy refusal, held back because the centre decides online
    #: (SIP2); it withdraws the act if the act ends offline
    held_refusal: Refusal | None = None
    txn_id: str = field(default_factory=new_txn_id)
    occurred_at: datetime = field(default_factory=lambda: now_utc().replace(microsecond=0))


@dataclass(frozen=True)
class Performed:
    """What became of an act after step 4."""
    txn_id: str
    stands: bool                    # recorded (applied, conflict, or offline)
    offline: bool = False           # stands without the centre's answer
    refusal: Refusal | None = None  # why it does not stand
    effect: dict = field(default_factory=dict)   # the centre's answer (due date, route, fee)
    screen: str = ""                # a message the centre asks the terminal to show


class Acts:
    """Steps 1, 3, 4 and 5 of every act, over the terminal's one store."""

    def __init__(self, store: Store, engine: Engine, backend: Backend, config: Config, *,
                 security: SecuritySwitch | None = None):
        self.store = store
        self.outbox = store.outbox
        self.engine = engine
        self.backend = backend
        self.config = config
        self.security = security

    # -- step 1 and the offline policy ----------------------------------------------
    def online(self) -> bool:
        """The centre's state, taken once at the start of an act."""
        return self.engine.status().online

    def offline_refusal(self, online: bool, act: str, card: str | None = None,
                        *, after_recording: bool = False) -> Refusal | None:
        """The offline policy (config [offline] and the backend's own rule);
        after_recording: the act's own offline loan is already counted."""
        if online:
            return None
        offline = self.config.offline
        if act not in offline.allowed:
            return Refusal("offline_not_allowed")
        if act in ("checkout", "renew") and not self.backend.offline_lending_allowed():
            return Refusal("offline_not_allowed")  # e.g. the SIP2 ACS said offline_ok = N
        if act == "checkout":
            if card is None:
                raise ValueError("a checkout names its reader")
            loans = self.outbox.offline_loans(card) - (1 if after_recording else 0)
            if loans >= offline.max_loans_per_patron:
                return Refusal("offline_cap", {"limit": offline.max_loans_per_patron})
        return None

    def policy_refusal(self, online: bool, refusal: Refusal | None, *,
                       physical: tuple[str, ...] = ()) -> tuple[Refusal | None, Refusal | None]:
        """(refuse now, hold back for the offline case) of the terminal's policy
        refusal: a centre that decides online (SIP2) is asked instead, and the
        refusal stands only if the act ends offline; ``physical`` codes (a part
        missing from the pad) always refuse at once."""
        if refusal is None or not online or not self.backend.decides_online \
                or refusal.code in physical:
            return refusal, None
        return None, refusal

    # -- steps 3 and 4 ----------------------------------------------------------------
    def perform(self, act: Act, online: bool) -> Performed:
        if "offline" in act.payload:
            act.payload["offline"] = not online
        self.outbox.record(act.type, act.payload, act.effects, offline=not online,
                           txn_id=act.txn_id, occurred_at=act.occurred_at)
        entry = self.engine.deliver_now(act.txn_id, self.config.backend.timeout_s)
        if entry.pending:
            entry = self._no_answer(act, online)
        return self._performed(entry)

    def report(self, act: Act) -> None:
        """A fact the centre must hear of that nobody waits on (a wrong PIN checked
        offline): queued as an offline act, delivered by the engine's next push."""
        self.outbox.record(act.type, act.payload, act.effects, offline=True,
                           txn_id=act.txn_id, occurred_at=act.occurred_at)
        self.engine.wake()

    def _no_answer(self, act: Act, began_online: bool):
        """Step 4 without an answer: the act stands offline, held to the offline
        policy if it began online, or is withdrawn."""
        if act.needs_centre:
            return self.engine.withdraw(act.txn_id, "offline_not_allowed")
        self.outbox.mark_offline(act.txn_id)
        if began_online and not act.happened:
            refusal = act.held_refusal or self.offline_refusal(
                False, act.type, act.card, after_recording=True)
            if refusal is not None:
                return self.engine.withdraw(act.txn_id, refusal.code, refusal.params)
        return self.outbox.get(act.txn_id)

    @staticmethod
    def _performed(entry) -> Performed:
        result = entry.result or {}
        if entry.pending:
            return Performed(entry.id, True, offline=True)
        if entry.state == "withdrawn":
            return Performed(entry.id, False, refusal=Refusal(result.get("reason", ""),
                                                              result.get("params") or {}))
        if entry.state == "rejected":
            return Performed(entry.id, False, refusal=centre_refusal(
                result.get("reason", ""), result.get("message", "")),
                effect=result.get("effect") or {})
        effect = result.get("effect") or {}
        return Performed(entry.id, True, offline=entry.offline, effect=effect,
                         screen=effect.get("screen", ""))

    # -- step 5 ------------------------------------------------------------------------
    def switch_security(self, tag_uids: Sequence[str], on_loan: bool, *,
                        item: str = "", card: str | None = None) -> bool:
        """The security of every tag of the item (each part of a set has its
        own), each retried once; every tag is tried even after one fails, so as
        few parts as possible are left wrong. A failure is recorded as a
        `security_failed` act for the desk's exceptions list; False means: the
        reader is told to see staff."""
        if self.security is None or not tag_uids:
            return True
        failed = [uid for uid in tag_uids if not self._switch_one(uid, on_loan)]
        if failed:
            report = Act("security_failed", {"item": item, "patron": card or "",
                                             "tags": failed, "on_loan": on_loan}, [], card,
                         happened=True)
            self.perform(report, self.online())
        return not failed

    def _switch_one(self, tag_uid: str, on_loan: bool) -> bool:
        assert self.security is not None
        for attempt in (1, 2):
            try:
                self.security(tag_uid, on_loan=on_loan)
                return True
            except Exception as exc:  # noqa: BLE001 - any device failure: tell the reader
                log.warning("security switch of tag %s (on_loan=%s) failed, attempt %d: %s",
                            tag_uid, on_loan, attempt, exc)
        return False
