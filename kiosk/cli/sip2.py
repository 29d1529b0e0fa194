"""``kiosk sip2 probe``: commission a terminal against a library system over SIP2.

It logs in, asks the ACS status and, for the patron and item given, their
information, printing every message sent and received in readable form
(passwords and PINs masked), so an administrator can see at once what the
server accepts and what it answers. It ends with a report: which acts the ACS
supports and allows, which fields each answer carried, whether the PIN was
checked (CQ), and whether the 64 item lists hold barcodes or titles.
"""
from __future__ import annotations

import argparse
import sys

from sync.sip2.client import Sip2Client, Sip2Error
from sync.sip2.codec import Message, decode, make
from sync.sip2.messages import FIELD_NAMES, SECRET_FIELDS
from sync.sip2.settings import PROFILES, Sip2Settings

#: The BX "supported messages" positions, as the acts they carry.
SUPPORTED = ("patron status", "checkout", "checkin", "block patron", "SC status",
             "request ACS resend", "login", "patron information", "end patron session",
             "fee paid", "item information", "item status update", "patron enable", "hold",
             "renew", "renew all")


def register(subparsers) -> None:
    sip2 = subparsers.add_parser("sip2", help="SIP2 tools (commissioning against an ILS)")
    sip2.set_defaults(func=lambda args: sip2.print_help() or 2)
    commands = sip2.add_subparsers(dest="sip2_command", metavar="COMMAND")
    probe = commands.add_parser(
        "probe", help="log in, ask the ACS status and look up a patron and an item",
        description="Log in to a SIP2 server, ask its status and, if given, a patron's and "
                    "an item's information; print a transcript of every message.")
    probe.add_argument("--host", required=True)
    probe.add_argument("--port", type=int, required=True)
    probe.add_argument("--user", default="", help="SIP2 login user (CN)")
    probe.add_argument("--password", default="", help="SIP2 login password (CO)")
    probe.add_argument("--location", default="", help="location code (CP)")
    probe.add_argument("--institution", default="", help="institution id (AO)")
    probe.add_argument("--terminal-password", default="",
                       help="terminal password (AC), sent with patron and item messages")
    probe.add_argument("--patron", help="a patron's card number")
    probe.add_argument("--pin", default="", help="that patron's PIN")
    probe.add_argument("--item", help="an item's barcode")
    probe.add_argument("--tls", action="store_true", help="connect with TLS")
    probe.add_argument("--ca-file", default="", help="CA certificate for the server's TLS")
    probe.add_argument("--cert", default="", help="this terminal's TLS client certificate")
    probe.add_argument("--key", default="", help="its private key (default: in --cert)")
    probe.add_argument("--encoding", default="utf-8",
                       help="utf-8, gb18030, latin-1, cp850, ascii ...")
    probe.add_argument("--profile", default="generic", choices=sorted(PROFILES))
    probe.add_argument("--timeout", type=float, default=10.0, help="seconds per answer")
    probe.set_defaults(func=run_probe)


def run_probe(args: argparse.Namespace, out=None) -> int:
    out = out or sys.stdout
    try:
        settings = Sip2Settings(host=args.host, port=args.port, tls=args.tls,
                                tls_ca_file=args.ca_file, tls_cert_file=args.cert,
                                tls_key_file=args.key, user=args.user,
                                password=args.password, location=args.location,
                                institution=args.institution,
                                terminal_password=args.terminal_password,
                                encoding=args.encoding, profile=args.profile,
                                timeout_s=args.timeout, heartbeat_s=0)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    answers: dict[str, Message] = {}

    def transcript(direction: str, frame: bytes, message: Message | None) -> None:
        print(describe(direction, frame, message, settings.encoding), file=out)
        if direction == "recv" and message is not None:
            answers.setdefault(message.code, message)
    client = Sip2Client(settings, transcript=transcript)
    print(f"# SIP2 probe of {args.host}:{args.port}{' (TLS)' if args.tls else ''}", file=out)
    lists = ""
    try:
        status = client.connect()
        print(f"# ACS online={status.fixed['online_status']} "
              f"offline_ok={status.fixed['offline_ok']} supports={status.get('BX')}", file=out)
        base = {"AO": args.institution, "AC": args.terminal_password}
        if args.patron:
            client.request(make("23", {**base, "AA": args.patron, "AD": args.pin},
                                language="000", transaction_date=client.now()))
            info = client.request(make("63", {**base, "AA": args.patron, "AD": args.pin or None},
                                       language="000", transaction_date=client.now(),
                                       summary="  Y       "))
            if charged := info.all("AU"):  # an item the ACS knows by this value: barcodes
                known = client.request(make("17", {**base, "AB": charged[0]},
                                            transaction_date=client.now()))
                lists = "barcodes" if known.get("AJ") else "titles"
        if args.item:
            client.request(make("17", {**base, "AB": args.item},
                                transaction_date=client.now()))
        if args.patron:
            client.request(make("35", {**base, "AA": args.patron, "AD": args.pin or None},
                                transaction_date=client.now()))
    except Sip2Error as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        client.close()
    for line in report(answers, lists, bool(args.pin)):
        print(line, file=out)
    print("# probe finished: every request was answered", file=out)
    return 0


