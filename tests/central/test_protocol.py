"""Tokens, enrolment, OpenAPI, and the JSON shape of every refusal."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.central_server import txn

PROTECTED = [("GET", "/streams/items"), ("POST", "/push"), ("POST", "/auth"),
             ("GET", "/patrons/0440000001"), ("GET", "/items/3100000001"),
             ("POST", "/payments"), ("GET", "/payments/P1"), ("POST", "/heartbeat"),
             ("GET", "/fleet"), ("GET", "/exceptions"), ("GET", "/holds/shelf"),
             ("GET", "/stats"), ("GET", "/audit"), ("PUT", "/patrons/0440000001/notes")]


def test_time_needs_no_token(central):
    answer = requests.get(central.api + "/time", timeout=5)
    assert answer.status_code == 200
    now = datetime.fromisoformat(answer.json()["now"])
    assert abs((now - datetime.now(UTC)).total_seconds()) < 60


@pytest.mark.parametrize("method,path", PROTECTED)
@pytest.mark.parametrize("auth", [None, "Bearer not-a-token", "Basic dXNlcjpwdw=="])
def test_every_other_call_needs_a_valid_token(central, method, path, auth):
    headers = {"Authorization": auth} if auth else {}
    answer = requests.request(method, central.api + path, headers=headers, json={}, timeout=5)
    assert answer.status_code == 401
    assert answer.json()["error"] == "unauthorized"


def test_enrol_hands_out_the_token_once(central, api):
    printed = subprocess.run(
        [str(Path(sys.executable).parent / "kiosk"), "central", "enrol", "kiosk-7", "--branch", "FT",
         "--data-dir", str(central.app_store_path.parent)],
        capture_output=True, text=True, timeout=60, check=True).stdout
    token = re.search(r"token:\s+(\S+)", printed).group(1)
    code = re.search(r"enrolment code:\s+(\S+)", printed).group(1)

    first = requests.post(central.api + "/enrol", json={"code": code, "name": "Kiosk 7"},
                          timeout=5)
    assert first.status_code == 200
    assert first.json()["token"] == token
    again = requests.post(central.api + "/enrol", json={"code": code}, timeout=5)
    assert again.status_code == 403 and again.json()["error"] == "bad_code"
    assert requests.post(central.api + "/enrol", json={"code": "0000-0000-0000"},
                         timeout=5).json()["error"] == "bad_code"

    pulled = requests.get(central.api + "/streams/locations", timeout=5,
                          headers={"Authorization": f"Bearer {token}"})
    assert pulled.status_code == 200 and pulled.json()["records"]
    fleet = {d["device_id"]: d for d in api.get("/fleet").json()}
    assert fleet[first.json()["device_id"]]["name"] == "Kiosk 7"
    assert fleet[first.json()["device_id"]]["branch"] == "FT"


def test_openapi_describes_the_protocol(central):
    spec = requests.get(central.url + "/openapi.json", timeout=5).json()
    for path in ("/api/v1/streams/{kind}", "/api/v1/push", "/api/v1/enrol", "/api/v1/auth",
                 "/api/v1/payments", "/api/v1/pay/{order_id}", "/api/v1/exceptions",
                 "/api/v1/time", "/api/v1/staff/login"):
        assert path in spec["paths"], path


def test_fault_injection_is_off_by_default(central):
    answer = requests.post(central.url + "/_faults", json={"mode": "500"}, timeout=5)
    assert answer.status_code == 404 and answer.json()["error"] == "not_found"


BAD = [
    ("POST", "/push", {"transactions": [{"id": "x", "seq": "one", "occurred_at": "now",
                                         "type": "checkout", "payload": {}}]},
     422, ["transactions.0.seq", "transactions.0.occurred_at"]),
    ("POST", "/push", {"transactions": "all of them"}, 422, ["transactions"]),
    ("POST", "/push", {}, 422, ["transactions"]),
    ("POST", "/push", [1, 2], 422, ["body"]),
    ("POST", "/auth", {"card": "0440000001"}, 422, ["pin"]),
    ("POST", "/payments", {"patron": "0440000002", "fee_ids": []}, 422, ["fee_ids"]),
    ("POST", "/heartbeat", {"outbox": -1}, 422, ["outbox"]),
    ("POST", "/enrol", {"name": "x"}, 422, ["code"]),
    ("GET", "/streams/items?limit=0", None, 422, ["limit"]),
    ("GET", "/streams/items?limit=99999", None, 422, ["limit"]),
    ("GET", "/streams/items?cursor=yesterday", None, 400, ["yesterday"]),
    ("GET", "/streams/books", None, 404, ["books"]),
    ("GET", "/stats?day=30-11-2026", None, 422, ["day"]),
    ("GET", "/no/such/path", None, 404, ["/no/such/path"]),
    ("DELETE", "/push", None, 405, ["/push"]),
]


@pytest.mark.parametrize("method,path,body,status,named", BAD)
def test_bad_requests_get_a_json_4xx_naming_the_problem(staff, method, path, body, status,
                                                        named):
    answer = staff["supervisor"].request(method, path, json=body)
    assert answer.status_code == status, answer.text
    error = answer.json()
    assert set(error) >= {"error", "detail"}
    for word in named:
        assert word in error["detail"]


def test_malformed_json_is_a_4xx(api):
    answer = api.post("/push", data=b'{"transactions": [', headers={
        "Content-Type": "application/json"})
    assert answer.status_code == 422
    assert answer.json()["error"] == "bad_request"


def test_push_needs_a_readable_clock(api):
    body = {"transactions": []}
    missing = api.session.post(api.central.api + "/push", json=body, timeout=5,
                               headers={"Authorization": f"Bearer {api.token}"})
    assert missing.status_code == 400 and missing.json()["error"] == "bad_clock"
    garbled = api.post("/push", json=body, headers={"X-Kiosk-Clock": "teatime"})
    assert garbled.status_code == 400 and "teatime" in garbled.json()["detail"]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=3),
    max_leaves=8)
transactions = st.fixed_dictionaries({
    "id": st.text(min_size=1, max_size=10), "seq": st.integers(0, 10**6),
    "occurred_at": st.sampled_from(["2026-01-01T00:00:00+00:00", "2026-01-01T00:00:00"]),
    "type": st.sampled_from(["checkout", "checkin", "renew", "hold", "cancel_hold", "pay",
                             "waive", "pay_cash", "teleport"]),
    "payload": st.dictionaries(
        st.sampled_from(["patron", "item", "offline", "title_id", "hold_id", "order_id",
                         "fee_ids", "override", "by", "reason", "pickup_location"]),
        json_values, max_size=5)})


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=json_values | st.fixed_dictionaries({"transactions": st.lists(transactions,
                                                                            max_size=3)}))
def test_no_push_body_gets_a_server_error(api, body):
    """Junk bodies and junk payloads: 4xx for the first, per-transaction answers for the
    second, never a 5xx."""
    answer = api.post("/push", data=json.dumps(body),
                      headers={"Content-Type": "application/json"})
    assert answer.status_code < 500, answer.text
    if answer.status_code == 200:
        statuses = {r["status"] for r in answer.json()["results"]}
        assert statuses <= {"applied", "duplicate", "rejected", "conflict"}
    else:
        assert set(answer.json()) >= {"error", "detail"}


def test_a_junk_payload_is_rejected_with_its_field_named(api):
    result = api.push(txn(str(uuid.uuid4()), 1, "checkout", {"patron": 7, "item": "3100000001"}))[0]
    assert result["status"] == "rejected" and result["reason"] == "rejected_by_centre"
    assert "payload.patron" in result["message"]
