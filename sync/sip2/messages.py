"""The SIP2 2.00 message table: fixed-field layout and variable field ids per command.

One table drives encoding, decoding, the probe's transcript and the docs, so a
layout is written down once. Field order follows the 3M specification, which is
also the order picky servers expect on the wire.
"""
from __future__ import annotations

from dataclasses import dataclass

DATE = 18  # YYYYMMDDZZZZHHMMSS


@dataclass(frozen=True)
class Layout:
    name: str
    fixed: tuple[tuple[str, int], ...]
    fields: tuple[str, ...]  # known variable field ids, in spec order
    required: tuple[str, ...] = ()  # ids a server needs on a request we send

    @property
    def fixed_width(self) -> int:
        return sum(width for _, width in self.fixed)


_PATRON_STATUS = ("patron_status", 14)
_LANGUAGE = ("language", 3)
_TXN = ("transaction_date", DATE)
_SUMMARY_COUNTS = tuple((f"{kind}_count", 4) for kind in (
    "hold_items", "overdue_items", "charged_items", "fine_items", "recall_items",
    "unavailable_holds"))
_CIRC_RESPONSE = ("AO", "AA", "AB", "AJ", "AH", "BT", "CI", "BH", "BV", "CK", "CH", "BK",
                  "AF", "AG")
_CIRC_FLAGS = (("ok", 1), ("renewal_ok", 1), ("magnetic_media", 1), ("desensitize", 1), _TXN)

LAYOUTS: dict[str, Layout] = {
    "93": Layout("Login", (("uid_algorithm", 1), ("pwd_algorithm", 1)),
                 ("CN", "CO", "CP"), ("CN", "CO")),
    "94": Layout("Login Response", (("ok", 1),), ()),
    "99": Layout("SC Status", (("status_code", 1), ("max_print_width", 3),
                               ("protocol_version", 4)), ()),
    "98": Layout("ACS Status", (("online_status", 1), ("checkin_ok", 1), ("checkout_ok", 1),
                                ("acs_renewal_policy", 1), ("status_update_ok", 1),
                                ("offline_ok", 1), ("timeout_period", 3),
                                ("retries_allowed", 3), ("date_time_sync", DATE),
                                ("protocol_version", 4)),
                 ("AO", "AM", "BX", "AN", "AF", "AG")),
    "23": Layout("Patron Status Request", (_LANGUAGE, _TXN), ("AO", "AA", "AC", "AD"),
                 ("AO", "AA", "AC", "AD")),
    "24": Layout("Patron Status Response", (_PATRON_STATUS, _LANGUAGE, _TXN),
                 ("AO", "AA", "AE", "BL", "CQ", "BH", "BV", "AF", "AG")),
    "63": Layout("Patron Information", (_LANGUAGE, _TXN, ("summary", 10)),
                 ("AO", "AA", "AC", "AD", "BP", "BQ"), ("AO", "AA")),
    "64": Layout("Patron Information Response",
                 (_PATRON_STATUS, _LANGUAGE, _TXN, *_SUMMARY_COUNTS),
                 ("AO", "AA", "AE", "BZ", "CA", "CB", "BL", "CQ", "BH", "BV", "CC", "AS",
                  "AT", "AU", "AV", "BU", "CD", "BD", "BE", "BF", "AF", "AG")),
    "11": Layout("Checkout", (("sc_renewal_policy", 1), ("no_block", 1), _TXN,
                              ("nb_due_date", DATE)),
                 ("AO", "AA", "AB", "AC", "CH", "AD", "BO", "BI"), ("AO", "AA", "AB", "AC")),
    "12": Layout("Checkout Response", _CIRC_FLAGS, _CIRC_RESPONSE),
    "09": Layout("Checkin", (("no_block", 1), _TXN, ("return_date", DATE)),
                 ("AP", "AO", "AB", "AC", "CH", "BI"), ("AP", "AO", "AB", "AC")),
    "10": Layout("Checkin Response", (("ok", 1), ("resensitize", 1), ("magnetic_media", 1),
                                      ("alert", 1), _TXN),
                 ("AO", "AB", "AQ", "AJ", "CL", "AA", "CK", "CH", "AF", "AG")),
    "29": Layout("Renew", (("third_party_allowed", 1), ("no_block", 1), _TXN,
                           ("nb_due_date", DATE)),
                 ("AO", "AA", "AD", "AB", "AJ", "AC", "CH", "BO"), ("AO", "AA")),
    "30": Layout("Renew Response", _CIRC_FLAGS, _CIRC_RESPONSE),
    "65": Layout("Renew All", (_TXN,), ("AO", "AA", "AD", "AC", "BO"), ("AO", "AA")),
    "66": Layout("Renew All Response", (("ok", 1), ("renewed_count", 4),
                                        ("unrenewed_count", 4), _TXN),
                 ("AO", "BM", "BN", "AF", "AG")),
    "15": Layout("Hold", (("hold_mode", 1), _TXN),
                 ("BW", "BS", "BY", "AO", "AA", "AD", "AB", "AJ", "AC", "BO"), ("AO", "AA")),
    "16": Layout("Hold Response", (("ok", 1), ("available", 1), _TXN),
                 ("BW", "BR", "BS", "AO", "AA", "AB", "AJ", "AF", "AG")),
    "37": Layout("Fee Paid", (_TXN, ("fee_type", 2), ("payment_type", 2),
                              ("currency_type", 3)),
                 ("BV", "AO", "AA", "AC", "AD", "CG", "BK"), ("BV", "AO", "AA")),
    "38": Layout("Fee Paid Response", (("payment_accepted", 1), _TXN),
                 ("AO", "AA", "BK", "AF", "AG")),
    "17": Layout("Item Information", (_TXN,), ("AO", "AB", "AC"), ("AO", "AB")),
    "18": Layout("Item Information Response", (("circulation_status", 2),
                                               ("security_marker", 2), ("fee_type", 2), _TXN),
                 ("CF", "AH", "CJ", "CM", "AB", "AJ", "BG", "BH", "BV", "CK", "AQ", "AP",
                  "CH", "AF", "AG")),
    "19": Layout("Item Status Update", (_TXN,), ("AO", "AB", "AC", "CH"), ("AO", "AB", "CH")),
    "20": Layout("Item Status Update Response", (("item_properties_ok", 1), _TXN),
                 ("AB", "AJ", "CH", "AF", "AG")),
    "25": Layout("Patron Enable", (_TXN,), ("AO", "AA", "AC", "AD"), ("AO", "AA")),
    "26": Layout("Patron Enable Response", (_PATRON_STATUS, _LANGUAGE, _TXN),
                 ("AO", "AA", "AE", "BL", "CQ", "AF", "AG")),
    "35": Layout("End Patron Session", (_TXN,), ("AO", "AA", "AC", "AD"), ("AO", "AA")),
    "36": Layout("End Session Response", (("end_session", 1), _TXN),
                 ("AO", "AA", "AF", "AG")),
    "01": Layout("Block Patron", (("card_retained", 1), _TXN), ("AO", "AL", "AA", "AC"),
                 ("AO", "AL", "AA", "AC")),
    "97": Layout("Request ACS Resend", (), ()),
    "96": Layout("Request SC Resend", (), ()),
}