def report(answers: dict[str, Message], lists: str, pin_given: bool) -> list[str]:
    """What the server supports and sends, as the terminal's settings need it."""
    lines = []
    status = answers.get("98")
    if status is not None:
        flags = status.get("BX")
        acts = [f"{name} {'yes' if i >= len(flags) or flags[i] == 'Y' else 'NO'}"
                for i, name in enumerate(SUPPORTED)]
        lines.append("# supports (BX): " + ", ".join(acts)
                     + ("  [no BX sent: all assumed]" if not flags else ""))
        allowed = {"checkin_ok": "checkin", "checkout_ok": "checkout",
                   "acs_renewal_policy": "renew", "offline_ok": "acts recorded offline"}
        lines.append("# allows now (98): " + ", ".join(
            f"{act} {'yes' if status.fixed[flag] == 'Y' else 'NO'}"
            for flag, act in allowed.items()))
    for code, message in sorted(answers.items()):
        if code in ("94", "96"):
            continue
        lines.append(f"# fields in {code} {message.layout.name}: "
                     + (" ".join(message.fields) or "(none)"))
    patron = answers.get("24")
    if patron is not None and pin_given:
        cq = patron.get("CQ") if "CQ" in patron.fields else ""
        lines.append("# PIN: " + (f"checked (CQ {cq})" if cq else
                                  "NOT checked (no CQ): the terminal refuses such logins "
                                  "unless [sip2] accept_missing_cq = true"))
    if lists:
        lines.append(f"# 64 item lists hold {lists}" + (
            ": use profile evergreen, or msg64_summary_datatype = barcode on Evergreen"
            if lists == "titles" else ""))
    info = answers.get("64")
    if info is not None and ("BV" in info.fields or info.all("AV")):
        lines.append(f"# fees owed (BV): {info.get('BV') or '0'} {info.get('BH')}".rstrip())
    return lines


def describe(direction: str, frame: bytes, message: Message | None, encoding: str) -> str:
    """A transcript entry: the raw frame (secrets masked) and one line per field."""
    arrow = ">>" if direction == "send" else "<<"
    raw = frame.rstrip(b"\r").decode(encoding, errors="replace")
    if message is None:
        return f"{arrow} {raw}\n   (damaged or unreadable frame)"
    if direction == "send":  # show the sequence and checksum the client added
        message = decode(frame, encoding=encoding)
    for fid in SECRET_FIELDS:
        for value in message.all(fid):
            if value:
                raw = raw.replace(f"{fid}{value}|", f"{fid}****|")
    trailer = "" if message.sequence is None else f" seq {message.sequence}"
    trailer += f" checksum {message.checksum}" if message.checksum else ""
    lines = [f"{arrow} {raw}", f"   {message.code} {message.layout.name}{trailer}"]
    lines += [f"     {name:<28} {value!r}" for name, value in message.fixed.items()]
    for fid, values in message.fields.items():
        for value in values:
            shown = "****" if fid in SECRET_FIELDS and value else value
            lines.append(f"     {fid} {FIELD_NAMES.get(fid, 'unknown field'):<25} {shown!r}")
    return "\n".join(lines)
