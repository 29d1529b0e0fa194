"""Fees paid by QR at a SIP2 terminal, with no central server.

The terminal's own provider (sync/payment_providers.py) takes the order; the
"phone" pays on the provider's page over real HTTP; the order is paid only when
the provider's signed order query says so; then the ACS (pysip2's server)
receives one fee paid (37) per fee with its own fee ids and amounts. All through
PaymentService, the service the QR screen uses."""
from __future__ import annotations

import os
import urllib.request
from decimal import Decimal

import pytest

from tests.sip2.relay import Relay
from tests.sip2.test_terminal_policy import build_site


@pytest.fixture
def provider_site():
    from sync.payment_providers import SimulatedProviderSite
    site = SimulatedProviderSite()
    yield site
    site.close()


@pytest.fixture
def terminal_with_provider(tmp_path, ils, library, provider_site):
    """(terminal, card): a SIP2 terminal configured, as a site would, with the provider."""
    secret = tmp_path / "provider.secret"
    secret.write_bytes(provider_site.secret)
    secret.chmod(0o600)
    line = Relay(ils)
    terminal, card, _, _ = build_site(
        tmp_path, line.port, library, KIOSK_SIP2_PAYMENT_PAY_URL=provider_site.pay_url,
        KIOSK_SIP2_PAYMENT_STATUS_URL=provider_site.status_url,
        KIOSK_SIP2_PAYMENT_SECRET_FILE=str(secret))
    library.patrons[card].fees = {"F1": Decimal("2.50"), "F9": Decimal("1.25")}
    yield terminal, card
    terminal.close()
    line.close()


def phone_pays(pay_url: str) -> None:
    """What the reader's phone does: open the page, press pay."""
    with urllib.request.urlopen(pay_url, timeout=10) as page:
        assert b"pay" in page.read()
    request = urllib.request.Request(pay_url, data=b"pay=1", method="POST")
    with urllib.request.urlopen(request, timeout=10) as answer:
        assert answer.status == 200


def wait_for(predicate, timeout: float = 20.0):
    import time
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError("condition not met in time")


def test_a_reader_pays_fees_by_qr_and_the_acs_gets_one_37_per_fee(terminal_with_provider,
                                                                     library):
    terminal, card = terminal_with_provider
    terminal.circulation.login_card(card, "2468")
    fees = terminal.circulation.account(card).fees
    assert sorted((f.id, f.outstanding_fen) for f in fees) == [
        (f"sip2:{card}:F1", 250), (f"sip2:{card}:F9", 125)]
    order = terminal.payments.start(card, [f.id for f in fees])
    assert order.amount_fen == 375 and order.pay_url.startswith("http://127.0.0.1:")
    assert terminal.payments.status(order.order_id).status == "pending"
    assert not [req for code, req in library.log if code == "37"]  # nothing paid yet

    phone_pays(order.pay_url)
    assert wait_for(lambda: terminal.payments.status(order.order_id).status == "paid")
    wait_for(lambda: not library.patrons[card].fees)
    paid = sorted((req.fee_identifier, req.fee_amount, req.transaction_id)
                  for code, req in library.log if code == "37")
    assert paid == [("F1", "2.50", order.order_id), ("F9", "1.25", order.order_id)]
    assert terminal.circulation.account(card).fees == ()
    terminal.payments.status(order.order_id)  # asked again: nothing sent twice
    assert len([req for code, req in library.log if code == "37"]) == 2


def test_an_answer_not_signed_by_the_provider_pays_nothing(terminal_with_provider, library,
                                                           provider_site):
    from kiosk.services.results import PaymentRefused
    terminal, card = terminal_with_provider
    terminal.circulation.login_card(card, "2468")
    order = terminal.payments.start(card, [f"sip2:{card}:F1"])
    provider_site.secret = b"someone else's secret, 32 bytes."  # the answers' sign is forged
    phone_pays(order.pay_url)
    with pytest.raises(PaymentRefused) as refused:
        terminal.payments.status(order.order_id)
    assert "not signed" in refused.value.refusal.params["detail"]
    assert library.patrons[card].fees == {"F1": Decimal("2.50"), "F9": Decimal("1.25")}
    assert not [req for code, req in library.log if code == "37"]


def test_without_a_provider_the_terminal_says_which_settings_are_missing(tmp_path, ils,
                                                                         library):
    from kiosk.services.results import PaymentRefused
    line = Relay(ils)
    terminal, card, _, _ = build_site(tmp_path, line.port, library)
    try:
        library.patrons[card].fees = {"F1": Decimal("2.50")}
        terminal.circulation.login_card(card, "2468")
        with pytest.raises(PaymentRefused) as refused:
            terminal.payments.start(card, [f"sip2:{card}:F1"])
    finally:
        terminal.close()
        line.close()
    assert "payment_pay_url" in refused.value.refusal.params["detail"]


