"""How the terminal reaches its centre (issue 16): the configured CA file wins over
REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE, plain http:// to another machine is refused
unless allowed, and verification off is said at every start (and FAILs doctor).

The TLS peer is Python's own http.server behind ssl, with a certificate made by
the openssl command for 127.0.0.1."""
from __future__ import annotations

import json
import logging
import shutil
import ssl
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kiosk.config import BackendConfig, Config, ConfigError
from kiosk.doctor import check_tls
from kiosk.ports.backend import BackendUnavailable
from sync.rest_backend import RestBackend
from tests.peers import require_peer


class _Answer(BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = json.dumps({"ok": True}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def tls_centre(tmp_path_factory):
    """(https URL, the CA file that verifies it)."""
    require_peer(shutil.which("openssl") is not None, "the openssl command (apt-get install openssl)")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True, timeout=60)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Answer)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_address[1]}", str(cert)
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("variable", ["REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"])
def test_the_configured_ca_file_wins_over_the_environment(tls_centre, tmp_path, monkeypatch,
                                                          variable):
    url, ca_file = tls_centre
    other = tmp_path / "other-ca.pem"            # a CA that did not sign the centre
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-keyout", str(tmp_path / "k.pem"), "-out", str(other),
                    "-subj", "/CN=someone else"], check=True, capture_output=True, timeout=60)
    monkeypatch.setenv(variable, str(other))
    backend = RestBackend(url, "token", ca_file=ca_file)
    try:
        backend.heartbeat({"online": True}, timeout=10)
    finally:
        backend.close()
    without = RestBackend(url, "token")             # no ca_file: the environment's CA
    try:
        with pytest.raises(BackendUnavailable, match="SSL"):
            without.heartbeat({"online": True}, timeout=10)
    finally:
        without.close()


def test_plain_http_to_another_machine_is_refused_unless_allowed(caplog):
    with pytest.raises(ConfigError, match="allow_insecure"):
        RestBackend("http://192.0.2.10:8765", "token")
    RestBackend("http://127.0.0.1:8765", "token").close()        # this machine: fine
    with caplog.at_level(logging.WARNING, logger="sync.rest_backend"):
        RestBackend("http://192.0.2.10:8765", "token", allow_insecure=True).close()
    assert "plain http://" in caplog.text


def test_verification_off_is_said_at_every_start_and_fails_doctor(caplog):
    for _ in range(2):
        with caplog.at_level(logging.WARNING, logger="sync.rest_backend"):
            RestBackend("https://centre.example", "token", verify_tls=False).close()
    assert caplog.text.count("verify_tls = false") == 2
    off = Config(backend=BackendConfig(url="https://centre.example", verify_tls=False))
    assert not check_tls(off).ok and "verify_tls" in check_tls(off).fix
    plain = Config(backend=BackendConfig(url="http://192.0.2.10", allow_insecure=True))
    assert not check_tls(plain).ok
    assert check_tls(Config(backend=BackendConfig(url="https://centre.example"))).ok
