"""No PIN and no full card number ever reaches a log line."""
import logging

from kiosk.logs import mask_card, mask_name, setup_logging


def test_masks():
    assert mask_card("0440000001") == "****0001"
    assert mask_name("张晓明") == "张*明" and mask_name("李华") == "李*"


def test_log_file_redacts_cards_and_pins(tmp_path):
    path = setup_logging(tmp_path, "DEBUG")
    log = logging.getLogger("kiosk.test")
    log.info("login card=%s pin=%s", "0440000001", "1234")
    log.info("sip2 sent 6300120261130    120000          AOlib|AA0440000001|AD9876|BP1|")
    log.warning("PIN: 4321 for patron 0440000002")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    for secret in ("0440000001", "0440000002", "1234", "9876", "4321"):
        assert secret not in text, secret
    assert "****0001" in text and "****0002" in text