@pytest.mark.no_qt_log  # as tests/e2e: Qt's log capture deadlocks with QML
def test_the_pay_screen_shows_the_providers_qr_and_the_acs_is_paid(qtbot, tmp_path, ils,
                                                                    library, provider_site):
    """The reader at the window: Pay fees, log in, pay; the QR on screen (read by
    zxing-cpp) is the provider's page; the phone pays there; the screen says paid."""
    from PySide6.QtCore import Qt

    from tests.sip2.kiosk_window import log_in, settle, sip2_kiosk
    from tests.ui.qr_decode import decode

    secret = tmp_path / "provider.secret"
    secret.write_bytes(provider_site.secret)
    secret.chmod(0o600)
    env = {"KIOSK_SIP2_PAYMENT_PAY_URL": provider_site.pay_url,
           "KIOSK_SIP2_PAYMENT_STATUS_URL": provider_site.status_url,
           "KIOSK_SIP2_PAYMENT_SECRET_FILE": str(secret)}
    with sip2_kiosk(tmp_path, ils, library, **env) as (window, panel, card, _):
        library.patrons[card].fees = {"F1": Decimal("2.50"), "F9": Decimal("1.25")}
        qtbot.mouseClick(window.screens["attract"].tiles["pay"], Qt.MouseButton.LeftButton)
        log_in(qtbot, window, panel, card)
        pay = window.screens["pay"]
        assert window.current == "pay" and pay.total() == 375
        qtbot.mouseClick(pay.go_pay, Qt.MouseButton.LeftButton)
        settle(qtbot, window)
        assert pay.state == "waiting" and pay.qr.isVisible()
        if shots := os.environ.get("KIOSK_SHOTS"):  # to look at it: KIOSK_SHOTS=/tmp/x
            window.grab().save(os.path.join(shots, "sip2_pay_qr.png"))
        (shown,) = decode(window.grab().toImage())
        assert shown == pay.order.pay_url and shown.startswith(provider_site.pay_url[:20])
        phone_pays(shown)
        qtbot.waitUntil(lambda: pay.state == "paid", timeout=20_000)
        qtbot.waitUntil(lambda: not library.patrons[card].fees, timeout=20_000)
    assert sorted((req.fee_identifier, req.fee_amount) for code, req in library.log
                  if code == "37") == [("F1", "2.50"), ("F9", "1.25")]


def test_a_fine_that_grew_while_the_reader_paid_is_paid_only_as_far_as_the_order(
        terminal_with_provider, library):
    """The ACS's overdue fine went up between the order and the phone's payment: the
    37 tells the ACS what was taken (2.50), not the new amount, and the rest stays owed."""
    terminal, card = terminal_with_provider
    terminal.circulation.login_card(card, "2468")
    order = terminal.payments.start(card, [f"sip2:{card}:F1"])
    library.patrons[card].fees["F1"] = Decimal("3.00")
    phone_pays(order.pay_url)
    assert wait_for(lambda: terminal.payments.status(order.order_id).status == "paid")
    wait_for(lambda: library.patrons[card].fees.get("F1") == Decimal("0.50"))
    assert [(req.fee_identifier, req.fee_amount) for code, req in library.log
            if code == "37"] == [("F1", "2.50")]


def test_a_secret_file_others_may_read_stops_the_start(tmp_path, provider_site):
    from kiosk.config import ConfigError
    from sync.sip2.settings import Sip2Settings
    secret = tmp_path / "provider.secret"
    secret.write_bytes(provider_site.secret)
    secret.chmod(0o644)
    settings = Sip2Settings(payment_pay_url=provider_site.pay_url,
                            payment_status_url=provider_site.status_url,
                            payment_secret_file=str(secret))
    with pytest.raises(ConfigError, match="chmod 600"):
        settings.payment_provider()


def restarted(terminal):
    """The same terminal started again on its data directory (its memory is gone)."""
    from kiosk.app import build_terminal
    config = terminal.config
    terminal.close()
    return build_terminal(config)


def test_a_payment_made_while_the_terminal_was_down_is_paid_at_the_acs_once(
        terminal_with_provider, library):
    """The phone pays; the terminal dies before its poll sees it (nothing in the
    outbox). After the restart its sync cycle asks the provider about the orders it
    made and pays the fees at the ACS, once however often it runs."""
    terminal, card = terminal_with_provider
    terminal.circulation.login_card(card, "2468")
    order = terminal.payments.start(card, [f"sip2:{card}:F1", f"sip2:{card}:F9"])
    phone_pays(order.pay_url)
    terminal = restarted(terminal)
    try:
        terminal.engine.sync_now()
        terminal.engine.sync_now()
    finally:
        terminal.close()
    assert library.patrons[card].fees == {}
    assert sorted((req.fee_identifier, req.fee_amount, req.transaction_id)
                  for code, req in library.log if code == "37") == [
        ("F1", "2.50", order.order_id), ("F9", "1.25", order.order_id)]


def test_a_payment_the_terminal_saw_is_not_paid_again_after_a_restart(terminal_with_provider,
                                                                      library):
    terminal, card = terminal_with_provider
    terminal.circulation.login_card(card, "2468")
    order = terminal.payments.start(card, [f"sip2:{card}:F1"])
    phone_pays(order.pay_url)
    assert wait_for(lambda: terminal.payments.status(order.order_id).status == "paid")
    wait_for(lambda: "F1" not in library.patrons[card].fees)
    terminal = restarted(terminal)
    try:
        terminal.engine.sync_now()
    finally:
        terminal.close()
    assert [req.fee_identifier for code, req in library.log if code == "37"] == ["F1"]
    assert library.patrons[card].fees == {"F9": Decimal("1.25")}


def test_a_pay_url_with_an_unknown_field_stops_the_start():
    from sync.sip2.settings import Sip2Settings
    with pytest.raises(ValueError, match="only {order_id} and {amount_fen}"):
        Sip2Settings(payment_pay_url="https://pay.example/{order}",
                     payment_status_url="https://pay.example/q/{order_id}",
                     payment_secret_file="/etc/kiosk/payment.secret")
