"""The client's error detection, resends, reconnection and TLS, against pysip2's server."""
from __future__ import annotations

import shutil
import ssl
import subprocess
from dataclasses import replace

import pytest

from sync.sip2.client import Sip2Client, Sip2Error, Sip2LoginError
from sync.sip2.codec import make
from tests.peers import require_peer
from tests.sip2.relay import Relay, damage_first

ITEM_INFO = make("17", {"AO": "TESTLIB", "AB": "B0001", "AC": ""},
                 transaction_date="20260101    120000")


@pytest.fixture
def relayed(settings, request):
    """A client talking to the ILS through a relay built by the test's parameters."""
    relays = []

    def build(**kwargs):
        relay = Relay(settings.port, **kwargs)
        relays.append(relay)
        frames = []
        client = Sip2Client(replace(settings, port=relay.port, resend_limit=2),
                            transcript=lambda d, f, m: frames.append((d, f)))
        request.addfinalizer(client.close)
        return relay, client, frames
    yield build
    for relay in relays:
        relay.close()


def test_a_request_damaged_on_the_way_is_resent_after_96(relayed, library):
    relay, client, frames = relayed(up=damage_first(1, b"17"))
    client.connect()
    answer = client.request(ITEM_INFO)
    assert answer.code == "18" and answer.get("AJ") == "三体"
    received = [f for d, f in frames if d == "recv"]
    assert any(f.startswith(b"96") for f in received)  # pysip2 asked for a resend
    sent17 = [f for f in relay.frames_up if f.startswith(b"17")]
    assert len(sent17) == 2 and sent17[0] == sent17[1]  # the same frame, same AY


def test_resends_are_limited(relayed):
    relay, client, _ = relayed(up=damage_first(99, b"17"))
    client.connect()
    with pytest.raises(Sip2Error, match="after 2 resends"):
        client.request(ITEM_INFO)
    assert len([f for f in relay.frames_up if f.startswith(b"17")]) == 3


def test_a_damaged_answer_is_asked_for_again_with_97(relayed):
    relay, client, _ = relayed(down=damage_first(1, b"18"))
    client.connect()
    assert client.request(ITEM_INFO).get("AB") == "B0001"
    assert any(f.startswith(b"97") for f in relay.frames_up)


def test_a_stray_lf_after_each_frame_is_tolerated(relayed):
    _, client, _ = relayed(down=lambda frame: frame + b"\n")
    client.connect()
    assert client.request(ITEM_INFO).code == "18"
    assert client.request(ITEM_INFO).code == "18"


def test_wrong_login_is_reported(settings):
    client = Sip2Client(replace(settings, password="wrong"))
    with pytest.raises(Sip2LoginError, match="refused login"):
        client.connect()


def test_reconnects_and_logs_in_again_after_a_drop(relayed, library):
    relay, client, _ = relayed()
    client.connect()
    relay.drop()
    library.log.clear()
    assert client.request(ITEM_INFO).code == "18"
    assert [code for code, _ in library.log] == ["93", "17"]


def test_heartbeat_sends_sc_status(settings):
    beats = []
    client = Sip2Client(replace(settings, heartbeat_s=0.05),
                        transcript=lambda d, f, m: beats.append(f) if f.startswith(b"99")
                        and d == "send" else None)
    client.connect()
    client.start_heartbeat()
    while len(beats) < 3:  # the connect's own status, then two heartbeats
        client._stop.wait(0.05)
    client.close()
    assert client.acs_status.code == "98"


def test_tls(settings, tmp_path):
    require_peer(shutil.which("openssl") is not None, "openssl is needed to make a test cert")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    relay = Relay(settings.port, tls=context)
    try:
        trusted = Sip2Client(replace(settings, port=relay.port, tls=True,
                                     tls_ca_file=str(cert)))
        assert trusted.connect().code == "98"
        assert trusted.request(ITEM_INFO).get("AJ") == "三体"
        trusted.close()
        stranger = Sip2Client(replace(settings, port=relay.port, tls=True))
        with pytest.raises(Sip2Error, match="cannot reach"):
            stranger.connect()  # a certificate nobody vouches for is refused
    finally:
        relay.close()


def test_tls_with_a_client_certificate(settings, tmp_path):
    """An ACS (here the TLS relay) that accepts only terminals with a certificate
    from its own CA: without one the handshake fails, with one the terminal talks."""
    require_peer(shutil.which("openssl") is not None, "openssl is needed to make test certs")

    def make_cert(name: str, *extra: str) -> tuple[str, str]:
        cert, key = tmp_path / f"{name}.pem", tmp_path / f"{name}.key"
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days",
                        "1", "-subj", f"/CN={name}", *extra, "-keyout", str(key),
                        "-out", str(cert)], check=True, capture_output=True)
        return str(cert), str(key)
    server_cert, server_key = make_cert("127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1")
    terminal_cert, terminal_key = make_cert("kiosk-01")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(server_cert, server_key)
    context.verify_mode = ssl.CERT_REQUIRED
    context.load_verify_locations(terminal_cert)
    relay = Relay(settings.port, tls=context)
    base = replace(settings, port=relay.port, tls=True, tls_ca_file=server_cert)
    try:
        with pytest.raises(Sip2Error):
            Sip2Client(base).connect()  # no certificate: turned away
        client = Sip2Client(replace(base, tls_cert_file=terminal_cert,
                                    tls_key_file=terminal_key))
        assert client.connect().code == "98"
        assert client.request(ITEM_INFO).get("AJ") == "三体"
        client.close()
    finally:
        relay.close()
