"""The external-API limit holds across threads."""

from __future__ import annotations

from pathlib import Path

from concurrency import peak_in_flight

from agefacts.settings import Settings


def test_no_more_calls_in_flight_than_the_limit_allows():
    settings = Settings(sources=Path("."), warehouse=Path("w"), api_concurrency=3)
    assert peak_in_flight(settings, threads=20, hold=0.02) == 3
