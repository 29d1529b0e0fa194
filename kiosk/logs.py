"""Rotating log files in the data directory, with card numbers and PINs masked.

The mask is applied to the formatted line, so no caller can leak a card
number or a PIN by forgetting to mask it. The log directory is 0700 and its
files 0600. mask_record() masks what a command prints about acts and readers.
"""
from __future__ import annotations

import logging
import os
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

#: pin=1234, password: x, and the JSON / Python forms "pin": "1234", 'pin': '1234'
_PIN = re.compile(r"(?i)\b(pin|password|passwd|pwd)([\"']?\s*[=:]\s*[\"']?)([^\s|,;&\"']+)")
_SIP_PIN = re.compile(r"\|(AD|CO)[^|\r]*")  # SIP2 patron and login password fields
#: a run of 6 or more digits (card numbers are 6 to 20): all but the last four hidden
_LONG_NUMBER = re.compile(r"\d{2,}(\d{4})")
#: keys whose values name a reader (masked) or are a secret (hidden) in printed records
_CARD_KEYS = {"card", "patron", "patron_card", "card_uids", "uid"}
_SECRET_KEYS = {"pin", "pin_hash", "password", "token"}


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


def mask_record(value: Any) -> Any:
    """A JSON-like record as a command may print it: card numbers and chip UIDs
    masked (mask_card), PINs, hashes and tokens hidden, nested values alike."""
    if isinstance(value, dict):
        return {k: ("***" if k in _SECRET_KEYS and v else
                    _mask_cards(v) if k in _CARD_KEYS else mask_record(v))
                for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [mask_record(v) for v in value]
    return value


def _mask_cards(value: Any) -> Any:
    if isinstance(value, str) and value:
        return mask_card(value)
    if isinstance(value, list | tuple):
        return [_mask_cards(v) for v in value]
    return mask_record(value)


class PrivateRotatingFileHandler(RotatingFileHandler):
    """Each log file, the first and every rotated one, is created 0600."""

    def _open(self):
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return open(fd, self.mode, encoding=self.encoding, errors=self.errors)


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def setup_logging(log_dir: Path, level: str = "INFO", max_bytes: int = 2_000_000,
                  backups: int = 5) -> Path:
    """Send the root logger to <log_dir>/kiosk.log, rotating; returns the path."""
    log_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = log_dir / "kiosk.log"
    root = logging.getLogger()
    for old in list(root.handlers):
        if old.get_name() == _HANDLER_NAME:
            root.removeHandler(old)
    handler = PrivateRotatingFileHandler(path, maxBytes=max_bytes, backupCount=backups,
                                         encoding="utf-8")
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
