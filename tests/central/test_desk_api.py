"""What the centre gives the circulation desk: patron notes, a desk that is a
device and a librarian at once, and the demo centre's enrolment code."""
from __future__ import annotations

import requests

from tests.central.conftest import Api
from tests.central_server import running_central


def login(central, user: str) -> str:
    answer = requests.post(central.api + "/staff/login", json={"user": user, "password": user},
                           timeout=15)
    assert answer.status_code == 200, answer.text
    return answer.json()["token"]


def desk_api(central, user: str = "librarian") -> tuple[Api, dict]:
    """An enrolled desk device signed in as `user`: Bearer device token + X-Staff-Token."""
    device = central.enrol("desk 1", "SZL", kind="desk")
    api = Api(central, device["token"])
    api.session.headers["X-Staff-Token"] = login(central, user)
    return api, device


def pulled_patron(api: Api, card: str, cursor: str | None = None) -> tuple[dict | None, str]:
    params = {"limit": 5000, **({"cursor": cursor} if cursor else {})}
    page = api.get("/streams/patrons", params=params).json()
    return next((r for r in page["records"] if r["card"] == card), None), page["cursor"]


def desk_device(central) -> Api:
    """A desk's device token, no librarian signed in."""
    return Api(central, central.enrol("desk 0", "SZL", kind="desk")["token"])


def test_demo_notes_travel_in_the_patrons_stream_to_desks_only(central, api):
    desk = desk_device(central)
    record, _ = pulled_patron(desk, "0440000003")
    assert record["notes"] == "押金未补缴，请引导到服务台"
    assert pulled_patron(desk, "0440000004")[0]["notes"] == ""
    assert desk.get("/patrons/0440000003").json()["patron"]["notes"] == "押金未补缴，请引导到服务台"
    assert pulled_patron(api, "0440000003")[0]["notes"] == ""      # a terminal: none
    assert api.get("/patrons/0440000003").json()["patron"]["notes"] == ""


def test_staff_edit_notes_the_desks_then_pull_and_the_audit_keeps(central, staff, pick):
    api = desk_device(central)
    (card,) = pick.patrons()
    _, cursor = pulled_patron(api, card)
    answer = staff["librarian"].request("PUT", f"/patrons/{card}/notes",
                                        json={"notes": "  来电说证件丢失，新证待办  "})
    assert answer.status_code == 200
    assert answer.json()["patron"]["notes"] == "来电说证件丢失，新证待办"
    changed, _ = pulled_patron(api, card, cursor)          # a delta pull carries it
    assert changed["notes"] == "来电说证件丢失，新证待办"
    staff["librarian"].request("PUT", f"/patrons/{card}/notes", json={"notes": ""})
    assert pulled_patron(api, card)[0]["notes"] == ""
    first, second = [e for e in staff["supervisor"].get("/audit").json()
                     if e["action"] == "patron_notes" and e["detail"]["patron"] == card][:2]
    assert (first["by"], first["detail"]["before"], first["detail"]["notes"]) == \
        ("librarian", "来电说证件丢失，新证待办", "")
    assert second["detail"] == {"patron": card, "before": "", "notes": "来电说证件丢失，新证待办"}


def test_notes_are_for_staff_and_known_cards_only(api, staff):
    denied = api.request("PUT", "/patrons/0440000001/notes", json={"notes": "x"})
    assert denied.status_code == 403 and denied.json()["error"] == "staff_only"
    unknown = staff["librarian"].request("PUT", "/patrons/0000000000/notes", json={"notes": "x"})
    assert unknown.status_code == 404 and unknown.json()["error"] == "patron_unknown"
    too_long = staff["librarian"].request("PUT", "/patrons/0440000001/notes",
                                          json={"notes": "x" * 2001})
    assert too_long.status_code == 422 and "notes" in too_long.json()["detail"]


def test_a_desk_is_one_actor_device_and_librarian(central, pick):
    desk, device = desk_api(central)
    report = {"version": "1.2.3", "online": True, "outbox": 0, "devices": {}}
    assert desk.post("/heartbeat", json=report).status_code == 200
    row = next(d for d in desk.get("/fleet").json() if d["device_id"] == device["device_id"])
    assert (row["name"], row["version"], row["online"]) == ("desk 1", "1.2.3", True)
    assert desk.get("/audit").status_code == 200             # staff reads work

    (barcode,), (card,) = pick.items(), pick.patrons()
    lent = desk.act("checkout", {"patron": card, "item": barcode})
    assert lent["status"] == "applied"
    with central.store.lock:
        logged = central.store.row("SELECT device_id, channel, staff_user FROM txns "
                                   "WHERE id = ?", (lent["id"],))
    assert logged == {"device_id": device["device_id"], "channel": "desk",
                      "staff_user": "librarian"}
    refused = desk.act("checkout", {"patron": "0440000003", "item": pick.items()[0],
                                    "override": {"by": "librarian", "reason": "ID seen"}})
    assert refused["status"] == "applied"
    [entry] = [e for e in desk.get("/audit").json() if e["txn_id"] == refused["id"]]
    assert (entry["by"], entry["device_id"]) == ("librarian", device["device_id"])


def test_a_desk_device_token_alone_is_a_terminal_and_a_bad_staff_token_is_refused(central):
    desk, _ = desk_api(central)
    del desk.session.headers["X-Staff-Token"]
    refused = desk.get("/audit")
    assert refused.status_code == 403 and refused.json()["error"] == "staff_only"
    desk.session.headers["X-Staff-Token"] = "not-a-token"
    bad = desk.get("/fleet")
    assert bad.status_code == 401 and "X-Staff-Token" in bad.json()["detail"]
    # a staff token in both places is no device
    librarian = login(central, "librarian")
    alone = Api(central, librarian)
    alone.session.headers["X-Staff-Token"] = librarian
    assert alone.get("/fleet").status_code == 401


def test_a_demo_centre_enrols_any_number_of_devices_with_its_demo_code(central):
    made = [requests.post(central.api + "/enrol", json={"code": code, "name": f"desk {n}"},
                          timeout=15) for n, code in enumerate(("DEMO", "demo"))]
    assert [m.status_code for m in made] == [200, 200]
    ids = [m.json()["device_id"] for m in made]
    assert len(set(ids)) == 2
    heard = Api(central, made[1].json()["token"]).post(
        "/heartbeat", json={"version": "x", "online": True, "outbox": 0, "devices": {}})
    assert heard.status_code == 200
    names = {d["device_id"]: d["name"] for d in Api(central).get("/fleet").json()}
    assert (names[ids[0]], names[ids[1]]) == ("desk 0", "desk 1")


def test_only_a_demo_centre_has_a_demo_code(tmp_path):
    with running_central(tmp_path, demo=False) as central:
        refused = requests.post(central.api + "/enrol", json={"code": "DEMO"}, timeout=15)
        assert refused.status_code == 403 and refused.json()["error"] == "bad_code"
