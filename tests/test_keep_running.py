"""scripts/keep_running.sh, under which honcho runs Rasa and the action server (Procfile): a process that exits on
its own is started again, so honcho never sees it stop and never takes the gateway down with it; SIGTERM stops the
loop and its command."""
from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "keep_running.sh"


def _wait_for(predicate, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()


def test_a_command_that_exits_is_started_again(tmp_path: Path) -> None:
    runs = tmp_path / "runs"
    loop = subprocess.Popen([str(SCRIPT), "demo", "bash", "-c", f"echo run >> {runs}; exit 3"],
                            stderr=subprocess.PIPE, text=True)
    try:
        # 1 s then 2 s between runs: three runs within about four seconds.
        assert _wait_for(lambda: runs.exists() and len(runs.read_text().split()) >= 3, 10)
        assert loop.poll() is None
    finally:
        loop.send_signal(signal.SIGTERM)
        loop.wait(10)
    assert "keep_running: demo exited (status 3); starting it again in 1 s" in loop.stderr.read()


def test_sigterm_stops_the_loop_and_its_command(tmp_path: Path) -> None:
    pid_file = tmp_path / "pid"
    loop = subprocess.Popen([str(SCRIPT), "demo", "bash", "-c", f"echo $$ > {pid_file}; exec sleep 300"])
    assert _wait_for(lambda: pid_file.exists() and pid_file.read_text().strip(), 10)
    child = int(pid_file.read_text())
    loop.send_signal(signal.SIGTERM)
    assert loop.wait(10) == 0

    def child_gone() -> bool:
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            return True
        return False
    assert _wait_for(child_gone, 10)


@pytest.mark.parametrize("procfile", ["Procfile", "Procfile.scale"])
def test_procfile_keeps_rasa_and_actions_running_and_on_this_machine_only(procfile: str) -> None:
    lines = dict(line.split(":", 1) for line in (ROOT / procfile).read_text().splitlines() if line.strip())
    rasa = [command for name, command in lines.items() if name.startswith("rasa")]
    assert rasa and all("scripts/keep_running.sh rasa" in c and "--interface ${RASA_INTERFACE:-127.0.0.1}" in c for c in rasa)
    assert "SANIC_HOST=${ACTION_SERVER_INTERFACE:-127.0.0.1} scripts/keep_running.sh actions" in lines["actions"]
    defaults = (ROOT / "scripts" / "defaults.sh").read_text()
    assert 'RASA_INTERFACE="${RASA_INTERFACE:-127.0.0.1}"' in defaults
    assert 'ACTION_SERVER_INTERFACE="${ACTION_SERVER_INTERFACE:-127.0.0.1}"' in defaults
