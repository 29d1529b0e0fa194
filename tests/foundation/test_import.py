"""`kiosk import`: a SIP2 terminal's catalogue from a CSV export, all or nothing."""
import json

from tests.foundation.test_cli import kiosk


def test_import_titles_and_items_then_search(tmp_path):
    (tmp_path / "titles.csv").write_text(
        "\ufeffid,title,author,isbn,year,material_type,call_number\n"
        "K1,许三观卖血记,余华,978-7-5063-6544-4,2012,book,I247.57/20\n"
        "K2,The Old Man and the Sea,Ernest Hemingway,,1952,,I712.45/21\n", encoding="utf-8")
    (tmp_path / "items.csv").write_text(
        "barcode,title_id,location_id,status,language,parts\n"
        "31000001,K1,SZL-2A,available,zh,\n"
        "31000002,K2,SZL-2F,on_loan,foreign,2\n", encoding="utf-8")
    data = tmp_path / "data"
    assert "imported 2 titles" in kiosk("import", "titles", str(tmp_path / "titles.csv"),
                                        data_dir=data).stdout
    assert "imported 2 items" in kiosk("import", "items", str(tmp_path / "items.csv"),
                                       data_dir=data).stdout
    hits = json.loads(kiosk("search", "xsg", "--json", data_dir=data).stdout)
    assert hits[0]["title"] == "许三观卖血记" and hits[0]["available"] == 1
    old_man = json.loads(kiosk("search", "old man", "--json", data_dir=data).stdout)[0]
    assert old_man["available"] == 0 and old_man["material_type"] == "book"


def test_a_bad_row_stops_the_import_and_names_its_line(tmp_path):
    data = tmp_path / "data"
    kiosk("init", data_dir=data)
    (tmp_path / "items.csv").write_text(
        "barcode,title_id,status,parts\n"
        "31000001,K1,available,1\n"
        "31000002,,lost,two\n", encoding="utf-8")
    res = kiosk("import", "items", str(tmp_path / "items.csv"), data_dir=data, check=False)
    assert res.returncode == 1
    assert "items.csv line 3: title_id is empty" in res.stderr
    assert "line 3: parts 'two' is not a whole number" in res.stderr
    assert "line 3: status 'lost' is not one of available" in res.stderr
    assert "nothing was imported" in res.stderr
    hits = json.loads(kiosk("search", "31000001", "--json", data_dir=data).stdout)
    assert hits == []                                   # the good row was not loaded either


def test_wrong_header_names_the_columns(tmp_path):
    (tmp_path / "t.csv").write_text("ident,name\nK1,x\n", encoding="utf-8")
    res = kiosk("import", "titles", str(tmp_path / "t.csv"), data_dir=tmp_path, check=False)
    assert res.returncode == 1
    assert "missing column(s) id, title" in res.stderr
    assert "unknown column(s) ident, name" in res.stderr
