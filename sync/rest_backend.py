"""The terminal side of the REST sync protocol (docs/protocol.md).

One requests.Session for the life of the terminal: it keeps connections
alive, verifies TLS (with the configured CA file, which wins over
REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE in the environment) and retries only what
is safe to retry blindly, a connection that was never made, in its adapter.
Plain http:// is refused unless the centre is on this machine or the config
says allow_insecure; verification off is logged as a warning at every start.
Everything else (timeouts, 5xx, resets) surfaces as BackendUnavailable and
the sync engine decides when to try again.
"""
from __future__ import annotations

import ipaddress
import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Self
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from kiosk import __version__
from kiosk.config import ConfigError
from kiosk.domain.clock import iso, now_utc, parse_time
from kiosk.ports.backend import (
    STREAMS,
    Alert,
    BackendUnavailable,
    ClockSkew,
    PaymentOrder,
    PullPage,
    PushResult,
    Refused,
    StreamReset,
    Txn,
)

API_PREFIX = "/api/v1"
log = logging.getLogger(__name__)


def is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def transport_problem(url: str, *, verify_tls: bool, allow_insecure: bool) -> str:
    """What is unsafe about how this terminal reaches its centre ('' if nothing):
    card numbers and PINs travel in these requests."""
    if url.startswith("http://") and not is_loopback(url):
        return ("plain http:// to another machine: cards and PINs cross the network readable"
                + (" (allowed by allow_insecure = true)" if allow_insecure else ""))
    if url.startswith("https://") and not verify_tls:
        return "TLS verification is off (verify_tls = false): any certificate is accepted"
    return ""


def api_base(url: str) -> str:
    """The configured centre URL with the protocol's path prefix, given or not."""
    url = url.rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise ValueError(f"[backend] url = {url!r}: must start with http:// or https://")
    return url if url.endswith(API_PREFIX) else url + API_PREFIX


def read_token(token: str, token_file: str) -> str:
    if token:
        return token
    if token_file:
        try:
            return Path(token_file).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ConfigError(f"[backend] token_file = {token_file!r}: {exc.strerror}") from None
    return ""


