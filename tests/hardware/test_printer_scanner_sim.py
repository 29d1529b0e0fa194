"""Receipt printing checked on python-escpos's own output bytes; scanners; simulators."""
from __future__ import annotations

import socket
import threading
from datetime import date, datetime

import pytest

import hardware
from hardware.drivers.wedge import WedgeDetector
from tests.hardware.test_rfid_serial_drivers import Events

RECEIPT = hardware.Receipt(
    "深圳图书馆", heading="借书凭条", when=datetime(2025, 3, 1, 10, 30),
    items=(hardware.ReceiptItem("三体", "31234567890", due=date(2025, 3, 29)),),
    card_number="4403001234567890", qr_payload="https://lib.example/r/abc", due_label="应还")


def test_chinese_receipt_bytes_from_python_escpos():
    printer = hardware.open_device("printer", "sim:")
    printer.open()
    printer.print_receipt(RECEIPT)
    out = printer.printed
    assert b"\x1c\x26" + "深圳图书馆".encode("gb18030") in out  # FS & (Chinese mode) then GB18030
    assert "应还: 2025-03-29".encode("gb18030") in out
    assert b"2025-03-01 10:30" in out
    assert b"************7890" in out and b"4403001234" not in out
    payload = b"https://lib.example/r/abc"
    assert b"\x1d(k" + (len(payload) + 3).to_bytes(2, "little") + b"1P0" + payload in out
    assert out.endswith(b"\x1dVA\x00") or b"\x1dV" in out[-8:]


def test_code_page_printer_to_a_file(tmp_path):
    path = tmp_path / "lp0"
    printer = hardware.open_device("printer", f"escpos:file:{path}", encoding="CP858")
    printer.open()
    printer.print_receipt(hardware.Receipt("Bibliothèque", card_number="****1234"))
    printer.close()
    out = path.read_bytes()
    assert "Bibliothèque".encode("cp858") in out and b"\x1c\x26" not in out


def test_paper_out_and_offline_are_reported_and_refused():
    printer = hardware.open_device("printer", "sim:")
    events = Events(printer)
    printer.open()
    printer.set_paper_out()
    with pytest.raises(hardware.DeviceUnavailable, match="paper out"):
        printer.print_receipt(RECEIPT)
    assert any(isinstance(e, hardware.PrinterStatus) and e.paper_out for e in events.items)
    assert not printer.health().ok
    printer.set_paper_out(False)
    printer.set_offline()
    with pytest.raises(hardware.DeviceUnavailable, match="offline"):
        printer.print_receipt(RECEIPT)
    assert printer.printed == b""


@pytest.mark.parametrize("number, shown", [
    ("4403001234567890", "************7890"), ("****7890", "****7890"), ("123", "123"),
    ("A-1234-5678", "*-****-5678")])
def test_card_numbers_never_show_more_than_four(number, shown):
    assert hardware.mask_card(number) == shown


def test_wedge_burst_is_a_scan_and_typing_is_not():
    wedge = WedgeDetector(max_gap=0.03, min_length=4)
    t = 100.0
    results = [wedge.feed(ch, t + i * 0.01) for i, ch in enumerate("9787020024759\r")]
    assert results[-1].code == "9787020024759" and all(r.swallow for r in results[1:])
    typed = [wedge.feed(ch, 200 + i * 0.2) for i, ch in enumerate("1234\r")]
    assert not any(r.code for r in typed) and not any(r.swallow for r in typed)
    mixed = [wedge.feed(ch, ts) for ch, ts in
             [("x", 300.0), ("y", 300.5), ("1", 301.0), ("2", 301.01), ("3", 301.02),
              ("4", 301.03), ("\r", 301.04)]]
    assert mixed[-1].code == "1234"
    assert wedge.feed("\r", 400.0).code is None


def test_wedge_scanner_classifies_an_e_card_with_the_config_pattern():
    scanner = hardware.open_device("scanner", "wedge:", max_gap=0.05, min_length=4,
                                   ecard_pattern=r"^(?:SZLIB:)?(?P<card>\d{6,20})$")
    events = Events(scanner)
    for i, ch in enumerate("SZLIB:44030012\r"):
        scanner.feed(ch, 10 + i * 0.005)
    for i, ch in enumerate("TSG0001\r"):
        scanner.feed(ch, 20 + i * 0.005)
    assert [(e.kind, e.patron_id) for e in events.items] == [("ecard", "44030012"),
                                                            ("barcode", "")]


def test_serial_scanner_reads_lines():
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)

    go = threading.Event()

    def send():
        conn, _ = server.accept()
        go.wait(10)  # pyserial's socket:// drops input that arrives while it opens
        conn.sendall(b"9787020024759\r\nTSG00")
        conn.sendall(b"01\r\n")
        conn.recv(1)  # hold the line open until the driver closes it
        conn.close()
    threading.Thread(target=send, daemon=True).start()
    scanner = hardware.open_device("scanner", f"serial:socket://127.0.0.1:{server.getsockname()[1]}")
    events = Events(scanner)
    scanner.open()
    go.set()
    try:
        events.wait_for(lambda e: getattr(e, "code", "") == "TSG0001")
        assert [e.code for e in events.items if isinstance(e, hardware.CodeScanned)] == [
            "9787020024759", "TSG0001"]
    finally:
        scanner.close()
        server.close()


def test_sim_card_and_pad_through_the_contracts():
    card = hardware.open_device("card", "sim:")
    events = Events(card)
    card.open()
    card.present("04 a1 b2 c3")
    card.remove()
    assert [type(e).__name__ for e in events.items] == ["CardPresented", "CardRemoved"]
    assert events.items[0].uid == "04A1B2C3"
    with pytest.raises(ValueError):
        card.present("not hex")

    pad = hardware.open_device("rfid", "sim:", afi_on_loan="0xC2", afi_in_library=7)
    pad_events = Events(pad)
    pad.open()
    try:
        tags = [pad.place(pad.make_tag(f"T{i}", "CN-1")) for i in range(10)]
        assert len(pad.inventory()) == 10
        assert len(pad_events.items[-1].tags) == 10
        assert pad.set_security(tags[0].uid, on_loan=True).afi == 0xC2
        pad.inject(tags[1].uid, "leave_on_write")
        with pytest.raises(hardware.TagGone):
            pad.set_security(tags[1].uid, on_loan=True)
        pad.inject(tags[2].uid, "no_verify")
        with pytest.raises(hardware.WriteVerifyFailed):
            pad.set_security(tags[2].uid, on_loan=True)
        pad.lift(tags[3].uid)
        assert tags[3].uid in pad_events.items[-1].removed
        assert len(pad.tags()) == 8  # tags[1] left during its write, tags[3] was lifted
    finally:
        pad.close()


@pytest.mark.parametrize("kind, spec, message", [
    ("camera", "sim:", "unknown device kind"),
    ("rfid", "usb:1", "scheme 'usb'"),
    ("rfid", "serial:/dev/ttyUSB0", "driver=3m810"),
    ("card", "no scheme", "no scheme"),
    ("printer", "escpos:parallel:1", "expected escpos:usb"),
])
def test_bad_specs_say_what_is_wrong(kind, spec, message):
    with pytest.raises(hardware.DeviceSpecError, match=message):
        device = hardware.open_device(kind, spec)
        device._make()
