"""`kiosk sip2 probe` against pysip2's server: the commissioning transcript."""
from __future__ import annotations

import io
from datetime import datetime

from kiosk.cli import build_parser
from kiosk.cli.sip2 import run_probe
from tests.sip2.ils_server import INSTITUTION, LOCATION, PASSWORD, USER


def probe(port, *extra):
    args = build_parser().parse_args([
        "sip2", "probe", "--host", "127.0.0.1", "--port", str(port), "--user", USER,
        "--password", PASSWORD, "--location", LOCATION, "--institution", INSTITUTION, *extra])
    out = io.StringIO()
    return run_probe(args, out), out.getvalue()


def test_probe_prints_a_clean_transcript(ils):
    code, text = probe(ils, "--patron", "P0002", "--pin", "4321", "--item", "B0001")
    assert code == 0
    sent = [line.split()[1][:2] for line in text.splitlines() if line.startswith(">> ")]
    received = [line.split()[1][:2] for line in text.splitlines() if line.startswith("<< ")]
    assert sent == ["93", "99", "23", "63", "17", "35"]
    assert received == ["94", "98", "24", "64", "18", "36"]
    assert "AE personal name             'Ada Lovelace'" in text
    assert "AJ title identifier          '三体'" in text
    assert PASSWORD not in text and "4321" not in text  # secrets are masked
    assert "damaged" not in text and text.rstrip().endswith("every request was answered")


def test_probe_reports_a_refused_login_and_an_unreachable_host(ils, capsys):
    args = build_parser().parse_args(["sip2", "probe", "--host", "127.0.0.1", "--port",
                                      str(ils), "--user", USER, "--password", "nope"])
    assert run_probe(args, io.StringIO()) == 1
    assert "refused login" in capsys.readouterr().err
    args = build_parser().parse_args(["sip2", "probe", "--host", "127.0.0.1", "--port", "1"])
    assert run_probe(args, io.StringIO()) == 1
    assert "cannot reach SIP2 server 127.0.0.1:1" in capsys.readouterr().err
    args = build_parser().parse_args(["sip2", "probe", "--host", "h", "--port", "1",
                                      "--encoding", "klingon"])
    assert run_probe(args, io.StringIO()) == 2
    assert "encoding 'klingon'" in capsys.readouterr().err


def test_probe_reports_what_the_server_supports_and_sends(ils, library):
    code, text = probe(ils, "--patron", "P0002", "--pin", "4321", "--item", "B0001",
                       "--terminal-password", "tp-9")
    assert code == 0
    assert "# supports (BX): patron status yes, checkout yes, checkin yes, block patron NO" in text
    assert "item status update NO" in text and "hold yes" in text
    assert "# allows now (98): checkin yes, checkout yes, renew yes" in text
    assert "# fields in 24 Patron Status Response: AO AA AE BL CQ BH BV" in text
    assert "# PIN: checked (CQ Y)" in text and "# fees owed (BV): 2.50 USD" in text
    assert "tp-9" not in text  # AC is a secret too
    sent = [req for c, req in library.log if c in ("23", "63", "17", "35")]
    assert {req.terminal_password for req in sent} == {"tp-9"}


def test_probe_tells_titles_in_the_item_lists_and_an_unchecked_pin(library):
    from tests.sip2 import faults
    from tests.sip2.ils_server import Library, Loan, serve_in_thread
    from tests.sip2.relay import Relay
    evergreen_like = Library.demo(lists_titles=True)
    evergreen_like.items["B0002"].loan = Loan("P0002", datetime.now(), datetime.now())
    with serve_in_thread(evergreen_like) as port:
        line = Relay(port, down=faults.without_field(b"24", b"CQ"))
        try:
            code, text = probe(line.port, "--patron", "P0002", "--pin", "4321")
        finally:
            line.close()
    assert code == 0
    assert "# 64 item lists hold titles: use profile evergreen" in text
    assert "# PIN: NOT checked (no CQ)" in text