class RestBackend:
    streams: tuple[str, ...] = STREAMS

    def __init__(self, url: str, token: str, *, verify_tls: bool = True, ca_file: str = "",
                 allow_insecure: bool = False, pull_timeout: float = 30.0,
                 with_pin_hashes: bool = False, clock: Callable[[], datetime] = now_utc):
        self.base = api_base(url)
        problem = transport_problem(url, verify_tls=verify_tls, allow_insecure=allow_insecure)
        if problem and url.startswith("http://") and not allow_insecure:
            raise ConfigError(f"[backend] url = {url!r}: {problem}; use https:// (or set "
                              "allow_insecure = true for a closed network)")
        if problem:
            log.warning("backend %s: %s", url, problem)
        self.with_pin_hashes = with_pin_hashes
        self.clock = clock
        self.pull_timeout = pull_timeout
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"Bearer {token}",
                                     "User-Agent": f"library-kiosk/{__version__}"})
        # passed with every request: a session's own verify loses to the environment
        self.verify: bool | str = (ca_file or True) if verify_tls else False
        retry = Retry(total=2, connect=2, read=0, status=0, other=0, backoff_factor=0.05,
                      allowed_methods=None, raise_on_status=False)
        adapter = HTTPAdapter(max_retries=retry, pool_connections=2, pool_maxsize=4)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)

    @classmethod
    def from_config(cls, backend_cfg, *, with_pin_hashes: bool = False) -> Self:
        """with_pin_hashes: ask for PIN hashes in the patrons stream (config
        [offline] replicate_pin_hashes; the centre sends them only if it allows it)."""
        if not backend_cfg.url:
            raise ConfigError("[backend] url is empty: set the central server's URL "
                             "(or kind = \"none\" for an offline-only terminal)")
        return cls(backend_cfg.url, read_token(backend_cfg.token, backend_cfg.token_file),
                   verify_tls=backend_cfg.verify_tls, ca_file=backend_cfg.ca_file,
                   allow_insecure=backend_cfg.allow_insecure, with_pin_hashes=with_pin_hashes)

    # -- transport ---------------------------------------------------------------
    def _call(self, method: str, path: str, *, timeout: float, json=None, params=None,
              none_on_404: bool = False):
        headers = {"X-Kiosk-Clock": iso(self.clock())}
        try:
            response = self.session.request(method, self.base + path, json=json, params=params,
                                            headers=headers, timeout=timeout, verify=self.verify)
        except requests.RequestException as exc:
            raise BackendUnavailable(f"{method} {path}: {type(exc).__name__}: {exc}") from None
        status = response.status_code
        if status >= 500:
            raise BackendUnavailable(f"{method} {path}: HTTP {status}")
        if status == 404 and none_on_404:
            return None
        try:
            body = response.json() if response.content else {}
        except ValueError:
            raise BackendUnavailable(f"{method} {path}: HTTP {status} with a body that is "
                                     "not JSON") from None
        if status < 400:
            return body
        error = body.get("error", f"http_{status}") if isinstance(body, dict) else f"http_{status}"
        if status == 410:
            raise StreamReset(path)
        if error == "clock_skew":
            raise ClockSkew(float(body.get("skew_s", 0)), float(body.get("allowed_s", 0)))
        params = {k: v for k, v in body.items() if k not in ("error", "detail")}
        raise Refused(error, params, body.get("detail", ""))

    # -- the Backend protocol ----------------------------------------------------
    def push(self, txns: list[Txn], *, timeout: float) -> list[PushResult]:
        body = self._call("POST", "/push", timeout=timeout,
                          json={"transactions": [t.to_json() for t in txns]})
        results = body.get("results", [])
        if [r.get("id") for r in results] != [t.id for t in txns]:
            raise BackendUnavailable("push: the answer does not match the transactions sent")
        return [PushResult(r["id"], r["status"], r.get("reason", ""), r.get("message", ""),
                           r.get("effect") or {}, r.get("resolution", "")) for r in results]

    def pull(self, stream: str, cursor: str | None, *, limit: int = 1000) -> PullPage:
        params: dict[str, str | int] = {"limit": limit}
        if cursor:
            params["cursor"] = cursor
        if stream == "patrons" and self.with_pin_hashes:
            params["with_pin_hashes"] = "true"
        body = self._call("GET", f"/streams/{stream}", params=params, timeout=self.pull_timeout)
        return PullPage(body.get("records", []), body.get("tombstones", []), body["cursor"],
                        bool(body.get("more")))

    def authenticate(self, card: str, pin: str, *, timeout: float) -> dict:
        return self._call("POST", "/auth", json={"card": card, "pin": pin},
                          timeout=timeout)["patron"]

    def patron_info(self, card: str, *, timeout: float) -> dict | None:
        return self._call("GET", f"/patrons/{card}", timeout=timeout, none_on_404=True)

    def item_info(self, barcode: str, *, timeout: float) -> dict | None:
        return self._call("GET", f"/items/{barcode}", timeout=timeout, none_on_404=True)

    def create_payment(self, card: str, fee_ids: list[str], *, timeout: float) -> PaymentOrder:
        return _order(self._call("POST", "/payments", json={"patron": card, "fee_ids": fee_ids},
                                 timeout=timeout))

    def payment_status(self, order_id: str, *, timeout: float) -> PaymentOrder:
        return _order(self._call("GET", f"/payments/{order_id}", timeout=timeout))

    def cancel_payment(self, order_id: str, *, timeout: float) -> None:
        self._call("DELETE", f"/payments/{order_id}", timeout=timeout)

    def heartbeat(self, report: dict, *, timeout: float) -> None:
        self._call("POST", "/heartbeat", json=report, timeout=timeout)

    def offline_lending_allowed(self) -> bool:
        return True

    decides_online = False  # the terminal's policy is the centre's; it refuses at once

    def pickup_locations(self) -> list[dict]:
        return []  # the replica's locations stream has them

    # -- HelpAlerts ----------------------------------------------------------------
    def call_staff(self, kind: str, *, timeout: float) -> Alert:
        return _alert(self._call("POST", "/alerts", json={"kind": kind}, timeout=timeout))

    def alert(self, alert_id: str, *, timeout: float) -> Alert:
        return _alert(self._call("GET", f"/alerts/{alert_id}", timeout=timeout))

    def cancel_alert(self, alert_id: str, *, timeout: float) -> Alert:
        return _alert(self._call("POST", f"/alerts/{alert_id}/cancel", timeout=timeout))

    def close(self) -> None:
        self.session.close()


def _alert(body: dict) -> Alert:
    return Alert(body["id"], body["status"], body.get("acked_by") or "")


def _order(body: dict) -> PaymentOrder:
    expires = parse_time(body["expires_at"])
    if expires is None:
        raise BackendUnavailable("the centre sent a payment order without expires_at")
    return PaymentOrder(body["order_id"], body["pay_url"], int(body["amount_fen"]), expires,
                        body.get("status", "pending"))
