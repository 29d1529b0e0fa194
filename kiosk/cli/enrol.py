"""`kiosk enrol`: join this terminal to a central server with a one-time code.

The code (printed by `kiosk central enrol NAME` on the server) is exchanged
for the device token (docs/protocol.md, Enrolment). The token goes into
<data-dir>/device-token, mode 0600, written atomically; the config file gets
backend.url and backend.token_file, every other key and comment kept
(tomlkit edits TOML in place). A kiosk session has no keyring service to
unlock, so a file only its user can read is the store on Linux.
"""
from __future__ import annotations

import os
import socket
import sys
import tempfile
from pathlib import Path

import requests
import tomlkit
from tomlkit.exceptions import TOMLKitError

from kiosk.config import ConfigError, default_data_dir, load_config

TOKEN_FILE = "device-token"


class EnrolError(RuntimeError):
    """Enrolment could not finish; str() says what to do."""


def _write_atomically(path: Path, data: bytes, mode: int, owner: tuple[int, int] | None) -> None:
    """Write beside the target and rename over it, so a power cut leaves the
    old file or the new one, never half of either; mode is set before any byte."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")   # born 0600
    try:
        with os.fdopen(fd, "wb") as f:
            os.fchmod(f.fileno(), mode)
            if owner is not None:
                os.fchown(f.fileno(), *owner)
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def _owner_for(path: Path) -> tuple[int, int] | None:
    """When root enrols for the service user, new files belong to that user
    (the owner of the directory); otherwise to whoever runs the command."""
    if os.name != "posix" or os.geteuid() != 0:
        return None
    st = path.stat()
    return st.st_uid, st.st_gid


def request_token(central: str, code: str, name: str, *, verify: bool | str = True,
                  timeout: float = 15.0, kind: str = "terminal") -> dict:
    """POST the code to the centre; {"device_id", "kind", "token"} or EnrolError. The
    centre refuses a code made for another kind of device (a desk's code at a terminal)."""
    from sync.rest_backend import api_base
    try:
        url = api_base(central) + "/enrol"
    except ValueError as exc:
        raise EnrolError(f"--central {central!r}: must start with http:// or https://") from exc
    try:
        response = requests.post(url, json={"code": code.strip(), "name": name, "kind": kind},
                                 timeout=timeout, verify=verify)
    except requests.exceptions.SSLError as exc:
        raise EnrolError(f"{url}: TLS certificate not trusted ({exc}); pass --ca-file with "
                         "the centre's CA certificate") from None
    except requests.RequestException as exc:
        raise EnrolError(f"{url}: cannot reach the central server: {type(exc).__name__}") from None
    try:
        body = response.json()
    except ValueError:
        body = {}
    if response.status_code == 403 and body.get("error") == "bad_code":
        raise EnrolError(f"code {code!r} is unknown or already used; ask for a new one "
                         "(on the server: kiosk central enrol NAME)")
    if response.status_code == 409 and body.get("error") == "wrong_kind":
        raise EnrolError(f"code {code!r} is for a {body.get('kind')}, not a {kind}; ask for "
                         f"a {kind}'s code (on the server: kiosk central enrol NAME --kind {kind})")
    if response.status_code != 200 or not body.get("token"):
        raise EnrolError(f"{url}: HTTP {response.status_code} {body.get('error', '')} "
                         f"{body.get('detail', '')}".rstrip())
    return body


def update_config(path: Path, central: str, token_file: Path, ca_file: str = "") -> None:
    """Set [backend] kind/url/token_file (and ca_file) in place; drop an inline
    token, which would win over the new file."""
    try:
        doc = tomlkit.parse(path.read_text(encoding="utf-8")) if path.exists() else tomlkit.document()
    except TOMLKitError as exc:
        raise EnrolError(f"{path}: not valid TOML ({exc}); fix it and enrol again") from None
    backend = doc.get("backend")
    if backend is None:
        backend = tomlkit.table()
        doc["backend"] = backend
    backend["kind"] = "rest"
    backend["url"] = central.rstrip("/")
    backend["token_file"] = str(token_file)
    if ca_file:
        backend["ca_file"] = ca_file
    backend.pop("token", None)
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o600
    owner = (path.stat().st_uid, path.stat().st_gid) if path.exists() else _owner_for(path.parent)
    _write_atomically(path, tomlkit.dumps(doc).encode("utf-8"), mode, owner)


def enrol(data_dir: Path, config_path: Path, central: str, code: str, name: str,
          ca_file: str = "", kind: str = "terminal") -> dict:
    """The whole enrolment; returns the centre's answer without the token."""
    data_dir.mkdir(parents=True, exist_ok=True)
    answer = request_token(central, code, name, verify=ca_file or True, kind=kind)
    token_path = data_dir / TOKEN_FILE
    _write_atomically(token_path, answer["token"].encode("ascii") + b"\n", 0o600,
                      _owner_for(data_dir))
    update_config(config_path, central, token_path.resolve(), ca_file)
    return {k: v for k, v in answer.items() if k != "token"}


def cmd_enrol(args) -> int:
    data_dir = Path(args.data_dir) if args.data_dir else default_data_dir()
    config_path = Path(args.config or os.environ.get("KIOSK_CONFIG") or data_dir / "kiosk.toml")
    try:
        name = args.name or load_config(data_dir, args.config).library.terminal_id
    except ConfigError as exc:
        print(f"config error: {exc}", file=sys.stderr)
        return 2
    try:
        answer = enrol(data_dir, config_path, args.central, args.code, name or socket.gethostname(),
                       args.ca_file or "")
        load_config(data_dir, config_path)      # the file we wrote must still load
    except (EnrolError, ConfigError) as exc:
        print(f"enrol failed: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"enrol failed: {exc.filename}: {exc.strerror}", file=sys.stderr)
        return 1
    print(f"enrolled as device {answer.get('device_id', '?')} ({name}) with {args.central}, "
          f"a {answer.get('kind', 'terminal')}")
    print(f"token: {data_dir / TOKEN_FILE} (mode 0600); config: {config_path}")
    return 0


def register(sub) -> None:
    p = sub.add_parser("enrol", help="join this terminal to a central server",
                       description="Exchange a one-time enrolment code (printed on the server "
                                   "by `kiosk central enrol NAME`) for this device's token. "
                                   "The token is stored in <data-dir>/device-token (mode 0600) "
                                   "and the config file gets backend.url and backend.token_file; "
                                   "its other keys and comments are kept.")
    p.add_argument("--central", required=True, metavar="URL",
                   help="the central server, e.g. https://ulas.example")
    p.add_argument("--code", required=True, help="the one-time enrolment code")
    p.add_argument("--name", help="this terminal's name at the centre "
                   "(default: [library] terminal_id)")
    p.add_argument("--ca-file", help="CA certificate that signs the centre's TLS certificate")
    p.set_defaults(func=cmd_enrol)
