"""Fixtures: a real central server (uvicorn on loopback) with the demo library,
and a small HTTP client for it."""
from __future__ import annotations

import uuid

import pytest
import requests

from tests.central_server import CentralHandle, running_central, txn


class Api:
    """requests against one centre with one token; push() numbers seqs itself."""

    def __init__(self, central: CentralHandle, token: str | None = None):
        self.central, self.token = central, token or central.token
        self.session = requests.Session()
        self.seq = 0

    def request(self, method: str, path: str, **kw) -> requests.Response:
        headers = {**self.central.headers(self.token), **kw.pop("headers", {})}
        return self.session.request(method, self.central.api + path, headers=headers,
                                    timeout=kw.pop("timeout", 15), **kw)

    def get(self, path: str, **kw) -> requests.Response:
        return self.request("GET", path, **kw)

    def post(self, path: str, **kw) -> requests.Response:
        return self.request("POST", path, **kw)

    def push(self, *txns: dict) -> list[dict]:
        answer = self.post("/push", json={"transactions": list(txns)})
        assert answer.status_code == 200, answer.text
        return answer.json()["results"]

    def act(self, type_: str, payload: dict, at=None, txn_id: str | None = None) -> dict:
        """Push one new transaction and return its result."""
        self.seq += 1
        return self.push(txn(txn_id or str(uuid.uuid4()), self.seq, type_, payload, at))[0]


class Picker:
    """Hands out demo records no other test has used, so tests sharing a server
    do not step on each other."""

    def __init__(self, central: CentralHandle):
        self.central = central
        self.used: set[str] = set()

    def _take(self, sql: str, n: int, args=()) -> list[str]:
        with self.central.store.lock:
            rows = [r[0] for r in self.central.store.conn.execute(sql, args)]
        picked = [r for r in rows if r not in self.used][:n]
        assert len(picked) == n, f"not enough demo records for: {sql}"
        self.used.update(picked)
        return picked

    def items(self, n: int = 1, location_like: str = "SZL-%") -> list[str]:
        """Available Chinese books whose titles nobody holds."""
        return self._take(
            "SELECT barcode FROM items WHERE status = 'available' AND language = 'zh' AND "
            "material_type = 'book' AND parts = 1 AND location_id LIKE ? AND title_id NOT IN "
            "(SELECT title_id FROM holds WHERE status IN ('pending', 'waiting')) "
            "ORDER BY barcode", n, (location_like,))

    def patrons(self, n: int = 1, card_type: str = "pengcheng") -> list[str]:
        """Active cards of a type with no loans, holds or fees."""
        return self._take(
            "SELECT card FROM patrons WHERE status = 'active' AND card_type = ? AND blocks = '[]'"
            " AND card NOT IN (SELECT patron_card FROM loans) AND card NOT IN "
            "(SELECT patron_card FROM holds) AND card NOT IN (SELECT patron_card FROM fees) "
            "AND card > '0440000006' ORDER BY card", n, (card_type,))


@pytest.fixture(scope="module")
def central(tmp_path_factory):
    with running_central(tmp_path_factory.mktemp("central"), demo=True) as handle:
        yield handle


@pytest.fixture(scope="module")
def api(central):
    return Api(central)


@pytest.fixture(scope="module")
def pick(central):
    return Picker(central)


@pytest.fixture(scope="module")
def staff(central):
    """Api clients with the demo librarian's and supervisor's staff tokens."""
    def login(user: str) -> Api:
        answer = requests.post(central.api + "/staff/login",
                               json={"user": user, "password": user}, timeout=15)
        assert answer.status_code == 200, answer.text
        return Api(central, answer.json()["token"])
    return {"librarian": login("librarian"), "supervisor": login("supervisor")}
