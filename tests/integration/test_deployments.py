"""Scheduling: `agefacts serve --cron` and the prefect.yaml deployment, against a real server."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import yaml
from prefect.client.orchestration import get_client
from prefect.deployments import run_deployment

from agefacts.warehouse import Warehouse

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def _deployment(name: str, timeout: float = 90):
    deadline = time.monotonic() + timeout
    with get_client(sync_client=True) as client:
        while True:
            try:
                return client.read_deployment_by_name(name)
            except Exception:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)


def _stop(proc: subprocess.Popen) -> str:
    proc.send_signal(signal.SIGINT)
    try:
        out, _ = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, _ = proc.communicate()
    return out


def test_serve_schedules_the_build_and_runs_it(sources, warehouse_path, prefect_env):
    env = {**prefect_env, "PREFECT_RUNNER_POLL_FREQUENCY": "1"}
    proc = subprocess.Popen(
        [str(BIN / "agefacts"), "serve", "--cron", "0 6 * * *", "--name", "test-daily",
         "--sources", str(sources), "--warehouse", str(warehouse_path)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd="/",
    )
    try:
        deployment = _deployment("agefacts-build/test-daily")
        (schedule,) = deployment.schedules
        assert schedule.schedule.cron == "0 6 * * *" and schedule.active
        assert deployment.parameters == {
            "sources": str(sources.resolve()), "warehouse": str(warehouse_path.resolve())
        }
        run = run_deployment("agefacts-build/test-daily", timeout=240)
        assert run.state.is_completed(), run.state
        assert [v["flow_run_id"] for v in Warehouse(warehouse_path).versions()] == [str(run.id)]
    finally:
        out = _stop(proc)
    assert "test-daily" in out


def test_serve_rejects_a_malformed_schedule(prefect_env):
    out = subprocess.run([str(BIN / "agefacts"), "serve", "--cron", "every morning"],
                         env=prefect_env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 2 and "invalid schedule 'every morning'" in out.stderr


def test_prefect_yaml_defines_the_same_deployment_for_a_work_pool(
    sources, warehouse_path, prefect_env
):
    spec = yaml.safe_load((ROOT / "prefect.yaml").read_text())
    (dep,) = spec["deployments"]
    assert dep["schedules"][0]["cron"] == "0 6 * * *"

    from prefect.client.schemas.actions import WorkPoolCreate

    with get_client(sync_client=True) as client:
        client.create_work_pool(WorkPoolCreate(name="agefacts", type="process"), overwrite=True)
    deploy = subprocess.run(
        [str(BIN / "prefect"), "--no-prompt", "deploy", "--all"],
        cwd=ROOT, env=prefect_env, capture_output=True, text=True, timeout=180,
    )
    assert deploy.returncode == 0, deploy.stdout + deploy.stderr
    deployment = _deployment("agefacts-build/daily")
    assert deployment.work_pool_name == "agefacts"
    assert deployment.entrypoint == "flows/build.py:build"
    assert deployment.schedules[0].schedule.cron == "0 6 * * *"

    # A worker of the pool picks a run up and builds the warehouse.
    run = run_deployment(
        "agefacts-build/daily", timeout=0,
        parameters={"sources": str(sources), "warehouse": str(warehouse_path)},
    )
    worker = subprocess.run(
        [str(BIN / "prefect"), "worker", "start", "--pool", "agefacts", "--run-once"],
        cwd=ROOT, env={**prefect_env, "PATH": f"{BIN}:{prefect_env.get('PATH', '')}"},
        capture_output=True, text=True, timeout=300,
    )
    with get_client(sync_client=True) as client:
        state = client.read_flow_run(run.id).state
    assert state.is_completed(), worker.stdout[-3000:] + worker.stderr[-3000:]
    assert [v["version"] for v in Warehouse(warehouse_path).versions()] == [1]


def test_serve_without_a_prefect_server_says_so_instead_of_never_running(tmp_path):
    # On Prefect's temporary server a served schedule never fires (Prefect only warns), yet
    # `serve` said it was "polling for scheduled runs" and waited for ever.
    import os

    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("AGEFACTS_", "PREFECT_API_URL"))}
    env["PREFECT_HOME"] = str(tmp_path / "prefect-home")  # no profile with an API URL
    out = subprocess.run([str(BIN / "agefacts"), "serve", "--cron", "0 6 * * *"],
                         env=env, capture_output=True, text=True, timeout=90)
    assert out.returncode == 2, out.stderr[-2000:]
    assert "PREFECT_API_URL" in out.stderr and "prefect server start" in out.stderr
