"""Start the real Rasa server, action server and gateway for end-to-end tests, on ports of their own.

The stack uses a fresh SQLite tracker store and app database in a temporary folder, so tests never touch a
developer's var/ and can run beside `scripts/run.sh`.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import httpx

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "current.tar.gz"


def free_port() -> int:
    with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(url: str, timeout_seconds: float, process: Optional[subprocess.Popen] = None) -> None:
    deadline = time.monotonic() + timeout_seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"process for {url} exited with {process.returncode}")
        try:
            if httpx.get(url, timeout=1.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.25)
    raise TimeoutError(f"{url} did not answer within {timeout_seconds} s")


@dataclass
class Stack:
    workdir: Path
    rasa_port: int = field(default_factory=free_port)
    action_port: int = field(default_factory=free_port)
    gateway_port: int = field(default_factory=free_port)
    processes: Dict[str, subprocess.Popen] = field(default_factory=dict)
    extra_env: Dict[str, str] = field(default_factory=dict)
    # Scale-out (tests/scale): an endpoints file, extra Rasa servers behind the gateway, another app database.
    endpoints: str = "endpoints.yml"
    rasa_servers: int = 1
    app_database: Optional[str] = None   # SQLAlchemy URL; None = SQLite in workdir
    extra_rasa_ports: List[int] = field(default_factory=list)
    extra_gateway_ports: List[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        while len(self.extra_rasa_ports) < self.rasa_servers - 1:
            self.extra_rasa_ports.append(free_port())

    @property
    def rasa_ports(self) -> List[int]:
        return [self.rasa_port, *self.extra_rasa_ports]

    @property
    def rasa_urls(self) -> List[str]:
        return [f"http://127.0.0.1:{port}" for port in self.rasa_ports]

    @property
    def gateway_urls(self) -> List[str]:
        return [self.gateway_url, *(f"http://127.0.0.1:{port}" for port in self.extra_gateway_ports)]

    @property
    def rasa_url(self) -> str:
        return f"http://127.0.0.1:{self.rasa_port}"

    @property
    def gateway_url(self) -> str:
        return f"http://127.0.0.1:{self.gateway_port}"

    @property
    def action_url(self) -> str:
        return f"http://127.0.0.1:{self.action_port}"

    @property
    def app_database_url(self) -> str:
        return self.app_database or f"sqlite:///{self.workdir / 'app.db'}"

    @property
    def tracker_db(self) -> Path:
        return self.workdir / "tracker.db"

    def env(self) -> Dict[str, str]:
        env = dict(os.environ)
        env.update(
            PYTHONPATH=str(ROOT),
            RASA_TELEMETRY_ENABLED="false",
            TF_CPP_MIN_LOG_LEVEL="2",
            SQLALCHEMY_SILENCE_UBER_WARNING="1",
            RASA_URL=",".join(self.rasa_urls),
            RASA_ENDPOINTS=self.endpoints,
            ACTION_SERVER_URL=f"{self.action_url}/webhook",
            RASA_TRACKER_DB=str(self.tracker_db),
            APP_DATABASE_URL=self.app_database_url,
            GATEWAY_HOST="127.0.0.1",
            GATEWAY_PORT=str(self.gateway_port),
            RASA_TIMEOUT_SECONDS="5",
            CLINIC_PHONE="(555) 010-0100",
        )
        env.update(self.extra_env)
        return env

    def _spawn(self, name: str, args: List[str], env: Optional[Dict[str, str]] = None) -> subprocess.Popen:
        log = (self.workdir / f"{name}.log").open("wb")
        process = subprocess.Popen(args, cwd=ROOT, env={**self.env(), **(env or {})}, stdout=log,
                                   stderr=subprocess.STDOUT, start_new_session=True)
        self.processes[name] = process
        return process

    def start_rasa(self) -> None:
        """Every Rasa server of the stack (one unless `rasa_servers` says more), loading their models at once."""
        self._wait_rasa(self._spawn_every_rasa())

    def _spawn_every_rasa(self) -> List[Tuple[subprocess.Popen, str]]:
        return [(self.spawn_rasa(index), url) for index, url in enumerate(self.rasa_urls)]

    @staticmethod
    def _wait_rasa(started: List[Tuple[subprocess.Popen, str]]) -> None:
        for process, url in started:
            wait_until(f"{url}/", 180, process)

    def spawn_rasa(self, index: int = 0) -> subprocess.Popen:
        """Start Rasa server `index` (named "rasa", "rasa2", ...) without waiting for it."""
        return self._spawn(self.rasa_name(index),
                           [sys.executable, "-m", "bot.rasa_server", "run", "--model", str(MODEL),
                            "--port", str(self.rasa_ports[index]), "--endpoints", self.endpoints,
                            "--credentials", "credentials.yml"])

    @staticmethod
    def rasa_name(index: int) -> str:
        return "rasa" if index == 0 else f"rasa{index + 1}"

    def start_extra_gateway(self) -> str:
        """Another gateway process on the same databases and Rasa servers; returns its URL."""
        port = free_port()
        self.extra_gateway_ports.append(port)
        name = f"gateway{len(self.extra_gateway_ports) + 1}"
        process = self._spawn(name, [sys.executable, "-m", "bot"], env={"GATEWAY_PORT": str(port)})
        url = f"http://127.0.0.1:{port}"
        _wait_gateway(self, process, url=url, name=name)
        return url

    def start_actions(self) -> None:
        process = self._spawn("actions", [sys.executable, "-m", "rasa_sdk", "--port", str(self.action_port),
                                          "--actions", "actions"])
        wait_until(f"{self.action_url}/health", 60, process)

    def start_gateway(self) -> None:
        process = self._spawn("gateway", [sys.executable, "-m", "bot"])
        _wait_gateway(self, process)

    def start_all(self) -> None:
        if not MODEL.exists():
            raise RuntimeError("no trained model: run scripts/train.py (scripts/test.sh does) first")
        # Rasa's servers are spawned first: they load their models (~50 s) while the gateway loads its crisis
        # check (~40 s), as honcho starts them in production; one after the other took ~100 s per stack. The
        # gateway migrates the app database at start-up, so it is up before the action server uses it.
        rasa = self._spawn_every_rasa()
        self.start_gateway()
        self.start_actions()
        self._wait_rasa(rasa)

    def stop(self, name: str) -> None:
        process = self.processes.pop(name, None)
        if process is None or process.poll() is not None:
            return
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()

    def stop_all(self) -> None:
        for name in list(self.processes):
            self.stop(name)

    def log(self, name: str) -> str:
        path = self.workdir / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""


def _wait_gateway(stack: Stack, process: subprocess.Popen, url: Optional[str] = None, name: str = "gateway") -> None:
    # /health answers 503 until Rasa is up; the gateway itself is up once it answers at all. It starts while Rasa's
    # servers load their models on the same cores, so it gets as long as they do.
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited with {process.returncode}:\n{stack.log(name)[-2000:]}")
        try:
            httpx.get(f"{url or stack.gateway_url}/health", timeout=1.0)
            return
        except httpx.HTTPError:
            time.sleep(0.25)
    raise TimeoutError("gateway did not start")
