"""`kiosk doctor`: one line per check, OK or FAIL with how to fix it.

Each check takes the Config and returns a Check; a check never raises. New
parts of the system add their check function to CHECKS.
"""
from __future__ import annotations

import os
import platform
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass

from . import __version__
from .config import Config


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""


#: objects that must outlive the check that made them (the QApplication)
_KEEP: list[object] = []

def check_python(cfg: Config) -> Check:
    ok = sys.version_info >= (3, 11)
    return Check("python", ok, platform.python_version(), "" if ok else "install Python 3.11+")


def check_qt(cfg: Config) -> Check:
    try:
        import PySide6
        from PySide6 import QtCore
    except ImportError as exc:
        return Check("qt", False, str(exc), "run `make` to install PySide6 into .venv")
    return Check("qt", True, f"PySide6 {PySide6.__version__}, Qt {QtCore.qVersion()}")


CJK_SAMPLE = "中文借书还书"


def check_cjk_font(cfg: Config) -> Check:
    """The font the terminal will use must really draw 中文: a font that falls
    back to empty boxes passes a family check but not supportsCharacter. The
    terminal's own font choice is asked (ui.app registers the bundled fonts), so
    this holds for a bundle without system fonts too."""
    fix = "install a CJK font: apt-get install fonts-noto-cjk"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6.QtGui import QFont, QRawFont

        from ui.app import application, font_family
    except ImportError as exc:
        return Check("cjk font", False, str(exc), fix)
    _KEEP.append(application())             # kept alive for the process
    family = font_family("zh_CN")
    raw = QRawFont.fromFont(QFont(family))
    missing = [c for c in CJK_SAMPLE if not raw.supportsCharacter(c)]
    if missing:
        return Check("cjk font", False, f"{family} lacks {''.join(missing)}", fix)
    return Check("cjk font", True, f"{family} draws {CJK_SAMPLE}")


def check_data_dir(cfg: Config) -> Check:
    try:
        cfg.data_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=cfg.data_dir):
            pass
    except OSError as exc:
        return Check("data dir", False, f"{cfg.data_dir}: {exc.strerror}",
                     f"make {cfg.data_dir} writable by this user or pass --data-dir")
    return Check("data dir", True, f"{cfg.data_dir} is writable")


#: what the data directory holds is the library's readers: only this user reads it
PRIVATE_DIR, PRIVATE_FILE = 0o700, 0o600


def check_permissions(cfg: Config) -> Check:
    """The data dir 0700 and everything in it private (replica, its WAL, the token,
    the config, the logs); fixed on the spot when it is not."""
    root = cfg.data_dir
    if not root.exists():
        return Check("permissions", True, f"{root} does not exist yet")
    fixed, failed = [], []
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        want = PRIVATE_DIR if path.is_dir() else PRIVATE_FILE
        try:
            if path.stat().st_mode & 0o777 & ~want:
                path.chmod(want)
                fixed.append(path.name or str(path))
        except OSError as exc:
            failed.append(f"{path}: {exc.strerror}")
    if failed:
        return Check("permissions", False, "; ".join(failed[:3]),
                     f"chown the data dir to this user, then chmod -R go= {root}")
    if fixed:
        return Check("permissions", True, f"made private: {', '.join(fixed[:6])}"
                     + (f" and {len(fixed) - 6} more" if len(fixed) > 6 else ""))
    return Check("permissions", True, f"{root} and its files are private")


def check_tls(cfg: Config) -> Check:
    """How the terminal reaches its centre: verified TLS, or http:// on this machine."""
    if cfg.backend.kind != "rest" or not cfg.backend.url:
        return Check("tls", True, "no REST centre configured")
    from sync.rest_backend import transport_problem
    problem = transport_problem(cfg.backend.url, verify_tls=cfg.backend.verify_tls,
                                allow_insecure=cfg.backend.allow_insecure)
    if problem:
        return Check("tls", False, problem, "use https:// with verify_tls = true "
                     "(ca_file = the bundle of a private CA)")
    if cfg.backend.url.startswith("http://"):
        return Check("tls", True, "plain http:// to this machine only")
    return Check("tls", True, "verified" + (f" with {cfg.backend.ca_file}"
                                            if cfg.backend.ca_file else ""))


def check_replica(cfg: Config) -> Check:
    from sync.replica import SCHEMA_VERSION, Replica
    path = cfg.replica_path
    if not path.exists():
        return Check("replica", False, f"{path} does not exist", "run `kiosk init` (or init --demo)")
    try:
        replica = Replica(path, migrate=False)
        try:
            integrity = replica.integrity_check()
            version = replica.schema_version()
        finally:
            replica.close()
    except Exception as exc:  # noqa: BLE001 - a damaged file can fail in many ways
        return Check("replica", False, f"{path}: {exc}", "move the file aside and run `kiosk init`")
    if integrity != "ok":
        return Check("replica", False, f"integrity_check: {integrity}",
                     "move the file aside and run `kiosk init`; the centre refills it")
    if version != SCHEMA_VERSION:
        return Check("replica", False, f"schema {version}, program expects {SCHEMA_VERSION}",
                     "run `kiosk init` to migrate (a backup is taken first)")
    return Check("replica", True, f"integrity ok, schema {version}")


