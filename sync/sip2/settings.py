"""Connection settings and server dialect profiles for the SIP2 backend.

Settings are read from the ``[sip2]`` config section as a plain mapping, so the
backend does not depend on how the config file is loaded. A profile gathers what
one family of servers does differently; everything else is standard SIP2.
"""
from __future__ import annotations

import codecs
from dataclasses import dataclass, fields, replace

from sync.payment_providers import SignedProvider


@dataclass(frozen=True)
class Profile:
    """What a family of SIP2 servers needs or sends differently."""

    name: str
    #: strptime formats tried for AH/due dates after the standard 18-character form.
    due_date_formats: tuple[str, ...] = ()
    #: True when 64's AU/AS/... lists hold item barcodes; False when they hold titles.
    summary_items_are_barcodes: bool = True
    #: Send the patron's PIN (AD) with checkout, renew and hold, not only at log-in.
    pin_on_circulation: bool = False
    #: How a hold (15 +) names what is wanted: "item" (AB, a copy's barcode), "title"
    #: (AJ, the title text) or "" when the server places no holds over SIP2.
    hold_by: str = "item"
    #: Patron status positions (0-13) that mean "will not lend"; the others (renewal,
    #: recall, hold privileges ...) refuse only their own act, which the ACS decides.
    lending_blocks: frozenset[int] = frozenset({0, 4, 5, 6, 8, 9, 10, 11, 12, 13})


PROFILES: dict[str, Profile] = {
    "generic": Profile("generic"),
    # Koha's SIPServer: standard dates; checks AD on circulation when it is sent.
    "koha": Profile("koha", pin_on_circulation=True),  # C4::SIP add_hold looks up AB
    # Evergreen: due dates default to ISO-like text and 64 lists titles unless
    # msg64_summary_datatype is set to barcode in oils_sip.xml.
    # Its SIP2 mediator only cancels holds ("Hold Cancel is the only supported
    # action"); its sample patron status sets "recall privileges denied" for everyone.
    "evergreen": Profile("evergreen", due_date_formats=("%Y-%m-%d %H:%M:%S", "%Y-%m-%d"),
                         summary_items_are_barcodes=False, hold_by=""),
    # FOLIO edge-sip2: standard dates; the tenant's config may demand the patron
    # password on every patron message.
    "folio": Profile("folio", pin_on_circulation=True),
}


