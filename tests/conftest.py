"""Shared test set-up: an isolated Prefect home and one Prefect test server per session."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# Before Prefect is imported anywhere: never touch the user's Prefect home, never phone home.
_PREFECT_HOME = tempfile.mkdtemp(prefix="agefacts-prefect-")
os.environ["PREFECT_HOME"] = _PREFECT_HOME
os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
os.environ["DO_NOT_TRACK"] = "1"
os.environ.pop("PREFECT_API_URL", None)
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
for var in list(os.environ):
    if var.startswith("AGEFACTS_"):
        del os.environ[var]

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "raw" / "sources"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def prefect_harness():
    """One Prefect server for the whole session: it costs seconds to start."""
    from prefect.testing.utilities import prefect_test_harness

    # As long as `make` gives the temporary server: one slow start on a busy machine errors
    # every integration test of the session.
    timeout = int(os.environ.get("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120"))
    with prefect_test_harness(server_startup_timeout=max(timeout, 60)):
        yield


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture
def gold() -> dict:
    import json

    return json.loads((FIXTURES / "seeds_gold.json").read_text(encoding="utf-8"))