#: Human names of the variable fields, for transcripts.
FIELD_NAMES: dict[str, str] = {
    "AA": "patron identifier", "AB": "item identifier", "AC": "terminal password",
    "AD": "patron password", "AE": "personal name", "AF": "screen message",
    "AG": "print line", "AH": "due date", "AJ": "title identifier",
    "AL": "blocked card message", "AM": "library name", "AN": "terminal location",
    "AO": "institution id", "AP": "current location", "AQ": "permanent location",
    "AS": "hold item", "AT": "overdue item", "AU": "charged item", "AV": "fine item",
    "AY": "sequence number", "AZ": "checksum", "BD": "home address", "BE": "e-mail address",
    "BF": "home phone number", "BG": "owner", "BH": "currency type", "BI": "cancel",
    "BK": "transaction id", "BL": "valid patron", "BM": "renewed item",
    "BN": "unrenewed item", "BO": "fee acknowledged", "BP": "start item", "BQ": "end item",
    "BR": "queue position", "BS": "pickup location", "BT": "fee type", "BU": "recall item",
    "BV": "fee amount", "BW": "expiration date", "BX": "supported messages",
    "BY": "hold type", "BZ": "hold items limit", "CA": "overdue items limit",
    "CB": "charged items limit", "CC": "fee limit", "CD": "unavailable hold item",
    "CF": "hold queue length", "CG": "fee identifier", "CH": "item properties",
    "CI": "security inhibit", "CJ": "recall date", "CK": "media type", "CL": "sort bin",
    "CM": "hold pickup date", "CN": "login user id", "CO": "login password",
    "CP": "location code", "CQ": "valid patron password",
}

#: Ids whose values must never appear in a transcript or a log.
SECRET_FIELDS = frozenset({"AC", "AD", "CO"})

#: Request code -> the response code it is answered with.
RESPONSE_TO: dict[str, str] = {
    "93": "94", "99": "98", "23": "24", "63": "64", "11": "12", "09": "10", "29": "30",
    "65": "66", "15": "16", "37": "38", "17": "18", "19": "20", "25": "26", "35": "36",
    "01": "24",
}
