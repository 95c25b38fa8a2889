from __future__ import annotations

import shutil
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _prefect(prefect_harness):
    """Every integration test talks to the session's Prefect test server."""
    yield


@pytest.fixture
def sources(tmp_path: Path, seeds_dir: Path) -> Path:
    """A private copy of the seed sources that a test may edit."""
    dst = tmp_path / "sources"
    shutil.copytree(seeds_dir, dst)
    return dst


@pytest.fixture
def warehouse_path(tmp_path: Path) -> Path:
    return tmp_path / "wh" / "agefacts.ducklake"
