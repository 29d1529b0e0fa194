"""Fixtures: pysip2's server with the in-memory library, on a free loopback port."""
from __future__ import annotations

import importlib.util

import pytest

from tests.peers import require_peer

#: pysip2 validates every fixed field as a date, a blank nb due date included
NB_DUE_DATE = "transaction_date"


@pytest.fixture
def library():
    require_peer(importlib.util.find_spec("pysip2") is not None,
                 "the pysip2 package (independent SIP2 server) is not installed")
    from tests.sip2.ils_server import Library
    return Library.demo()


@pytest.fixture
def ils(library):
    """Port of a running SIP2 server over ``library``."""
    from tests.sip2.ils_server import serve_in_thread
    with serve_in_thread(library) as port:
        yield port


@pytest.fixture
def settings(ils):
    from sync.sip2.settings import Sip2Settings
    from tests.sip2.ils_server import INSTITUTION, LOCATION, PASSWORD, USER
    return Sip2Settings(port=ils, user=USER, password=PASSWORD, location=LOCATION,
                        institution=INSTITUTION, timeout_s=5, heartbeat_s=0, currency="USD",
                        online_nb_due_date=NB_DUE_DATE)


@pytest.fixture
def backend(settings):
    from sync.sip2.backend import Sip2Backend
    backend = Sip2Backend(settings)
    backend.start()
    yield backend
    backend.close()
