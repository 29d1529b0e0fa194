"""The desk's backend: the REST backend with a librarian's staff token beside
the desk's device token (implements kiosk.ports.backend.StaffApi)."""
from __future__ import annotations

from sync.rest_backend import RestBackend


class DeskBackend(RestBackend):
    """The REST backend of a desk. It always speaks with the desk's device token
    (Authorization: Bearer), so the centre counts the desk in its fleet; after
    sign-in it adds the librarian's staff token (X-Staff-Token), and the centre
    then knows every push, override and waiver as this librarian's at this desk.
    A desk without a device token sends the staff token as its bearer token."""

    def __init__(self, url: str, token: str = "", **options):
        super().__init__(url, token, **options)
        self.device_token = token

    def set_staff(self, token: str | None) -> None:
        headers = self.session.headers
        headers.pop("X-Staff-Token", None)
        if token and self.device_token:
            headers["X-Staff-Token"] = token
        headers["Authorization"] = f"Bearer {self.device_token or token or ''}"

    def staff_login(self, user: str, password: str, *, timeout: float) -> dict:
        return self._call("POST", "/staff/login", json={"user": user, "password": password},
                          timeout=timeout)

    def get(self, path: str, *, timeout: float, **params):
        return self._call("GET", path, params=params or None, timeout=timeout)

    def post(self, path: str, body: dict, *, timeout: float):
        return self._call("POST", path, json=body, timeout=timeout)

    def put(self, path: str, body: dict, *, timeout: float):
        return self._call("PUT", path, json=body, timeout=timeout)
