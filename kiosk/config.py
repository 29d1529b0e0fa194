"""Configuration: one TOML file, environment overrides, validated at start.

Every key has a default, so an empty file is a working demo terminal. An
environment variable KIOSK_<SECTION>_<KEY> (upper case) overrides a key,
e.g. KIOSK_BACKEND_URL. A bad value stops the start with a message naming
the key, the value and what is allowed.
"""
from __future__ import annotations

import os
import tomllib
import typing
from dataclasses import dataclass, field, fields, is_dataclass, replace
from pathlib import Path

import platformdirs

LANGUAGES = ("zh_CN", "en", "zh_HK")


class ConfigError(ValueError):
    """A key with a value that is not allowed; str() says which and why."""


@dataclass(frozen=True)
class LibraryConfig:
    name_zh: str = "深圳图书馆"
    name_en: str = "Shenzhen Library"
    branch: str = "SZL"                 # location id of this terminal's branch
    terminal_id: str = "kiosk-01"
    terminal_place: str = "selfcheck-1f"  # named place on the floor map where this terminal stands


@dataclass(frozen=True)
class BackendConfig:
    kind: str = "rest"                  # rest | sip2 | none
    url: str = ""                       # the central server, e.g. https://ulas.example/api
    token: str = ""                     # device token from enrolment (or token_file)
    token_file: str = ""
    timeout_s: float = 3.0              # how long an act waits for the centre before going offline
    verify_tls: bool = True             # false: any certificate is accepted (doctor FAILs)
    ca_file: str = ""                   # a private CA; wins over REQUESTS_CA_BUNDLE
    allow_insecure: bool = False        # plain http:// to another machine (closed networks)
    pull_interval_s: float = 30.0
    heartbeat_s: float = 60.0           # how often the terminal reports to the centre


@dataclass(frozen=True)
class Sip2Config:
    host: str = "127.0.0.1"
    port: int = 6001
    tls: bool = False
    user: str = ""
    password: str = ""
    location: str = ""                  # CP at login (and AP unless checkin_location)
    checkin_location: str = ""          # AP on checkin (Koha: the return branch)
    encoding: str = "utf-8"             # utf-8 | gb18030 | latin-1 | cp850 | ascii
    profile: str = "generic"            # generic | koha | evergreen | folio
    timeout_s: float = 5.0
    institution: str = ""               # AO
    tls_ca_file: str = ""               # a private CA for the server's certificate
    tls_cert_file: str = ""             # client certificate (PEM) when the ACS asks for one
    tls_key_file: str = ""              # its private key (PEM)
    terminal_password: str = ""         # AC
    resend_limit: int = 3               # resends after a 96 before giving up
    error_detection: bool = True        # AY/AZ on every message
    heartbeat_s: float = 60.0           # SC status interval; 0: none
    currency: str = "CNY"               # BH on fee paid
    language: str = "000"               # SIP2 language code
    accept_missing_cq: bool = False     # trust a patron status without CQ (PIN unchecked)
    online_nb_due_date: str = "blank"   # blank | transaction_date (strict servers)
    pickup_locations: tuple[str, ...] = ()  # "CODE=Name" each, BS on holds
    hold_by: str = ""                   # item (AB) | title (AJ) | none; empty: the profile's
    replay_needs_pin: bool = False      # the ACS checks the PIN on every loan: lend online only
    payment_pay_url: str = ""           # the payment provider: pay page, {order_id} {amount_fen}
    payment_status_url: str = ""        # its signed order query, same fields
    payment_secret_file: str = ""       # the secret shared with it (0600 file)


@dataclass(frozen=True)
class OfflineConfig:
    allowed: tuple[str, ...] = ("checkout", "checkin", "renew")
    max_loans_per_patron: int = 5
    replicate_pin_hashes: bool = False  # needs pin_secret_file (and the centre's secret)
    pin_secret_file: str = ""           # the deployment's offline PIN secret, a 0600 file


@dataclass(frozen=True)
class DevicesConfig:
    card: str = "sim:"
    rfid: str = "sim:"
    scanner: str = "wedge:"
    printer: str = "sim:"
    wedge_max_gap_ms: int = 30          # keys closer than this are a scanner, not a person
    wedge_min_length: int = 4
    ecard_pattern: str = r"SZLIB:(?P<card>[0-9A-Za-z]{4,32})"  # e-card QR → card number
    printer_encoding: str = "gb18030"


