"""Fault injection (for the terminal's robustness tests), and the centre going down
and coming back on the same port with the same data."""
from __future__ import annotations

import uuid

import pytest
import requests

from tests.central.conftest import Api
from tests.central_server import running_central, txn


@pytest.fixture(scope="module")
def central(tmp_path_factory):
    with running_central(tmp_path_factory.mktemp("faulty"), demo=True, faults=True) as handle:
        yield handle


@pytest.fixture(autouse=True)
def no_faults_left(central):
    yield
    central.clear_faults()


def checkout(pick, seq: int) -> dict:
    (barcode,), (card,) = pick.items(), pick.patrons()
    return txn(str(uuid.uuid4()), seq, "checkout", {"patron": card, "item": barcode})


def test_500_answers_without_doing_anything(central, api, pick):
    one = checkout(pick, 1)
    central.arm_fault("500", path="/api/v1/push")
    failed = api.post("/push", json={"transactions": [one]})
    assert failed.status_code == 500 and failed.json()["error"] == "injected_fault"
    assert api.push(one)[0]["status"] == "applied"


def test_reset_drops_the_connection_before_doing_anything(central, api, pick):
    one = checkout(pick, 2)
    central.arm_fault("reset", path="/api/v1/push")
    with pytest.raises(requests.ConnectionError):
        api.post("/push", json={"transactions": [one]})
    assert api.push(one)[0]["status"] == "applied"


def test_lose_answer_commits_then_drops_the_connection(central, api, pick):
    one = checkout(pick, 3)
    central.arm_fault("lose_answer", path="/api/v1/push")
    with pytest.raises(requests.ConnectionError):
        api.post("/push", json={"transactions": [one]})
    again = api.push(one)[0]
    assert again["status"] == "duplicate" and again["effect"]["loan_id"]


def test_slow_answers_late_but_answers(central, api):
    central.arm_fault("slow", path="/api/v1/time", delay_s=2.0)
    with pytest.raises(requests.Timeout):
        api.get("/time", timeout=0.3)
    assert api.get("/time").status_code == 200      # the fault was used up


def test_faults_match_their_path_and_count(central, api):
    central.arm_fault("500", count=2, path="/api/v1/fleet")
    assert api.get("/time").status_code == 200
    assert [api.get("/fleet").status_code for _ in range(3)] == [500, 500, 200]
    central.arm_fault("500", count=1)                # no path: any request
    assert api.get("/time").status_code == 500


@pytest.mark.parametrize("spec", [{"mode": "explode"}, {}, {"mode": "slow", "count": "x"}])
def test_a_bad_fault_is_refused(central, spec):
    answer = requests.post(central.url + "/_faults", json=spec, timeout=5)
    assert answer.status_code == 422 and answer.json()["error"] == "bad_request"


def test_the_centre_goes_down_and_comes_back_with_its_data(central, pick):
    api = Api(central)
    one = checkout(pick, 10)
    applied = api.push(one)[0]
    url = central.url
    central.stop()
    with pytest.raises(requests.ConnectionError):
        requests.get(url + "/api/v1/time", timeout=5)
    central.start()
    assert central.server.url == url
    again = Api(central).push(one)[0]               # same token, same answers, same file
    assert again["status"] == "duplicate" and again["effect"] == applied["effect"]
