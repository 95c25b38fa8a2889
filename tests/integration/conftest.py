from __future__ import annotations

import shutil
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _prefect(prefect_harness):
    """Every integration test talks to the session's Prefect test server."""
    yield


@pytest.fixture(autouse=True)
def _no_internet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Builds resolve citations from a private, empty HTTP cache and never go online; a test
    that serves a scholarly API on loopback turns this off and points the URLs there."""
    monkeypatch.setenv("AGEFACTS_OFFLINE", "1")
    monkeypatch.setenv("AGEFACTS_RAW", str(tmp_path / "raw"))
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