@dataclass(frozen=True)
class LoginConfig:
    """Which ways in ask for the PIN (a typed card number always does)."""
    pin_for_tap: bool = False           # a chip card tapped on the reader
    pin_for_barcode: bool = True        # a card number scanned from the card's barcode
    pin_for_ecard: bool = False         # the e-card QR (the reader's app signed them in)


@dataclass(frozen=True)
class SecurityConfig:
    afi_on_loan: int = 0xC2
    afi_in_library: int = 0x07
    use_eas: bool = False
    owner_library: str = "CN-518000-SZL"   # ISIL written to new tags


@dataclass(frozen=True)
class UiConfig:
    language: str = "zh_CN"
    theme: str = "normal"               # normal | large | contrast
    orientation: str = "portrait"       # portrait | landscape
    fullscreen: bool = True
    idle_seconds: int = 60
    countdown_seconds: int = 15
    sound_volume: float = 0.6
    speech: bool = True
    staff_pin: str = ""                 # argon2 hash of the PIN that lets staff leave the kiosk


@dataclass(frozen=True)
class LoggingConfig:
    level: str = "INFO"
    max_bytes: int = 2_000_000
    backups: int = 5


@dataclass(frozen=True)
class Config:
    data_dir: Path = Path(".")
    library: LibraryConfig = field(default_factory=LibraryConfig)
    backend: BackendConfig = field(default_factory=BackendConfig)
    sip2: Sip2Config = field(default_factory=Sip2Config)
    offline: OfflineConfig = field(default_factory=OfflineConfig)
    devices: DevicesConfig = field(default_factory=DevicesConfig)
    login: LoginConfig = field(default_factory=LoginConfig)
    security: SecurityConfig = field(default_factory=SecurityConfig)
    ui: UiConfig = field(default_factory=UiConfig)
    logging: LoggingConfig = field(default_factory=LoggingConfig)

    @property
    def replica_path(self) -> Path:
        return self.data_dir / "replica.db"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"


CHOICES = {
    ("backend", "kind"): ("rest", "sip2", "none"),
    ("sip2", "encoding"): ("utf-8", "gb18030", "latin-1", "cp850", "ascii"),
    ("sip2", "online_nb_due_date"): ("blank", "transaction_date"),
    ("sip2", "hold_by"): ("", "item", "title", "none"),
    ("sip2", "profile"): ("generic", "koha", "evergreen", "folio"),
    ("ui", "language"): LANGUAGES,
    ("ui", "theme"): ("normal", "large", "contrast"),
    ("ui", "orientation"): ("portrait", "landscape"),
    ("logging", "level"): ("DEBUG", "INFO", "WARNING", "ERROR"),
}
OFFLINE_ACTS = ("checkout", "checkin", "renew", "hold", "cancel_hold")


def _coerce(section: str, key: str, kind, value):
    """Turn a TOML or environment value into the field's type, or say why not."""
    where = f"[{section}] {key} = {value!r}"
    origin = typing.get_origin(kind)
    try:
        if kind is bool:
            if isinstance(value, bool):
                return value
            if isinstance(value, str) and value.lower() in ("1", "true", "yes", "on", "0",
                                                            "false", "no", "off"):
                return value.lower() in ("1", "true", "yes", "on")
            raise ValueError
        if kind is int:
            if isinstance(value, bool):
                raise ValueError
            return int(value, 0) if isinstance(value, str) else int(value)
        if kind is float:
            if isinstance(value, bool):
                raise ValueError
            return float(value)
        if kind is str:
            if not isinstance(value, str):
                raise ValueError
            return value
        if origin is tuple:
            items = value.split(",") if isinstance(value, str) else value
            if not isinstance(items, (list, tuple)):
                raise ValueError
            return tuple(str(i).strip() for i in items if str(i).strip())
    except ValueError:
        name = getattr(kind, "__name__", str(kind))
        raise ConfigError(f"{where}: expected {name}") from None
    raise ConfigError(f"{where}: unsupported type")


