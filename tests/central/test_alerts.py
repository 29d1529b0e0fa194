"""Help alerts over HTTP: a terminal calls, the desks of its branch (only) see the
call with the terminal's name, one acknowledges, the terminal reads who is coming."""
from __future__ import annotations

import requests

from tests.central.conftest import Api


def desk_at(central, branch: str) -> Api:
    """A librarian signed in at an enrolled desk of `branch`."""
    device = central.enrol(f"desk {branch}", branch)
    token = requests.post(central.api + "/staff/login", json={"user": "librarian",
                          "password": "librarian"}, timeout=15).json()["token"]
    desk = Api(central, device["token"])
    desk.session.headers["X-Staff-Token"] = token
    return desk


def test_a_call_reaches_the_desks_of_its_branch_and_is_acknowledged(central):
    terminal = Api(central, central.enrol("自助借还机 3F", "SZL")["token"])
    here, elsewhere = desk_at(central, "SZL"), desk_at(central, "FT")
    made = terminal.post("/alerts", json={"kind": "help"})
    assert made.status_code == 201 and made.json()["status"] == "open"
    alert_id = made.json()["id"]

    [seen] = [a for a in here.get("/alerts", params={"status": "open"}).json()
              if a["id"] == alert_id]
    assert seen["device_name"] == "自助借还机 3F" and seen["branch"] == "SZL"
    assert seen["created_at"] and seen["status"] == "open" and seen["acked_by"] == ""
    assert all(a["id"] != alert_id for a in elsewhere.get("/alerts").json())
    assert elsewhere.post(f"/alerts/{alert_id}/ack").status_code == 404

    acked = here.post(f"/alerts/{alert_id}/ack")
    assert acked.status_code == 200 and acked.json()["acked_by"] == "librarian"
    assert terminal.get(f"/alerts/{alert_id}").json() == {
        "id": alert_id, "status": "acked", "acked_by": "librarian"}
    assert all(a["id"] != alert_id for a in here.get("/alerts", params={"status": "open"}).json())
    late = terminal.post(f"/alerts/{alert_id}/cancel")     # staff are already on the way
    assert late.status_code == 409 and late.json()["error"] == "alert_acked"


def test_a_reader_cancels_and_only_the_calling_terminal_sees_its_call(central):
    terminal = Api(central, central.enrol("自助借还机 4F", "SZL")["token"])
    other = Api(central, central.enrol("自助借还机 5F", "SZL")["token"])
    alert_id = terminal.post("/alerts", json={"kind": "help"}).json()["id"]
    assert other.get(f"/alerts/{alert_id}").status_code == 404
    assert other.post(f"/alerts/{alert_id}/cancel").status_code == 404
    assert terminal.post(f"/alerts/{alert_id}/cancel").json()["status"] == "cancelled"
    desk = desk_at(central, "SZL")
    assert all(a["id"] != alert_id for a in desk.get("/alerts", params={"status": "open"}).json())
    refused = desk.post(f"/alerts/{alert_id}/ack")
    assert refused.status_code == 409 and refused.json()["error"] == "alert_cancelled"


def test_alerts_refuse_the_wrong_caller_and_bad_input_with_4xx(central, staff):
    terminal = Api(central)
    assert terminal.get("/alerts").status_code == 403                 # a terminal reads none
    assert staff["librarian"].post("/alerts", json={"kind": "help"}).status_code == 403
    assert terminal.post("/alerts", json={"kind": "fire"}).status_code == 422
    assert terminal.post("/alerts", data="not json").status_code == 422
    assert terminal.get("/alerts/nope").status_code == 404
    assert staff["librarian"].get("/alerts", params={"status": "maybe"}).status_code == 422
    nobody = requests.post(central.api + "/alerts", json={"kind": "help"}, timeout=15)
    assert nobody.status_code == 401
