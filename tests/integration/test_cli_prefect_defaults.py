"""`agefacts run` called directly (as the README shows) gets the Makefile's Prefect defaults."""

from __future__ import annotations

import json
import os
import subprocess
import sys

PROBE = """
import json
import agefacts.cli  # noqa: F401  (what the `agefacts` script imports first)
from prefect.settings import get_current_settings
s = get_current_settings()
print(json.dumps([s.server.ephemeral.startup_timeout_seconds, s.server.analytics_enabled]))
"""


def probe(**env: str) -> list:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "DO_NOT_TRACK"))}
    out = subprocess.run(
        [sys.executable, "-c", PROBE], env={**clean, **env}, capture_output=True, text=True,
        check=True, timeout=120,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_temporary_server_gets_time_to_start_and_sends_no_telemetry():
    # Prefect's own 20 s startup limit failed `agefacts run` on a busy 2-core machine, and
    # its telemetry logged an ERROR on every run without network.
    assert probe() == [120, False]


def test_the_environment_still_wins():
    assert probe(PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="300",
                 PREFECT_SERVER_ANALYTICS_ENABLED="true") == [300, True]
