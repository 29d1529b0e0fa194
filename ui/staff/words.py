"""The desk's message catalogue: what staff read, in staff words.

The terminal speaks to a reader ("请交给服务台", "you already have this book");
the desk speaks to the librarian: what happened to whom, and what to do next.
Every code that reaches the desk (a refusal, a case kind, a status, a place) is
worded here, through tr(), so the desk's own catalogues (assets/i18n/staff_*.ts)
hold it in zh_CN and zh_HK, with English as the source. A code this file does not
know is shown as "(code)" after a generic sentence, never bare.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping

from kiosk.domain.models import Location
from kiosk.domain.reasons import Refusal
from ui.i18n import hong_kong, tr


def current_lang() -> str:
    """The desk's language now (the default QLocale its i18n set): zh_CN, zh_HK or en."""
    from PySide6.QtCore import QLocale
    name = QLocale().name()
    return "zh_HK" if name.startswith("zh_HK") else "zh_CN" if name.startswith("zh") else "en"


def place_name(place: Location | None) -> str:
    """A branch, shelf or pickup point by its name in the desk's language ("" if unknown)."""
    if place is None:
        return ""
    lang = current_lang()
    if lang == "en":
        return place.name_en or place.name_zh
    if lang == "zh_HK":
        return hong_kong(place.name_zh)
    return place.name_zh


def _fill(text: str, *values) -> str:
    for n, value in enumerate(values, 1):
        text = text.replace(f"%{n}", str(value))
    return text


def word(value: str) -> str:
    """A status, role or fee kind from the data, in the desk's language."""
    words = {
        "active": tr("active"), "blocked": tr("blocked"), "expired": tr("expired"),
        "lost": tr("card lost"), "pending": tr("waiting for a copy"),
        "waiting": tr("on the holds shelf"), "overdue": tr("overdue fee"),
        "damaged_tag": tr("damaged tag"), "lost_item": tr("lost item"),
        "librarian": tr("librarian"), "supervisor": tr("supervisor"),
        "unpaid_deposit": tr("deposit not paid"), "fulfilled": tr("collected"),
        "cancelled": tr("cancelled"),
    }
    return words.get(value, value)


def card_type_name(value: str) -> str:
    """A card type (kiosk.domain.models.CardType) as staff call it."""
    names = {
        "pengcheng": tr("Pengcheng reader card"), "deposit50": tr("Deposit card (¥50)"),
        "deposit100": tr("Deposit card (¥100)"), "deposit200": tr("Deposit card (¥200)"),
        "deposit300": tr("Deposit card (¥300)"), "child": tr("Child's card"),
        "staff": tr("Staff card"),
    }
    return names.get(value, value)


def _kind(params: Mapping) -> str:
    return {"zh": tr("Chinese-language"), "foreign": tr("foreign-language")}.get(
        str(params.get("kind", "")), "")


#: refusal code -> the sentence for staff (params by name)
REFUSALS: dict[str, Callable[[Mapping], str]] = {
    "patron_unknown": lambda p: tr("Unknown card: no patron has this number. Check it, or "
                                   "register the card."),
    "patron_blocked": lambda p: tr("The card is blocked; see the blocks on the patron panel. "
                                   "Override only with a reason."),
    "patron_expired": lambda p: tr("The card has expired. Renew it, or override with a "
                                   "reason."),
    "card_lost": lambda p: tr("The card was reported lost. Check the patron's identity "
                              "before you override."),
    "pin_wrong": lambda p: _fill(tr("Wrong PIN (%1 tries left)."), p.get("left", "?")),
    "pin_locked": lambda p: _fill(tr("PIN locked after too many tries, for %1 minutes."),
                                  p.get("minutes", "?")),
    "limit_reached": lambda p: _fill(tr("Loan limit reached: %1 %2 items on loan. Take one "
                                        "back, or override with a reason."),
                                     p.get("limit", "?"), _kind(p)),
    "item_unknown": lambda p: tr("Unknown item: no copy has this barcode. Check the barcode; "
                                 "put the item aside for cataloguing."),
    "item_not_loanable": lambda p: tr("This copy is for use in the library only. Override "
                                      "only with a reason."),
    "item_on_loan": lambda p: tr("This copy is still on loan to another patron. Check it in "
                                 "first, or override: that loan ends and its fee stays."),
    "item_already_yours": lambda p: _fill(tr("This patron already has this copy (due %1)."),
                                          p.get("due", "?")),
    "item_on_hold_for_other": lambda p: tr("This copy is held for another patron. Put it on "
                                           "the holds shelf, or override with a reason."),
    "item_missing_parts": lambda p: _fill(tr("Incomplete set: part %1 of %2 is missing. Find "
                                             "it before lending."),
                                          p.get("missing", "?"), p.get("parts", "?")),
    "has_overdue": lambda p: _fill(tr("The patron has %1 overdue items. Ask for them back, "
                                      "or override with a reason."), p.get("count", "?")),
    "has_fees": lambda p: _fill(tr("The patron owes ¥%1 in fees. Take the payment (Ctrl+M), "
                                   "or override with a reason."), p.get("amount", "?")),
    "renew_limit": lambda p: tr("This loan has been renewed as often as allowed."),
    "renew_not_allowed": lambda p: tr("This kind of item is not renewable."),
    "renew_reserved": lambda p: tr("Another patron has reserved this title: no renewal."),
    "not_on_loan": lambda p: tr("This copy is not on loan to this patron."),
    "hold_exists": lambda p: tr("The patron already has a hold on this title."),
    "hold_limit": lambda p: _fill(tr("Hold limit reached (%1 holds)."), p.get("limit", "?")),
    "offline_not_allowed": lambda p: tr("The centre cannot be reached and this needs it. Try "
                                        "again when the desk is online."),
    "offline_cap": lambda p: _fill(tr("Offline limit reached: %1 items per patron while the "
                                      "centre cannot be reached."), p.get("limit", "?")),
    "clock_skew": lambda p: tr("This desk's clock is wrong, so syncing stopped. Correct the "
                               "computer's clock."),
    "security_failed": lambda p: tr("Lent, but the tag's security was not switched. Put the "
                                    "item on the pad again, or switch it by hand."),
    "rejected_by_centre": lambda p: _fill(tr("The centre refused this: %1"),
                                          p.get("detail", "")),
}