@dataclass(frozen=True)
class Sip2Settings:
    """Where and how to reach the ACS. Field names match the ``[sip2]`` config keys."""

    host: str = "127.0.0.1"
    port: int = 6001
    tls: bool = False
    tls_ca_file: str = ""  # a private CA for the server's certificate; empty: system CAs
    tls_cert_file: str = ""  # this terminal's client certificate (PEM), when the ACS asks
    tls_key_file: str = ""  # its private key (PEM); empty: in tls_cert_file
    user: str = ""
    password: str = ""
    location: str = ""  # CP at login; AP at checkin unless checkin_location is set
    checkin_location: str = ""  # AP on checkin (Koha: the branch the item is returned to)
    institution: str = ""  # AO
    terminal_password: str = ""  # AC
    encoding: str = "utf-8"  # "gb18030" for older Chinese systems, "latin-1" ...
    profile: str = "generic"
    timeout_s: float = 5.0  # seconds to wait for one answer
    resend_limit: int = 3  # how often a request is resent after a 96
    error_detection: bool = True  # AY/AZ on every message
    heartbeat_s: float = 60.0  # seconds between SC status messages; 0: none
    currency: str = "CNY"  # BH on fee paid (amounts are kept in fen)
    language: str = "000"  # SIP2 language code, 000 = unknown
    #: An ACS that answers patron status without CQ has not checked the PIN; only
    #: True trusts such an answer (for servers known to refuse bad PINs otherwise).
    accept_missing_cq: bool = False
    #: The nb due date (11/29) of an online act, which only no-block replays need:
    #: "blank" (18 spaces, as the 3M spec's examples) or "transaction_date" for
    #: servers that validate every fixed field as a date (pysip2).
    online_nb_due_date: str = "blank"
    #: Where a reader may collect a hold: "CODE=Name" each (BS is the code).
    pickup_locations: tuple[str, ...] = ()
    #: How holds name what is wanted, overriding the profile: "item" (AB), "title"
    #: (AJ) or "none" (the server places no holds); empty: the profile's choice.
    hold_by: str = ""
    #: The ACS verifies the patron's PIN on every checkout and renewal (FOLIO with
    #: patronPasswordVerificationRequired, a Koha set up to demand it). PINs are never
    #: stored, so an act replayed later cannot carry one: with True the terminal lends
    #: and renews only online, and refuses those acts offline at once rather than
    #: record a loan the ACS will reject.
    replay_needs_pin: bool = False
    #: The exactly-once journal (SQLite); empty: in memory, lost on restart.
    journal: str = ""
    #: The library's payment provider, for fees paid by QR at the terminal: where the
    #: reader pays and the signed order query, templates with {order_id} and
    #: {amount_fen}; the secret shared with the provider (a 0600 file). Empty: none.
    payment_pay_url: str = ""
    payment_status_url: str = ""
    payment_secret_file: str = ""

    def __post_init__(self) -> None:
        try:
            codecs.lookup(self.encoding)
        except LookupError:
            raise ValueError(f"[sip2] encoding {self.encoding!r} is not a known text "
                             "encoding (try utf-8, gb18030 or latin-1)") from None
        if self.profile not in PROFILES:
            raise ValueError(f"[sip2] profile {self.profile!r} is unknown; "
                             f"choose one of {', '.join(PROFILES)}")
        if self.online_nb_due_date not in ("blank", "transaction_date"):
            raise ValueError("[sip2] online_nb_due_date is \"blank\" or \"transaction_date\"")
        if self.hold_by not in ("", "item", "title", "none"):
            raise ValueError("[sip2] hold_by is \"item\", \"title\" or \"none\"")
        if any("=" not in entry for entry in self.pickup_locations):
            raise ValueError("[sip2] pickup_locations entries are \"CODE=Name\"")
        payment = (self.payment_pay_url, self.payment_status_url, self.payment_secret_file)
        if any(payment) and not all(payment):
            raise ValueError("[sip2] payment_pay_url, payment_status_url and "
                             "payment_secret_file go together")
        for key in ("payment_pay_url", "payment_status_url"):
            try:
                getattr(self, key).format(order_id="T0", amount_fen=0)
            except (KeyError, IndexError, ValueError):
                raise ValueError(f"[sip2] {key} may name only {{order_id}} and {{amount_fen}}"
                                 ) from None
        if not 0 < self.port < 65536:
            raise ValueError(f"[sip2] port {self.port} is not a TCP port")

    @classmethod
    def from_mapping(cls, values: dict | object) -> Sip2Settings:
        """Build from the ``[sip2]`` config table (a dict or an object with attributes)."""
        names = {f.name for f in fields(cls)}
        if not isinstance(values, dict):
            values = {n: getattr(values, n) for n in names if hasattr(values, n)}
        chosen = {k: v for k, v in values.items() if k in names}
        if "pickup_locations" in chosen:
            chosen["pickup_locations"] = tuple(chosen["pickup_locations"])
        return cls(**chosen)

    @property
    def dialect(self) -> Profile:
        """The profile, with this site's own hold_by when set."""
        profile = PROFILES[self.profile]
        if self.hold_by:
            profile = replace(profile, hold_by="" if self.hold_by == "none" else self.hold_by)
        return profile

    def payment_provider(self) -> SignedProvider | None:
        """The configured provider; None when the terminal takes no payments."""
        if not self.payment_pay_url:
            return None
        return SignedProvider.from_files(self.payment_pay_url, self.payment_status_url,
                                         self.payment_secret_file)

    @property
    def ap_location(self) -> str:
        return self.checkin_location or self.location

    @property
    def pickup_places(self) -> dict[str, str]:
        """Pickup location code -> name, in the configured order."""
        return dict(entry.split("=", 1) for entry in self.pickup_locations)
