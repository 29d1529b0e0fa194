import pytest

from kiosk.demo_data import demo_dataset, load_into
from sync.replica import Replica


@pytest.fixture(scope="session")
def demo_replica(tmp_path_factory):
    """One demo replica for the read-only search tests (building it takes ~1 s)."""
    replica = Replica(tmp_path_factory.mktemp("demo") / "replica.db")
    load_into(replica, demo_dataset())
    yield replica
    replica.close()