def refusal_text(refusal: Refusal | None) -> str:
    """A refusal, as the librarian should read it."""
    if refusal is None:
        return ""
    say = REFUSALS.get(refusal.code)
    if say is None:
        return _fill(tr("Refused (%1)."), refusal.code)
    return say(refusal.params or {})


def refusal_name(code: str) -> str:
    """A refusal's short name, for a chart's legend."""
    names = {
        "patron_unknown": tr("Unknown card"), "patron_blocked": tr("Card blocked"),
        "patron_expired": tr("Card expired"), "card_lost": tr("Card lost"),
        "limit_reached": tr("Loan limit"), "item_unknown": tr("Unknown item"),
        "item_not_loanable": tr("Library use only"), "item_on_loan": tr("Still on loan"),
        "item_already_yours": tr("Already on loan to the patron"),
        "item_on_hold_for_other": tr("Held for another patron"),
        "item_missing_parts": tr("Incomplete set"), "has_overdue": tr("Overdue items"),
        "has_fees": tr("Unpaid fees"), "renew_limit": tr("Renewal limit"),
        "renew_not_allowed": tr("Not renewable"), "renew_reserved": tr("Reserved by another"),
        "not_on_loan": tr("Not on loan"), "hold_exists": tr("Hold exists"),
        "hold_limit": tr("Hold limit"), "offline_cap": tr("Offline limit"),
        "offline_not_allowed": tr("Needs the centre"), "security_failed": tr("Security tag"),
        "rejected_by_centre": tr("Refused by the centre"), "pin_wrong": tr("Wrong PIN"),
        "pin_locked": tr("PIN locked"),
        "clock_skew": tr("Clock wrong"),
    }
    return names.get(code) or _fill(tr("Other (%1)"), code)


def case_kind(kind: str) -> str:
    """An exception's kind, named for what really happened."""
    kinds = {
        "double_checkout": tr("Two offline loans of one copy"),
        "override_on_loan": tr("Override ended another patron's loan"),
        "offline_policy": tr("Offline loan against the rules"),
        "unknown_item": tr("Unknown item returned"),
        "stale_checkin": tr("Late return record"),
        "backdated_checkin": tr("Return dated before the terminal's last sync"),
        "payment_after_logout": tr("Payment after the reader left"),
        "security_failed": tr("Security switch failed"),
    }
    return kinds.get(kind) or _fill(tr("Other case (%1)"), kind)


