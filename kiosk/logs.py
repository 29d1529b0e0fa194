"""Rotating log files in the data directory, with card numbers and PINs masked.

The mask is applied to the formatted line, so no caller can leak a card
number or a PIN by forgetting to mask it.
"""
from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

_PIN = re.compile(r"(?i)\b(pin|password|passwd|pwd)(\s*[=:]\s*)([^\s|,;&\"']+)")
_SIP_PIN = re.compile(r"\|(AD|CO)[^|\r]*")  # SIP2 patron and login password fields
_LONG_NUMBER = re.compile(r"\d{6,}(\d{4})")


#: the name of the handlers this module adds (a second setup replaces them)
_HANDLER_NAME = "kiosk"

def mask_card(card: str) -> str:
    """****1234: only the last four characters of a card number are shown."""
    return "****" + card[-4:] if len(card) > 4 else "****"


def mask_name(name: str) -> str:
    """张*明 / E*y: the first and last character of a name."""
    if len(name) <= 1:
        return name
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]


def redact(text: str) -> str:
    text = _PIN.sub(lambda m: f"{m.group(1)}{m.group(2)}***", text)
    text = _SIP_PIN.sub(lambda m: f"|{m.group(1)}***", text)
    return _LONG_NUMBER.sub(lambda m: "****" + m.group(1), text)


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def setup_logging(log_dir: Path, level: str = "INFO", max_bytes: int = 2_000_000,
                  backups: int = 5) -> Path:
    """Send the root logger to <log_dir>/kiosk.log, rotating; returns the path."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / "kiosk.log"
    root = logging.getLogger()
    for old in list(root.handlers):
        if old.get_name() == _HANDLER_NAME:
            root.removeHandler(old)
    handler = RotatingFileHandler(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8")
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    from .watchdog import journal_handler  # watchdog builds on this module's formatter
    journal = journal_handler()        # under systemd, the journal gets the lines too
    if journal is not None:
        journal.set_name(_HANDLER_NAME)
        root.addHandler(journal)
    root.setLevel(level)
    return path