def check_backend(cfg: Config) -> Check:
    """The centre answers this terminal: network, TLS and token (a heartbeat)."""
    if cfg.backend.kind == "none":
        return Check("backend", True, "none configured: an offline-only terminal")
    from kiosk.app import build_backend
    from kiosk.ports.backend import BackendUnavailable, Refused
    try:
        backend = build_backend(cfg)
    except (ValueError, ImportError) as exc:
        return Check("backend", False, str(exc), "fix [backend] (or [sip2]) in the config")
    try:
        # no outbox count: the doctor does not know it, and "0" would tell the centre
        # that nothing dated earlier can still come from this terminal
        backend.heartbeat({"version": __version__, "online": True, "devices": {}},
                          timeout=cfg.backend.timeout_s)
    except BackendUnavailable as exc:
        return Check("backend", False, f"no answer: {exc}",
                     "check the network, [backend] url and ca_file; the kiosk works offline")
    except Refused as exc:
        return Check("backend", False, f"refused: {exc.reason} {exc.message}",
                     "enrol this terminal again (kiosk enrol) to get a valid token")
    finally:
        backend.close()
    where = cfg.backend.url if cfg.backend.kind == "rest" else f"{cfg.sip2.host}:{cfg.sip2.port}"
    return Check("backend", True, f"{cfg.backend.kind} centre at {where} answers")


STALE_OUTBOX_HOURS = 24


def check_outbox(cfg: Config) -> Check:
    """Acts waiting too long, or refused or in conflict, need a person."""
    from kiosk.domain.clock import now_utc
    from sync.outbox import Outbox
    from sync.replica import Replica
    if not cfg.replica_path.exists():
        return Check("outbox", False, "no replica yet", "run `kiosk init`")
    replica = Replica(cfg.replica_path)
    try:
        outbox = Outbox(replica)
        counts = outbox.counts()
        oldest = outbox.pending(limit=1)
    finally:
        replica.close()
    waiting = counts["queued"] + counts["delivering"]
    detail = (f"{waiting} waiting, {counts['rejected']} rejected, "
              f"{counts['conflict']} conflicts")
    age_h = (now_utc() - oldest[0].occurred_at).total_seconds() / 3600 if oldest else 0
    if oldest:
        detail += f", oldest waiting {age_h:.1f} h"
    ok = age_h < STALE_OUTBOX_HOURS and not counts["rejected"] and not counts["conflict"]
    return Check("outbox", ok, detail, "" if ok else
                 "run `kiosk sync now`; see `kiosk outbox list` and the centre's exceptions")


def check_devices(cfg: Config) -> Check:
    """Each configured device opens and reports itself healthy."""
    import hardware

    from .devices import device_options, device_specs

    options = device_options(cfg)
    failed: list[str] = []
    fine: list[str] = []
    for kind, spec in device_specs(cfg).items():
        try:
            device = hardware.open_device(kind, spec, **options[kind])
            device.open()
            try:
                health = device.health()
            finally:
                device.close()
        except Exception as exc:  # noqa: BLE001 - any failure to open is this check's answer
            failed.append(f"{kind} {spec}: {exc}")
            continue
        (fine if health.ok else failed).append(
            f"{kind} {spec}" + ("" if health.ok else f": {health.detail}"))
    if failed:
        return Check("devices", False, "; ".join(failed),
                     "check the cable and [devices] in the config; `kiosk devices list` "
                     "shows what is attached")
    return Check("devices", True, ", ".join(fine) or "none configured")


def check_speech(cfg: Config) -> Check:
    """A voice for each language the terminal speaks (Chinese and English), from the
    engine the terminal will use (speech-dispatcher with espeak-ng on Debian)."""
    if not cfg.ui.speech:
        return Check("speech", True, "off ([ui] speech = false)")
    from ui.speech import probe

    fix = ("install a voice: sudo apt-get install speech-dispatcher "
           "speech-dispatcher-espeak-ng espeak-ng; `spd-say -L` lists the voices")
    found = probe(os.environ.get("KIOSK_TTS_ENGINE", ""), ["zh_CN", "en"])
    if "error" in found:
        return Check("speech", False, f"no speech engine ({found['error']})", fix)
    voices = found.get("voices", {})
    missing = [lang for lang, name in voices.items() if not name]
    if missing:
        return Check("speech", False, f"{found['engine']}: no voice for " + ", ".join(missing),
                     fix)
    return Check("speech", True, f"{found['engine']}: " + ", ".join(
        f"{lang}: {name}" for lang, name in voices.items()))


CHECKS: list[Callable[[Config], Check]] = [
    check_python, check_qt, check_cjk_font, check_data_dir, check_permissions, check_replica,
    check_devices, check_tls, check_backend, check_outbox, check_speech,
]


def run_checks(cfg: Config) -> list[Check]:
    results = []
    for check in CHECKS:
        try:
            results.append(check(cfg))
        except Exception as exc:  # noqa: BLE001 - a broken check is a failed check
            results.append(Check(check.__name__.removeprefix("check_"), False, repr(exc)))
    return results