def _validate(cfg: Config) -> None:
    for (section, key), allowed in CHOICES.items():
        value = getattr(getattr(cfg, section), key)
        if value not in allowed:
            raise ConfigError(f"[{section}] {key} = {value!r}: allowed values are "
                              + ", ".join(repr(a) for a in allowed))
    for act in cfg.offline.allowed:
        if act not in OFFLINE_ACTS:
            raise ConfigError(f"[offline] allowed contains {act!r}: allowed acts are "
                              + ", ".join(OFFLINE_ACTS) + " (payments are never offline)")
    for key in ("afi_on_loan", "afi_in_library"):
        value = getattr(cfg.security, key)
        if not 0 <= value <= 0xFF:
            raise ConfigError(f"[security] {key} = {value!r}: must be a byte, 0 to 0xFF")
    for key in ("timeout_s", "pull_interval_s", "heartbeat_s"):
        if getattr(cfg.backend, key) <= 0:
            raise ConfigError(f"[backend] {key} = {getattr(cfg.backend, key)!r}: must be > 0")
    if cfg.offline.replicate_pin_hashes and not cfg.offline.pin_secret_file:
        raise ConfigError("[offline] replicate_pin_hashes = true needs pin_secret_file: the "
                          "deployment secret offline PIN hashes are keyed with")
    if cfg.ui.idle_seconds < 10:
        raise ConfigError(f"[ui] idle_seconds = {cfg.ui.idle_seconds!r}: must be at least 10")


def read_secret(path: str, key: str) -> bytes:
    """A secret from a file only its owner may read (ConfigError otherwise)."""
    try:
        file = Path(path)
        if file.stat().st_mode & 0o077:
            raise ConfigError(f"{key} = {path!r}: others may read it; chmod 600 it")
        secret = file.read_bytes().strip()
    except OSError as exc:
        raise ConfigError(f"{key} = {path!r}: {exc.strerror}") from None
    if len(secret) < 16:
        raise ConfigError(f"{key} = {path!r}: a secret needs 16 bytes or more")
    return secret


def default_data_dir() -> Path:
    return Path(os.environ.get("KIOSK_DATA_DIR") or platformdirs.user_data_dir("kiosk"))


def load_config(data_dir: str | Path | None = None, config_file: str | Path | None = None,
                env: typing.Mapping[str, str] | None = None,
                defaults: typing.Mapping[str, typing.Mapping[str, object]] | None = None
                ) -> Config:
    """Read the file (if any), apply KIOSK_* environment overrides, validate.
    defaults: a command's own defaults ({section: {key: value}}), below the file and
    the environment (the demo opens landscape, a terminal portrait)."""
    env = os.environ if env is None else env
    data_dir = Path(data_dir) if data_dir else default_data_dir()
    path = Path(config_file or env.get("KIOSK_CONFIG") or data_dir / "kiosk.toml")
    raw: dict = {}
    if path.exists():
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    elif config_file:
        raise ConfigError(f"{path}: config file not found")
    hints = typing.get_type_hints(Config)
    sections = {}
    for f in fields(Config):
        if not is_dataclass(hints[f.name]):
            continue
        cls = hints[f.name]
        section_raw = raw.get(f.name, {})
        if not isinstance(section_raw, dict):
            raise ConfigError(f"[{f.name}] must be a table")
        sub_hints = typing.get_type_hints(cls)
        names = {sf.name for sf in fields(cls)}
        unknown = set(section_raw) - names
        if unknown:
            raise ConfigError(f"[{f.name}] {min(unknown)}: unknown key; known keys are "
                              + ", ".join(sorted(names)))
        values = {}
        for key in names:
            env_key = f"KIOSK_{f.name}_{key}".upper()
            if env_key in env:
                values[key] = _coerce(f.name, key, sub_hints[key], env[env_key])
            elif key in section_raw:
                values[key] = _coerce(f.name, key, sub_hints[key], section_raw[key])
            elif key in (own := (defaults or {}).get(f.name, {})):
                values[key] = own[key]
        sections[f.name] = replace(cls(), **values)
    unknown_sections = set(raw) - set(sections)
    if unknown_sections:
        raise ConfigError(f"[{min(unknown_sections)}]: unknown section; known sections "
                          "are " + ", ".join(sorted(sections)))
    cfg = Config(data_dir=data_dir, **sections)
    _validate(cfg)
    return cfg


def from_args(args) -> Config:
    """The config for a CLI invocation (--data-dir, --config)."""
    return load_config(getattr(args, "data_dir", None), getattr(args, "config", None))
