"""The desk's message catalogue: every refusal and every kind of case the centre
makes is worded for staff, in each of the desk's languages, never as the reader's
sentence and never as a bare code."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kiosk.domain.reasons import MESSAGES, Refusal
from ui.staff.words import REFUSALS, case_kind, refusal_name, refusal_text

ROOT = Path(__file__).resolve().parents[2]
PARAMS = {"left": 2, "minutes": 15, "limit": 10, "kind": "zh", "due": "2026-12-30",
          "parts": 2, "missing": 2, "count": 3, "amount": "4.50", "detail": "x"}
CJK = re.compile(r"[\u4e00-\u9fff]")


def centre_case_kinds() -> set[str]:
    source = (ROOT / "central" / "circulation.py").read_text(encoding="utf-8")
    return set(re.findall(r'add_exception\(\s*"(\w+)"', source)) | set(
        re.findall(r'"(\w+)" if override else "(\w+)"', source)[0])


@pytest.fixture(params=["en", "zh_CN", "zh_HK"])
def lang(request, qapp):
    from ui.staff import i18n
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


def test_every_refusal_a_reader_can_get_is_worded_for_staff():
    assert set(MESSAGES) <= set(REFUSALS)


def test_staff_read_staff_words_not_the_readers_nor_codes(lang):
    for code in MESSAGES:
        staff = refusal_text(Refusal(code, PARAMS))
        reader = Refusal(code, PARAMS).message(lang)
        assert staff != reader and code not in staff and "{" not in staff, (code, staff)
        name = refusal_name(code)
        assert code not in name and "%" not in staff + name, (code, name)
        if lang != "en":
            assert CJK.search(staff) and CJK.search(name), (lang, code, staff, name)
    for kind in centre_case_kinds():
        assert kind not in case_kind(kind) and (lang == "en" or CJK.search(case_kind(kind)))


def test_the_centres_case_kinds_are_the_ones_the_desk_names():
    assert centre_case_kinds() == {"double_checkout", "override_on_loan", "offline_policy",
                                   "unknown_item", "stale_checkin", "backdated_checkin",
                                   "security_failed"}