def case_detail(case: Mapping, when: Callable[[str], str], money: Callable[[int], str]) -> str:
    """What the centre did about a case, in sentences, from its facts (case['detail'])."""
    d = case.get("detail") or {}
    kind = case.get("kind", "")
    item = d.get("item") or case.get("item", "")
    copy = f"{item} «{d['title']}»" if d.get("title") else item
    lines = []
    if kind in ("double_checkout", "override_on_loan") and d.get("closed_patron"):
        lines.append(_fill(tr("%1: the loan of %2 was ended at %3, when %4 borrowed it."),
                           copy, d["closed_patron"], when(d.get("closed_at", "")),
                           d.get("by_patron", "")))
        if kind == "override_on_loan":
            lines.append(_fill(tr("Overridden by %1: “%2”."), d.get("by", ""),
                               d.get("reason", "")))
        if d.get("fee_fen"):
            lines.append(_fill(tr("The overdue fee of %1 stays on %2's account."),
                               money(int(d["fee_fen"])), d["closed_patron"]))
        lines.append(tr("Check where the copy is and call the patron(s) if needed."))
    elif kind == "offline_policy":
        rules = ", ".join(refusal_name(code) for code in d.get("refusals", []))
        lines.append(_fill(tr("%1 was lent offline to %2 against the rules (%3)."), copy,
                           d.get("by_patron", ""), rules or "?"))
        lines.append(tr("The loan stands; talk to the patron at the next visit."))
    elif kind == "unknown_item":
        lines.append(_fill(tr("%1 was returned at %2 but the centre has no such item."), item,
                           when(d.get("checkin_at", ""))))
        lines.append(tr("Find the item on the returns trolley and catalogue or relabel it."))
    elif kind == "security_failed":
        state = tr("on loan") if d.get("on_loan") else tr("in library")
        lines.append(_fill(tr("%1: the security of %2 tag(s) was not set to “%3” at the "
                              "terminal."), copy or "—", len(d.get("tags", [])), state))
        lines.append(tr("Put the item on the pad (Tags, Ctrl+4) and check it at the gate."))
    elif kind == "backdated_checkin":
        lines.append(_fill(tr("A return of %1 dated %2 came after the terminal had reported "
                              "an empty queue at %3: %4's overdue fee is counted to %3."),
                           copy, when(d.get("checkin_at", "")), when(d.get("counted_to", "")),
                           d.get("closed_patron", "")))
        lines.append(tr("Check the terminal's clock; waive the difference if the reader was "
                        "not at fault."))
    elif kind == "stale_checkin":
        lines.append(_fill(tr("A return of %1 recorded at %2 is older than %3's loan from %4, "
                              "which stays open."), copy, when(d.get("checkin_at", "")),
                           d.get("closed_patron", ""), when(d.get("out_at", ""))))
        lines.append(tr("Check whether the patron still has the copy."))
    elif kind == "payment_after_logout":
        where = d.get("terminal") or tr("a terminal")
        lines.append(_fill(tr("%1 paid %2 on the phone at %3, after leaving %4. The payment is "
                              "recorded; the terminal offers its receipt at the next log-in."),
                           d.get("patron", ""), money(int(d.get("amount_fen") or 0)),
                           when(d.get("paid_at", "")), where))
        lines.append(tr("Nothing to do unless the reader asks: the fees are settled."))
    else:
        patrons = ", ".join(case.get("patrons", []))
        lines.append(_fill(tr("Item %1, patrons %2."), item or "—", patrons or "—"))
    return "\n".join(lines)


def act_name(txn_type: str) -> str:
    """An act of the outbox (kiosk.ports.backend.TXN_TYPES)."""
    return {"checkout": tr("Check out"), "checkin": tr("Check in"), "renew": tr("Renew"),
            "hold": tr("Hold"), "cancel_hold": tr("Cancel hold"), "pay": tr("Payment"),
            "waive": tr("Waiver"), "pay_cash": tr("Cash payment")}.get(txn_type, txn_type)


def delivery_state(state: str) -> str:
    """Where an outbox entry stands (sync.outbox.STATES)."""
    return {"queued": tr("waiting to send"), "delivering": tr("sending"),
            "applied": tr("accepted"), "rejected": tr("refused"),
            "conflict": tr("accepted, with a case")}.get(state, state)


def route_text(route: str) -> str:
    """Where a returned item goes."""
    return {"holds_shelf": tr("to the holds shelf"), "transit": tr("to send on"),
            "desk": tr("to the desk")}.get(route, tr("to the shelf"))


def error_code_text(code: str) -> str | None:
    """A staff request's failure (kiosk.services.staff.StaffError codes, the centre's errors)."""
    known = {
        "bad_login": tr("Wrong user name or password."),
        "staff_locked": tr("Too many wrong passwords: this user is locked for a while."),
        "offline": tr("The centre does not answer. Nothing was recorded; try again."),
        "forbidden": tr("Your role may not do this."),
        "staff_only": tr("Sign in first."),
        "not_signed_in": tr("Sign in first."),
        "reason_needed": tr("Give a reason."),
        "not_overridable": tr("This refusal cannot be overridden."),
        "tag_write_failed": tr("The tag was not written correctly."),
        "no_pad": tr("No RFID pad is connected."),
        "no_printer": tr("No receipt printer is connected."),
        "printer": tr("The printer did not print (paper out or offline?)."),
        "already_resolved": tr("Someone has already resolved this case."),
        "bad_input": tr("Something is missing or wrong in what was entered."),
        "alert_cancelled": tr("The reader cancelled this call."),
        "alert_unknown": tr("This call is no longer there."),
    }
    return known.get(code)
