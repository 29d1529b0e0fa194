"""A property-based fuzz of the centre's whole OpenAPI (schemathesis): whatever a
client sends, the answer is never a 5xx (a 5xx tells a terminal to retry: one
bad act would block its queue for good).

The centre is the real server on loopback over a copy of the demo store; calls
carry a desk's device token and a supervisor's staff token, so every route is
reached past its authentication. Bounded to ~1-2 minutes (max_examples below).
"""
from __future__ import annotations

from datetime import UTC, datetime

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings

from tests.central_server import running_central

EXAMPLES = 50


@pytest.fixture(scope="module")
def fuzzed(tmp_path_factory):
    with running_central(tmp_path_factory.mktemp("fuzz"), demo=True) as central:
        desk = central.enrol("fuzzing desk")
        staff = requests.post(central.api + "/staff/login", timeout=15,
                              json={"user": "supervisor", "password": "supervisor"}).json()
        central.fuzz_headers = {"Authorization": f"Bearer {desk['token']}",
                                "X-Staff-Token": staff["token"]}
        yield central


def _operations(central) -> list:
    schema = schemathesis.openapi.from_url(central.url + "/openapi.json")
    return [result.ok() for result in schema.get_all_operations()]


def _call(case, central) -> None:
    headers = dict(case.headers or {})
    headers.update(central.fuzz_headers)
    if case.operation.path == "/api/v1/staff/logout":
        headers["X-Staff-Token"] = "not-our-token"     # keep the fuzzing session alive
    if case.operation.path == "/api/v1/push":
        headers["X-Kiosk-Clock"] = datetime.now(UTC).isoformat()
    case.headers = headers
    response = case.call(timeout=30)
    assert response.status_code < 500, f"{case.method} {case.formatted_path}: " \
        f"{response.status_code} {response.text[:500]}"


def test_no_request_gets_a_server_error(fuzzed):
    operations = _operations(fuzzed)
    assert len(operations) >= 20
    for operation in operations:
        @settings(max_examples=EXAMPLES, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def fuzz(case):
            _call(case, fuzzed)

        fuzz()
